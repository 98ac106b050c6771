#!/usr/bin/env bash
# Storage-fault drill: ProgramaBot on Azure Table Storage (the real emulator, Azurite, with files on disk),
# Azurite killed mid-run and started again.
#   Phase A  storage up:        N messages from N new conversations (each captures a reference: a write).
#   Phase B  Azurite SIGKILLed: N_DOWN (20) more — every answer must come back within 15 s, and be a clean error (no hang).
#   Phase C  Azurite restarted: N more, plus the phase-B conversations again — all must succeed (recovery).
#   Phase D  cold start:        a second bot started while Azurite is down, then Azurite started — must recover.
# Prints per-phase status counts and latencies and a verdict. Needs the root npm tools (azurite), curl, node.
#   bench/drills/storage-fault.sh          N=100 N_DOWN=20 NO_BUILD=1 bench/drills/storage-fault.sh
source "$(dirname "$0")/../lib.sh"
N=${N:-100}
N_DOWN=${N_DOWN:-20}   # each may wait for the storage SDK's retries while Azurite is down
ensure_build
ensure_bench_npm
if [ ! -x "$REPO_DIR/node_modules/.bin/azurite-table" ]; then
  log "npm ci at the repo root (pinned azurite)"; (cd "$REPO_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
az_port=$(free_port)
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$az_port/devstoreaccount1;"
AZ_PID=""
start_azurite() {
  "$REPO_DIR/node_modules/.bin/azurite-table" --location "$WORK_DIR/azurite" --tableHost 127.0.0.1 --tablePort "$az_port" \
    --disableTelemetry --skipApiVersionCheck --loose --silent >>"$WORK_DIR/azurite.log" 2>&1 &
  AZ_PID=$!; STARTED_PIDS+=("$AZ_PID")
  for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$az_port") 2>/dev/null && return; sleep 0.2; done
  die "azurite did not start: $(tail -5 "$WORK_DIR/azurite.log")"
}
mkdir -p "$WORK_DIR/azurite"

# send PHASE PORT FROM TO — one expectReplies message per conversation drill-PHASE-i; prints "status ms" lines
send() {
  local phase=$1 port=$2 from=$3 to=$4 i
  for i in $(seq "$from" "$to"); do
    curl -s -o /dev/null -m 20 -w "%{http_code} %{time_total}\n" -XPOST "http://127.0.0.1:$port/api/messages" \
      -H 'content-type: application/json' \
      -d "{\"type\":\"message\",\"id\":\"m$i\",\"text\":\"¿cuándo es la sesión ordinaria III?\",\"deliveryMode\":\"expectReplies\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"a:drill-$phase-$i\",\"conversationType\":\"personal\",\"tenantId\":\"t1\"},\"from\":{\"id\":\"29:u$i\"},\"recipient\":{\"id\":\"28:bot\"}}" \
      || echo "000 20"
  done
}
summary() { # label < lines
  awk -v label="$1" '{ c[$1]++; t = $2 * 1000; if (t > max) max = t; sum += t; n++ }
    END { printf "%-28s", label; for (s in c) printf " %s×%d", s, c[s]; printf "   mean %.0f ms, max %.0f ms\n", sum / n, max }'
}

start_azurite
port=$(free_port)
start_bot bot "$port" Storage__Provider=AzureTables Storage__AzureTables__ConnectionString="$CONN"; bot=$STARTED_PID
wait_http "http://127.0.0.1:$port/healthz" 90
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)  load: $(loadavg)  N=$N"
send A "$port" 1 "$N" > "$WORK_DIR/a.txt"; summary "A storage up" < "$WORK_DIR/a.txt"
echo "readyz with storage up: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")"
kill -9 "$AZ_PID"; sleep 0.5
send B "$port" 1 "$N_DOWN" > "$WORK_DIR/b.txt"; summary "B Azurite killed" < "$WORK_DIR/b.txt"
echo "readyz with storage down: $(curl -s -o /dev/null -m 20 -w '%{http_code}' "http://127.0.0.1:$port/readyz")  healthz: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")"
echo "sample answer while down: $(curl -s -m 20 -XPOST "http://127.0.0.1:$port/api/messages" -H 'content-type: application/json' -d '{"type":"message","text":"hola","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a:drill-sample"},"from":{"id":"29:u"},"recipient":{"id":"28:bot"}}' | head -c 300)"
start_azurite
send C "$port" 1 "$N" > "$WORK_DIR/c.txt"; summary "C Azurite back (new)" < "$WORK_DIR/c.txt"
send B "$port" 1 "$N_DOWN" > "$WORK_DIR/c2.txt"; summary "C again B's conversations" < "$WORK_DIR/c2.txt"
ready_c=$(curl -s -o /dev/null -m 20 -w '%{http_code}' "http://127.0.0.1:$port/readyz")
echo "readyz after Azurite is back: $ready_c"
alive "$bot" || die "the bot died"
# Read back from the table (not from the bot): every conversation of phase C and the outage's ones, once more, stored.
stored_c=$(node -e '
  const t = require(process.argv[1]);
  t.conversationReferences(process.argv[4], "ProgramaBot").then((refs) => {
    const want = [...Array(+process.argv[2]).keys()].map((i) => `a:drill-C-${i + 1}`)
      .concat([...Array(+process.argv[3]).keys()].map((i) => `a:drill-B-${i + 1}`));
    console.log(`${want.filter((c) => refs.has(c)).length}/${want.length}`);
  });' "$BENCH_DIR/drills/lib/tables.js" "$N" "$N_DOWN" "$CONN")
echo "references in the table after Azurite came back (phase C and the outage's conversations): $stored_c"

# Phase D: a fresh instance whose first storage use happens while Azurite is down.
kill -9 "$AZ_PID"; sleep 0.5
port2=$(free_port)
start_bot bot2 "$port2" Storage__Provider=AzureTables Storage__AzureTables__ConnectionString="$CONN"
wait_http "http://127.0.0.1:$port2/healthz" 90
send D "$port2" 1 5 > "$WORK_DIR/d.txt"; summary "D cold start, storage down" < "$WORK_DIR/d.txt"
start_azurite
log_mark=$(wc -l < "$WORK_DIR/bot2.log")
send E "$port2" 1 "$N" > "$WORK_DIR/e.txt"; summary "D then Azurite up" < "$WORK_DIR/e.txt"
ready_e=$(curl -s -o /dev/null -m 20 -w '%{http_code}' "http://127.0.0.1:$port2/readyz")
not_captured=$(tail -n +"$((log_mark + 1))" "$WORK_DIR/bot2.log" | grep -c "reference not captured" || true)
echo "cold-started instance after Azurite is up: readyz $ready_e, references not captured since: $not_captured"

verdict=PASS
grep -qv '^200 ' "$WORK_DIR/a.txt" && { echo "FAIL: errors with storage up"; verdict=FAIL; }
awk '$2 > 15 { bad = 1 } END { exit !bad }' "$WORK_DIR/b.txt" && { echo "FAIL: an answer took over 15 s while storage was down"; verdict=FAIL; }
grep -q '^000 ' "$WORK_DIR/b.txt" && { echo "FAIL: no HTTP answer while storage was down"; verdict=FAIL; }
grep -qv '^200 ' "$WORK_DIR/c.txt" "$WORK_DIR/c2.txt" && { echo "FAIL: no recovery after Azurite came back"; verdict=FAIL; }
[ "$ready_c" = 200 ] || { echo "FAIL: readiness did not recover"; verdict=FAIL; }
[ "${stored_c%/*}" = "${stored_c#*/}" ] || { echo "FAIL: references were not written after Azurite came back"; verdict=FAIL; }
grep -qv '^200 ' "$WORK_DIR/e.txt" && { echo "FAIL: an instance that first met storage down did not answer"; verdict=FAIL; }
[ "$ready_e" = 200 ] && [ "$not_captured" = 0 ] || { echo "FAIL: an instance that first met storage down never reaches storage again"; verdict=FAIL; }
echo "errors logged by the bot while storage was down (first kinds):"
grep -E "Exception:" "$WORK_DIR/bot.log" "$WORK_DIR/bot2.log" | sed 's/^[^:]*://' | cut -c1-160 | sort | uniq -c | sort -rn | head -5
echo "$verdict"
[ "$verdict" = PASS ]
