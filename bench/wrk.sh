#!/usr/bin/env bash
# Throughput of ProgramaBot's POST /api/messages (real Spanish questions, expectReplies, local mode) against
# GET /healthz of the same process (the floor) and against a minimal botbuilder-js bot (the peer), in one run.
#   bench/wrk.sh                      # build Release, 20 s per target, 16 connections, 1 wrk thread
#   DURATION=30s CONNECTIONS=32 NO_BUILD=1 bench/wrk.sh
# Installs wrk with apt-get when run as root (else tells you to), and bench/'s pinned npm packages.
# Starts both bots on free loopback ports, kills them on exit. Prints a Markdown table and the ratios.
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
export BENCH_DIR

ensure_wrk; ensure_build; ensure_bench_npm
bot_port=$(free_port); peer_port=$(free_port)
start_bench_bot bot "$bot_port" Time__SimulatedStart="$BENCH_SIMULATED_START"; bot_pid=$STARTED_PID
start_peer "$peer_port"; peer_pid=$STARTED_PID
wait_http "http://127.0.0.1:$bot_port/healthz" 90
wait_http "http://127.0.0.1:$peer_port/healthz" 60
sleep 3
bot_idle=$(rss_kb "$bot_pid"); peer_idle=$(rss_kb "$peer_pid")

# run NAME URL [lua] [expected body] [Authorization] — prints the RESULT fields prefixed with the load average at start
run() {
  local name=$1 url=$2 script=${3:-$BENCH_DIR/wrk-report.lua} load out
  load=$(loadavg)
  out=$(WRK_AUTHORIZATION=${5:-} WRK_EXPECT_BODY=${4:-} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url" 2>&1) \
    || die "wrk failed for $name: $out"
  echo "$out" > "$WORK_DIR/wrk-$name.txt"
  local result; result=$(grep '^RESULT' <<<"$out" | sed 's/^RESULT //')
  [ -n "$result" ] || die "no RESULT line from wrk for $name: $out"
  echo "$name load=\"$load\" $result"
}

log "warm-up ($WARMUP each)"
WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY= wrk -t1 -c4 -d"$WARMUP" -s "$BENCH_DIR/messages.lua" "http://127.0.0.1:$bot_port/api/messages" >/dev/null
WRK_EXPECT_BODY= wrk -t1 -c4 -d"$WARMUP" -s "$BENCH_DIR/messages.lua" "http://127.0.0.1:$peer_port/api/messages" >/dev/null

log "measuring: $DURATION per target, $CONNECTIONS connections, $THREADS wrk thread(s)"
results=()
results+=("$(run programabot-healthz "http://127.0.0.1:$bot_port/healthz")")
results+=("$(run programabot-messages "http://127.0.0.1:$bot_port/api/messages" "$BENCH_DIR/messages.lua" '"activities":[{' "$BOT_AUTHORIZATION")")
results+=("$(run peer-messages "http://127.0.0.1:$peer_port/api/messages" "$BENCH_DIR/messages.lua" '"activities":[{')")
results+=("$(run peer-healthz "http://127.0.0.1:$peer_port/healthz")")
alive "$bot_pid" || die "ProgramaBot died during the run: $(tail -20 "$WORK_DIR/bot.log")"
bot_peak=$(hwm_kb "$bot_pid"); peer_peak=$(hwm_kb "$peer_pid"); bot_after=$(rss_kb "$bot_pid")

field() { grep -o "$2=[^ ]*" <<<"$1" | cut -d= -f2 | tr -d '"'; }
echo
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "dotnet $(dotnet --version), node $(node --version), wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}')"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after ${WARMUP} warm-up); commits: $(git -C "$REPO_DIR" rev-parse --short HEAD); bot as ${BENCH_ENVIRONMENT:-Production}$([ -n "$BOT_AUTHORIZATION" ] && echo ', a signed token per request')"
echo
echo "| target | requests/s | p50 ms | p99 ms | max ms | requests | non-2xx or bad body | socket errors | load avg at start |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
for r in "${results[@]}"; do
  set -- $r
  echo "| $1 | $(field "$r" rps) | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" max_ms) | $(field "$r" requests) | $(field "$r" bad_answers) | $(field "$r" socket_errors) | $(grep -o 'load="[^"]*"' <<<"$r" | cut -d'"' -f2) |"
done
echo
rps() { field "${results[$1]}" rps; }
awk -v h="$(rps 0)" -v m="$(rps 1)" -v p="$(rps 2)" -v ph="$(rps 3)" 'BEGIN {
  printf "ratio ProgramaBot /api/messages / ProgramaBot /healthz = %.3f\n", m / h
  printf "ratio ProgramaBot /api/messages / botbuilder-js /api/messages = %.3f\n", m / p
  printf "ratio botbuilder-js /api/messages / botbuilder-js /healthz = %.3f\n", p / ph }'
echo "RSS ProgramaBot: idle $((bot_idle / 1024)) MB, after run $((bot_after / 1024)) MB, peak $((bot_peak / 1024)) MB"
echo "RSS botbuilder-js peer: idle $((peer_idle / 1024)) MB, peak $((peer_peak / 1024)) MB"
echo "sample reply: $(curl -s -XPOST "http://127.0.0.1:$bot_port/api/messages" -H 'content-type: application/json' ${BOT_AUTHORIZATION:+-H "Authorization: $BOT_AUTHORIZATION"} \
  -d '{"type":"message","text":"¿cuándo es la sesión ordinaria III?","deliveryMode":"expectReplies","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:sample"},"from":{"id":"29:u"},"recipient":{"id":"28:b"},"id":"s1"}' | head -c 300)"
