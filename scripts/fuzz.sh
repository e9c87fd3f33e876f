#!/usr/bin/env bash
# Property-based fuzzing of the readers, decoder, HTML extractor, HTML cost guard and fact extractors (issue 15).
# CI runs each property for a few hundred cases; this runs them for many more, as long as you like.
#
#   scripts/fuzz.sh [CASES] [MINUTES]
#
# CASES per property per round (default 20000), repeated with fresh random seeds until MINUTES (default 60) pass.
# A failure prints FsCheck's shrunk counterexample and its replay seed; turn it into an [InlineData] regression test
# beside the property (tests/HopTac.Ingestion.Tests/Guards/HtmlCostTests.cs, Fuzzing/FuzzTests.cs) and fix the cause.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cases=${1:-20000}
minutes=${2:-60}
dotnet build -v q -nologo tests/HopTac.Ingestion.Tests >&2
end=$(( $(date +%s) + minutes * 60 ))
round=0
# Each round's whole output is kept: a failure's shrunk counterexample can be longer than the tail printed.
logs=${FUZZ_LOGS:-$(mktemp -d)}
echo "fuzz: full output of each round in $logs" >&2
while (( $(date +%s) < end )); do
  round=$((round + 1))
  echo "== round $round: $cases cases per property ($(date -u +%H:%M:%S))" >&2
  HOPTAC_FUZZ_CASES=$cases dotnet test tests/HopTac.Ingestion.Tests --no-build \
    --filter "FullyQualifiedName~Fuzzing|FullyQualifiedName~The_measure_never_sees_less_nesting" 2>&1 \
    | tee "$logs/round-$round.log" | tail -n 25
done
