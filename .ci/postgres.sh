#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests, from Debian's
# postgresql package, on 127.0.0.1 and a free port; print its URL.
#   eval "$(bash .ci/postgres.sh)"   # exports POLICYDIFF_TEST_POSTGRES
# Run as root (as CI is): the server runs as the postgres user, its data in a
# temporary folder, trust authentication for local TCP only.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/policydiff-pg.XXXXXX)
chown postgres "$data"
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
as_pg "$bin/initdb" -D "$data/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >&2
as_pg "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c max_connections=200 -c fsync=off" start >&2
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres policydiff_test >&2
echo "export POLICYDIFF_TEST_POSTGRES=postgresql://postgres@127.0.0.1:$port/policydiff_test"
echo "export POLICYDIFF_TEST_POSTGRES_STOP='runuser -u postgres -- $bin/pg_ctl -D $data/db -m fast stop'"
