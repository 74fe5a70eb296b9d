"""The catalogue in a real Chromium: htmx updates the results, the facet counts and the address."""

import os
from pathlib import Path

import pytest

from offers.models import Need, Sector, Stage, Technopole
from offers.taxonomy import create_taxonomy
from tests.factories import make_financing, make_offer, need

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]


@pytest.fixture
def page(live_server):
    # Playwright's sync API runs an event loop in this thread; the test itself only prepares data.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        yield page
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.mark.django_db(transaction=True)
def test_ticking_a_need_updates_results_counts_and_address(page, live_server):
    # A live-server test before this one may have flushed the taxonomy the data migration created.
    create_taxonomy(Need, Stage, Technopole, Sector)
    make_financing(title="Prêt d'honneur Initiative")
    make_offer(title="Incubation Impulse", needs=[need("etre-accompagne")])
    page.goto(f"{live_server.url}/offres/")
    assert page.locator("#titre-resultats").inner_text() == "2 résultats"

    page.check("#f-besoin-financer")
    page.wait_for_url("**/offres/?besoin=financer")
    assert page.locator("#titre-resultats").inner_text() == "1 résultat"
    assert page.locator("#statut-resultats").inner_text() == "1 résultat"
    assert "Prêt d'honneur Initiative" in page.locator("#resultats").inner_text()
    # The facet counts follow the filters, and the ticked box keeps the focus.
    assert page.locator("label[for=f-besoin-etre-accompagne] .facet-count").inner_text().startswith("0")
    assert page.evaluate("document.activeElement.id") == "f-besoin-financer"
    # Nothing was blocked by the Content-Security-Policy.
    assert not [e for e in page.console_errors if "Content Security Policy" in e]
