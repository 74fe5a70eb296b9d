"""Helpers for browser tests: accessibility checks, keyboard moves, pages not built yet."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve

# WCAG 2.1 levels A and AA, which the RGAA follows.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def axe_source() -> str:
    # axe-core as shipped by the axe-playwright-python package (a dev dependency): no download at test time.
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """Run axe-core in the page as it is now and return its violations of WCAG 2.1 A/AA.

    `page.evaluate` runs the script through the DevTools protocol, outside the page's Content-Security-Policy,
    so the page is checked exactly as served, with its real CSP.
    """
    page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return page.evaluate(f"axe.run(document, {json.dumps(options)})")["violations"]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} — {violation['helpUrl']}"
        )
        for node in violation["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['failureSummary']}")
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe-core on {page.url}:\n{describe_violations(violations)}"


def is_routed(path: str) -> bool:
    try:
        resolve(urlsplit(path).path)
    except Resolver404:
        return False
    return True


def require_route(path: str) -> None:
    """Skip the test when Django has no view for `path` yet (the page belongs to an area not merged)."""
    if not is_routed(path):
        pytest.skip(f"{urlsplit(path).path} is not routed yet (page not built)")


def page_params(paths: list[str]) -> list:
    """`paths` as parameters, those not routed yet skipped at collection (no browser started for them)."""
    sample = {"offer": "exemple", "offer_id": 1, "actor": "exemple", "technopole": "luminy", "dossier": "cle"}
    return [
        pytest.param(
            path,
            id=path,
            marks=pytest.mark.skipif(
                not is_routed(path.format(**sample)), reason=f"{path} is not routed yet"
            ),
        )
        for path in paths
    ]


def focused(page) -> dict:
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, text: e.innerText || '',"
        " name: e.getAttribute('name'), value: e.getAttribute('value')}; })()"
    )


def tab_to(page, selector: str, max_presses: int = 150) -> None:
    """Press Tab until the element matching `selector` has the focus, as a keyboard-only user would."""
    for _ in range(max_presses):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} not reached with {max_presses} presses of Tab on {page.url}")


def log_in(page, user, site_url: str) -> None:
    """Log the page's browser context in as `user`, as `client.force_login` does, through the session cookie."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": site_url}])
