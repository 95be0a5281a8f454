# Shared by deploy/local/run, deploy/local/stop and bench/run (sourced, not run).
# Paths, ports and the process helpers that start a component in its own process group and stop it again; the build
# and the starting of PostgreSQL and the services. bench/run reassigns the paths and ports after sourcing.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
WORK_DIR="$LOCAL_DIR/.work"          # everything the stack writes; git-ignored; delete it to reset
LOG_DIR="$WORK_DIR/logs"
PID_DIR="$WORK_DIR/run"              # one file per started process group, so `stop` works from another terminal

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME="$WORK_DIR/keycloak-$KEYCLOAK_VERSION"
PG_DATA_DIR="$WORK_DIR/pgdata"
PG_BIN_DIR="$WORK_DIR/pg-bin"        # zonky unpacks the PostgreSQL binaries here (not in /tmp: no clashes between users)

PG_PORT=55432
KEYCLOAK_PORT=8180
CONTENT_PORT=8081
API_PORT=8080
ALL_PORTS=("$API_PORT" "$CONTENT_PORT" "$KEYCLOAK_PORT" "$PG_PORT")

# Local demo credentials (this folder is the one place they live): every demo user's password, and the demo EHR
# client's secret. deploy/keycloak/peerpath-realm.json takes both from the environment when Keycloak imports it.
DEMO_PASSWORD=peerpath
DEMO_EHR_SECRET=local-demo-ehr-secret

# Stop order: the services before what they depend on.
COMPONENTS_STOP_ORDER=(api-service content-service keycloak postgres)

say()  { printf '%s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# True if something accepts connections on 127.0.0.1:<port> (bash's /dev/tcp: no extra tools needed).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True if any process of the process group is still alive.
group_alive() {
  kill -0 -- "-$1" 2>/dev/null
}

# Starts "$@" in a new session (so its own process group, and out of reach of the terminal's Ctrl-C, which is ours
# to handle), output to the component's log, and records the group id. Sets STARTED_PID.
# setsid only forks when the caller leads its process group; a background subshell of a script without job control
# never does, so the pid we get is the session leader's and equals the group id. Checked below, because everything
# else (stop, cleanup) relies on it.
start_component() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  : >"$log"
  ( exec setsid "$@" </dev/null >>"$log" 2>&1 ) &
  STARTED_PID=$!
  local pgid="" tries=0
  # Right after the fork, before setsid has run, the group is still ours: poll briefly.
  while [ "$tries" -lt 30 ]; do
    pgid=$(ps -o pgid= -p "$STARTED_PID" 2>/dev/null | tr -d ' ' || true)
    [ -z "$pgid" ] || [ "$pgid" = "$STARTED_PID" ] && break
    sleep 0.1
    tries=$((tries + 1))
  done
  if [ -n "$pgid" ] && [ "$pgid" != "$STARTED_PID" ]; then
    kill -TERM "$STARTED_PID" 2>/dev/null || true
    die "$name did not get its own process group (pid $STARTED_PID, group $pgid)"
  fi
  echo "$STARTED_PID" >"$PID_DIR/$name.pid"
}

# True if <pid> is this checkout's deploy/local/run (its script argument, resolved from its working directory).
is_our_run_script() {
  local pid="$1" arg
  local -a args=()
  mapfile -d '' args <"/proc/$pid/cmdline" 2>/dev/null || return 1
  for arg in "${args[@]}"; do
    [ "$(cd "/proc/$pid/cwd" 2>/dev/null && readlink -f -- "$arg" 2>/dev/null)" = "$LOCAL_DIR/run" ] && return 0
  done
  return 1
}

