# Shared by deploy/local/run and deploy/local/stop (sourced, not run).
# Paths, ports and the process helpers that start a component in its own process group and stop it again.

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
