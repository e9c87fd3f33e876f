#!/usr/bin/env bash
# Ingest at scale (issue 14): streams vietnews-train (105k articles) from its .jsonl.xz into one store, 10,000 pages
# per `hoptac ingest --jsonl -` run, and reports for each run the pages/s (wall and per CPU second, which a shared
# machine disturbs less), the peak RSS and the machine's load; then the store size, `hoptac reconsolidate` time, and
# the latency of 200 realistic searches through the API (p50/p95/p99).
# Usage: bench/ingest-scale/run.sh [PAGES=105411] [CORPUS.jsonl.xz]   (needs ../shared, xz, python3, curl, GNU time)
# Environment: STEP (pages per run, 10000), BASE (a commit: its build ingests the same slices into its own store, run
# by run alternately with this build, so that a loaded machine disturbs both alike; the table gains its seconds and
# the ratio), BASE_BIN (an already built base `hoptac` instead), HOPTAC_BIN (this build, already built), NO_SEARCH=1 (stop after reconsolidate), KEEP=1,
# PAGE_TIMEOUT (seconds per page, default 5: on a loaded machine a larger one keeps both builds from rejecting pages).
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
if [ -n "${HOPTAC_BIN:-}" ]; then
  hoptac="$HOPTAC_BIN"
else
  dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
  hoptac="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
fi
db="$work/scale.db"
basecli="${BASE_BIN:-}"
if [ -n "${BASE:-}" ] && [ -z "$basecli" ]; then
  mkdir -p "$work/base"
  git -C "$repo" archive "$BASE" | tar -x -C "$work/base"
  dotnet build "$work/base/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
  basecli="$work/base/src/HopTac.Cli/bin/Release/net10.0/hoptac"
fi

# One run of `hoptac ingest` over the current slice: prints "wall cpu rssKB".
ingest_run() {
  # Exit 2 means some pages were rejected (a page over its time budget on a loaded machine): the run still counts.
  local code=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$1" ingest ${PAGE_TIMEOUT:+--page-timeout "$PAGE_TIMEOUT"} --jsonl - --db "$2" <"$work/slice.jsonl" >/dev/null 2>"$work/err" || code=$?
  [ "$code" -eq 0 ] || [ "$code" -eq 2 ] || { echo "ingest-scale: $1 failed ($code): $(tail -n 3 "$work/err")" >&2; exit 3; }
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  echo "$wall $(echo "$user + $sys" | bc) $rss"
}

if [ -n "$basecli" ]; then
  echo "| pages in store before | pages | wall s | pages/s | CPU s | pages per CPU s | peak RSS MB | base wall s | base CPU s | CPU ratio this/base | load |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
else
  echo "| pages in store before | pages | wall s | pages/s | CPU s | pages per CPU s | peak RSS MB | load |"
  echo "|---|---|---|---|---|---|---|---|"
fi
done_pages=0
first_cpu=""; last_cpu=""; first_base=""; last_base=""; peak=0; total_wall=0
while [ "$done_pages" -lt "$pages" ]; do
  n=$(( pages - done_pages < step ? pages - done_pages : step ))
  # Each run reads its slice of the stream: the file is never unpacked to disk.
  # (head closes the pipe early: the SIGPIPE of xz and tail is expected, hence no pipefail here.)
  (set +o pipefail; xz -dc "$corpus" | tail -n +"$(( done_pages + 1 ))" | head -n "$n" >"$work/slice.jsonl")
  read -r wall cpu rss < <(ingest_run "$hoptac" "$db")
  total_wall=$(echo "$total_wall + $wall" | bc)
  [ "$rss" -gt "$peak" ] && peak=$rss
  per_cpu=$(echo "$cpu / $n * 10000" | bc -l)
  [ -n "$first_cpu" ] || first_cpu=$per_cpu
  [ "$n" -lt "$step" ] || last_cpu=$per_cpu
  row=$(printf '| %s | %s | %.1f | %.0f | %.1f | %.0f | %.0f' "$done_pages" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$cpu" \
    "$(echo "$n / $cpu" | bc -l)" "$(echo "$rss / 1024" | bc -l)")
  if [ -n "$basecli" ]; then
    read -r bwall bcpu _ < <(ingest_run "$basecli" "$work/base.db")
    bper=$(echo "$bcpu / $n * 10000" | bc -l)
    [ -n "$first_base" ] || first_base=$bper
    [ "$n" -lt "$step" ] || last_base=$bper
    row="$row$(printf ' | %.1f | %.1f | %.2f' "$bwall" "$bcpu" "$(echo "$cpu / $bcpu" | bc -l)")"
  fi
  echo "$row | $(cut -d' ' -f1 /proc/loadavg) |"
  done_pages=$(( done_pages + n ))
done
rm -f "$work/slice.jsonl"
echo
printf 'CPU s per 10,000 pages, last full run / first: %.2f' "$(echo "$last_cpu / $first_cpu" | bc -l)"
[ -z "$basecli" ] || printf '   (base: %.2f)' "$(echo "$last_base / $first_base" | bc -l)"
printf '\ningest: %s pages in %.0f s wall (%.0f pages/s), peak RSS %.0f MB\n' "$pages" "$total_wall" "$(echo "$pages / $total_wall" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
echo "store: $(du -m "$db" | cut -f1) MB for $(sqlite3 "$db" 'SELECT count(*) FROM pages') pages, $(sqlite3 "$db" 'SELECT count(*) FROM kb_facts') consolidated facts"
# While reconsolidate rebuilds, another writer saves one page every 2 s (pages of the stream beyond the ingested
# ones, or the first again): the longest of those saves is how long the rebuild can keep a writer waiting.
(set +o pipefail; xz -dc "$corpus" | tail -n +"$(( pages + 1 ))" | head -n 400 >"$work/probe.jsonl")
[ -s "$work/probe.jsonl" ] || (set +o pipefail; xz -dc "$corpus" | head -n 400 >"$work/probe.jsonl")
/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$hoptac" reconsolidate --db "$db" >/dev/null &
rebuild_pid=$!
: >"$work/waits"
i=1
while kill -0 "$rebuild_pid" 2>/dev/null; do
  sed -n "${i}p" "$work/probe.jsonl" >"$work/one.jsonl"
  s=$(date +%s.%N)
  # Exit 2 is the page rejected (its extraction over the 5 s budget when the machine is loaded); 3 is a storage failure.
  code=0; "$hoptac" ingest --jsonl - --db "$db" <"$work/one.jsonl" >/dev/null 2>&1 || code=$?
  [ "$code" -ne 3 ] || echo "ingest-scale: a save during reconsolidate failed in storage" >&2
  echo "$(date +%s.%N) - $s" | bc >>"$work/waits"
  i=$(( i % 400 + 1 ))
  sleep 2
done
wait "$rebuild_pid"
read -r wall user sys rss < <(tail -n 1 "$work/time")
echo "reconsolidate: $wall s wall, $(echo "$user + $sys" | bc) s CPU, peak RSS $(( rss / 1024 )) MB;" \
  "$(wc -l <"$work/waits") one-page saves meanwhile, longest $(sort -n "$work/waits" | tail -n 1) s (process start included)"
[ -z "${NO_SEARCH:-}" ] || exit 0

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