# True if some process of the group runs from this checkout (its command line names a path under it). Guards
# against pid files that outlived their processes (a reboot, a kill -9) and now name someone else's group.
group_is_ours() {
  local pid
  for pid in $(pgrep -g "$1" 2>/dev/null || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$REPO_ROOT/" && return 0
  done
  return 1
}

# Sends TERM to a component's process group, waits up to <seconds>, then KILLs what is left.
stop_group() {
  local name="$1" pgid="$2" seconds="${3:-30}"
  group_alive "$pgid" || return 0
  say "Stopping $name (process group $pgid)..."
  kill -TERM -- "-$pgid" 2>/dev/null || true
  local waited=0
  while group_alive "$pgid" && [ "$waited" -lt $((seconds * 10)) ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if group_alive "$pgid"; then
    warn "$name did not stop within ${seconds}s; killing it"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    sleep 0.5
  fi
}

# The postmaster runs in a session of its own (pg_ctl detaches it), so it is not in the launcher's process group.
# The launcher's shutdown hook stops it; this is the safety net for a launcher that was killed hard.
stop_orphaned_postmaster() {
  local pidfile="$PG_DATA_DIR/postmaster.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -n 1 "$pidfile" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  # Make sure the pid still belongs to a postgres of ours, not to a recycled pid.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$PG_BIN_DIR/" || return 0
  say "Stopping leftover PostgreSQL server (pid $pid)..."
  kill -INT "$pid" 2>/dev/null || true   # SIGINT = PostgreSQL's "fast" shutdown
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill -0 "$pid" 2>/dev/null && { warn "PostgreSQL did not stop; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
  return 0
}

# Stops every component recorded under .work/run, in dependency order, and removes the pid files.
stop_recorded_components() {
  local name pidfile pgid timeout
  for name in "${COMPONENTS_STOP_ORDER[@]}"; do
    pidfile="$PID_DIR/$name.pid"
    [ -f "$pidfile" ] || continue
    pgid=$(cat "$pidfile" 2>/dev/null || true)
    timeout=30
    [ "$name" = postgres ] && timeout=60
    if [ -n "$pgid" ] && group_alive "$pgid"; then
      if group_is_ours "$pgid"; then
        stop_group "$name" "$pgid" "$timeout"
      else
        warn "process group $pgid from $pidfile is not part of this stack any more; leaving it alone"
      fi
    fi
    rm -f "$pidfile"
  done
  stop_orphaned_postmaster
}

# Lists the ports of the stack that are still taken (empty output: all free).
busy_ports() {
  local port
  for port in "${ALL_PORTS[@]}"; do
    port_in_use "$port" && printf '%s ' "$port"
  done
  return 0
}

# ---------------------------------------------------------------------------------------------------------------
# Building and starting the pieces: shared by deploy/local/run and bench/run, which set their own ports and .work
# directory after sourcing this file.

START_TIMEOUT="${PEERPATH_START_TIMEOUT:-240}"   # seconds per component; a cold Keycloak start takes about a minute
WAIT_POLL_SECONDS=1                              # how often wait_until checks
SERVICE_JVM_OPTS=()                              # extra JVM options for start_service

build_services_if_needed() {
  local jars_missing=false
  [ -f "$REPO_ROOT/content-service/target/quarkus-app/quarkus-run.jar" ] || jars_missing=true
  [ -f "$REPO_ROOT/api-service/target/quarkus-app/quarkus-run.jar" ] || jars_missing=true
  if [ "${REBUILD:-false}" = true ] || [ "$jars_missing" = true ]; then
    say "Building the services (./mvnw -B -q -DskipTests package; log: ${LOG_DIR#"$REPO_ROOT"/}/build.log)..."
    if ! (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests package) >"$LOG_DIR/build.log" 2>&1; then
      tail -n 40 "$LOG_DIR/build.log" >&2
      die "the build failed; full output in $LOG_DIR/build.log"
    fi
  fi
}

# The launcher's classpath comes from deploy/local/pg/pom.xml (not part of the root build), resolved once and
# again whenever that pom changes.
prepare_postgres_classpath() {
  local pom="$LOCAL_DIR/pg/pom.xml" cp_file="$WORK_DIR/pg.classpath"
  if [ ! -s "$cp_file" ] || [ "$pom" -nt "$cp_file" ]; then
    say "Resolving the embedded PostgreSQL classpath..."
    (cd "$REPO_ROOT" && ./mvnw -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cp_file") \
      >"$LOG_DIR/maven-postgres.log" 2>&1 || { cat "$LOG_DIR/maven-postgres.log" >&2; die "could not resolve it"; }
  fi
}

start_postgres() {
  say "Starting PostgreSQL on 127.0.0.1:$PG_PORT (data: ${PG_DATA_DIR#"$REPO_ROOT"/})..."
  mkdir -p "$PG_DATA_DIR" "$PG_BIN_DIR"
  start_component postgres "$JAVA_HOME/bin/java" -Xmx128m -cp "$(cat "$WORK_DIR/pg.classpath")" \
    "$LOCAL_DIR/pg/LocalPostgres.java" "$PG_DATA_DIR" "$PG_BIN_DIR" "$PG_PORT"
}

# start_service <name> <port> <database> [extra VAR=value...]: java -jar on the packaged Quarkus app, configured
# through the environment, run from the module's directory as a developer would. JVM options: SERVICE_JVM_OPTS;
# identity provider: OIDC_AUTH_SERVER_URL (default: the local Keycloak realm).
start_service() {
  local name="$1" port="$2" db="$3"; shift 3
  say "Starting $name on http://localhost:$port ..."
  start_component "$name" env --chdir="$REPO_ROOT/$name" \
    QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME="$db" \
    QUARKUS_DATASOURCE_PASSWORD="$db" \
    QUARKUS_OIDC_AUTH_SERVER_URL="${OIDC_AUTH_SERVER_URL:-http://localhost:$KEYCLOAK_PORT/realms/peerpath}" \
    "$@" \
    "$JAVA_HOME/bin/java" "${SERVICE_JVM_OPTS[@]}" -jar "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar"
}

# wait_until <name> <description> <check command...>: polls the check until it succeeds, the component dies, or the
# timeout passes. On failure: what went wrong, the last lines of the log and where the whole log is.
wait_until() {
  local name="$1" what="$2"; shift 2
  local pgid log="$LOG_DIR/$name.log" start=$SECONDS
  pgid=$(cat "$PID_DIR/$name.pid")
  until "$@" >/dev/null 2>&1; do
    if ! group_alive "$pgid"; then
      fail_startup "$name exited before it was ready ($what)" "$log"
    fi
    if [ $((SECONDS - start)) -ge "$START_TIMEOUT" ]; then
      fail_startup "$name was not ready after ${START_TIMEOUT}s ($what)" "$log"
    fi
    sleep "$WAIT_POLL_SECONDS"
  done
  say "  $name ready after $((SECONDS - start))s"
}

fail_startup() {
  local message="$1" log="$2"
  say "" >&2
  say "---- last lines of $log ----" >&2
  tail -n 30 "$log" >&2 || true
  say "----" >&2
  say "ERROR: $message. Full log: $log" >&2
  exit 1   # the EXIT trap stops whatever was started
}

http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }
postgres_ready() { grep -qx 'READY' "$LOG_DIR/postgres.log"; }
