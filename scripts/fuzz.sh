#!/usr/bin/env bash
# Property-based fuzzing of the readers, decoder, HTML extractor, HTML cost guard and fact extractors (issue 15).
# CI runs each property for a few hundred cases; this runs them for many more, as long as you like.
#
#   scripts/fuzz.sh [CASES] [MINUTES]
#
# CASES per property per round (default 20000), repeated with fresh random seeds until MINUTES (default 60) pass.
# A failure prints FsCheck's shrunk counterexample and its replay seed; turn it into an [InlineData] regression test
# beside the property (tests/HopTac.Ingestion.Tests/Guards/HtmlCostTests.cs, Fuzzing/FuzzTests.cs) and fix the cause.
# HOPTAC_FUZZ_REPLAY=SEED,GAMMA,SIZE (FsCheck's "Replay directly at failing step with") reruns one failing case alone:
#   HOPTAC_FUZZ_REPLAY=... tests/HopTac.Ingestion.Tests/bin/Debug/net10.0/HopTac.Ingestion.Tests -method "*.PROPERTY"
#
# FUZZ_LOGS=DIR keeps each round's whole output there (default: a new temporary folder), with summary.tsv: one line
# per round and property group (round, group, start, seconds, exit code, cases).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cases=${1:-20000}
minutes=${2:-60}
dotnet build -v q -nologo tests/HopTac.Ingestion.Tests >&2
# The runs use a snapshot of the build, so rebuilding the worktree during a run of hours does not swap binaries
# under it; the test assembly is its own xunit runner (no `dotnet test` filter that may match nothing).
snapshot=$(mktemp -d)
trap 'rm -rf "$snapshot"' EXIT
cp -r tests/HopTac.Ingestion.Tests/bin/Debug/net10.0/. "$snapshot/"
logs=${FUZZ_LOGS:-$(mktemp -d)}
mkdir -p "$logs"
echo "fuzz: full output of each round in $logs" >&2
end=$(( $(date +%s) + minutes * 60 ))
round=0
run() { # group, runner filter...
  local group=$1 start rc
  shift
  start=$(date +%s)
  set +e
  HOPTAC_FUZZ_CASES=$cases "$snapshot/HopTac.Ingestion.Tests" "$@" -noColor -parallelMode none > "$logs/round-$round-$group.log" 2>&1
  rc=$?
  set -e
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$group" "$(date -u -d @"$start" +%H:%M:%S)" "$(( $(date +%s) - start ))" "$rc" "$cases" >> "$logs/summary.tsv"
  tail -n 4 "$logs/round-$round-$group.log" >&2
  if (( rc != 0 )); then echo "fuzz: round $round $group FAILED (exit $rc), see $logs/round-$round-$group.log" >&2; fi
}
while (( $(date +%s) < end )); do
  round=$((round + 1))
  echo "== round $round: $cases cases per property ($(date -u +%H:%M:%S))" >&2
  run stages -class "HopTac.Ingestion.Tests.Fuzzing.FuzzTests"
  run guard -method "*.The_measure_never_sees_less_nesting_than_the_parser_builds"
done
