# Shared by the stack checks in deploy/checks (sourced, not run): a stack of their own, started with
# deploy/local/lib.sh, on ports and in a work directory that do not clash with a developer's deploy/local/run.
#   PEERPATH_CHECKS_PORT_BASE  first of five ports (default 19200): api-service, content-service, Keycloak,
#                              PostgreSQL, and a spare one for a check's own helper (the webhook receiver)
#   PEERPATH_CHECKS_WORK_DIR   what the checks' stack writes (default deploy/checks/.work; git-ignored)

CHECKS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CHECKS_PORT_BASE="${PEERPATH_CHECKS_PORT_BASE:-19200}"
export PEERPATH_LOCAL_WORK_DIR="${PEERPATH_CHECKS_WORK_DIR:-$CHECKS_DIR/.work}"
export PEERPATH_API_PORT=$((CHECKS_PORT_BASE))
export PEERPATH_CONTENT_PORT=$((CHECKS_PORT_BASE + 1))
export PEERPATH_KEYCLOAK_PORT=$((CHECKS_PORT_BASE + 2))
export PEERPATH_PG_PORT=$((CHECKS_PORT_BASE + 3))
HELPER_PORT=$((CHECKS_PORT_BASE + 4))

# shellcheck source=../local/lib.sh
source "$CHECKS_DIR/../local/lib.sh"

API_URL="http://localhost:$API_PORT"
CONTENT_URL="http://localhost:$CONTENT_PORT"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
FAILURES=0

pass() { say "PASS  $*"; }
fail() { say "FAIL  $*"; FAILURES=$((FAILURES + 1)); }
# expect <description> <command...>: PASS or FAIL, by the command's exit status.
expect() {
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# finish_check [status]: stops what the check started (services first, PostgreSQL last) and ends with the check's
# status (default: that of the last command), non-zero on an error or when any expectation failed. Install with:
# trap finish_check EXIT
finish_check() {
  local status="${1:-$?}"
  trap '' INT TERM HUP
  set +e   # an exit trap that stops half-way would leave the stack running
  stop_recorded_components >/dev/null
  if [ "$status" -eq 0 ] && [ "$FAILURES" -gt 0 ]; then status=1; fi
  if [ "$status" -ne 0 ]; then say "Logs: $LOG_DIR"; fi
  exit "$status"
}

# Prepares and starts the whole stack (demo data included) and waits until it is ready. Extra arguments are
# VAR=value settings for api-service. With FRESH_DATABASES=true, PostgreSQL starts from an empty data directory.
start_check_stack() {
  mkdir -p "$LOG_DIR" "$PID_DIR"
  check_prerequisites
  if compgen -G "$PID_DIR/*.pid" >/dev/null; then stop_recorded_components; fi   # a check killed hard before
  stop_orphaned_postmaster
  if [ "${FRESH_DATABASES:-false}" = true ]; then rm -rf "$PG_DATA_DIR"; fi
  local busy
  busy=$(busy_ports)
  [ -z "$busy" ] || die "ports $busy are taken; set PEERPATH_CHECKS_PORT_BASE to move the checks' stack elsewhere"
  build_services_if_needed
  prepare_postgres_classpath
  prepare_keycloak
  stage_realm_import
  start_postgres
  start_keycloak
  wait_until postgres "PostgreSQL printed READY" postgres_ready
  wait_until keycloak "realm discovery document" http_ok "$KEYCLOAK_URL/realms/peerpath/.well-known/openid-configuration"
  start_content_service
  start_api_service "$@"
  wait_until content-service "/q/health/ready" http_ok "$CONTENT_URL/q/health/ready"
  wait_until api-service "/q/health/ready" http_ok "$API_URL/q/health/ready"
}

start_content_service() {
  start_service content-service "$CONTENT_PORT" content
}

# As deploy/local/run starts it, demo data included.
start_api_service() {
  start_service api-service "$API_PORT" records PEERPATH_CONTENT_URL="$CONTENT_URL" \
    PEERPATH_DEMO_DATA_LOCATION="filesystem:$REPO_ROOT/seeds/demo/records" "$@"
}

# A demo user's access token (password grant of the local-only client peerpath-cli): a real RS256 JWT from Keycloak.
token_for() {
  curl -fsS -d grant_type=password -d client_id=peerpath-cli -d "username=$1" -d "password=$DEMO_PASSWORD" \
    "$KEYCLOAK_URL/realms/peerpath/protocol/openid-connect/token" | jq -r .access_token
}
