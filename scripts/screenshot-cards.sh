#!/usr/bin/env bash
# Regenerates docs/img/cards/*.png: writes the sample cards with the bot's own `cards` verb, then renders the main
# ones with the official Adaptive Cards renderer and a Teams-light host config in headless Chromium.
# Needs: npm ci (adaptivecards, puppeteer-core) and Debian's chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
cards="$(mktemp -d)"
trap 'rm -rf "$cards"' EXIT
dotnet run --project Bot -- cards --out "$cards" > /dev/null
node tools/validate-cards.mjs "$cards" > /dev/null
node tools/render-cards.mjs "$cards" docs/img/cards \
  form-kind-chooser form-dictamen-incentivos form-with-errors created \
  request-modificacion-metas pending-member-ballot voted-base voted-member \
  decided-approved decided-rejected already-decided
