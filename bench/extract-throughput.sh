#!/usr/bin/env bash
# Throughput of `hoptac extract` on the ViMs corpus (issue 5): pages/s and MB/s for the article alone and for article
# plus facts, in one run, each as the best of N runs; the article-only run is the peer the facts run is compared with.
# Usage: bench/extract-throughput.sh [RUNS]   (needs ../shared beside the repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
runs="${1:-3}"
corpus="$shared/corpus/vims"
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
pages=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
best() {
  local best=999999 t
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    best=$(echo "if ($t < $best) $t else $best" | bc)
  done
  echo "$best"
}
cat_s=$(best cat $(find "$corpus" -name '*.txt'))
article_s=$(best "$hoptac" extract "$corpus" --no-facts)
facts_s=$(best "$hoptac" extract "$corpus")
mb=$(echo "scale=3; $bytes / 1048576" | bc)
printf '| run | seconds (best of %s) | pages/s | MB/s | vs article only |\n|---|---|---|---|---|\n' "$runs"
for row in "read files (cat):$cat_s" "extract --no-facts:$article_s" "extract (article + facts):$facts_s"; do
  name=${row%%:*}; s=${row##*:}
  printf '| %s | %.2f | %.0f | %.2f | %.2f |\n' "$name" "$s" "$(echo "$pages / $s" | bc -l)" "$(echo "$mb / $s" | bc -l)" "$(echo "$s / $article_s" | bc -l)"
done
echo "($pages pages, $mb MB, $(nproc) cores; whole-process wall time including .NET start-up)"
