"""The cold path in-process: median milliseconds per request over distinct URLs (bench/distinct.py), on several
seeded databases measured in turn, round after round, so that a busy machine weighs on every size alike.

    .venv/bin/python bench/distinct_inprocess.py sqlite:////tmp/innov-distinct-1000.sqlite3 \
        sqlite:////tmp/innov-distinct-50000.sqlite3          # the databases bench/distinct.sh seeded

Django's test client in production settings (DEBUG off) with a per-process memory cache: every URL is asked
once, so every request misses the page cache and the cached computations (the catalogue index and the
taxonomy, built once per catalogue version, are warmed first, as a running server has them). No HTTP server:
the time is the view, the templates and the middleware. Each database runs in its own process (one Django
setup per database).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTS = ["catalogue", "search", "results"]
PER_ROUND = 20
ROUNDS = 5


def measure(database_url: str, round_number: int) -> dict[str, list[float]]:
    """One round on one database, in a child process: {list: [ms per request]}."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", database_url, str(round_number)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def child(database_url: str, round_number: int) -> None:
    import secrets
    import time

    sys.path.insert(0, str(ROOT))
    os.environ.pop("DJANGO_DEBUG", None)
    os.environ.update(
        DATABASE_URL=database_url,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_LOG_LEVEL="ERROR",
        CACHE_URL="locmem://",
        DJANGO_SETTINGS_MODULE="innov_provence.settings",
    )
    import django

    django.setup()
    from django.test import Client

    urls = {
        name: subprocess.run(
            [sys.executable, str(ROOT / "bench" / "distinct.py"), name, str(PER_ROUND * (ROUNDS + 1))],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for name in LISTS
    }
    client = Client()
    for name in LISTS:  # warm what a running server already holds
        client.get(urls[name][-1])
    times: dict[str, list[float]] = {}
    for name in LISTS:
        chosen = urls[name][round_number * PER_ROUND : (round_number + 1) * PER_ROUND]
        for url in chosen:
            start = time.perf_counter()
            response = client.get(url)
            times.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
    print(json.dumps(times))


def main() -> None:
    if sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
        return
    databases = sys.argv[1:]
    results: dict[str, dict[str, list[float]]] = {db: {} for db in databases}
    for round_number in range(ROUNDS):
        for database in databases:
            for name, times in measure(database, round_number).items():
                results[database].setdefault(name, []).extend(times)
    print("| page (median ms, distinct URLs) | " + " | ".join(databases) + " | last ÷ first |")
    print("| --- |" + " --- |" * (len(databases) + 1))
    for name in LISTS:
        medians = [statistics.median(results[db][name]) for db in databases]
        cells = " | ".join(f"{m:.1f}" for m in medians)
        print(f"| {name} | {cells} | {medians[-1] / medians[0]:.2f}× |")


if __name__ == "__main__":
    main()
