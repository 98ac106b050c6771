#!/usr/bin/env bash
# Memory of one ProgramaBot process: idle RSS, then RSS after each block of turns (default 2 blocks of
# 100,000 POST /api/messages with real questions over 1,000 conversations, expectReplies).
# Verdict: PASS when the second block grows RSS by less than BOUND_MB (default 32 MB) — no growth per turn.
#   bench/memory.sh                  TURNS=100000 BLOCKS=2 BOUND_MB=32 NO_BUILD=1 bench/memory.sh
source "$(dirname "$0")/lib.sh"
TURNS=${TURNS:-100000}
BLOCKS=${BLOCKS:-2}
BOUND_MB=${BOUND_MB:-32}
CONNECTIONS=${CONNECTIONS:-16}
export BENCH_DIR

ensure_wrk; ensure_build; ensure_bench_npm
port=$(free_port)
start_bench_bot bot "$port" Time__SimulatedStart="$BENCH_SIMULATED_START"; pid=$STARTED_PID
wait_http "http://127.0.0.1:$port/healthz" 90 "$STARTED_PID"
sleep 10
idle=$(rss_kb "$pid")
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  load: $(loadavg)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)"
echo "idle RSS: $((idle / 1024)) MB (10 s after start)"
previous=$idle; first_block_rss=0
for block in $(seq 1 "$BLOCKS"); do
  # wrk is duration-bound: run 10 s slices until the block has TURNS answered turns.
  done_turns=0; bad=0; started=$SECONDS
  while [ "$done_turns" -lt "$TURNS" ]; do
    out=$(WRK_CONVERSATIONS=1000 WRK_AUTHORIZATION=$BOT_AUTHORIZATION WRK_EXPECT_BODY='"activities":[{' \
          wrk -t1 -c"$CONNECTIONS" -d10s -s "$BENCH_DIR/messages.lua" "http://127.0.0.1:$port/api/messages" 2>&1)
    result=$(grep '^RESULT' <<<"$out") || die "wrk: $out"
    done_turns=$((done_turns + $(grep -o 'requests=[0-9]*' <<<"$result" | cut -d= -f2)))
    bad=$((bad + $(grep -o 'bad_answers=[0-9]*' <<<"$result" | cut -d= -f2)))
    [ $((SECONDS - started)) -lt 1800 ] || die "block $block did not reach $TURNS turns in 30 min"
  done
  result="turns=$done_turns bad_answers=$bad seconds=$((SECONDS - started)) rps=$((done_turns / (SECONDS - started + 1)))"
  alive "$pid" || die "the bot died: $(tail -20 "$WORK_DIR/bot.log")"
  sleep 2
  now=$(rss_kb "$pid")
  echo "after block $block (≥ $((block * TURNS)) turns): RSS $((now / 1024)) MB (+$(((now - previous) / 1024)) MB), peak $(($(hwm_kb "$pid") / 1024)) MB; $result; load $(loadavg)"
  [ "$block" = 1 ] && first_block_rss=$now
  previous=$now
done
growth=$(((previous - first_block_rss) / 1024))
if [ "$BLOCKS" -gt 1 ]; then
  if [ "$growth" -lt "$BOUND_MB" ]; then
    echo "PASS: RSS grew $growth MB over blocks 2..$BLOCKS ($(((BLOCKS - 1) * TURNS)) turns), bound $BOUND_MB MB"
  else
    echo "FAIL: RSS grew $growth MB over blocks 2..$BLOCKS, bound $BOUND_MB MB"; exit 1
  fi
fi
