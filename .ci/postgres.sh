#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the tests (Debian's package; initdb/pg_ctl
# as the postgres user in a temporary directory), export PACTWATCH_TEST_PG, stop it on exit.
# Source it: `. .ci/postgres.sh`.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ -z "$(pg_bin)" ]; then
  echo "ci: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bin)"
PG_DIR="$(mktemp -d /tmp/pactwatch-ci-pg.XXXXXX)"
chmod 777 "$PG_DIR"
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres -E UTF8 --no-sync >/dev/null"
as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
export PACTWATCH_TEST_PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
echo "ci: PostgreSQL on 127.0.0.1:$PG_PORT" >&2

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop >/dev/null" || true
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT
