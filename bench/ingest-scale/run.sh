#!/usr/bin/env bash
# Ingest at scale (issue 14): streams vietnews-train (105k articles) from its .jsonl.xz into one store, 10,000 pages
# per `hoptac ingest --jsonl -` run, and reports for each run the pages/s (wall and per CPU second, which a shared
# machine disturbs less), the peak RSS and the machine's load; then the store size, `hoptac reconsolidate` time, and
# the latency of 200 realistic searches through the API (p50/p95/p99).
# Usage: bench/ingest-scale/run.sh [PAGES=105411] [CORPUS.jsonl.xz]   (needs ../shared, xz, python3, curl, GNU time)
# The request loop is bounded (one pass over 200 queries plus a warm-up) and talks to 127.0.0.1 only.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${HOPTAC_SHARED:-$repo/../shared}"
pages="${1:-105411}"
corpus="${2:-$shared/corpus/vietnews-train/vietnews-train.jsonl.xz}"
step="${STEP:-10000}"
port="${PORT:-5098}"
work="${WORK:-$(mktemp -d)}"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; wait 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
hoptac="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
db="$work/scale.db"

echo "| pages in store before | pages | wall s | pages/s | CPU s | pages per CPU s | peak RSS MB | load |"
echo "|---|---|---|---|---|---|---|---|"
done_pages=0
while [ "$done_pages" -lt "$pages" ]; do
  n=$(( pages - done_pages < step ? pages - done_pages : step ))
  # Each run reads its slice of the stream: the file is never unpacked to disk.
  xz -dc "$corpus" | tail -n +"$(( done_pages + 1 ))" | head -n "$n" >"$work/slice.jsonl"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$hoptac" ingest --jsonl - --db "$db" <"$work/slice.jsonl" >/dev/null 2>"$work/err" || true
  read -r wall user sys rss <"$work/time"
  cpu=$(echo "$user + $sys" | bc)
  printf '| %s | %s | %.1f | %.0f | %.1f | %.0f | %.0f | %s |\n' "$done_pages" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$cpu" \
    "$(echo "$n / $cpu" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  done_pages=$(( done_pages + n ))
done
rm -f "$work/slice.jsonl"
echo
echo "store: $(du -m "$db" | cut -f1) MB for $(sqlite3 "$db" 'SELECT count(*) FROM pages') pages, $(sqlite3 "$db" 'SELECT count(*) FROM kb_facts') consolidated facts"
/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$hoptac" reconsolidate --db "$db" >/dev/null
read -r wall user sys rss <"$work/time"
echo "reconsolidate: $wall s wall, $(echo "$user + $sys" | bc) s CPU, peak RSS $(( rss / 1024 )) MB"

# Search latency through the API with a viewer token.
python3 "$repo/bench/ingest-scale/queries.py" "$db" 200 >"$work/queries"
HOPTAC_ADMIN_PASSWORD=bench-password-1 "$hoptac" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
jar="$work/cookies"
. "$repo/bench/search-latency/sign-in.sh"
sign_in "$base" "$jar" bench-password-1
head -n 20 "$work/queries" | while read -r q; do curl -s -b "$jar" -o /dev/null "$base/api/search?$q"; done   # warm-up
: >"$work/times"
while read -r q; do
  code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' "$base/api/search?$q")
  [ "${code%% *}" = "200" ] || { echo "ingest-scale: HTTP ${code%% *} for $q" >&2; exit 1; }
  echo "${code##* }" >>"$work/times"
done <"$work/queries"
python3 - "$work/times" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"search: {len(t)} queries  p50 {p(0.50):.1f} ms  p95 {p(0.95):.1f} ms  p99 {p(0.99):.1f} ms  max {t[-1]:.1f} ms")
PY
echo "($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
