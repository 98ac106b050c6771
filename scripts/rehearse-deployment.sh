#!/usr/bin/env bash
# The deployment rehearsal (docs/DEPLOY.md, step 0): publishes the bot as docs/DEPLOY.md step 4 does, starts the
# published artifact as App Service starts it (port in ASPNETCORE_HTTP_PORTS, no environment name, the settings infra/
# writes and the roster of step 3) with Azure Tables on Azurite, a local token issuer as Bot Framework / Entra and a
# local Bot Connector, and checks /healthz, /readyz, a signed activity answered and an unsigned one refused.
# The steps live in Bot.Tests/Deployment/DeploymentRehearsalTests.cs (they need the test fakes), which ./test.sh
# also runs; this script runs only that test.
set -euo pipefail
cd "$(dirname "$0")/.."

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  echo "==> npm ci (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.lock-hash
fi

echo "==> dotnet build"
dotnet build ProgramaBot.sln -c Release -nologo -clp:ErrorsOnly

echo "==> deployment rehearsal"
dotnet test Bot.Tests -c Release --no-build -nologo --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName~ProgramaBot.Tests.Deployment.DeploymentRehearsalTests"
