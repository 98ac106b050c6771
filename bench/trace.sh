#!/usr/bin/env bash
# A dotnet-trace of ProgramaBot while wrk drives POST /api/messages (as wrk.sh does: real questions, expectReplies,
# local mode, 2021 clock), and dotnet-counters over the same load. For finding where a turn's CPU and bytes go.
#   bench/trace.sh                                   # CPU: --profile dotnet-sampled-thread-time, 15 s
#   PROFILE=gc-verbose bench/trace.sh                # allocations: sampled allocation ticks by type and stack
#   DURATION=20 CONNECTIONS=16 NO_BUILD=1 KEEP_WORK_DIR=1 bench/trace.sh
# Needs dotnet-trace and dotnet-counters (dotnet tool install -g dotnet-trace dotnet-counters). The trace is copied
# to $OUT (default /tmp/programabot-trace.nettrace); `dotnet-trace report FILE topN -n 40` reads it.
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
PROFILE=${PROFILE:-dotnet-sampled-thread-time}
OUT=${OUT:-/tmp/programabot-trace.nettrace}
export BENCH_DIR PATH="$PATH:$HOME/.dotnet/tools"
need dotnet-trace "dotnet tool install -g dotnet-trace"
need dotnet-counters "dotnet tool install -g dotnet-counters"

ensure_wrk; ensure_build
port=$(free_port)
start_bench_bot bot "$port" Time__SimulatedStart="$BENCH_SIMULATED_START"; bot_pid=$STARTED_PID
wait_http "http://127.0.0.1:$port/healthz" 90
log "warm-up 5 s"
WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY= wrk -t1 -c4 -d5s -s "$BENCH_DIR/messages.lua" "http://127.0.0.1:$port/api/messages" >/dev/null

log "load $((DURATION + 4)) s, $CONNECTIONS connections; $PROFILE for ${DURATION} s, then counters"
WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY='"activities":[{' wrk -t1 -c"$CONNECTIONS" -d"$((2 * DURATION + 8))s" --latency -s "$BENCH_DIR/messages.lua" \
  "http://127.0.0.1:$port/api/messages" >"$WORK_DIR/wrk.txt" 2>&1 &
wrk_pid=$!; STARTED_PIDS+=("$wrk_pid")
sleep 2
dotnet-trace collect -p "$bot_pid" --profile "$PROFILE" --duration "00:00:00:$(printf %02d "$DURATION")" -o "$OUT" >"$WORK_DIR/trace.log" 2>&1 \
  || die "dotnet-trace failed: $(tail -5 "$WORK_DIR/trace.log")"
dotnet-counters collect -p "$bot_pid" --duration "00:00:00:$(printf %02d "$DURATION")" --refresh-interval 1 --format csv \
  -o "$WORK_DIR/counters.csv" --counters System.Runtime,Microsoft.AspNetCore.Hosting >"$WORK_DIR/counters.log" 2>&1 || true
wait "$wrk_pid" || true
echo "load average: $(loadavg)"
grep -E "RESULT|Requests/sec" "$WORK_DIR/wrk.txt" || true
echo "trace: $OUT"
# Mean of each counter over the run (the CSV has one row per counter per second).
[ -s "$WORK_DIR/counters.csv" ] && python3 - "$WORK_DIR/counters.csv" <<'PY'
import csv, sys, collections
sums, counts = collections.defaultdict(float), collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    try:
        value = float(row["Mean/Increment"])
    except (KeyError, ValueError):
        continue
    sums[row["Counter Name"]] += value
    counts[row["Counter Name"]] += 1
for name in sorted(sums):
    print(f"{name}: {sums[name] / counts[name]:,.2f} (mean of {counts[name]} readings)")
PY
