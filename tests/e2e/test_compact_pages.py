"""Pages that fit a screen, measured in a real Chromium on the demo data.

The results page shows each need's best 3 offers with the contact in sight and the rest of the best ten behind
« voir plus »; the catalogue folds its filters into a disclosure on a phone so that the first result is on the
first screen; the menu fits a phone. Measured when this was built (`document.documentElement.scrollHeight` of the
results below): 14,648 px on a desktop and 27,366 px on a phone before, 3,839 px and 7,431 px after.
"""

import re

import pytest
from django.core.management import call_command

from guidance.orientation.matching import PER_NEED
from tests.e2e.browser import assert_accessible, focused, tab_to

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
# A typical set of answers: a founder with three needs.
RESULTS = (
    "/orientation/resultats/?profil=createur&besoin=financer&besoin=etre-accompagne&besoin=locaux"
    "&stade=creation&technopole=partout"
)
# The budgets leave a little room above the heights measured (see the module docstring).
HEIGHT_BUDGET = {"desktop": 4_000, "phone": 8_000}
SHOWN_FIRST = 3


@pytest.fixture
def demo_data(site_url) -> None:
    call_command("load_demo", verbosity=0)


def page_height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


@pytest.mark.parametrize(("screen", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_results_page_fits_its_height_budget(page, demo_data, screen, viewport):
    page.set_viewport_size(viewport)
    page.goto(RESULTS)
    height = page_height(page)
    assert height < HEIGHT_BUDGET[screen], f"the results page is {height} px tall on a {screen}"
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def test_each_need_shows_its_best_three_with_the_contact_in_sight_and_the_rest_behind_voir_plus(
    page, demo_data
):
    page.set_viewport_size(PHONE)
    page.goto(RESULTS)
    group = page.locator("#besoin-etre-accompagne")
    cards = group.locator("article.match")
    titles = [title.strip() for title in cards.locator("h3").all_text_contents()]
    assert len(titles) == PER_NEED  # 14 offers match: the best ten are on the page
    assert group.locator("article.match:visible").count() == SHOWN_FIRST
    # Each offer shown has its contact one tap away, without opening anything.
    for card in group.locator("article.match:visible").all():
        assert card.get_by_role("link", name="Contacter cette structure").is_visible()
        assert card.locator("a[href^='mailto:'], a[href^='tel:']").first.is_visible()

    # « Voir plus » opens with the keyboard and shows the others after the first three, in the same order.
    tab_to(page, "#besoin-etre-accompagne details.more-matches > summary")
    page.keyboard.press("Enter")
    assert group.locator("details.more-matches").evaluate("(details) => details.open")
    assert group.locator("article.match:visible").count() == PER_NEED
    shown = [title.strip() for title in group.locator("article.match:visible h3").all_text_contents()]
    assert shown == titles
    # The catalogue sorted by the same relevance stays one link away.
    assert group.get_by_role("link", name=re.compile(r"^Voir les \d+ offres")).is_visible()
    assert_accessible(page)


def test_first_catalogue_result_is_on_the_first_phone_screen_and_the_menu_fits(page, demo_data):
    page.set_viewport_size(PHONE)
    page.goto("/offres/")
    first_title = page.locator("#resultats .card h3").first.bounding_box()
    assert first_title["y"] + first_title["height"] <= PHONE["height"], first_title
    assert not page.locator("form.filter-form").get_by_label("Mots-clés").is_visible()
    # Every menu item shown, none wider than the screen, the header (with the demo banner) within a quarter of
    # it (251 px, 30 %, before).
    menu = page.get_by_role("navigation", name="Menu principal").get_by_role("link")
    assert menu.count() == 7
    for link in menu.all():
        box = link.bounding_box()
        assert link.is_visible() and box["x"] + box["width"] <= PHONE["width"], link.inner_text()
    assert page.locator(".site-header").bounding_box()["height"] <= PHONE["height"] / 4
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_filters_disclosure_works_with_the_keyboard_on_a_phone(page, demo_data):
    page.set_viewport_size(PHONE)
    page.goto("/offres/")
    disclosure = page.locator("details.filters-disclosure")
    keywords = page.locator("form.filter-form").get_by_label("Mots-clés")
    assert not disclosure.evaluate("(details) => details.open")

    tab_to(page, "details.filters-disclosure > summary")
    page.keyboard.press("Enter")
    assert disclosure.evaluate("(details) => details.open")
    assert keywords.is_visible()
    page.keyboard.press("Tab")  # on into the form
    assert focused(page)["name"] == "tri"
    tab_to(page, "#id_q")
    page.keyboard.type("prêt d'honneur")
    page.keyboard.press("Enter")
    page.wait_for_url("**/offres/?*q=*")
    assert page.locator("#resultats .card").count() > 0
    assert_accessible(page)

    # Closed again with Space from its summary, two stops back.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert focused(page)["tag"] == "summary"
    page.keyboard.press("Space")
    assert not disclosure.evaluate("(details) => details.open")
    assert not keywords.is_visible()


def test_filters_are_shown_beside_the_results_on_a_desktop(page, demo_data):
    page.set_viewport_size(DESKTOP)
    page.goto("/offres/")
    assert not page.locator("details.filters-disclosure > summary").is_visible()
    assert page.locator("form.filter-form").get_by_label("Mots-clés").is_visible()
    tab_to(page, "#id_q")  # reachable with the keyboard, without opening anything


@pytest.mark.parametrize("path", [RESULTS, "/offres/"])
def test_compact_pages_have_no_accessibility_violation_on_a_phone(page, demo_data, path):
    page.set_viewport_size(PHONE)
    page.goto(path)
    assert_accessible(page)
