#!/usr/bin/env bash
# Fuzzes a running ProgramaBot with hostile input (bench/fuzz.js), twice: local mode (no auth), then with
# inbound auth on and every request carrying a forged, expired, foreign or missing token.
# Checks per run: zero 5xx, no answer slower than 15 s, /healthz and /readyz 200 afterwards, the process alive,
# RSS bounded: ROUNDS rounds (default 2) of CASES against the same process, and the RSS after the last round may
# exceed the RSS after the first by at most RSS_BOUND_MB (default 48) — the heap settles, it does not grow per request, and the seeded conversation references unchanged
# (SQLite dump before/after; with auth on the whole database must be unchanged).
#   bench/fuzz.sh                  CASES=10000 SEED=1 NO_BUILD=1 bench/fuzz.sh
source "$(dirname "$0")/lib.sh"
CASES=${CASES:-10000}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-2}
RSS_BOUND_MB=${RSS_BOUND_MB:-48}
need python3 "python3 (for the read-only SQLite dump) — apt-get install -y python3"
ensure_build
status=0

run_mode() { # MODE(local|auth)
  local mode=$1 port issuer_port pid extra=() prefixes=()
  port=$(free_port); issuer_port=$(free_port)
  if [ "$mode" = auth ]; then
    extra=(MicrosoftAppId=bench-app-id MicrosoftAppPassword=not-a-secret MicrosoftAppTenantId=tenant-1 MicrosoftAppType=SingleTenant
      BotAuthentication__BotFrameworkOpenIdMetadataUrl="http://127.0.0.1:$issuer_port/.well-known/openidconfiguration"
      BotAuthentication__TokenEndpointTemplate="http://127.0.0.1:$issuer_port/{tenant}/oauth2/v2.0/token"
      BotAuthentication__RequireHttpsMetadata=false)
  else
    prefixes=(a:seed- 19:seed-)  # local mode trusts every caller: fuzz conversations get references, seeded ones must not change
  fi
  start_bot "bot-$mode" "$port" "${extra[@]}"; pid=$STARTED_PID
  wait_http "http://127.0.0.1:$port/healthz" 90 "$STARTED_PID"
  sleep 2
  local before; before=$(rss_kb "$pid")
  local db="$WORK_DIR/bot-$mode-data/programabot.db"
  local rc=0 out="" after=0 peak=0 first=0 round started=$SECONDS
  for round in $(seq 1 "$ROUNDS"); do
    log "fuzzing ($mode) round $round/$ROUNDS: $CASES cases, seed $((SEED + round - 1)), load $(loadavg)"
    set +e
    out=$(BOT_URL="http://127.0.0.1:$port" ISSUER_PORT=$issuer_port AUTH=$([ "$mode" = auth ] && echo 1 || echo 0) \
          CASES=$CASES SEED=$((SEED + round - 1)) KEY_FILE="$WORK_DIR/issuer-$mode.pem" DB_DUMP_CMD="python3 '$BENCH_DIR/db-dump.py' '$db' ${prefixes[*]}" \
          node "$BENCH_DIR/fuzz.js" 2>&1)
    [ $? = 0 ] || rc=1
    set -e
    if alive "$pid"; then after=$(rss_kb "$pid"); peak=$(hwm_kb "$pid"); else after=0; peak=0; rc=1; echo "the bot DIED"; fi
    [ "$round" = 1 ] && first=$after
    echo "$out" | grep -v '^FUZZ' | tail -5 || true
    echo "mode=$mode round=$round cases=$CASES seconds=$((SECONDS - started)) rss_before_mb=$((before / 1024)) rss_after_mb=$((after / 1024)) peak_mb=$((peak / 1024)) load=\"$(loadavg)\""
    grep '^FUZZ' <<<"$out" | sed 's/^FUZZ //' | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("  5xx (besides %d designed 501 for unknown invoke names): %d  transport errors: %d  over 15 s: %d  max latency: %d ms  healthz: %s  readyz: %s  connector calls: %d" % (
    s["designed501"], s["fiveXx"], s["transportErrors"], s["overDeadline"], s["maxMs"], s["healthz"], s["readyz"], s["connectorCalls"]))
print("  statuses: " + ", ".join("%s×%d" % kv for kv in sorted(s["byStatus"].items())))
for cat, st in sorted(s["byCategory"].items()):
    print("    %-20s %s" % (cat, ", ".join("%s×%d" % kv for kv in sorted(st.items()))))
print("  stored data untouched: %s" % s["storedUntouched"])
print("    before: " + s["storedBefore"].replace("\n", " | "))
print("    after:  " + s["storedAfter"].replace("\n", " | "))
for e in s["serverErrors"][:5]:
    print("  5xx sample:", json.dumps(e)[:1500])
for e in s["slow"][:5]:
    print("  over 15 s:", json.dumps(e, ensure_ascii=False)[:1500])
' || { echo "no FUZZ summary: $out" | tail -20 | cut -c1-300; rc=1; }
  done
  after_first=$first
  echo "  RSS: before $((before / 1024)) MB, after round 1 $((after_first / 1024)) MB, after round $ROUNDS $((after / 1024)) MB (bound: +${RSS_BOUND_MB} MB after round 1)"
  if [ "$after" -gt $((after_first + RSS_BOUND_MB * 1024)) ]; then echo "  RSS grew beyond the bound"; rc=1; fi
  [ $rc = 0 ] && echo "  PASS ($mode)" || { echo "  FAIL ($mode)"; grep -E "^fail|Exception" "$WORK_DIR/bot-$mode.log" | cut -c1-300 | sort | uniq -c | sort -rn | head -10 || true; status=1; }
  kill "$pid" 2>/dev/null || true
}

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)  machine: $(nproc) cores"
case " ${MODES:-local auth} " in *" local "*) run_mode local;; esac
case " ${MODES:-local auth} " in *" auth "*) run_mode auth;; esac
exit $status
