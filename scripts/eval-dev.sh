#!/usr/bin/env bash
# Extracts the seed pages, the dev-vims pages and both halves of dev-vietnews and prints the scorer's summary for each.
# Run from anywhere; needs ../shared beside the repository. Builds the CLI (Release) if needed.
# Arguments are passed to every `hoptac extract`; without any, `--page-timeout 300` (a generous per-page budget).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
# A folder of its own per run: several people evaluating on one machine must not overwrite each other's outputs.
out="$(mktemp -d "${TMPDIR:-/tmp}/hoptac-eval.XXXXXX")"
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac=("$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac")
extra=("$@")
if [ ${#extra[@]} -eq 0 ]; then
  # The default per-page budget rejects pages when the machine is loaded; a scored page lost to time is a false miss.
  extra=(--page-timeout 300)
fi

echo "== seeds (gold/dev)"
"${hoptac[@]}" extract ${extra[@]+"${extra[@]}"} "$shared"/corpus/seeds/*.txt > "$out/seeds.jsonl" || true
python3 "$shared/eval/score.py" --gold "$shared/gold/dev" --corpus "$shared/corpus/seeds" --pred "$out/seeds.jsonl"

echo
echo "== ViMs (gold/dev-vims)"
pages=$(python3 -c "import json,glob,sys; print('\n'.join('$shared/corpus/' + json.load(open(f))['source'] for f in sorted(glob.glob('$shared/gold/dev-vims/*.json'))))")
# shellcheck disable=SC2086
"${hoptac[@]}" extract ${extra[@]+"${extra[@]}"} $pages > "$out/dev-vims.jsonl" || true
python3 "$shared/eval/score.py" --gold "$shared/gold/dev-vims" --corpus "$shared/corpus" --pred "$out/dev-vims.jsonl"

# dev-vietnews is split by page id: the even ids are the studied half, the odd ids the held-out half whose text and
# errors are not read while writing rules. Each half is scored on its own through a folder of links to its gold.
echo
"${hoptac[@]}" extract ${extra[@]+"${extra[@]}"} "$shared"/corpus/vietnews-dev/*.txt > "$out/dev-vietnews.jsonl" || true
for half in even odd; do
  gold="$out/gold-vietnews-$half"
  rm -rf "$gold" && mkdir -p "$gold"
  for f in "$shared"/gold/dev-vietnews/train_*.json; do
    id=$(basename "$f" .json); n=$((10#${id#train_}))
    if { [ "$half" = even ] && ((n % 2 == 0)); } || { [ "$half" = odd ] && ((n % 2 == 1)); }; then
      ln -s "$f" "$gold/"
    fi
  done
  if [ "$half" = even ]; then echo "== vietnews, even ids (studied half)"; else echo; echo "== vietnews, odd ids (held-out half: score only)"; fi
  python3 "$shared/eval/score.py" --gold "$gold" --corpus "$shared/corpus" --pred "$out/dev-vietnews.jsonl"
done
