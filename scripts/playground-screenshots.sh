#!/usr/bin/env bash
# Screenshots of the whole product in the Microsoft 365 Agents Playground's web UI, for the README and
# docs/WALKTHROUGH.md: starts the built bot and the Playground exactly as the end-to-end test does
# (Bot.Tests/EndToEnd/WholeProductTests.cs), plus a second Playground whose current user is Megan Bowen, a voting
# member (tools/agentsplayground-member.yml: the web UI only acts as its current user), drives both UIs in headless
# Chromium with puppeteer-core (tools/playground-screenshots.mjs) and stops all three on exit.
#
#   scripts/playground-screenshots.sh [OUT_DIR]      (default docs/img/playground)
#
# Needs: npm ci (pinned Playground, puppeteer-core), dotnet build ProgramaBot.sln -c Release, Debian's chromium.
# A development script, not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/img/playground}
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  echo "Chromium is missing ($chromium): install Debian's browser with 'sudo apt-get install chromium' (or set CHROMIUM=/path)." >&2
  exit 1
fi
if [ ! -x node_modules/.bin/agentsplayground ] || [ ! -d node_modules/puppeteer-core ]; then
  echo "The pinned npm tools are missing: run 'npm ci' first." >&2
  exit 1
fi
if ! fc-list 2>/dev/null | grep -qi emoji; then
  echo "note: no emoji font (Debian fonts-noto-color-emoji): the reminders' emoji will show as boxes." >&2
fi
dll=Bot/bin/Release/net10.0/ProgramaBot.dll
if [ ! -f "$dll" ]; then
  echo "$dll is missing: run 'dotnet build ProgramaBot.sln -c Release' first." >&2
  exit 1
fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
bot_port=$(free_port)
playground_port=$(free_port)
member_port=$(free_port)
work=$(mktemp -d)
bot_pid=""
playground_pid=""
member_pid=""
cleanup() {
  # Only the three processes this script started (and their children).
  [ -n "$member_pid" ] && kill "$member_pid" 2>/dev/null || true
  [ -n "$playground_pid" ] && kill "$playground_pid" 2>/dev/null || true
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The same settings as WholeProductTests.BotSettings(): the commission is the Playground's group chat, the bot's
# clock starts at 09:00 on 28 September 2021 (the 1-hour reminder of a 10:00 session is due at once), a 10-second scan.
echo "==> bot on port $bot_port (log: $work/bot.log)"
(cd "$(dirname "$dll")" && exec env ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$bot_port" \
  Storage__DataFolder="$work/data" \
  Commission__ConversationId=programabot-e2e-comision \
  Time__SimulatedStart=2021-09-28T09:00:00-05:00 \
  Reminders__ScanCron='*/10 * * * * *' \
  Hangfire__SchedulePollingInterval=00:00:02 \
  dotnet ProgramaBot.dll >"$work/bot.log" 2>&1) &
bot_pid=$!

echo "==> Agents Playground on port $playground_port (log: $work/playground.log)"
TEAMSAPPTESTER_BROWSER=none \
M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PWD/Bot.Tests/EndToEnd/agentsplayground.yml" \
M365_AGENTS_PLAYGROUND_LOGFILE="$work/playground-internal.log" \
  node_modules/.bin/agentsplayground start -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$playground_port" --disable-telemetry >"$work/playground.log" 2>&1 &
playground_pid=$!

echo "==> Megan Bowen's Agents Playground on port $member_port (log: $work/member.log)"
TEAMSAPPTESTER_BROWSER=none \
M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PWD/tools/agentsplayground-member.yml" \
M365_AGENTS_PLAYGROUND_LOGFILE="$work/member-internal.log" \
  node_modules/.bin/agentsplayground start -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$member_port" --disable-telemetry >"$work/member.log" 2>&1 &
member_pid=$!

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 \
     && curl -fs "http://127.0.0.1:$playground_port/_internal/v1/config" >/dev/null 2>&1 \
     && curl -fs "http://127.0.0.1:$member_port/_internal/v1/config" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$bot_pid" 2>/dev/null; then echo "The bot exited:" >&2; tail -30 "$work/bot.log" >&2; exit 1; fi
  if ! kill -0 "$playground_pid" 2>/dev/null; then echo "The Playground exited:" >&2; tail -30 "$work/playground.log" >&2; exit 1; fi
  if ! kill -0 "$member_pid" 2>/dev/null; then echo "Megan's Playground exited:" >&2; tail -30 "$work/member.log" >&2; exit 1; fi
  sleep 0.5
done

echo "==> driving the web UI"
if ! node tools/playground-screenshots.mjs --playground "http://127.0.0.1:$playground_port" \
  --member-playground "http://127.0.0.1:$member_port" --out "$out" --chromium "$chromium"; then
  echo "--- bot log (last lines) ---" >&2
  tail -40 "$work/bot.log" >&2
  exit 1
fi
