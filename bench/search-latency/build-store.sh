#!/usr/bin/env bash
# Builds a large store for the search benchmark: the first PAGES pages of a JSON Lines corpus (streamed from .xz),
# ingested with `--no-consolidation` (pages, fact rows and both search indexes; no knowledge base, which search does
# not read and whose consolidation at this scale is issue 14's other work).
# Usage: bench/search-latency/build-store.sh PAGES STORE.db [CORPUS.jsonl.xz]   (needs ../shared, xz, GNU time)
# For 1M pages, first recombine the paragraphs of the 105k:
#   python3 bench/ingest-scale/make-corpus.py ../shared/corpus/vietnews-train/vietnews-train.jsonl.xz 1000000 | xz -1 > /tmp/pages-1m.jsonl.xz
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
pages="$1"
db="$2"
corpus="${3:-${HOPTAC_SHARED:-$repo/../shared}/corpus/vietnews-train/vietnews-train.jsonl.xz}"
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
xz -dc "$corpus" | head -n "$pages" | /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak RSS" \
  "$hoptac" ingest --jsonl - --no-consolidation --db "$db" >/dev/null
echo "store: $(du -m "$db" | cut -f1) MB, $(sqlite3 "$db" 'SELECT count(*) FROM pages') pages; load $(cut -d' ' -f1-3 /proc/loadavg)"
