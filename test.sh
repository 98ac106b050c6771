#!/usr/bin/env bash
# Runs every test of ProgramaBot on a fresh machine:
#   1. installs the pinned npm tools (Azurite, Agents Playground, adaptivecards, manifest schema) from package-lock.json;
#   2. makes sure PostgreSQL's server binaries exist (the tests start and stop their own throw-away cluster);
#   3. builds the solution and runs the whole xunit suite, which starts Azurite, PostgreSQL, the built bot and
#      the Agents Playground itself and stops them when done.
set -euo pipefail
cd "$(dirname "$0")"

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  echo "==> npm ci (pinned test tools)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.lock-hash
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> apt-get install postgresql (server binaries for the multi-instance tests)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL server binaries are missing: run 'sudo apt-get install postgresql' and try again." >&2
    exit 1
  fi
fi

echo "==> dotnet build"
dotnet build ProgramaBot.sln -c Release -nologo -clp:ErrorsOnly

echo "==> dotnet test"
log=$(mktemp)
set +e
# The multi-instance drills (Category=Drill, minutes each) run on their own: see docs/RELIABILITY.md.
dotnet test ProgramaBot.sln -c Release --no-build -nologo --filter "Category!=Drill" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line for CI, summed over the test assemblies' "Failed: N, Passed: N" summaries.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); f += $4; p += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
