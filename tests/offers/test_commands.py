from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, ProtectedError
from django.utils import timezone

from financing.models import FinancingScheme
from guidance.models import ContactRequest
from housing.models import HousingSite
from innov_provence.demo import OFFERS
from innov_provence.demo.synthetic import PREFIX
from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Stage, Technopole
from tests.factories import make_offer, need, stage, technopole

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


def test_load_demo_creates_a_real_sized_ecosystem():
    load_demo()
    assert Actor.objects.filter(is_demo=True).count() >= 40
    assert Offer.objects.published().count() >= 150
    assert Offer.objects.count() == len(OFFERS)
    for slug in ["metropole-aix-marseille-provence", "aix-marseille-universite", "cisam", "bpifrance"]:
        assert Actor.objects.filter(slug=slug, is_demo=True).exists(), slug


def test_demo_covers_every_need_every_stage_and_every_kind_of_offer():
    load_demo()
    published = Offer.objects.published()
    for item in Need.objects.all():
        assert published.filter(needs=item).exists(), item.slug
    for item in Stage.objects.all():
        assert published.filter(stages=item).exists(), item.slug
    assert set(published.values_list("kind", flat=True)) == set(Offer.Kind.values)
    assert set(FinancingScheme.objects.values_list("instrument", flat=True)) == set(
        FinancingScheme.Instrument.values
    )
    assert set(HousingSite.objects.values_list("premises_type", flat=True)) == set(
        HousingSite.PremisesType.values
    )


def test_demo_bank_loans_accept_the_single_financing_file():
    load_demo()
    banks = set(
        FinancingScheme.objects.filter(accepts_single_file=True, actor__kind=Actor.Kind.BANK).values_list(
            "actor__slug", flat=True
        )
    )
    assert {
        "cepac",
        "credit-agricole-alpes-provence",
        "cic",
        "bnp-paribas",
        "banque-populaire-mediterranee",
    } <= banks
    honour_loan = FinancingScheme.objects.get(slug="pret-honneur-innovation-marseille-innovation")
    assert (honour_loan.instrument, honour_loan.amount_max) == ("pret_honneur", 30_000)


def test_demo_competences_name_their_supervising_bodies():
    load_demo()
    competences = Competence.objects.annotate(bodies=Count("supervising_bodies"))
    assert competences.count() >= 20
    assert not competences.filter(bodies=0).exists()
    supervisors = set(
        Actor.objects.filter(supervised_competences__isnull=False).values_list("slug", flat=True)
    )
    assert {
        "aix-marseille-universite",
        "cnrs-provence-corse",
        "inserm-paca-corse",
        "ird",
        "ap-hm",
    } <= supervisors


def test_demo_leaves_deliberate_gaps_for_the_coverage_reports():
    load_demo()
    published = Offer.objects.published()
    for site in Technopole.objects.all():
        cell = published.for_technopole(site).filter(needs=need("international"), stages=stage("idee"))
        assert not cell.exists(), site.slug
    la_ciotat = published.for_technopole(technopole("la-ciotat"))
    assert not la_ciotat.filter(needs=need("prototyper")).exists()
    # The same technopôle has other offers: the gap is a real hole, not an empty site.
    assert la_ciotat.filter(needs=need("locaux")).exists()
    empty_cells = [
        (n, s, t)
        for n in Need.objects.all()
        for s in Stage.objects.all()
        for t in Technopole.objects.all()
        if not published.for_technopole(t).filter(needs=n, stages=s).exists()
    ]
    assert (
        0 < len(empty_cells) < Need.objects.count() * Stage.objects.count() * Technopole.objects.count() // 2
    )


def test_demo_holds_drafts_and_stale_offers():
    load_demo()
    assert Offer.objects.filter(status=Offer.Status.DRAFT).count() >= 3
    stale = Offer.objects.published().stale()
    assert stale.count() >= 5
    assert stale.filter(reviewed_at__isnull=True).exists()
    assert stale.filter(reviewed_at__isnull=False).exists()
    assert Offer.objects.published().exclude(pk__in=stale).count() >= 140


def test_demo_rows_pass_model_validation():
    # SQLite does not enforce max_length; PostgreSQL does. full_clean catches a too-long title on both.
    load_demo()
    for actor in Actor.objects.all():
        actor.full_clean()
    plain = Offer.objects.filter(kind__in=[Offer.Kind.SUPPORT, Offer.Kind.EVENT])
    for queryset in [
        plain,
        *(m.objects.all() for m in [FinancingScheme, HousingSite, RecruitmentService, Competence]),
    ]:
        for offer in queryset.select_related("actor"):
            offer.full_clean()
            assert offer.search_text == offer.build_search_text()


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
        assert offer.search_text == offer.build_search_text()
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
