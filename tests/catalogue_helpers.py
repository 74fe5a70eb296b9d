"""Builders for catalogue tests: thousands of offers in a few statements, to show query counts do not grow."""

from __future__ import annotations

import itertools
import re

from django.db.models import Model
from django.test import Client
from django.utils import timezone

from offers.cache import bump_catalogue_version, taxonomy
from offers.models import Actor, Need, Offer, Sector, Stage, Technopole, fold

_batch = itertools.count(1)


def bulk_offers(count: int, model: type[Model] = Offer, **child_fields) -> list[Offer]:
    """`count` published offers spread over 10 structures, cycling through needs, stages, technopôles (every
    third offer has none: the whole metropolitan area) and sectors. With `model` a sub-model (financing
    scheme, housing site…), each offer also gets its child row with `child_fields`."""
    batch = next(_batch)
    actors = Actor.objects.bulk_create(
        Actor(name=f"Structure en masse {batch}-{i}", slug=f"masse-{batch}-{i}", kind=Actor.Kind.INCUBATOR)
        for i in range(10)
    )
    needs, stages = list(Need.objects.all()), list(Stage.objects.all())
    technopoles, sectors = list(Technopole.objects.all()), list(Sector.objects.all())
    kind = getattr(model, "default_kind", Offer.Kind.SUPPORT)
    now = timezone.now()
    offers = Offer.objects.bulk_create(
        (
            Offer(
                actor=actors[i % len(actors)],
                kind=kind,
                title=f"Offre en masse {batch}-{i}",
                slug=f"offre-masse-{batch}-{i}",
                summary="Accompagnement généré pour les tests de charge",
                search_text=fold(
                    f"Offre en masse {batch}-{i} Accompagnement généré pour les tests de charge"
                ),
                status=Offer.Status.PUBLISHED,
                reviewed_at=now,
            )
            for i in range(count)
        ),
        batch_size=500,
    )
    links = {
        "needs": (needs, lambda i: True),
        "stages": (stages, lambda i: True),
        "technopoles": (technopoles, lambda i: i % 3 != 0),
        "sectors": (sectors, lambda i: i % 2 == 0),
    }
    for relation, (values, linked) in links.items():
        m2m = Offer._meta.get_field(relation)
        through, target = m2m.remote_field.through, m2m.m2m_reverse_field_name()
        through.objects.bulk_create(
            (
                through(offer_id=offer.pk, **{f"{target}_id": values[i % len(values)].pk})
                for i, offer in enumerate(offers)
                if linked(i)
            ),
            batch_size=500,
        )
    if model is not Offer:
        # Django cannot bulk-create a multi-table child; insert the child rows on their own, as save() would.
        children = [model(offer_ptr_id=offer.pk, **child_fields) for offer in offers]
        fields = model._meta.local_concrete_fields
        for start in range(0, len(children), 500):
            model._base_manager._insert(children[start : start + 500], fields=fields)
    return offers


def warm(client: Client, url: str) -> None:
    """One request first, so the per-process caches (taxonomy lists, demo flag) are filled as in production;
    then a new catalogue version, so the measured request renders the page instead of serving it from the
    page cache (innov_provence/page_cache.py) without any query; the taxonomy of that new version is read
    again at once, as the first request of a version does in production."""
    client.get(url)
    bump_catalogue_version()
    for model in (Need, Stage, Technopole, Sector):
        taxonomy(model)


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
