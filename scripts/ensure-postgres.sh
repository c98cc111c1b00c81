#!/usr/bin/env bash
# A private PostgreSQL server for the test suite: Debian's package, installed if missing,
# its own data directory and port, trust authentication on loopback only. Idempotent:
# a server already running there is reused. Prints the server's SQLAlchemy URL.
set -euo pipefail
PORT="${CONCORD_PG_PORT:-55432}"
DATA="${CONCORD_PG_DATA:-/tmp/concord-postgres-$PORT}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/postgres" ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "PostgreSQL is missing and this user cannot install it: apt-get install postgresql" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
  BIN="$(find_bin)"
fi

# The server refuses to run as root: root hands it to the postgres account.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
    -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400" \
    start >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
