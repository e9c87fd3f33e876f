#!/usr/bin/env bash
# Knowledge-base consolidation throughput on ViMs (issue 7): pages/s at 500, 1,000 and all pages, whole folders
# first (stories stay whole). For each size: `hoptac ingest` with the incremental consolidation that every save runs,
# then `hoptac reconsolidate` (a full rebuild: mentions re-read from the stored pages, every component re-clustered),
# which times the consolidation part alone. With BASE (a commit before the knowledge base) the same ingest is run
# with that commit's build too, as the peer without knowledge-base work.
# Usage: bench/kb-consolidation.sh [BASE_COMMIT]   (needs ../shared beside the repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
base="${1:-}"
corpus="$shared/corpus/vims"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
if [ -n "$base" ]; then
  mkdir -p "$work/base"
  git -C "$repo" archive "$base" | tar -x -C "$work/base"
  dotnet build "$work/base/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
  basecli="$work/base/src/HopTac.Cli/bin/Release/net10.0/hoptac"
fi
mapfile -t files < <(find "$corpus" -name '*.txt' | sort)
total=${#files[@]}
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
printf '| pages | ingest with KB s | pages/s | ingest without KB s | KB share | reconsolidate s | pages/s | facts |\n|---|---|---|---|---|---|---|---|\n'
for n in 500 1000 "$total"; do
  dir="$work/pages-$n"; mkdir -p "$dir"
  for f in "${files[@]:0:$n}"; do rel="${f#"$corpus"/}"; mkdir -p "$dir/$(dirname "$rel")"; cp "$f" "$dir/$rel"; done
  with=$(seconds "$hoptac" ingest "$dir" --db "$work/kb-$n.db")
  without="-"; share="-"
  if [ -n "$base" ]; then
    without=$(seconds "$basecli" ingest "$dir" --db "$work/base-$n.db")
    share=$(printf '%.0f%%' "$(echo "100 * ($with - $without) / $with" | bc -l)")
    without=$(printf '%.2f' "$without")
  fi
  rebuild=$(seconds "$hoptac" reconsolidate --db "$work/kb-$n.db")
  facts=$(sqlite3 "$work/kb-$n.db" "SELECT count(*) FROM kb_facts" 2>/dev/null || echo "?")
  printf '| %s | %.2f | %.0f | %s | %s | %.2f | %.0f | %s |\n' "$n" "$with" "$(echo "$n / $with" | bc -l)" "$without" "$share" \
    "$rebuild" "$(echo "$n / $rebuild" | bc -l)" "$facts"
done
echo "($(nproc) cores; whole-process wall time including .NET start-up, one run each)"
