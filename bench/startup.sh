#!/usr/bin/env bash
# Start-up of the PUBLISHED app (what docs/DEPLOY.md deploys: dotnet publish Bot -c Release), from process start
# to the first answered question («¿cuándo es la sesión ordinaria III?», expectReplies, local mode).
#   bench/startup.sh                 # publish to a temporary folder, 7 runs, prints each and the median
#   RUNS=11 PUBLISH_ARGS="-p:PublishReadyToRun=false" bench/startup.sh   # e.g. the same without ReadyToRun
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-7}
need node "install Node.js 20+"
log "dotnet publish Bot -c Release ${PUBLISH_ARGS:-}"
(cd "$REPO_DIR" && dotnet publish Bot -c Release -o "$WORK_DIR/publish" -nologo -clp:ErrorsOnly ${PUBLISH_ARGS:-} >&2)
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit: $(git -C "$REPO_DIR" rev-parse --short HEAD)  load avg at start: $(loadavg)"
# A ReadyToRun image carries native code next to the IL: several times the size of the IL-only build.
echo "ProgramaBot.dll: $(stat -c %s "$WORK_DIR/publish/ProgramaBot.dll") bytes published, $(stat -c %s "$BOT_DLL" 2>/dev/null || echo '?') bytes in the IL-only build"
node "$BENCH_DIR/startup.js" "$WORK_DIR/publish/ProgramaBot.dll" "$RUNS" "$WORK_DIR/data"
echo "load avg at end: $(loadavg)"
