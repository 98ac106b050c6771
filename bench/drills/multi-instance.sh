#!/usr/bin/env bash
# The distributed configuration of issue 7, one command: a throw-away PostgreSQL cluster (Hangfire), Azurite (Azure
# Table Storage for all state), then multi-instance.js starts a fake Bot Connector and two ProgramaBot instances on
# their own ports and runs the drills, each with a PASS/FAIL verdict read back from the tables and the Connector:
#   0. installs     N_CONV conversations install the bot through A and B; A SIGKILLed half-way and restarted.
#   1. votes        3 members × N_REQUESTS approval requests, clicks spread over A and B; A SIGKILLed a third of the way.
#   2. notices      N_SUBSCRIBED conversations × 3 session reminders over the two Hangfire servers; A SIGKILLed while
#                   the second reminder fans out.
# Usage: bench/drills/multi-instance.sh          (N_CONV=500 N_REQUESTS=200 N_SUBSCRIBED=500 DRILLS=0,1,2 NO_BUILD=1)
# Takes about 9 minutes (drill 2 waits for three whole minutes of the wall clock). Exit code 0 only if all pass.
source "$(dirname "$0")/../lib.sh"
ensure_build
ensure_bench_npm
[ -x "$REPO_DIR/node_modules/.bin/azurite-table" ] || { log "npm ci at the repo root (pinned azurite)"; (cd "$REPO_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2); }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PG_BIN" ]; then
  [ "$(id -u)" = 0 ] && { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); } \
    || die "PostgreSQL server binaries are missing: sudo apt-get install -y postgresql"
fi

# --- PostgreSQL (throw-away cluster, trust auth, loopback only) ---
pg_port=$(free_port); pg_dir="$WORK_DIR/pg"; chmod 711 "$WORK_DIR"   # the postgres user must reach its folder
install -d -o postgres -g postgres "$pg_dir"
runuser -u postgres -- "$PG_BIN/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" -w start >/dev/null
stop_pg() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; }
trap 'stop_pg; cleanup' EXIT
PG_CONN="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# --- Azurite (Azure Table Storage) ---
az_port=$(free_port); mkdir -p "$WORK_DIR/azurite"
"$REPO_DIR/node_modules/.bin/azurite-table" --location "$WORK_DIR/azurite" --tableHost 127.0.0.1 --tablePort "$az_port" \
  --disableTelemetry --skipApiVersionCheck --loose --silent >"$WORK_DIR/azurite.log" 2>&1 &
STARTED_PIDS+=($!)
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$az_port/devstoreaccount1;"

# --- the drills (multi-instance.js starts the Connector and both instances, so it can kill and restart one) ---
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)  load: $(loadavg)  cores: $(nproc)"
echo "PostgreSQL :$pg_port, Azurite :$az_port"
BOT_DLL=$BOT_DLL TABLES_CONN=$CONN PG_CONN=$PG_CONN WORK_DIR=$WORK_DIR PORTS="$(free_port),$(free_port)" \
  node "$BENCH_DIR/drills/multi-instance.js"
