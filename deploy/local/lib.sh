# Shared by deploy/local/run, deploy/local/stop, the stack checks under deploy/checks and bench/run (sourced, not run).
# Paths, ports, the process helpers that start a component in its own process group and stop it again, and the
# steps that prepare and start each part of the stack.
# Every path and port has a default for the local stack; the checks move them (PEERPATH_LOCAL_WORK_DIR and
# PEERPATH_*_PORT) so that they can run next to a developer's stack without touching it.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
WORK_DIR="${PEERPATH_LOCAL_WORK_DIR:-$LOCAL_DIR/.work}"   # everything the stack writes; git-ignored; delete it to reset
LOG_DIR="$WORK_DIR/logs"
PID_DIR="$WORK_DIR/run"              # one file per started process group, so `stop` works from another terminal

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME="$WORK_DIR/keycloak-$KEYCLOAK_VERSION"
PG_DATA_DIR="$WORK_DIR/pgdata"
PG_BIN_DIR="$WORK_DIR/pg-bin"        # zonky unpacks the PostgreSQL binaries here (not in /tmp: no clashes between users)

PG_PORT="${PEERPATH_PG_PORT:-55432}"
KEYCLOAK_PORT="${PEERPATH_KEYCLOAK_PORT:-8180}"
CONTENT_PORT="${PEERPATH_CONTENT_PORT:-8081}"
API_PORT="${PEERPATH_API_PORT:-8080}"
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
# Preconditions

START_TIMEOUT="${PEERPATH_START_TIMEOUT:-240}"   # seconds per component; a cold Keycloak start takes about a minute
WAIT_POLL_SECONDS=1                              # how often wait_until checks (bench/run polls faster: it times startup)
SERVICE_JVM_OPTS=()                              # extra JVM options for start_service
JAVA_MAJOR=0         # set by check_prerequisites

check_prerequisites() {
  local tool
  for tool in curl setsid ps pgrep sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is needed but not installed"
  done
  # shellcheck source=java-home.sh
  source "$LOCAL_DIR/java-home.sh"   # exports JAVA_HOME (JDK 21+) and puts it first on PATH
  # Maven's bundled Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build; silence that noise only.
  JAVA_MAJOR=$(peerpath_java_major "$JAVA_HOME")
  if [ "$JAVA_MAJOR" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# Preparation: build, PostgreSQL classpath, Keycloak distribution

# build_services_if_needed [true]: builds when a service jar is missing, or always with true (run's --rebuild).
build_services_if_needed() {
  local rebuild="${1:-false}" jars_missing=false
  [ -f "$REPO_ROOT/content-service/target/quarkus-app/quarkus-run.jar" ] || jars_missing=true
  [ -f "$REPO_ROOT/api-service/target/quarkus-app/quarkus-run.jar" ] || jars_missing=true
  if [ "$rebuild" = true ] || [ "$jars_missing" = true ]; then
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

# Keycloak comes from Maven Central as org.keycloak:keycloak-quarkus-dist:<version>:zip (cached in ~/.m2), and is
# unpacked once under .work. Unpacking goes to a temporary directory first, so an interrupted run never leaves a
# half-unpacked Keycloak behind.
prepare_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  say "Fetching Keycloak $KEYCLOAK_VERSION through Maven (first run only)..."
  local dist_dir="$WORK_DIR/dist" unpack_dir="$WORK_DIR/keycloak-unpacking"
  local zip="$dist_dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  (cd "$REPO_ROOT" && ./mvnw -B -q -f "$LOCAL_DIR/pg/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$dist_dir") \
    >"$LOG_DIR/maven-keycloak.log" 2>&1 || { cat "$LOG_DIR/maven-keycloak.log" >&2; die "could not fetch Keycloak"; }
  rm -rf "$unpack_dir"
  mkdir -p "$unpack_dir"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$unpack_dir"
  else
    (cd "$unpack_dir" && jar xf "$zip")        # the JDK's jar tool, when unzip is not installed
    chmod +x "$unpack_dir/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  fi
  mv "$unpack_dir/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$unpack_dir" "$zip"                  # the zip stays cached in ~/.m2
}

# Keycloak's dev mode imports data/import/*.json at start and skips a realm that already exists. When the realm
# file, or the ports in its redirect URIs, changed since it was imported, Keycloak's local database is reset so that the new realm is imported.
stage_realm_import() {
  local realm_file="$REPO_ROOT/deploy/keycloak/peerpath-realm.json"
  local stamp="$WORK_DIR/keycloak-realm.sha256" current
  [ -f "$realm_file" ] || die "missing $realm_file"
  # The Swagger UI redirect URIs in the realm name the services' ports, so they are part of what was imported.
  current="$(sha256sum "$realm_file" | cut -d' ' -f1) ports $API_PORT $CONTENT_PORT"
  if [ -d "$KEYCLOAK_HOME/data/h2" ] && [ "$(cat "$stamp" 2>/dev/null || true)" != "$current" ]; then
    say "The realm file changed since Keycloak imported it: resetting Keycloak's local database to re-import it."
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$realm_file" "$KEYCLOAK_HOME/data/import/peerpath-realm.json"
  echo "$current" >"$stamp"
}

# ---------------------------------------------------------------------------------------------------------------
# Starting and waiting

start_postgres() {
  say "Starting PostgreSQL on 127.0.0.1:$PG_PORT (data: ${PG_DATA_DIR#"$REPO_ROOT"/})..."
  mkdir -p "$PG_DATA_DIR" "$PG_BIN_DIR"
  start_component postgres "$JAVA_HOME/bin/java" -Xmx128m -cp "$(cat "$WORK_DIR/pg.classpath")" \
    "$LOCAL_DIR/pg/LocalPostgres.java" "$PG_DATA_DIR" "$PG_BIN_DIR" "$PG_PORT"
}

start_keycloak() {
  say "Starting Keycloak $KEYCLOAK_VERSION on http://localhost:$KEYCLOAK_PORT (dev mode)..."
  # kc.sh does not open java.lang, which jboss-threads needs on JDK 24+ (else executor threads die with
  # IllegalAccessError); and Netty's sun.misc.Unsafe use prints a warning on every start there.
  local extra_opts="--add-opens=java.base/java.lang=ALL-UNNAMED"
  if [ "$JAVA_MAJOR" -ge 24 ]; then extra_opts="$extra_opts --sun-misc-unsafe-memory-access=allow"; fi
  # Local demo credentials: the admin console's (created on Keycloak's first start only), and the demo users' and
  # EHR client's, which the realm file takes from these variables on import so that it holds no secret itself.
  # The services' ports go into peerpath-swagger's redirect URIs.
  PEERPATH_DEMO_PASSWORD="$DEMO_PASSWORD" PEERPATH_DEMO_EHR_SECRET="$DEMO_EHR_SECRET" \
  PEERPATH_API_PORT="$API_PORT" PEERPATH_CONTENT_PORT="$CONTENT_PORT" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" JAVA_OPTS_APPEND="$extra_opts" \
    start_component keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --http-port="$KEYCLOAK_PORT" \
      --hostname="http://localhost:$KEYCLOAK_PORT" \
      --import-realm
  # --hostname pins the token issuer to http://localhost:8180/realms/peerpath, what the services expect, however
  # Keycloak is reached (127.0.0.1, localhost, a container alias).
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
