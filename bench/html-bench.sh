#!/usr/bin/env bash
# HTML main-text extraction benchmark (issue 4): HopTac, SmartReader and Mozilla Readability on the same pages in one
# run, each scored by ../shared/eval/score_text.py, timed, and measured for peak RSS. Prints a markdown table.
#
#   bench/html-bench.sh [--pages DIR] [--gold DIR] [--out DIR] [--threads N] [--limit N]
#
# Defaults: the WCXB dev pages in ../shared, 2 threads (the machine has 2 cores), results in bench/results/.
# --limit is for smoke runs only: pages past it count as empty predictions in the scores.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
pages=../shared/corpus/wcxb-dev-articles/html
gold=../shared/corpus/wcxb-dev-articles
out=bench/results
threads=2
limit=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    --gold) gold=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    *) echo "usage: $0 [--pages DIR] [--gold DIR] [--out DIR] [--threads N] [--limit N]" >&2; exit 1 ;;
  esac
done
[[ -d $pages ]] || { echo "no pages folder $pages" >&2; exit 2; }
mkdir -p "$out"

if [[ ! -x /usr/bin/time ]]; then
  sudo_cmd=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
  $sudo_cmd apt-get install -y -q time >&2
fi
# npm ci only when the installed tree is missing or older than the lock file.
if [[ ! -f bench/readability/node_modules/.package-lock.json ||
      bench/readability/package-lock.json -nt bench/readability/node_modules/.package-lock.json ]]; then
  (cd bench/readability && npm ci --no-audit --no-fund >&2)
fi
# Built once beforehand and run from the dll, so neither MSBuild nor `dotnet run` is in the time or the RSS.
dotnet build -c Release -v q -nologo bench/HopTac.Bench >&2
dll=bench/HopTac.Bench/bin/Release/net10.0/HopTac.Bench.dll

run() { # name, command...
  local name=$1; shift
  echo "== $name ($(cut -d' ' -f1-3 /proc/loadavg) load before)" >&2
  cut -d' ' -f1 /proc/loadavg > "$out/$name.load"
  /usr/bin/time -v -o "$out/$name.time" "$@" > "$out/$name.summary.json"
  python3 ../shared/eval/score_text.py --gold "$gold" --pred "$out/$name.jsonl" --json > "$out/$name.score" || true
  tail -n1 "$out/$name.score" >&2
}
run hoptac dotnet "$dll" html --extractor hoptac --pages "$pages" --out "$out/hoptac.jsonl" --threads "$threads" --limit "$limit"
run smartreader dotnet "$dll" html --extractor smartreader --pages "$pages" --out "$out/smartreader.jsonl" --threads "$threads" --limit "$limit"
run readability node bench/readability/extract.mjs --pages "$pages" --out "$out/readability.jsonl" --jobs "$threads" --chunk 250 --limit "$limit"

commit=$(git log -1 --format='%h %cs' -- src/HopTac.Ingestion/Articles/Html)
python3 - "$out" "$threads" "$commit" <<'EOF'
import json, pathlib, re, sys
out, threads, commit = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
rows = {}
for name in ("hoptac", "smartreader", "readability"):
    summary = json.loads((out / f"{name}.summary.json").read_text().strip().splitlines()[-1])
    score = json.loads((out / f"{name}.score").read_text().strip().splitlines()[0])
    timing = (out / f"{name}.time").read_text()
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time .*: ([\d:.]+)", timing).group(1)
    secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", timing).group(1)) + \
        float(re.search(r"System time \(seconds\): ([\d.]+)", timing).group(1))
    load = (out / f"{name}.load").read_text().strip()
    rows[name] = dict(summary=summary, score=score, rss=rss_kb / 1024, wall=secs, cpu=cpu, load=load)
hop = rows["hoptac"]["summary"]["pages_per_second"]
print(f"Extractor commit (last change to src/HopTac.Ingestion/Articles/Html): {commit}; {threads} threads/processes.\n")
print("| extractor | F1 | with | without | title | date | author | pages/s | peak MB | HopTac pages/s ÷ this |")
print("|---|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    s, pps = r["score"], r["summary"]["pages_per_second"]
    ratio = f"{hop / pps:.2f}" if pps else "n/a"
    print(f"| {name} | {s['f1']:.3f} | {s['with']:.3f} | {s['without']:.3f} | {s['title']:.3f} | {s['date']:.3f} "
          f"| {s['author']:.3f} | {pps:.1f} | {r['rss']:.0f} | {ratio} |")
print("\npages/s: extraction wall time only (file reading, gunzip and UTF-8 decoding excluded; no process start).")
print("peak MB: maximum RSS of one process (/usr/bin/time -v); Readability runs 250-page chunks in separate node")
print(f"processes, {threads} at a time, so the machine holds up to {threads} such processes at once.\n")
print("| extractor | pages | errors | whole process wall s | CPU s (user+sys) | load avg before |")
print("|---|---|---|---|---|---|")
for name, r in rows.items():
    print(f"| {name} | {r['summary']['pages']} | {r['summary']['errors']} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['load']} |")
EOF
