"""Helpers for the catalogue pages (offers, and the financing and housing lists built on them): the offers a
page lists, and query counts measured as in production. Thousands of offers come from
`tests.factories.bulk_offers`."""

from __future__ import annotations

import re

from django.test import Client

from offers.cache import bump_catalogue_version, taxonomy
from offers.catalogue_index import catalogue_index
from offers.models import Audience, Need, Sector, Stage, Technopole
from offers.search import vocabulary


def warm(client: Client, url: str) -> None:
    """One request first, so the per-process caches (taxonomy lists, demo flag) are filled as in production;
    then a new catalogue version, so the measured request renders the page instead of serving it from the
    page cache (innov_provence/page_cache.py) without any query; the taxonomy of that new version is read
    again at once, as the first request of a version does in production (and so are the search vocabulary and
    the in-memory index of the catalogue)."""
    client.get(url)
    bump_catalogue_version()
    for model in (Need, Stage, Technopole, Sector, Audience):
        taxonomy(model)
    vocabulary()
    catalogue_index()


def listed(client: Client, url: str) -> set[str]:
    """The slugs of the offer cards a catalogue page lists (it must answer 200)."""
    response = client.get(url)
    assert response.status_code == 200, response.content.decode()[:500]
    return set(re.findall(r'<h3><a href="/offres/([\w-]+)/">', response.content.decode()))


def assert_query_counts(client: Client, django_assert_num_queries, cases: list[tuple[str, int]]) -> None:
    """Each (url, queries): after a warm-up request, the page answers 200 in exactly that many queries."""
    for url, queries in cases:
        warm(client, url)
        with django_assert_num_queries(queries):
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, url
