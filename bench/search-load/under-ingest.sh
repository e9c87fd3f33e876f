#!/usr/bin/env bash
# Search and page views under concurrency on an existing store while `hoptac ingest` writes into it (issue 15, item 5).
#
#   bench/search-load/under-ingest.sh STORE.db [SECONDS] [CLIENTS]
#
# 1. copies STORE.db (and its -wal) beside itself as STORE.db.load-copy.db, so the store given is left as it was
#    (IN_PLACE=1 uses STORE.db itself);
# 2. generates INGEST_PAGES (default 20,000) new pages by recombining vietnews-train paragraphs
#    (bench/ingest-scale/make-corpus.py, ids load_NNNNNNN), before any timing;
# 3. starts `hoptac serve --public` on 127.0.0.1:$PORT (default 5098) over the copy and waits for /healthz;
# 4. sends each query once, sequentially, as a warm-up (not counted; the slowest is printed);
# 5. starts `hoptac ingest --jsonl -` of the new pages into the same store, waits WRITE_HEAD seconds (default 3) so that
#    the load starts with the writer busy, then runs `HopTac.Bench search-load --page-views`: CLIENTS (default 50)
#    clients for SECONDS (default 60), each searching one query after another from bench/search-load/queries.txt
#    (QUERIES=FILE for others) and opening one page each search found;
# 6. stops the ingest (SIGTERM: a background job of a script ignores SIGINT; a transaction cut short is rolled back,
#    see docs/reliability.md on kill -9) if it is still running, and the server; prints the
#    figures for searches and page views apart, how many pages the ingest stored and whether it ran the whole time.
#
# Everything runs on 127.0.0.1; the run is bounded by SECONDS. Builds Release binaries of the CLI and the bench unless
# HOPTAC=path/to/hoptac is given. Needs python3 and xz; ../shared beside the repository (or HOPTAC_SHARED).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
store="${1:?usage: bench/search-load/under-ingest.sh STORE.db [SECONDS] [CLIENTS]}"
seconds="${2:-60}"
clients="${3:-50}"
[ -f "$store" ] || { echo "under-ingest: no store $store" >&2; exit 1; }
port="${PORT:-5098}"
pages="${INGEST_PAGES:-20000}"
head_start="${WRITE_HEAD:-3}"
queries="${QUERIES:-$repo/bench/search-load/queries.txt}"
corpus="${HOPTAC_SHARED:-$repo/../shared}/corpus/vietnews-train/vietnews-train.jsonl.xz"
work=$(mktemp -d)
server_pid="" ingest_pid=""
cleanup() {
  [ -n "$ingest_pid" ] && kill -TERM "$ingest_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${HOPTAC:-}" ]; then
  dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
  HOPTAC="$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac"
fi
dotnet build "$repo/bench/HopTac.Bench" -c Release -v q -nologo >/dev/null
bench="$repo/bench/HopTac.Bench/bin/Release/net10.0/HopTac.Bench"

db="$store"
if [ "${IN_PLACE:-0}" != 1 ]; then
  db="$store.load-copy.db"
  rm -f "$db" "$db-wal" "$db-shm"
  cp "$store" "$db"
  [ -f "$store-wal" ] && cp "$store-wal" "$db-wal"
fi
before=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM pages").fetchone()[0])' "$db")

python3 "$repo/bench/ingest-scale/make-corpus.py" "$corpus" "$pages" --seed 15 --prefix load >"$work/incoming.jsonl"

"$HOPTAC" serve --public --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "$base/healthz" >/dev/null || { echo "under-ingest: the server did not start" >&2; cat "$work/serve.log" >&2; exit 3; }

slowest=0 slowest_query=""
while read -r query; do
  case "$query" in ''|'#'*) continue ;; esac
  t=$(curl -s -o /dev/null -w '%{time_total}' "$base/api/search?$query")
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)' "$t" "$slowest"; then slowest=$t slowest_query=$query; fi
done <"$queries"
echo "store $store: $before pages; warm-up (each query once, alone): slowest ${slowest} s ($slowest_query)"

ingest_started=$(date +%s.%N)
"$HOPTAC" ingest --jsonl - --db "$db" <"$work/incoming.jsonl" >"$work/ingest.out" 2>"$work/ingest.err" &
ingest_pid=$!
sleep "$head_start"
set +e
"$bench" search-load --server "$base" --clients "$clients" --seconds "$seconds" --queries "$queries" --page-views
load_exit=$?
set -e
if kill -0 "$ingest_pid" 2>/dev/null; then
  during="yes (stopped after the load)"
  kill -TERM "$ingest_pid"
else
  during="NO: it ended $(python3 -c 'import sys,time; print(round(time.time() - float(sys.argv[1]), 1))' "$ingest_started") s after it started, before the load did; raise INGEST_PAGES"
fi
wait "$ingest_pid" 2>/dev/null || true
ingest_pid=""
after=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM pages").fetchone()[0])' "$db")
echo "ingest: $((after - before)) pages stored during the run; writing the whole time: $during"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$load_exit"
