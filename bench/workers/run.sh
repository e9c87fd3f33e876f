#!/usr/bin/env bash
# Parallel ingest workers on PostgreSQL (issue 19): pages/s for 1, 2 and 4 `hoptac worker` processes sharing one job
# table, beside the same pages ingested into a SQLite file by `hoptac ingest` (one process, one writer) in the same run.
# Usage: bench/workers/run.sh INPUT COUNT
#   INPUT  a folder of pages (its first COUNT files in path order, e.g. /work/audit/pages) or a .jsonl/.jsonl.xz file
#          of pages (its first COUNT lines, e.g. ../shared/corpus/vietnews-train/vietnews-train.jsonl.xz)
#   COUNT  how many pages
# Environment: WORKERS ("1 2 4"), PAGE_TIMEOUT (60 s), HOPTAC_BIN (a built hoptac; default: the Release build, built if missing),
#   HOPTAC_PG (a postgres:// URL of a server whose user may create databases; default: scripts/pg-start.sh starts a
#   throw-away cluster, stopped at the end), PG_DIRECT=1 (also `hoptac ingest` into PostgreSQL without workers), KEEP=1,
#   BASE_BIN (another build's hoptac, e.g. a base commit's Release: its workers run right after this one's on the same
#   pages, for ratios on a loaded machine), PG_DIR (the folder given to scripts/pg-start.sh for HOPTAC_PG's cluster:
#   the server's CPU is reported too; set by itself for the script's own cluster), KILL_AFTER (seconds: in every run
#   of 2 or more workers, the first worker is killed with SIGKILL that long after the start, holding its claimed jobs,
#   and a new worker is started in its place; the check below then says whether a page was lost or doubled),
#   NO_SQLITE=1 (skip the SQLite run, e.g. when the same build's SQLite figures were taken in another run).
# Each PostgreSQL run gets a new empty database: `hoptac enqueue` first (timed apart), then N worker processes started
# together; the run's time is from their start to the last one's exit. After each run it checks that every page is
# stored once (one current version per source, every job done). Prints a Markdown table; CPU is user + system of all
# HopTac processes of the run, server CPU that of the PostgreSQL cluster's processes over the run (with PG_DIR), which
# a loaded machine disturbs less than the wall clock.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
input="${1:?usage: bench/workers/run.sh INPUT COUNT}"
count="${2:?usage: bench/workers/run.sh INPUT COUNT}"
workers="${WORKERS:-1 2 4}"
budget="${PAGE_TIMEOUT:-60}"   # a page's time budget: on a loaded machine the default 5 s rejects pages at random
work="$(mktemp -d /tmp/hoptac-workers.XXXXXX)"
chmod 755 "$work"   # the cluster may run as the postgres user (pg-start.sh as root), which must reach its folder inside
pgdir=""
pg_dir="${PG_DIR:-}"
cleanup() {
  [ -n "$pgdir" ] && bash "$repo/scripts/pg-stop.sh" "$pgdir" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

hoptac="${HOPTAC_BIN:-$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac}"
[ -x "$hoptac" ] || dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null

# The subset, made once, read by every run.
if [ -d "$input" ]; then
  mkdir -p "$work/pages"
  # Links named after the whole path (no process per file: on a loaded machine that alone took minutes).
  (set +o pipefail; find "$input" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | LC_ALL=C sort | head -n "$count") >"$work/list"
  python3 -c 'import os, sys
for f in open(sys.argv[1]).read().split("\n"):
    if f: os.symlink(f, os.path.join(sys.argv[2], f.replace("/", "_")))' "$work/list" "$work/pages"
  subset="$work/pages"
else
  case "$input" in
    *.xz) (set +o pipefail; xz -dc "$input" | head -n "$count" >"$work/pages.jsonl") ;;
    *) head -n "$count" "$input" >"$work/pages.jsonl" ;;
  esac
  subset="$work/pages.jsonl"
fi

admin="${HOPTAC_PG:-}"
if [ -z "$admin" ]; then
  pgdir="$work/pg"
  pg_dir="$pgdir"
  admin="$(bash "$repo/scripts/pg-start.sh" "$pgdir" 2>/dev/null)"
