#!/usr/bin/env bash
# Search latency on a large store (issue 14): 200 realistic queries through GET /api/search, one at a time over
# loopback, signed in as a browser is; p50/p95/p99 overall and per kind of query. The queries come from
# bench/ingest-scale/queries.py (drawn from the store's own headlines: a quarter with marks, a quarter folded, a quarter
# quoted phrases, a quarter common words with a partner, area or event-type facet).
# Usage: bench/search-latency/scale.sh STORE.db [BASELINE_HOPTAC ...]
#   SERVE_DB=postgres://… serves that store instead (e.g. one `hoptac copy` filled from STORE.db), with the queries
#   still drawn from STORE.db: the PostgreSQL figures of issue 19 beside the SQLite ones. With PG_DIR=FOLDER (the
#   cluster's folder given to scripts/pg-start.sh) the PostgreSQL backends' CPU per query is printed too.
#   Each extra argument is another `hoptac` binary (e.g. main's Release build) measured right after on the same store,
#   so figures taken on a loaded machine can be compared as ratios. Build the store with build-store.sh.
# The request loops are bounded (20 warm-up + 200 per binary) and every server is stopped at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
db="$1"
shift
port="${PORT:-5099}"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$repo/src/HopTac.Cli" -c Release -v q -nologo >/dev/null
# Opening the store once applies any pending migration (e.g. 0008's marked index) before the clock runs.
"$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac" stats --db "$db" >/dev/null
python3 "$repo/bench/ingest-scale/queries.py" "$db" 200 >"$work/queries"
. "$repo/bench/search-latency/sign-in.sh"

# CPU ticks (user + system) of the PostgreSQL cluster's backends (the postmaster's children), 0 without PG_DIR.
pg_ticks() {
  [ -n "${PG_DIR:-}" ] || { echo 0; return; }
  local postmaster; postmaster=$(head -1 "$PG_DIR/data/postmaster.pid")
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$postmaster" '$4 == pm { t += $14 + $15 } END { print t + 0 }'
}

measure() {
  # (Two statements: the words of one `local` are expanded before any of them is assigned.)
  local hoptac="$1" label="$2"
  local base="http://127.0.0.1:$port" jar="$work/cookies-$label"
  HOPTAC_ADMIN_PASSWORD=bench-password-1 "$hoptac" serve --db "${SERVE_DB:-$db}" --urls "$base" >"$work/serve-$label.log" 2>&1 &
  server_pid=$!
  sign_in "$base" "$jar" bench-password-1
  head -n 20 "$work/queries" | while read -r q; do curl -s -b "$jar" -o /dev/null "$base/api/search?$q"; done
  : >"$work/times-$label"
  # The server's CPU time (user + system, clock ticks) around the measured queries: on a loaded machine wall-clock
  # latency is mostly waiting for a core, CPU per query is not.
  local ticks_before; ticks_before=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
  local pg_before; pg_before=$(pg_ticks)
  # Each query's wall time and the server's CPU ticks around it (summed by kind below: ticks are 10 ms, so one query's
  # figure is coarse but fifty of a kind are not).
  local before after
  while read -r q; do
    before=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' "$base/api/search?$q")
    [ "${code%% *}" = "200" ] || { echo "search-latency: HTTP ${code%% *} for $q" >&2; exit 1; }
    after=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    echo "${code##* } $((after - before))" >>"$work/times-$label"
  done <"$work/queries"
  local ticks; ticks=$(( $(awk '{print $14 + $15}' "/proc/$server_pid/stat") - ticks_before ))
  local pg; pg=$(( $(pg_ticks) - pg_before ))
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  python3 - "$work/times-$label" "$label" "$(sqlite3 "$db" 'SELECT count(*) FROM pages WHERE is_current = 1')" "$(cut -d' ' -f1 /proc/loadavg)" "$ticks" "$(getconf CLK_TCK)" "$pg" "${PG_DIR:+yes}" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
times = [float(r[0]) * 1000 for r in rows]
ticks = [int(r[1]) for r in rows]
cpu_ms = int(sys.argv[5]) * 1000 / int(sys.argv[6]) / len(times)
pg_ms = f"{int(sys.argv[7]) * 1000 / int(sys.argv[6]) / len(times):.1f}" if sys.argv[8] else "-"
def pct(values, q):
    t = sorted(values)
    return t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
kinds = ["marks", "folded", "phrase", "facet"]
parts = " ".join(f"{k} p95 {pct([t for i, t in enumerate(times) if i % 4 == n], 0.95):.0f}" for n, k in enumerate(kinds))
tick_ms = 1000 / int(sys.argv[6])
by_kind = " / ".join(f"{sum(t for i, t in enumerate(ticks) if i % 4 == n) * tick_ms / len(ticks[n::4]):.1f}" for n in range(4))
print(f"| {sys.argv[2]} | {int(sys.argv[3]):,} | {len(times)} | {pct(times, .5):.1f} | {pct(times, .95):.1f} | {pct(times, .99):.1f} | {max(times):.1f} | {cpu_ms:.1f} | {by_kind} | {pg_ms} | {parts} | {sys.argv[4]} |")
PY
}

echo "| build | pages | queries | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/query | server CPU ms/query marks / folded / phrase / facet | PostgreSQL CPU ms/query | p95 by kind (ms) | load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
measure "$repo/src/HopTac.Cli/bin/Release/net10.0/hoptac" this
n=0
for baseline in "$@"; do n=$((n + 1)); measure "$baseline" "baseline-$n"; done
