"""The gaps by site and the sortable structures table in a real Chromium: axe-core on each page, a gap marked
« sans objet » with the keyboard only, and the structures table sorted and paged with JavaScript off."""

import re

import pytest

from tests.e2e.browser import assert_accessible, log_in, tab_to

pytestmark = pytest.mark.browser


@pytest.fixture
def gap_world(site_data):
    from tests.factories import make_actor

    for index in range(30):
        make_actor(name=f"Structure du tableau {index:02d}")
    return site_data


def test_staff_marks_a_gap_sans_objet_with_the_keyboard(staff_page, gap_world):
    from guidance.models import ExpectedGap

    page = staff_page
    page.goto("/pilotage/")
    tab_to(page, "a[href='/pilotage/lacunes/']")
    with page.expect_navigation(url=re.compile(r"/pilotage/lacunes/$")):
        page.keyboard.press("Enter")
    assert_accessible(page)
    assert page.locator("svg[role='img'] circle").count() == 6

    # The first gap of the whole metropolitan area: its link fills the form in.
    first_link = page.locator("#lacunes-du-site a[href*='besoin=']").first
    href = first_link.get_attribute("href")
    tab_to(page, f"#lacunes-du-site a[href='{href}']")
    with page.expect_navigation(url=re.compile(r"besoin=")):
        page.keyboard.press("Enter")
    need, stage = re.search(r"besoin=([\w-]+)&stade=([\w-]+)", href).groups()
    assert page.locator("#sans_objet_besoin").input_value() == need
    assert page.locator("#sans_objet_stade").input_value() == stage

    # Without a reason: a French message, the focus can reach it.
    tab_to(page, "#marquer-sans-objet button[type='submit']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Indiquez le motif" in page.locator(".error-summary").inner_text()
    assert_accessible(page)

    tab_to(page, "#sans_objet_motif")
    page.keyboard.type("Attendu : aucune structure ne le propose à ce stade.")
    tab_to(page, "#marquer-sans-objet button[type='submit']")
    with page.expect_navigation(url=re.compile(r"/pilotage/lacunes/")):
        page.keyboard.press("Enter")
    assert "est marquée sans objet (tous les sites)" in page.locator(".messages").inner_text()
    assert "dont 1 sans objet" in page.locator(".key-figure").inner_text()
    assert_accessible(page)  # the confirmation message included
    (gap,) = ExpectedGap.objects.all()
    assert (gap.need.slug, gap.stage.slug, gap.technopole) == (need, stage, None)

    # And back: the mark removed from its row, still by keyboard.
    tab_to(page, "#lacunes-du-site form.inline-form button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "n'est plus marquée sans objet" in page.locator(".messages").inner_text()
    assert not ExpectedGap.objects.exists()


def test_structures_table_sorts_and_pages_without_javascript(nojs_page, staff_user, gap_world, site_url):
    page = nojs_page
    log_in(page, staff_user, site_url)
    page.goto("/pilotage/structures/?periode=12m")
    assert page.locator("th[aria-sort='ascending']").inner_text() == "Structure"
    page.get_by_role("link", name="Structure", exact=True).click()
    assert "ordre=desc" in page.url and "periode=12m" in page.url
    assert page.locator("th[aria-sort='descending']").inner_text() == "Structure"
    first = page.locator("tbody th").first.inner_text()
    page.locator(".pagination a[rel='next']").click()
    assert "page=2" in page.url and "tri=structure" in page.url
    assert page.locator("tbody th").first.inner_text() < first
    assert page.locator(".pagination a[aria-current='page']").inner_text().endswith("2")


def test_gap_and_structure_pages_pass_axe(staff_page, gap_world):
    for path in ["/pilotage/structures/?tri=recues&ordre=desc&page=2", "/pilotage/lacunes/?site=luminy"]:
        response = staff_page.goto(path)
        assert response.status == 200, path
        assert_accessible(staff_page)
