#!/usr/bin/env bash
# The benchmark of docs/performance.md: for 1,000 and 50,000 offers, seed a scratch SQLite database, serve the
# app with gunicorn in production settings, load each page with wrk on 127.0.0.1, print the table.
#
#   make bench                                  # or: bash bench/run.sh
#   BENCH_SIZES="1000" BENCH_DURATION=5s bash bench/run.sh
#   BENCH_REUSE_DB=1 bash bench/run.sh          # keep the seeded databases of a previous run
#   PGPORT=55449 bash .ci/with-postgres.sh bash bench/run.sh   # on PostgreSQL: one database per size
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=(${BENCH_SIZES:-1000 50000})
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WORKERS=${BENCH_WORKERS:-2}
PORT=${BENCH_PORT:-8765}
PY=.venv/bin/python
DB_DIR=${BENCH_DB_DIR:-/tmp}
# Given a PostgreSQL DATABASE_URL (e.g. by .ci/with-postgres.sh), each size gets its own database next to it.
PG_URL=
case "${DATABASE_URL:-}" in postgres*) PG_URL=$DATABASE_URL ;; esac
OUT=bench/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

# Production settings: DEBUG off, a throw-away secret, plain HTTP on the loopback (no TLS proxy here).
unset DJANGO_DEBUG
export DJANGO_SECRET_KEY
DJANGO_SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(64))")
export DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_LOG_LEVEL=ERROR
BASE=http://127.0.0.1:$PORT

$PY manage.py collectstatic --noinput >/dev/null

gunicorn_pid=
stop_gunicorn() {
  if [ -n "$gunicorn_pid" ] && kill -0 "$gunicorn_pid" 2>/dev/null; then
    kill "$gunicorn_pid"
    wait "$gunicorn_pid" 2>/dev/null || true
  fi
  gunicorn_pid=
}
trap stop_gunicorn EXIT

for n in "${SIZES[@]}"; do
  if [ -n "$PG_URL" ]; then
    export DATABASE_URL=${PG_URL%/*}/innov_bench_$n
    $PY - "$PG_URL" "innov_bench_$n" <<'PYTHON'
import sys
import psycopg2
connection = psycopg2.connect(sys.argv[1].rsplit("/", 1)[0] + "/postgres")
connection.autocommit = True
with connection.cursor() as cursor:
    cursor.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}"')
    cursor.execute(f'CREATE DATABASE "{sys.argv[2]}"')
PYTHON
    echo "== Seeding $n offers (PostgreSQL)"
    $PY manage.py migrate --noinput >/dev/null
    $PY manage.py seed_scale --offers "$n" --seed 1
    # Statistics for the planner, and no autovacuum of the fresh rows competing with the measure.
    $PY manage.py shell --no-imports -c "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
  else
    db=$DB_DIR/innov-bench-$n.sqlite3
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
  offer=$($PY manage.py shell --no-imports -c "
from offers.models import Offer
published = Offer.objects.published().order_by('pk').values_list('slug', flat=True)
print(published[published.count() // 2])")

  .venv/bin/gunicorn innov_provence.wsgi --workers "$WORKERS" --bind "127.0.0.1:$PORT" --log-level warning &
  gunicorn_pid=$!
  for _ in $(seq 50); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done

  pages=(
    "healthz|/healthz"
    "home|/"
    "offres|/offres/"
    "resultats|/orientation/resultats/?besoin=financer&stade=amorcage&technopole=luminy"
    "offre|/offres/$offer/"
    "technopole|/technopoles/luminy/"
    "financements|/financements/"
    "hebergement|/hebergement/"
    "acteurs|/acteurs/"
    "accessibilite|/accessibilite/"
  )
  for entry in "${pages[@]}"; do
    name=${entry%%|*}
    path=${entry#*|}
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path" || true)
    echo "$status" >"$OUT/$n-$name.status"
    echo "$path" >"$OUT/$n-$name.path"
    if [ "$status" != 200 ]; then
      echo "   $name: $path answers $status, not measured"
      continue
    fi
    echo "   $name: $path"
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" >"$OUT/$n-$name.wrk"
    $PY bench/report.py weight "$BASE" "$path" >"$OUT/$n-$name.weight"
  done

  # Resident memory of each worker after the load (the children of the gunicorn master).
  for pid in $(pgrep -P "$gunicorn_pid"); do
    awk '/^VmRSS/ {print $2}' "/proc/$pid/status"
  done >"$OUT/$n-rss-kb"
  stop_gunicorn
done

$PY bench/report.py table "$OUT" | tee "$OUT/table.md"
uptime | tee "$OUT/uptime"
echo "(raw wrk outputs in $OUT)"
