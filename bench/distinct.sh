#!/usr/bin/env bash
# The cold path of docs/performance.md: for 1,000 and 50,000 offers, gunicorn in production settings (2 workers),
# wrk -c8 cycling through 3,000 distinct URLs per list (bench/distinct.py), so that almost every request misses
# the page cache and every cached computation. Prints requests per second, median latency, × /healthz and the
# growth from the first size to the last.
#
#   bash bench/distinct.sh                                   # SQLite, 1,000 and 50,000 offers
#   BENCH_SIZES="1000" BENCH_DURATION=5s bash bench/distinct.sh
#   BENCH_REUSE_DB=1 bash bench/distinct.sh                  # keep the databases seeded by a previous run
#   PGPORT=55449 bash .ci/with-postgres.sh bash bench/distinct.sh   # PostgreSQL: one database per size
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=(${BENCH_SIZES:-1000 50000})
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WORKERS=${BENCH_WORKERS:-2}
PORT=${BENCH_PORT:-8766}
URLS=${BENCH_URLS:-3000}
LISTS=(${BENCH_LISTS:-catalogue search results})
PY=.venv/bin/python
DB_DIR=${BENCH_DB_DIR:-/tmp}
PG_URL=
case "${DATABASE_URL:-}" in postgres*) PG_URL=$DATABASE_URL ;; esac
OUT=bench/results/distinct-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

unset DJANGO_DEBUG
export DJANGO_SECRET_KEY
DJANGO_SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(64))")
export DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_LOG_LEVEL=ERROR
BASE=http://127.0.0.1:$PORT
$PY manage.py collectstatic --noinput >/dev/null

for list in "${LISTS[@]}"; do
  $PY bench/distinct.py "$list" "$URLS" >"$OUT/$list.urls"
done
# wrk's Lua: each connection walks the list from its own offset, so the 8 connections ask different URLs.
cat >"$OUT/walk.lua" <<'LUA'
local paths = {}
local counter = 0
local position = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  counter = counter + 1
  position = (tonumber(args[2]) or 0) * 997 % #paths
end
function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
LUA

gunicorn_pid=
stop_gunicorn() {
  if [ -n "$gunicorn_pid" ] && kill -0 "$gunicorn_pid" 2>/dev/null; then kill "$gunicorn_pid"; wait "$gunicorn_pid" 2>/dev/null || true; fi
  gunicorn_pid=
}
trap stop_gunicorn EXIT

thread=0
for n in "${SIZES[@]}"; do
  if [ -n "$PG_URL" ]; then
    export DATABASE_URL=${PG_URL%/*}/innov_distinct_$n
    if [ "${BENCH_REUSE_DB:-0}" != 1 ] || ! $PY - "$PG_URL" "innov_distinct_$n" <<'PYTHON'
import sys, psycopg2
c = psycopg2.connect(sys.argv[1].rsplit("/", 1)[0] + "/postgres"); c.autocommit = True
cur = c.cursor(); cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [sys.argv[2]])
sys.exit(0 if cur.fetchone() else 1)
PYTHON
    then
      $PY - "$PG_URL" "innov_distinct_$n" <<'PYTHON'
import sys, psycopg2
c = psycopg2.connect(sys.argv[1].rsplit("/", 1)[0] + "/postgres"); c.autocommit = True
cur = c.cursor(); cur.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}"'); cur.execute(f'CREATE DATABASE "{sys.argv[2]}"')
PYTHON
      echo "== Seeding $n offers (PostgreSQL)"
      $PY manage.py migrate --noinput >/dev/null
      $PY manage.py seed_scale --offers "$n" --seed 1
      $PY manage.py shell --no-imports -c "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
    else
      $PY manage.py migrate --noinput >/dev/null
    fi
  else
    db=$DB_DIR/innov-distinct-$n.sqlite3
    export DATABASE_URL=sqlite:///$db
    if [ "${BENCH_REUSE_DB:-0}" != 1 ] || [ ! -s "$db" ]; then
      echo "== Seeding $n offers"
      rm -f "$db"
      $PY manage.py migrate --noinput >/dev/null
      $PY manage.py seed_scale --offers "$n" --seed 1
    else
      $PY manage.py migrate --noinput >/dev/null
    fi
  fi
  $PY manage.py createcachetable >/dev/null
  .venv/bin/gunicorn innov_provence.wsgi --workers "$WORKERS" --bind "127.0.0.1:$PORT" --log-level warning &
  gunicorn_pid=$!
  for _ in $(seq 50); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done
  wrk -t2 -c"$CONNECTIONS" -d3s "$BASE/healthz" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/healthz" >"$OUT/$n-healthz.wrk"
  for list in "${LISTS[@]}"; do
    # A first pass over a few URLs of the list warms what every request shares (taxonomy, vocabulary).
    head -n 5 "$OUT/$list.urls" | while read -r path; do curl -fs -o /dev/null "$BASE$path" || true; done
    thread=$((thread + 1))
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/walk.lua" "$BASE" -- "$PWD/$OUT/$list.urls" "$thread" \
      >"$OUT/$n-$list.wrk"
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$(sed -n 7p "$OUT/$list.urls")")
    echo "   $n $list: $(awk '/Requests\/sec/ {print $2}' "$OUT/$n-$list.wrk") req/s (sample answers $status)"
  done
  for pid in $(pgrep -P "$gunicorn_pid"); do awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; done >"$OUT/$n-rss-kb"
  stop_gunicorn
done

$PY - "$OUT" "${SIZES[@]}" -- "${LISTS[@]}" <<'PYTHON' | tee "$OUT/table.md"
import re, sys
from pathlib import Path
out = Path(sys.argv[1]); args = sys.argv[2:]; cut = args.index("--")
sizes, lists = args[:cut], args[cut + 1:]
def read(n, name):
    text = (out / f"{n}-{name}.wrk").read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    m = re.search(r"50%\s+([\d.]+)(us|ms|s)", text)
    median = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    return rps, median
first, last = sizes[0], sizes[-1]
print(f"| cold path | " + " | ".join(f"{int(n):,} offers (req/s, median ms)" for n in sizes) + f" | × /healthz at {int(last):,} | growth |")
print("| --- |" + " --- |" * (len(sizes) + 2))
for name in ["healthz", *lists]:
    cells, rates = [], {}
    for n in sizes:
        rps, median = read(n, name); rates[n] = rps
        cells.append(f"{rps:.1f} req/s, {median:.0f} ms")
    ratio = rates[last] / read(last, "healthz")[0]
    growth = rates[first] / rates[last]
    print(f"| {name} | " + " | ".join(cells) + f" | {ratio:.3f} | {growth:.2f}× |")
rss = [int(x) // 1024 for n in sizes for x in (out / f"{n}-rss-kb").read_text().split()]
print(f"\nWorker RSS after the load: {', '.join(f'{r} MB' for r in rss)}")
PYTHON
uptime | tee "$OUT/uptime"
