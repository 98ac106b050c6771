#!/usr/bin/env bash
# BenchmarkDotNet over the turn pipeline (bench/TurnBench): a whole question turn in local mode and with a signed
# token, and its stages (parse, authenticate, answer), with allocated bytes per operation ([MemoryDiagnoser]).
#   bench/turnbench.sh                       # every benchmark, ShortRun (3 warm-ups, 3 iterations), ~3-5 min
#   bench/turnbench.sh --filter '*Turn*'     # BenchmarkDotNet's own arguments pass through
# Results: bench/TurnBench/BenchmarkDotNet.Artifacts/results/*.md (and the table on standard output).
set -euo pipefail
cd "$(dirname "$0")/TurnBench"
[ $# -gt 0 ] || set -- --filter '*'
exec dotnet run -c Release -- "$@"
