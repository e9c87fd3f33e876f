#!/usr/bin/env bash
# Runs the extractor over all of vietnews-train (105k pages) for the corpus audit in docs/accuracy.md.
# Writes $out/train.jsonl (one record per page); then use scripts/audit.py to sample and count.
#   scripts/audit.sh [OUT]      (default /tmp/hoptac-audit)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
out="${1:-${TMPDIR:-/tmp}/hoptac-audit}"
mkdir -p "$out/pages"
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
if [ ! -f "$out/pages/.done" ]; then
  # One text file per article (line 1 the headline, then a paragraph a line), spread over 1,000 folders.
  xz -dc "$shared/corpus/vietnews-train/vietnews-train.jsonl.xz" | python3 -c '
import json, os, sys
out = sys.argv[1]
for line in sys.stdin:
    o = json.loads(line); i = o["id"]; d = os.path.join(out, i[-3:])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, i + ".txt"), "w", encoding="utf-8") as f:
        f.write(o["text"])
' "$out/pages"
  touch "$out/pages/.done"
fi
"$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac" extract "$out/pages" > "$out/train.jsonl" || true
python3 "$repo/scripts/audit.py" count --pred "$out/train.jsonl"
