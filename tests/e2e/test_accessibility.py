"""axe-core on every page of tests/e2e/urls.py: zero WCAG 2.1 A/AA violations, in a real Chromium."""

import pytest

from tests.e2e.browser import assert_accessible, focused, page_params
from tests.e2e.urls import ERROR_PATHS, PUBLIC_PATHS, STAFF_PATHS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", page_params(PUBLIC_PATHS))
def test_public_page_has_no_accessibility_violation(page, site_data, path):
    path = path.format(**site_data)
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    if not path.startswith("/admin/"):  # Django's admin templates put the site name in a div
        assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("path", page_params(STAFF_PATHS))
def test_staff_page_has_no_accessibility_violation(staff_page, site_data, path):
    path = path.format(**site_data)
    response = staff_page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    assert_accessible(staff_page)


@pytest.mark.parametrize(("path", "status"), ERROR_PATHS.items())
def test_error_page_has_no_accessibility_violation(page, path, status):
    response = page.goto(path)
    assert response.status == status
    assert_accessible(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["cls"] == "skip-link", f"first Tab stop is {first}"
    assert page.locator(".skip-link").is_visible()  # shown on focus, hidden off-screen otherwise
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "contenu"
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('contenu').contains(document.activeElement)")


def test_focus_is_visible_on_links(page):
    page.goto("/")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "the focused element has no visible outline"
