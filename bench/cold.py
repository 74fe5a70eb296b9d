"""In-process time of each benchmarked page, cold (every cache emptied first) and warm (page cache hit).

    DATABASE_URL=sqlite:////tmp/innov-bench-50000.sqlite3 .venv/bin/python bench/cold.py [runs]

Runs Django's test client against the seeded database in production settings (DEBUG off), no HTTP server:
the time is the view, templates and middleware. « cold » clears the whole cache before each request (page
cache, catalogue version, taxonomy and facet caches, home counts), so it is the worst case of a first visit
after a change to the catalogue. Prints a Markdown table: median ms over `runs` requests, and the queries of
a cold request.
"""

from __future__ import annotations

import os
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.pop("DJANGO_DEBUG", None)
os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(64))
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DJANGO_LOG_LEVEL", "ERROR")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innov_provence.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from offers.models import Offer  # noqa: E402


def pages() -> list[str]:
    published = Offer.objects.published().order_by("pk").values_list("slug", flat=True)
    offer = published[published.count() // 2]
    return [
        "/healthz",
        "/",
        "/offres/",
        "/offres/?besoin=financer&stade=amorcage",
        "/orientation/resultats/?besoin=financer&stade=amorcage&technopole=luminy",
        f"/offres/{offer}/",
        "/technopoles/luminy/",
        "/financements/",
        "/hebergement/",
        "/acteurs/",
        "/accessibilite/",
    ]


def _ms(client: Client, path: str, clear: bool) -> float:
    if clear:
        cache.clear()
    start = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise LookupError(response.status_code)
    return elapsed


def main(runs: int) -> None:
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest the templates need
    client = Client()
    print(f"| page | cold ms (median of {runs}) | queries cold | warm ms (median of {runs}) |")
    print("|---|---|---|---|")
    for path in pages():
        try:
            _ms(client, path, clear=True)  # imports, template compilation
        except LookupError as status:
            print(f"| `{path}` | not built yet (HTTP {status}) | | |")
            continue
        cold = statistics.median(_ms(client, path, clear=True) for _ in range(runs))
        warm = statistics.median(_ms(client, path, clear=False) for _ in range(runs))
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        print(f"| `{path}` | {cold:.1f} | {len(queries)} | {warm:.1f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
