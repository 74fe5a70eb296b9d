"""Matching and ranking: examples of each documented rule, then properties over generated catalogues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guidance.orientation.matching import (
    OTHER_SECTOR,
    OTHER_STAGE,
    OTHER_TECHNOPOLE,
    Answers,
    match_offers,
)
from offers.cache import taxonomy
from offers.catalogue_index import catalogue_index
from offers.models import Offer, Sector, Stage, Technopole
from tests.factories import make_actor, make_offer, need, sector, stage, technopole

pytestmark = pytest.mark.django_db


def titles(matches) -> list[str]:
    return [m.offer.title for m in matches]


def answers(needs=("financer",), stage_slug="amorcage", technopole_slug=None, sector_slug=None) -> Answers:
    return Answers(
        needs=[need(slug) for slug in needs],
        stage=stage(stage_slug),
        technopole=technopole(technopole_slug) if technopole_slug else None,
        sector=sector(sector_slug) if sector_slug else None,
    )


def offer(title: str, **overrides) -> Offer:
    overrides.setdefault("needs", [need("financer")])
    overrides.setdefault("stages", [stage("amorcage")])
    return make_offer(title=title, **overrides)


# --- Examples, one per rule ------------------------------------------------------------------------------


def test_only_published_offers_for_the_need_and_stage_match():
    offer("Publiée")
    offer("Brouillon", status=Offer.Status.DRAFT)
    offer("Archivée", status=Offer.Status.ARCHIVED)
    offer("Autre besoin", needs=[need("locaux")])
    offer("Autre stade", stages=[stage("croissance")])
    [group] = match_offers(answers()).by_need
    assert titles(group.matches) == ["Publiée"]
    assert group.total == 1


def test_technopole_offers_come_before_metropolitan_ones_and_other_sites_are_left_out():
    offer("Métropole", reviewed_at=timezone.now())
    offer("Luminy", technopoles=[technopole("luminy")], reviewed_at=timezone.now() - timedelta(days=300))
    offer("Arbois", technopoles=[technopole("arbois")])
    [group] = match_offers(answers(technopole_slug="luminy")).by_need
    assert titles(group.matches) == ["Luminy", "Métropole"]
    assert group.matches[0].reasons[2] == "sur le technopôle de Luminy"
    assert group.matches[1].reasons[2] == "ouvert à toute la métropole"


def test_anywhere_keeps_offers_of_every_technopole():
    offer("Arbois", technopoles=[technopole("arbois")])
    offer("Métropole")
    [group] = match_offers(answers()).by_need
    assert sorted(titles(group.matches)) == ["Arbois", "Métropole"]
    arbois = next(m for m in group.matches if m.offer.title == "Arbois")
    assert "sur le technopôle d'Arbois-Méditerranée" in arbois.reasons


def test_sector_specific_offers_come_before_generic_ones():
    offer("Générique", reviewed_at=timezone.now())
    offer("Santé", sectors=[sector("sante-biotech")], reviewed_at=timezone.now() - timedelta(days=100))
    offer("Numérique", sectors=[sector("numerique")])
    [group] = match_offers(answers(sector_slug="sante-biotech")).by_need
    assert titles(group.matches) == ["Santé", "Générique"]
    assert "spécifique à la filière Santé et biotech" in group.matches[0].reasons
    assert "ouvert à toutes les filières" in group.matches[1].reasons


def test_offers_answering_more_needs_come_first_and_appear_once_naming_the_other_need():
    offer("Un besoin", reviewed_at=timezone.now())
    offer(
        "Deux besoins",
        needs=[need("financer"), need("locaux")],
        reviewed_at=timezone.now() - timedelta(days=100),
    )
    results = match_offers(answers(needs=("financer", "locaux")))
    financing, premises = results.by_need
    assert titles(financing.matches) == ["Deux besoins", "Un besoin"]
    # First in both needs: shown under the first, counted in both.
    assert titles(premises.matches) == []
    assert premises.total == 1
    assert financing.matches[0].reasons[0] == (
        "répond à votre besoin Financer mon projet et aussi à Trouver des locaux"
    )
    assert titles(results.ranked) == ["Deux besoins", "Un besoin"]


def test_fresh_offers_come_before_stale_ones_and_ties_break_on_title():
    now = timezone.now()
    offer("Jamais revue", reviewed_at=None)
    offer("Ancienne", reviewed_at=now - timedelta(days=700))
    offer("Récente B", reviewed_at=now)
    offer("Récente A", reviewed_at=now)
    [group] = match_offers(answers()).by_need
    assert titles(group.matches) == ["Récente A", "Récente B", "Ancienne", "Jamais revue"]


def test_reasons_say_why_in_plain_words():
    offer("Luminy santé", technopoles=[technopole("luminy")], sectors=[sector("sante-biotech")])
    [group] = match_offers(answers(technopole_slug="luminy", sector_slug="sante-biotech")).by_need
    assert group.matches[0].reasons == [
        "répond à votre besoin Financer mon projet",
        "adapté au stade Amorçage",
        "sur le technopôle de Luminy",
        "spécifique à la filière Santé et biotech",
    ]


def test_each_need_is_capped_with_its_total():
    reviewed = timezone.now()
    for i in range(4):
        offer(f"Offre {i}", reviewed_at=reviewed)
    [group] = match_offers(answers(), per_need=3).by_need
    assert titles(group.matches) == ["Offre 0", "Offre 1", "Offre 2"]
    assert group.total == 4
    assert group.hidden_count == 1


def test_a_need_without_match_gets_labelled_alternatives():
    offer("Sur Arbois", technopoles=[technopole("arbois")])
    offer("Au stade création", stages=[stage("creation")])
    offer("Au stade idée", stages=[stage("idee")], reviewed_at=timezone.now())  # further, though fresher
    offer("Filière numérique", sectors=[sector("numerique")])
    [group] = match_offers(answers(technopole_slug="luminy", sector_slug="sante-biotech")).by_need
    assert group.is_gap
    assert [(m.offer.title, m.alternative) for m in group.alternatives] == [
        ("Sur Arbois", OTHER_TECHNOPOLE),
        ("Au stade création", OTHER_STAGE),
        ("Au stade idée", OTHER_STAGE),
        ("Filière numérique", OTHER_SECTOR),
    ]
    labels = [m.alternative_label for m in group.alternatives]
    assert labels == [
        "Alternative proche : sur un autre site (Arbois-Méditerranée)",
        "Alternative proche : stade voisin (Création)",
        "Alternative : autre stade (Idée)",
        "Alternative proche : pour une autre filière (Numérique)",
    ]


def test_a_need_with_matches_gets_no_alternatives():
    offer("Exacte")
    offer("Sur Arbois", technopoles=[technopole("arbois")])
    [group] = match_offers(answers(technopole_slug="luminy")).by_need
    assert not group.is_gap
    assert group.alternatives == []


def test_next_steps_are_offers_of_the_next_stage_only():
    offer("Amorçage")
    offer("Amorçage et développement", stages=[stage("amorcage"), stage("developpement")])
    offer("Développement", stages=[stage("developpement")])
    offer("Croissance", stages=[stage("croissance")])
    results = match_offers(answers())
    assert results.next_stage == stage("developpement")
    assert titles(results.next_steps) == ["Développement"]
    assert results.next_steps[0].reasons[1] == "prévu pour le stade Développement"


def test_last_stage_has_no_next_steps():
    offer("Croissance", stages=[stage("croissance")])
    results = match_offers(answers(stage_slug="croissance"))
    assert results.next_stage is None
    assert results.next_steps == []


def test_number_of_queries_does_not_depend_on_the_catalogue(django_assert_num_queries):
    for i in range(30):
        offer(f"Offre {i}", needs=[need("financer"), need("locaux")], technopoles=[technopole("luminy")])
    # The index and the stages are read once per catalogue version (the first results of a version pay for
    # them); then only the offers shown with their actor, their needs, stages, technopôles, sectors, audiences.
    holder = answers(needs=("financer", "locaux", "recruter"), technopole_slug="luminy")
    catalogue_index(), taxonomy(Stage)
    with django_assert_num_queries(6):
        results = match_offers(holder)
    assert [g.total for g in results.by_need] == [30, 30, 0]


# --- Properties over generated catalogues ----------------------------------------------------------------

NEED_SLUGS = ["financer", "locaux", "recruter"]
STAGE_SLUGS = ["idee", "maturation", "creation", "amorcage", "developpement", "croissance"]
PLACE_SLUGS = ["luminy", "arbois", "belle-de-mai"]
SECTOR_SLUGS = ["sante-biotech", "numerique", "energie"]
NOW = timezone.now().replace(microsecond=0)


@dataclass
class Spec:
    """An offer as the oracle sees it."""

    pk: int
    title: str
    published: bool
    needs: set[str]
    stages: set[str]
    places: set[str]
    sectors: set[str]
    reviewed_days_ago: int | None


offer_specs = st.fixed_dictionaries(
    {
        "title": st.sampled_from(["alpha", "beta", "gamma"]),  # few titles, so that ties happen
        "status": st.sampled_from(["published", "published", "published", "draft", "archived"]),
        "needs": st.sets(st.sampled_from(NEED_SLUGS), min_size=1),
        "stages": st.sets(st.sampled_from(STAGE_SLUGS), min_size=1, max_size=3),
        "places": st.sets(st.sampled_from(PLACE_SLUGS), max_size=2),
        "sectors": st.sets(st.sampled_from(SECTOR_SLUGS), max_size=2),
        "reviewed_days_ago": st.none() | st.integers(0, 3),
    }
)
answer_specs = st.fixed_dictionaries(
    {
        "needs": st.lists(st.sampled_from(NEED_SLUGS), min_size=1, max_size=3, unique=True),
        "stage": st.sampled_from(STAGE_SLUGS),
        # « la-ciotat » and « mer-economie-bleue » have no offer at all here: gaps happen.
        "technopole": st.none() | st.sampled_from([*PLACE_SLUGS, "la-ciotat"]),
        "sector": st.none() | st.sampled_from([*SECTOR_SLUGS, "mer-economie-bleue"]),
    }
)


def build_catalogue(specs: list[dict]) -> list[Spec]:
    """Insert the offers in bulk (with their links) and return what the oracle needs to know of them."""
    taxonomy = {
        "needs": {n.slug: n for n in [need(s) for s in NEED_SLUGS]},
        "stages": {s.slug: s for s in Stage.objects.all()},
        "places": {t.slug: t for t in Technopole.objects.all()},
        "sectors": {s.slug: s for s in Sector.objects.all()},
    }
    actor = make_actor()
    offers = Offer.objects.bulk_create(
        Offer(
            actor=actor,
            title=spec["title"],
            slug=f"generee-{i}",
            summary="-",
            status=spec["status"],
            reviewed_at=None
            if spec["reviewed_days_ago"] is None
            else NOW - timedelta(days=spec["reviewed_days_ago"]),
        )
        for i, spec in enumerate(specs)
    )
    links = {
        "needs": (Offer.needs.through, "need"),
        "stages": (Offer.stages.through, "stage"),
        "places": (Offer.technopoles.through, "technopole"),
        "sectors": (Offer.sectors.through, "sector"),
    }
    for key, (through, fk) in links.items():
        through.objects.bulk_create(
            through(offer_id=o.pk, **{f"{fk}_id": taxonomy[key][slug].pk})
            for o, spec in zip(offers, specs, strict=True)
            for slug in spec[key]
        )
    return [
        Spec(
            pk=o.pk,
            title=spec["title"],
            published=spec["status"] == "published",
            needs=spec["needs"],
            stages=spec["stages"],
            places=spec["places"],
            sectors=spec["sectors"],
            reviewed_days_ago=spec["reviewed_days_ago"],
        )
        for o, spec in zip(offers, specs, strict=True)
    ]


def stage_ok(spec: Spec, a: dict) -> bool:
    return a["stage"] in spec.stages


def place_ok(spec: Spec, a: dict) -> bool:
    return a["technopole"] is None or not spec.places or a["technopole"] in spec.places


def sector_ok(spec: Spec, a: dict) -> bool:
    return a["sector"] is None or not spec.sectors or a["sector"] in spec.sectors


def satisfies(spec: Spec, a: dict, need_slug: str) -> bool:
    return (
        spec.published
        and need_slug in spec.needs
        and stage_ok(spec, a)
        and place_ok(spec, a)
        and sector_ok(spec, a)
    )


def score(spec: Spec, a: dict) -> float:
    """The score documented in `offers.relevance`, written independently of the SQL (no profile, no
    description of the project here)."""
    total = 0.0
    if len(a["needs"]) > 1:
        total += 2.0 * len(spec.needs & set(a["needs"])) / len(a["needs"])
    total += 1.5 if a["technopole"] in spec.places else 0.0
    total += 1.5 if a["sector"] in spec.sectors else 0.0
    total += 1.5 * (1 / len(spec.needs) + 1 / len(spec.stages)) / 2
    total += 0.5 if spec.reviewed_days_ago is not None else 0.0  # reviewed 0 to 3 days ago: fresh
    return round(total, 6)


def rank_key(spec: Spec, a: dict) -> tuple:
    return (-score(spec, a), spec.title, spec.pk)


def ranked(specs, a: dict, limit: int) -> list[int]:
    return [s.pk for s in sorted(specs, key=lambda s: rank_key(s, a))][:limit]


def shown_once(specs, a: dict, per_need: int) -> dict[str, list[int]]:
    """Each offer under the need where its position is best (the first need on a tie), among the first
    2 × per_need of each need; then the first per_need of each need."""
    order = sorted(a["needs"], key=NEED_SLUGS.index)
    positions = {
        n: {pk: i for i, pk in enumerate(ranked([s for s in specs if satisfies(s, a, n)], a, 2 * per_need))}
        for n in order
    }
    best: dict[int, tuple[int, int, str]] = {}
    for rank_of_need, n in enumerate(order):
        for pk, position in positions[n].items():
            best[pk] = min(best.get(pk, (position, rank_of_need, n)), (position, rank_of_need, n))
    return {
        n: sorted((pk for pk, (_p, _r, m) in best.items() if m == n), key=lambda pk: positions[n][pk])[
            :per_need
        ]
        for n in order
    }


def to_answers(a: dict) -> Answers:
    return answers(a["needs"], a["stage"], a["technopole"], a["sector"])


PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY_SETTINGS
@given(catalogue=st.lists(offer_specs, max_size=30), a=answer_specs, per_need=st.sampled_from([2, 50]))
def test_results_are_exactly_the_matching_offers_in_the_documented_order(db, catalogue, a, per_need):
    with transaction.atomic():
        specs = build_catalogue(catalogue)
        results = match_offers(to_answers(a), per_need=per_need)

        assert [g.need.slug for g in results.by_need] == sorted(a["needs"], key=NEED_SLUGS.index)
        everything = set()
        shown = shown_once(specs, a, per_need)
        for group in results.by_need:
            expected = [s for s in specs if satisfies(s, a, group.need.slug)]
            everything |= {s.pk for s in expected}
            # Nothing missing, nothing extra (up to the cap), each offer once, in the documented order.
            assert group.total == len(expected)
            assert [m.offer.pk for m in group.matches] == shown[group.need.slug]
            for match in group.matches:
                assert group.need in match.needs
                assert match.reasons[0].startswith("répond à vo")
                assert group.need.name in match.reasons[0]
        assert results.total == len(everything)
        transaction.set_rollback(True)


@PROPERTY_SETTINGS
@given(catalogue=st.lists(offer_specs, max_size=30), a=answer_specs)
def test_alternatives_fail_exactly_the_condition_they_are_labelled_with(db, catalogue, a):
    with transaction.atomic():
        specs = build_catalogue(catalogue)
        results = match_offers(to_answers(a), alternatives_per_kind=2)
        order = STAGE_SLUGS.index(a["stage"])

        def distance(spec: Spec) -> int:
            return min(abs(STAGE_SLUGS.index(s) - order) for s in spec.stages)

        def candidates(spec: Spec) -> str:
            """The one condition a published offer for the need fails, or "" if not exactly one."""
            if not stage_ok(spec, a):
                return OTHER_STAGE if place_ok(spec, a) and sector_ok(spec, a) else ""
            if not place_ok(spec, a):
                return OTHER_TECHNOPOLE if sector_ok(spec, a) else ""
            if not sector_ok(spec, a):
                return OTHER_SECTOR
            return ""

        for group in results.by_need:
            if not group.is_gap:
                assert group.alternatives == []
                continue
            pool = [s for s in specs if s.published and group.need.slug in s.needs]
            expected = []
            for kind in (OTHER_TECHNOPOLE, OTHER_STAGE, OTHER_SECTOR):
                of_kind = sorted(
                    (s for s in pool if candidates(s) == kind), key=lambda s: (distance(s), rank_key(s, a))
                )
                expected += [(s.pk, kind) for s in of_kind[:2]]
            assert [(m.offer.pk, m.alternative) for m in group.alternatives] == expected
            assert all(m.alternative_label.startswith("Alternative") for m in group.alternatives)
        transaction.set_rollback(True)


@PROPERTY_SETTINGS
@given(catalogue=st.lists(offer_specs, max_size=30), a=answer_specs)
def test_next_steps_are_the_best_offers_of_the_next_stage(db, catalogue, a):
    with transaction.atomic():
        specs = build_catalogue(catalogue)
        results = match_offers(to_answers(a), next_steps=4)
        order = STAGE_SLUGS.index(a["stage"])
        if order == len(STAGE_SLUGS) - 1:
            assert results.next_stage is None and results.next_steps == []
        else:
            following = STAGE_SLUGS[order + 1]
            assert results.next_stage.slug == following
            ahead = dict(a, stage=following)
            expected = [
                s
                for s in specs
                if a["stage"] not in s.stages and any(satisfies(s, ahead, n) for n in a["needs"])
            ]
            assert [m.offer.pk for m in results.next_steps] == ranked(expected, a, 4)
        transaction.set_rollback(True)
