#!/usr/bin/env bash
# Extracts the seed pages and the dev-vims pages and prints the scorer's summary for each.
# Run from anywhere; needs ../shared beside the repository. Builds the CLI (Release) if needed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
out="${TMPDIR:-/tmp}/hoptac-eval"
mkdir -p "$out"
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac=("$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac")

echo "== seeds (gold/dev)"
"${hoptac[@]}" extract "$shared"/corpus/seeds/*.txt > "$out/seeds.jsonl" || true
python3 "$shared/eval/score.py" --gold "$shared/gold/dev" --corpus "$shared/corpus/seeds" --pred "$out/seeds.jsonl"

echo
echo "== ViMs (gold/dev-vims)"
pages=$(python3 -c "import json,glob,sys; print('\n'.join('$shared/corpus/' + json.load(open(f))['source'] for f in sorted(glob.glob('$shared/gold/dev-vims/*.json'))))")
# shellcheck disable=SC2086
"${hoptac[@]}" extract $pages > "$out/dev-vims.jsonl" || true
python3 "$shared/eval/score.py" --gold "$shared/gold/dev-vims" --corpus "$shared/corpus" --pred "$out/dev-vims.jsonl"
