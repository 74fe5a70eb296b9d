#!/usr/bin/env bash
# Start a throw-away Redis server on 127.0.0.1:$REDIS_PORT, run the given command with CACHE_URL pointing at it,
# then stop the server and remove its files, whatever the command's outcome.
set -euo pipefail
REDIS_PORT=${REDIS_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
if ! command -v redis-server >/dev/null; then
  echo "Redis is not installed (apt-get install redis-server)." >&2
  exit 1
fi
workdir=$(mktemp -d /tmp/innov-redis.XXXXXX)
redis_pid=
stop() {
  if [ -n "$redis_pid" ] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid"
    wait "$redis_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap stop EXIT
# In memory only (no snapshot, no append-only file), on the loopback only.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$workdir" --save "" --appendonly no \
  --logfile "$workdir/server.log" &
redis_pid=$!
for _ in $(seq 50); do
  redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
  kill -0 "$redis_pid" 2>/dev/null || { cat "$workdir/server.log" >&2; exit 1; }
  sleep 0.1
done
redis-cli -p "$REDIS_PORT" ping >/dev/null || { echo "Redis did not start." >&2; exit 1; }
export CACHE_URL="redis://127.0.0.1:$REDIS_PORT/0"
echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$REDIS_PORT"
"$@"
