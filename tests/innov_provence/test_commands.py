"""The demo commands: load_demo (idempotent, archiving what its tables no longer list) and seed_scale
(deterministic synthetic data for the benchmarks)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, ProtectedError
from django.utils import timezone

from financing.models import FinancingScheme
from guidance.models import ContactRequest
from housing.models import HousingSite
from innov_provence.demo.synthetic import PREFIX
from offers.models import Actor, Competence, Offer, RecruitmentService
from offers.search import index_terms
from tests.factories import make_offer

pytestmark = pytest.mark.django_db


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def seed_scale(offers: int, seed: int = 1) -> str:
    out = StringIO()
    call_command("seed_scale", offers=offers, seed=seed, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    models = [Actor, Offer, FinancingScheme, HousingSite, RecruitmentService, Competence]
    counts = {model.__name__: model.objects.count() for model in models}
    for field in ["needs", "stages", "technopoles", "sectors"]:
        counts[field] = getattr(Offer, field).through.objects.count()
    counts["supervising_bodies"] = Competence.supervising_bodies.through.objects.count()
    counts["actor_sectors"] = Actor.sectors.through.objects.count()
    return counts


def test_load_demo_twice_gives_the_same_rows():
    assert "structures" in load_demo()
    first = row_counts()
    titles = dict(Offer.objects.values_list("slug", "title"))
    load_demo()
    assert row_counts() == first
    assert dict(Offer.objects.values_list("slug", "title")) == titles


def test_load_demo_archives_demo_offers_its_tables_no_longer_list():
    load_demo()
    demo_actor = Actor.objects.get(slug="cisam")
    removed = make_offer(actor=demo_actor, slug="offre-retiree", title="Offre retirée")
    other = make_offer(title="Offre d'une vraie structure")  # not a demo structure: left alone
    output = load_demo()
    assert "1 offre(s) des structures de démonstration absente(s) des données archivée(s)." in output
    removed.refresh_from_db()
    other.refresh_from_db()
    assert removed.status == Offer.Status.ARCHIVED
    assert removed.history.latest().status == Offer.Status.ARCHIVED
    assert other.status == Offer.Status.PUBLISHED
    assert "archivée" not in load_demo()  # already archived: nothing more to do


def test_home_page_shows_the_demo_banner_once_demo_data_is_loaded(client):
    assert "Données de démonstration" not in client.get("/").content.decode()
    load_demo()  # the flag was cached as False by the first request: the command must clear it
    body = client.get("/").content.decode()
    assert "Données de démonstration" in body
    assert "Luminy" in body


def synthetic_offers():
    return Offer.objects.filter(slug__startswith=PREFIX)


def test_seed_scale_creates_exactly_n_offers_and_replaces_them_on_a_second_run():
    seed_scale(60)
    assert synthetic_offers().count() == 60
    assert Actor.objects.filter(slug__startswith=PREFIX).count() == 3
    seed_scale(25, seed=2)
    assert synthetic_offers().count() == 25
    assert Actor.objects.filter(slug__startswith=PREFIX).count() == 1
    assert not Offer.needs.through.objects.exclude(offer__in=synthetic_offers()).exists()


def test_seed_scale_links_each_offer_to_its_taxonomy():
    seed_scale(80)
    annotated = synthetic_offers().annotate(
        n_needs=Count("needs", distinct=True),
        n_stages=Count("stages", distinct=True),
        n_technopoles=Count("technopoles", distinct=True),
        n_sectors=Count("sectors", distinct=True),
    )
    for offer in annotated:
        assert 1 <= offer.n_needs <= 3
        assert 1 <= offer.n_stages <= 3
        assert 0 <= offer.n_technopoles <= 1
        assert 0 <= offer.n_sectors <= 2
    assert synthetic_offers().filter(status=Offer.Status.PUBLISHED).count() > 60
    for offer in synthetic_offers().select_related("actor")[:50]:
        # What `Offer.save()` would compute, column by column.
        texts = offer.search_texts()
        assert [getattr(offer, column) for column in texts] == [index_terms(t) for t in texts.values()]
        assert offer.created_at is not None


def snapshot() -> list[tuple]:
    return [
        (o.slug, o.title, o.status, o.kind, o.actor.slug, tuple(n.slug for n in o.needs.all()))
        for o in synthetic_offers().select_related("actor").prefetch_related("needs").order_by("slug")
    ]


def test_seed_scale_is_deterministic_for_a_given_seed():
    seed_scale(40, seed=7)
    first = snapshot()
    seed_scale(40, seed=8)
    assert snapshot() != first
    seed_scale(40, seed=7)
    assert snapshot() == first


def test_seed_scale_leaves_other_data_alone_and_detaches_requests():
    real = make_offer(slug="vraie-offre")
    seed_scale(10)
    synthetic = synthetic_offers().first()
    request = ContactRequest.objects.create(
        actor=real.actor,
        offer=synthetic,
        name="Porteur de test",
        email="porteur@example.org",
        message="Bonjour",
        consent_at=timezone.now(),
    )
    seed_scale(5)
    assert Offer.objects.filter(pk=real.pk).exists()
    request.refresh_from_db()
    assert request.offer is None


def test_seed_scale_refuses_to_drop_a_structure_that_has_requests():
    seed_scale(5)
    ContactRequest.objects.create(
        actor=Actor.objects.get(slug__startswith=PREFIX),
        name="Porteur de test",
        email="porteur@example.org",
        message="Bonjour",
        consent_at=timezone.now(),
    )
    with pytest.raises(ProtectedError):
        seed_scale(5)
    assert synthetic_offers().count() == 5


def test_seed_scale_rejects_a_negative_count():
    with pytest.raises(CommandError):
        seed_scale(-1)
