#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for trying HopTac on PostgreSQL and for the store tests: Debian's binaries,
# initdb in a new temporary folder, trust authentication on 127.0.0.1 only, a free port, durability off (fsync,
# synchronous_commit, full_page_writes: a crash loses nothing anyone keeps). Prints the connection URL on stdout,
# e.g. postgres://hoptac@127.0.0.1:41234/hoptac; the cluster's folder, log and stop command go to stderr.
#   usage: scripts/pg-start.sh [FOLDER]      stop: scripts/pg-stop.sh FOLDER
# PostgreSQL refuses to run as root: as root the cluster belongs to the system user `postgres` (created by Debian's
# package), otherwise to the calling user.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-start: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 1
fi

dir=${1:-$(mktemp -d /tmp/hoptac-pg.XXXXXX)}
mkdir -p "$dir"
run=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres "$dir"
  run=(runuser -u postgres --)
fi

# A free port: ask the kernel for one, then hand it to the server (the gap is short and only this machine races).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${run[@]}" "$bin/initdb" -D "$dir/data" -U hoptac -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start -o \
  "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U hoptac hoptac

echo "pg-start: cluster in $dir (log $dir/server.log); stop with: bash scripts/pg-stop.sh $dir" >&2
echo "postgres://hoptac@127.0.0.1:$port/hoptac"