fi
# CPU seconds of the cluster: the postmaster with its finished children, and its live children (backends, writers).
pg_cpu() {
  [ -n "$pg_dir" ] || { echo 0; return; }
  local pm; pm=$(head -1 "$pg_dir/data/postmaster.pid")
  # (A process may end between the glob and cat: cat then fails, which pipefail and set -e must not take for the script's.)
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$pm" -v hz="$(getconf CLK_TCK)" \
    '$1 == pm { t += $14 + $15 + $16 + $17 } $4 == pm { t += $14 + $15 } END { printf "%.1f", t / hz }'
}
base="${admin%/*}"
new_db() { psql "$admin" -qAtc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" && psql "$admin" -qAtc "CREATE DATABASE $1"; echo "$base/$1"; }
load() { cut -d' ' -f1 /proc/loadavg; }
cpu_of() { awk '{ s += $2 + $3 } END { printf "%.1f", s }' "$@"; }

echo "| store | build | processes | pages stored | wall s | pages/s | CPU s | server CPU s | pages per CPU s (both) | ratio to 1 worker (pages/s) | load before |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"

# SQLite: the same pages, one `hoptac ingest` (its readers on every core, one writer).
if [ -z "${NO_SQLITE:-}" ]; then
l=$(load)
code=0
/usr/bin/time -f "%e %U %S" -o "$work/sqlite.time" "$hoptac" ingest "$subset" --db "$work/sqlite.db" --page-timeout "$budget" >/dev/null 2>"$work/sqlite.err" || code=$?
[ "$code" -le 2 ] || { echo "workers: SQLite ingest failed ($code): $(tail -n 3 "$work/sqlite.err")" >&2; exit 3; }
read -r wall user sys <"$work/sqlite.time"
stored=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from pages').fetchone()[0])" "$work/sqlite.db")
echo "| SQLite (ingest) | this | 1 | $stored | $wall | $(echo "scale=1; $stored / $wall" | bc) | $(echo "$user + $sys" | bc) | - | $(echo "scale=1; $stored / ($user + $sys)" | bc) | | $l |"
fi

if [ -n "${PG_DIRECT:-}" ]; then
  url=$(new_db hoptac_bench_direct)
  l=$(load)
  code=0
  /usr/bin/time -f "%e %U %S" -o "$work/direct.time" "$hoptac" ingest "$subset" --db "$url" --page-timeout "$budget" >/dev/null 2>"$work/direct.err" || code=$?
  [ "$code" -le 2 ] || { echo "workers: PostgreSQL ingest failed ($code): $(tail -n 3 "$work/direct.err")" >&2; exit 3; }
  read -r wall user sys <"$work/direct.time"
  stored=$(psql "$url" -qAtc "select count(*) from pages")
  echo "| PostgreSQL (ingest, no workers) | this | 1 | $stored | $wall | $(echo "scale=1; $stored / $wall" | bc) | $(echo "$user + $sys" | bc) | - | $(echo "scale=1; $stored / ($user + $sys)" | bc) | | $l |"
fi

builds=("this:$hoptac")
[ -z "${BASE_BIN:-}" ] || builds+=("base:$BASE_BIN")
for build in "${builds[@]}"; do
label=${build%%:*}
bin=${build#*:}
one=""
for n in $workers; do
  url=$(new_db "hoptac_bench_${label}_w$n")
  "$bin" enqueue "$subset" --db "$url" >"$work/enqueue.out" 2>&1 || { echo "workers: enqueue failed: $(tail -n 3 "$work/enqueue.out")" >&2; exit 3; }
  l=$(load)
  server0=$(pg_cpu)
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    /usr/bin/time -f "%e %U %S" -o "$work/$label-w$n-$i.time" "$bin" worker --db "$url" --page-timeout "$budget" >/dev/null 2>"$work/$label-w$n-$i.err" &
    pids+=($!)
  done
  killed=""
  if [ -n "${KILL_AFTER:-}" ] && [ "$n" -ge 2 ]; then
    sleep "$KILL_AFTER"
    # The worker itself, not /usr/bin/time around it: its claimed jobs stay claimed until their lease runs out.
    victim=$(pgrep -P "${pids[0]}" | head -n 1)
    kill -9 "$victim"
    killed=${pids[0]}
    echo "workers: killed worker $victim (SIGKILL) after ${KILL_AFTER} s; starting a new one" >&2
    /usr/bin/time -f "%e %U %S" -o "$work/$label-w$n-restart.time" "$bin" worker --db "$url" --page-timeout "$budget" >/dev/null 2>"$work/$label-w$n-restart.err" &
    pids+=($!)
  fi
  for p in "${pids[@]}"; do
    if [ "$p" = "$killed" ]; then wait "$p" || true; continue; fi
    wait "$p" || { echo "workers: a worker failed: $(tail -n 3 "$work"/"$label"-w"$n"-*.err)" >&2; exit 3; }
  done
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  server=$(echo "$(pg_cpu) - $server0" | bc)
  read -r stored sources open <<<"$(psql "$url" -qAtF' ' -c "select (select count(*) from pages), (select count(distinct source_id) from pages), (select count(*) from ingest_jobs where state in ('queued','claimed'))")"
  [ "$stored" = "$sources" ] && [ "$open" = 0 ] || { echo "workers: $n workers: $stored pages for $sources sources, $open jobs open" >&2; exit 4; }
  cpu=$(cpu_of "$work"/"$label"-w"$n"-*.time)
  rate=$(echo "scale=1; $stored / $wall" | bc)
  [ -n "$one" ] || one=$rate
  printf '| PostgreSQL (worker) | %s | %s | %s | %.1f | %s | %s | %s | %s | %.2f | %s |\n' "$label" "$n" "$stored" "$wall" "$rate" "$cpu" "$server" \
    "$(echo "scale=1; $stored / ($cpu + $server)" | bc)" "$(echo "scale=3; $rate / $one" | bc)" "$l"
  [ -n "${KEEP:-}" ] || psql "$admin" -qAtc "DROP DATABASE IF EXISTS hoptac_bench_${label}_w$n WITH (FORCE)"
done
done
