#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1:$PGPORT, run the given command with DATABASE_URL pointing
# at it, then stop the server and remove its files, whatever the command's outcome.
set -euo pipefail
# A free port unless one is given: a fixed one can be held by another server, or by an outgoing connection
# whose local port the system happened to pick.
PGPORT=${PGPORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 1
fi
workdir=$(mktemp -d /tmp/innov-pg.XXXXXX)
chown postgres "$workdir"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
stop() {
  as_postgres "$pgbin/pg_ctl -D $workdir/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap stop EXIT
as_postgres "$pgbin/initdb -D $workdir/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$pgbin/pg_ctl -D $workdir/data -l $workdir/server.log -w -o \"-p $PGPORT -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off\" start" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/innov_provence"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
"$@"
