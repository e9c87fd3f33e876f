#!/usr/bin/env bash
# p95 latency of GET /api/search on `hoptac serve` over the seed pages (issue 8: < 100 ms at p95).
# Usage: bench/search-latency/run.sh [rounds]   (needs ../shared beside the repository, curl and python3)
# CORPUS=folder runs it on other pages (e.g. ../shared/corpus/vims, 1,893 pages).
# Everything runs on 127.0.0.1; the request loop is bounded (rounds x queries) and the server is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-30}"
seeds="${CORPUS:-${HOPTAC_SHARED:-../shared}/corpus/seeds}"
[ -d "$seeds" ] || { echo "search-latency: $seeds is missing" >&2; exit 1; }
port="${PORT:-5097}"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/HopTac.Cli -c Release -v q -nologo >/dev/null
hoptac=src/HopTac.Cli/bin/Release/net10.0/hoptac
"$hoptac" ingest "$seeds" --db "$work/seeds.db" >/dev/null
HOPTAC_ADMIN_PASSWORD=bench-password-1 "$hoptac" serve --db "$work/seeds.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
jar="$work/cookies"
. bench/search-latency/sign-in.sh
sign_in "$base" "$jar" bench-password-1

# General words of cooperation news, with and without diacritics, and two facets.
queries=("hop+tac" "h%E1%BB%A3p+t%C3%A1c+y+t%E1%BA%BF" "bo+truong" "vac+xin" "ky+ket+ban+ghi+nho" "dau+tu" "hoi+dam" "giao+duc+dao+tao"
         "hop+tac&partner=RU" "y+te&area=health")
for q in "${queries[@]}"; do curl -s -b "$jar" -o /dev/null "$base/api/search?q=$q"; done   # warm-up
: >"$work/times"
for _ in $(seq 1 "$rounds"); do
  for q in "${queries[@]}"; do
    code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' "$base/api/search?q=$q")
    [ "${code%% *}" = "200" ] || { echo "search-latency: HTTP ${code%% *} for $q" >&2; exit 1; }
    echo "${code##* }" >>"$work/times"
  done
done
python3 - "$work/times" <<'PY'
import sys, statistics
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"requests {len(t)}  p50 {p(0.50):.1f} ms  p95 {p(0.95):.1f} ms  p99 {p(0.99):.1f} ms  max {t[-1]:.1f} ms  mean {statistics.mean(t):.1f} ms")
PY
