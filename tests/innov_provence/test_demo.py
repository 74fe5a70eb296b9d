"""The demo data (innov_provence/demo/): a real-sized ecosystem covering every need, stage and kind of offer,
with the gaps, drafts and stale offers the coverage reports are there to show. Loaded once for the module,
since these tests only read it; the load_demo command itself is tested in test_commands.py."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from financing.models import FinancingScheme
from housing.models import HousingSite
from innov_provence.demo import OFFERS
from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Stage, Technopole
from offers.search import index_terms
from tests.factories import need, stage, technopole

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(module_transaction, django_db_blocker) -> None:
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


def test_load_demo_creates_a_real_sized_ecosystem(demo):
    assert Actor.objects.filter(is_demo=True).count() >= 40
    assert Offer.objects.published().count() >= 150
    assert Offer.objects.count() == len(OFFERS)
    for slug in ["metropole-aix-marseille-provence", "aix-marseille-universite", "cisam", "bpifrance"]:
        assert Actor.objects.filter(slug=slug, is_demo=True).exists(), slug


def test_demo_covers_every_need_every_stage_and_every_kind_of_offer(demo):
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


def test_demo_bank_loans_accept_the_single_financing_file(demo):
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


def test_demo_competences_name_their_supervising_bodies(demo):
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


def test_demo_leaves_deliberate_gaps_for_the_coverage_reports(demo):
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


def test_demo_holds_drafts_and_stale_offers(demo):
    assert Offer.objects.filter(status=Offer.Status.DRAFT).count() >= 3
    stale = Offer.objects.published().stale()
    assert stale.count() >= 5
    assert stale.filter(reviewed_at__isnull=True).exists()
    assert stale.filter(reviewed_at__isnull=False).exists()
    assert Offer.objects.published().exclude(pk__in=stale).count() >= 140


def test_demo_rows_pass_model_validation(demo):
    # SQLite does not enforce max_length; PostgreSQL does. full_clean catches a too-long title on both.
    for actor in Actor.objects.all():
        actor.full_clean()
    plain = Offer.objects.filter(kind__in=[Offer.Kind.SUPPORT, Offer.Kind.EVENT])
    for queryset in [
        plain,
        *(m.objects.all() for m in [FinancingScheme, HousingSite, RecruitmentService, Competence]),
    ]:
        for offer in queryset.select_related("actor"):
            offer.full_clean()
            assert offer.search_title == index_terms(offer.title)
            assert offer.search_actor == index_terms(offer.actor.name)
