# Shared helpers for the bench scripts (sourced, not run). Everything started is recorded and killed on EXIT.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
BOT_DLL="$REPO_DIR/Bot/bin/Release/net10.0/ProgramaBot.dll"
WORK_DIR=$(mktemp -d /tmp/programabot-bench.XXXXXX)
STARTED_PIDS=()

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]:-}"; do
    [ -n "$pid" ] && { timeout 10 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -9 "$pid" 2>/dev/null || true; }
  done
  [ "${KEEP_WORK_DIR:-0}" = 1 ] || rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { echo "error: $*" >&2; exit 1; }
log() { echo "==> $*" >&2; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required: $2"; }

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ]; then
    log "apt-get install wrk"
    (apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }) >/dev/null
  fi
  command -v wrk >/dev/null 2>&1 || die "wrk is missing: run 'sudo apt-get update && sudo apt-get install -y wrk'"
}

ensure_build() {
  need dotnet "install the .NET 10 SDK (see README)"
  if [ "${NO_BUILD:-0}" != 1 ] || [ ! -f "$BOT_DLL" ]; then
    log "dotnet build -c Release"
    (cd "$REPO_DIR" && dotnet build ProgramaBot.sln -c Release -nologo -clp:ErrorsOnly >&2)
  fi
}

ensure_bench_npm() {
  need node "install Node.js 20+"
  local hash; hash=$(sha256sum "$BENCH_DIR/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$BENCH_DIR/node_modules/.lock-hash" 2>/dev/null || true)" != "$hash" ]; then
    log "npm ci in bench/ (botbuilder, express, @azure/data-tables — pinned)"
    (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$hash" > "$BENCH_DIR/node_modules/.lock-hash"
  fi
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

wait_http() { # url timeout_s [pid: stop waiting if it died]
  local deadline=$((SECONDS + ${2:-60}))
  until curl -sf -o /dev/null "$1"; do
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then die "the process behind $1 exited during start-up (see its log in $WORK_DIR)"; fi
    [ $SECONDS -lt $deadline ] || die "$1 did not answer within ${2:-60}s"
    sleep 0.3
  done
}

# The measuring scripts' clock (wrk.sh, memory.sh, answer-under-load.sh pass it to start_bot): mid-2021, inside the
# built-in programme, so the sample questions get real answers (with today's clock «¿cuándo es la sesión ordinaria
# III?» gets «No tengo cargado el programa de 2026…», a cheaper path). The fuzzer and the drills keep the real clock.
BENCH_SIMULATED_START=${BENCH_SIMULATED_START:-2021-07-15T10:00:00-05:00}

# start_bot NAME PORT [extra env assignments...] — sets STARTED_PID; logs in $WORK_DIR/NAME.log.
# As Development (local mode: no token needed) unless an assignment says otherwise (ASPNETCORE_ENVIRONMENT=…).
# (Not meant for $(…): a subshell would lose the pid list the EXIT trap kills.)
start_bot() {
  local name=$1 port=$2; shift 2
  mkdir -p "$WORK_DIR/$name-data"
  # From the build folder, as Bot.Tests' BotProcess does: the content root holds appsettings*.json (roster, …).
  (cd "$(dirname "$BOT_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Urls="http://127.0.0.1:$port" \
      Storage__DataFolder="$WORK_DIR/$name-data" Logging__LogLevel__Default=Warning "$@" \
      dotnet "$BOT_DLL") >"$WORK_DIR/$name.log" 2>&1 &
  STARTED_PID=$!
  STARTED_PIDS+=("$STARTED_PID")
}

# The throughput benches' bot (wrk.sh, memory.sh, trace.sh, answer-under-load.sh): as Production, as App Service runs
# it (no developer exception page; JSON logs; Teams' channel only), which refuses local mode, so with an app id and a
# local token issuer (bench/local-issuer.js) instead of a cloud account. Sets STARTED_PID and BOT_AUTHORIZATION, the
# token to send (wrk: WRK_AUTHORIZATION=$BOT_AUTHORIZATION; empty when unneeded). BENCH_ENVIRONMENT=Development runs
# it as the benches did before the fifth round (local mode, no token), to compare with figures taken that way.
# start_bench_bot NAME PORT [extra env assignments...]
start_bench_bot() {
  local name=$1 port=$2; shift 2
  BOT_AUTHORIZATION=""
  if [ "${BENCH_ENVIRONMENT:-Production}" = Development ]; then
    start_bot "$name" "$port" "$@"
    return
  fi
  need node "install Node.js 20+"
  local issuer_port; issuer_port=$(free_port)
  ISSUER_PORT=$issuer_port SERVICE_URL="http://127.0.0.1:9/" node "$BENCH_DIR/local-issuer.js" >"$WORK_DIR/issuer.out" 2>"$WORK_DIR/issuer.log" &
  STARTED_PIDS+=("$!")
  local deadline=$((SECONDS + 30))
  until [ -s "$WORK_DIR/issuer.out" ]; do
    [ $SECONDS -lt $deadline ] || die "bench/local-issuer.js did not start (see $WORK_DIR/issuer.log)"
    sleep 0.2
  done
  BOT_AUTHORIZATION=$(head -1 "$WORK_DIR/issuer.out")
  start_bot "$name" "$port" ASPNETCORE_ENVIRONMENT=Production \
    MicrosoftAppId=bench-app-id MicrosoftAppPassword=not-a-secret MicrosoftAppTenantId=tenant-1 MicrosoftAppType=SingleTenant \
    BotAuthentication__BotFrameworkOpenIdMetadataUrl="http://127.0.0.1:$issuer_port/.well-known/openidconfiguration" \
    BotAuthentication__TokenEndpointTemplate="http://127.0.0.1:$issuer_port/{tenant}/oauth2/v2.0/token" \
    BotAuthentication__RequireHttpsMetadata=false \
    Commission__SecretarioTecnico__Name="Secretario Técnico" Commission__SecretarioTecnico__AadObjectId=00000000-0000-0000-0000-00000000be0c "$@"
}

start_peer() { # PORT — sets STARTED_PID
  PORT=$1 node "$BENCH_DIR/peer-bot.js" >"$WORK_DIR/peer.log" 2>&1 &
  STARTED_PID=$!
  STARTED_PIDS+=("$STARTED_PID")
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
alive() { kill -0 "$1" 2>/dev/null; }
