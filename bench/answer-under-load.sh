#!/usr/bin/env bash
# Answer latency (p50/p99) while the bot is under wrk load: `bench-answers N` runs in its own process while wrk
# drives POST /api/messages of a running bot with real questions (the same load as bench/wrk.sh).
#   bench/answer-under-load.sh            # N=5000 answers, wrk -c16 for as long as they take
source "$(dirname "$0")/lib.sh"
N=${N:-5000}
CONNECTIONS=${CONNECTIONS:-16}
export BENCH_DIR
ensure_wrk; ensure_build
port=$(free_port)
start_bench_bot bot "$port" Time__SimulatedStart="$BENCH_SIMULATED_START"
wait_http "http://127.0.0.1:$port/healthz" 90
log "warm-up 10s"
WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY= wrk -t1 -c4 -d10s -s "$BENCH_DIR/messages.lua" "http://127.0.0.1:$port/api/messages" >/dev/null
WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY='"activities":[{' wrk -t1 -c"$CONNECTIONS" -d120s --latency -s "$BENCH_DIR/messages.lua" \
  "http://127.0.0.1:$port/api/messages" > "$WORK_DIR/wrk.txt" 2>&1 &
wrk_pid=$!; STARTED_PIDS+=("$wrk_pid")
sleep 2
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)  load avg: $(loadavg)"
echo "bench-answers $N while wrk -c$CONNECTIONS drives /api/messages:"
(cd "$(dirname "$BOT_DLL")" && Time__SimulatedStart="$BENCH_SIMULATED_START" dotnet "$BOT_DLL" bench-answers "$N" 2>/dev/null)
kill "$wrk_pid" 2>/dev/null || true
