"""Real-browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

- `page`: JavaScript on; `nojs_page`: JavaScript off; `journey_page`: both, one test run each.
- `staff_page`: JavaScript on, logged in as `staff_user`, a Métropole staff member (a superuser).
  `tests.e2e.browser.log_in(page, user, site_url)` logs any page in as any user.
- `site_data`: a small ecosystem (actor, offers of each kind on Luminy) and the slugs to fill the paths of
  tests/e2e/urls.py.
Every page fixture fails its test if the browser reported a Content-Security-Policy violation or a
JavaScript error, so each journey also checks that the pages run under the production CSP.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.browser import log_in

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _chromium() -> tuple[str | None, str]:
    """The Chromium executable to drive, or None and the reason the browser tests are skipped."""
    executable = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    if executable is None:
        return None, "Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return None, "playwright is not installed: make install"
    return executable, ""


@pytest.fixture(scope="package")
def browser() -> Iterator:
    executable, reason = _chromium()
    if executable is None:
        pytest.skip(reason)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread while the browser lives, and Django
    # refuses ORM calls from a thread with a running loop. The test code here is plain synchronous code
    # (the live server answers in its own thread), so lift the guard for the browser tests only.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps its connections in contextvars, and the code after Playwright's start runs in another
    # context: hand it the test database's connections, else it would open new ones that miss the test
    # setup (the serialized taxonomy that restores the data migration, the shared in-memory SQLite).
    existing = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in existing.items():
        connections[alias] = connection
    try:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package", autouse=True)
def _migrated_data_put_back(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Leave the database as the migrations made it: a transactional test empties every table when it ends,
    so the transactional tests that run after this package would miss the taxonomy of the data migration."""
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture
def site_url(live_server, transactional_db, django_db_serialized_rollback) -> str:
    # The live server needs committed data, hence a transactional database; the serialized rollback puts
    # the taxonomy of the data migration back after each test flushes the tables.
    return live_server.url


def _open_page(browser, base_url: str, **context_options) -> Iterator:
    context = browser.new_context(base_url=base_url, locale="fr-FR", **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    context.close()
    # A page answering 404 on purpose logs "Failed to load resource"; anything else is a real problem.
    problems = [text for text in problems if "Failed to load resource" not in text]
    assert not problems, "the browser reported errors:\n" + "\n".join(problems)


@pytest.fixture
def page(browser, site_url) -> Iterator:
    yield from _open_page(browser, site_url)


@pytest.fixture
def nojs_page(browser, site_url) -> Iterator:
    yield from _open_page(browser, site_url, java_script_enabled=False)


@pytest.fixture(params=["javascript", "sans-javascript"])
def journey_page(request, browser, site_url) -> Iterator:
    yield from _open_page(browser, site_url, java_script_enabled=request.param == "javascript")


@pytest.fixture
def staff_user(site_url):
    from tests.factories import make_user

    return make_user("pilote", is_superuser=True, password="mot-de-passe-pilotage-2026")


@pytest.fixture
def staff_page(page, staff_user, site_url):
    log_in(page, staff_user, site_url)
    return page


@pytest.fixture
def site_data(site_url) -> dict:
    """A small ecosystem on Luminy, and the slugs that fill the paths of tests/e2e/urls.py."""
    from django.utils import timezone

    from financing.models import FinancingFile
    from tests.factories import (
        make_actor,
        make_competence,
        make_financing,
        make_housing,
        make_offer,
        make_recruitment,
        need,
        sector,
        stage,
        technopole,
    )

    luminy = technopole("luminy")
    actor = make_actor(
        name="Incubateur de test Luminy",
        slug="incubateur-test-luminy",
        technopole=luminy,
        sectors=[sector("sante-biotech")],
    )
    offer = make_offer(
        actor=actor,
        title="Prêt d'honneur d'amorçage",
        slug="pret-honneur-amorcage",
        summary="Un prêt à taux zéro pour les fondateurs en phase d'amorçage.",
        description="Un prêt personnel sans intérêt ni garantie.\n\nRemboursable sur cinq ans.",
        needs=[need("financer")],
        stages=[stage("amorcage"), stage("creation")],
        technopoles=[luminy],
    )
    make_financing(actor=actor, stages=[stage("amorcage")], technopoles=[luminy])
    make_housing(actor=actor, stages=[stage("creation")], technopoles=[luminy])
    make_recruitment(actor=actor)
    make_competence(actor=actor, technopoles=[luminy])
    dossier = FinancingFile.objects.create(
        holder_name="Camille Martin", holder_email="camille@example.org", consent_at=timezone.now()
    )
    return {
        "offer": offer.slug,
        "offer_id": offer.pk,
        "actor": actor.slug,
        "technopole": luminy.slug,
        "dossier": dossier.token,
    }
