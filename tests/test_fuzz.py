"""Hostile and random input on every public URL: the answer may be a 4xx, never a 5xx.

The routes come from the URL resolver itself (everything but the admin), so a page merged tomorrow is fuzzed
without editing this file. Path parameters get valid slugs of the data below as well as junk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from financing.models import SECTION_SLUGS, FinancingFile
from tests.factories import make_actor, make_offer, make_user, need, stage, technopole

pytestmark = pytest.mark.django_db

GET_EXAMPLES = 30
POST_EXAMPLES = 20


def fuzz_settings(max_examples: int) -> settings:
    # The client and the database are shared by the examples of one test, on purpose (HealthCheck).
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


VALID_SLUGS = ["luminy", "arbois", "structure-fuzz", "offre-fuzz", "financer", "amorcage", "sante-biotech"]
JUNK_SLUGS = ["nexiste-pas", "x" * 300, "-", "_", "0", "offre-fuzz-", "LUMINY"]
HOSTILE = [
    "' OR 1=1 --",
    "1; DROP TABLE offers_offer; --",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "../../../../etc/passwd",
    "\x00",
    "%00",
    "%",
    "%zz",
    "%c3%28",
    "\u202e\u200b\ufeff",
    "é" * 2000,
    "9" * 400,
    "-1",
    "1e309",
    "NaN",
    "true",
    "",
]
# The parameter names the portal's forms and filters read, plus whatever else hypothesis invents.
KNOWN_KEYS = [
    "besoin", "stade", "technopole", "filiere", "q", "page", "tri", "type", "kind", "format",
    "instrument", "cout", "acteur", "name", "email", "phone", "organisation", "message", "consent",
    "csrfmiddlewaretoken", "next",
]  # fmt: skip

keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=0, max_size=20))
values = st.one_of(
    st.sampled_from(VALID_SLUGS + JUNK_SLUGS + HOSTILE),
    st.text(max_size=200),
    # Very long values, built from a short random piece so hypothesis keeps its inputs small.
    st.tuples(st.text(min_size=1, max_size=5), st.integers(1000, 8000)).map(
        lambda piece: piece[0] * piece[1]
    ),
    st.integers().map(str),
)
raw_garbage = st.sampled_from(
    ["%", "%%", "%0", "%00", "%zz", "&&&", "==", "=&=", "%FF%FE", "a=%E9", ";;", "#frag"]
)


@st.composite
def query_strings(draw) -> str:
    from urllib.parse import quote

    pairs = draw(st.lists(st.tuples(keys, values), max_size=12))
    parts = [f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs]
    parts += draw(st.lists(raw_garbage, max_size=3))
    parts = draw(st.permutations(parts))
    if draw(st.booleans()):  # the same key many times over, as checkboxes send it, or far more
        key = draw(st.sampled_from(KNOWN_KEYS))
        repeated = [f"{key}={draw(st.sampled_from(VALID_SLUGS))}"] * draw(st.integers(1, 1500))
        # The other parts anywhere among the copies: every order there is, without asking hypothesis to
        # permute up to 1,500 identical items one by one (the slowest part of drawing an example).
        for part in parts:
            repeated.insert(draw(st.integers(0, len(repeated))), part)
        parts = repeated
    return "&".join(parts)


def _walk(patterns, prefix: str) -> Iterator[str]:
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(("admin/", "^")):
            continue  # Django's admin has its own tests; regex routes are Django's, not ours
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def public_routes() -> list[str]:
    """Every route of the project outside the admin, as written in the urls modules: 'offres/<slug:slug>/'."""
    return sorted(set(_walk(get_resolver().url_patterns, "")))


PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
PARAMETER_VALUES = {
    "int": st.one_of(st.integers(0, 10**6), st.just(2**63)).map(str),
    "uuid": st.uuids().map(str),
}
JUNK_VALUES = JUNK_SLUGS + ["REF-2026-0001", "ABCDEF", "%2e%2e", "..", "é"]


@st.composite
def paths(draw, route: str, valid: dict[str, list[str]]) -> str:
    """The route with its parameters filled: valid values of `fuzz_data` (by parameter name) or junk."""

    def fill(match: re.Match) -> str:
        if match["converter"] in PARAMETER_VALUES:
            return draw(PARAMETER_VALUES[match["converter"]])
        return draw(st.sampled_from(valid.get(match["name"], VALID_SLUGS) + JUNK_VALUES))

    return "/" + PARAMETER.sub(fill, route)


@pytest.fixture(scope="module")
def fuzz_data(module_transaction, django_db_blocker) -> dict[str, list[str]]:
    """Data for the routes to find, and the valid values of their parameters, by parameter name; created
    once for the module (what a test's requests write is rolled back with the test)."""
    with django_db_blocker.unblock():
        luminy = technopole("luminy")
        actor = make_actor(slug="structure-fuzz", technopole=luminy)
        make_offer(
            actor=actor,
            slug="offre-fuzz",
            needs=[need("financer")],
            stages=[stage("amorcage")],
            technopoles=[luminy],
        )
        dossier = FinancingFile.objects.create(
            holder_name="Camille Martin", holder_email="camille@example.org", consent_at=timezone.now()
        )
    return {"slug": VALID_SLUGS, "token": [dossier.token], "section": list(SECTION_SLUGS)}


def assert_no_server_error(response, method: str, url: str) -> None:
    assert response.status_code < 500, f"{method} {url[:300]} answered {response.status_code}"


def fuzz_get(client, route: str, valid: dict[str, list[str]]) -> None:
    @fuzz_settings(GET_EXAMPLES)
    @given(path=paths(route, valid), query=query_strings(), htmx=st.booleans())
    def check(path: str, query: str, htmx: bool) -> None:
        url = f"{path}?{query}"
        headers = {"HX-Request": "true"} if htmx else {}
        assert_no_server_error(client.get(url, headers=headers), "GET", url)

    check()


@pytest.mark.parametrize("route", public_routes())
def test_hostile_query_strings_never_cause_a_server_error(client, fuzz_data, route):
    fuzz_get(client, route, fuzz_data)


# Pages behind a login: fuzzed again as a Métropole staff member (a superuser), past the login redirect.
STAFF_ROUTE_PREFIXES = ("pilotage/",)


@pytest.mark.parametrize("route", [r for r in public_routes() if r.startswith(STAFF_ROUTE_PREFIXES)])
def test_hostile_query_strings_never_cause_a_server_error_for_staff(client, fuzz_data, route):
    client.force_login(make_user(is_superuser=True))
    fuzz_get(client, route, fuzz_data)


@pytest.mark.parametrize("route", public_routes())
def test_random_form_bodies_never_cause_a_server_error(client, fuzz_data, route):
    @fuzz_settings(POST_EXAMPLES)
    @given(
        path=paths(route, fuzz_data),
        form=st.dictionaries(keys, st.one_of(values, st.lists(values, max_size=5)), max_size=10),
        raw=st.one_of(st.none(), st.binary(max_size=2000), query_strings().map(str.encode)),
    )
    def check(path: str, form: dict, raw: bytes | None) -> None:
        if raw is None:
            response = client.post(path, data=form)  # multipart, as a browser sends a form with a file
        else:
            response = client.post(path, data=raw, content_type="application/x-www-form-urlencoded")
        assert_no_server_error(response, "POST", path)

    check()


def test_the_route_list_covers_the_public_pages():
    routes = public_routes()
    assert "" in routes and "healthz" in routes and "technopoles/<slug:slug>/" in routes
    assert not [route for route in routes if route.startswith("admin/")]
