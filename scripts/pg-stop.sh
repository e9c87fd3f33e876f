#!/usr/bin/env bash
# Stops a cluster started by scripts/pg-start.sh and removes its folder.
#   usage: scripts/pg-stop.sh FOLDER
set -euo pipefail
dir=${1:?usage: scripts/pg-stop.sh FOLDER}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run=()
[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
if [ -f "$dir/data/postmaster.pid" ]; then
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
fi
rm -rf "$dir"
