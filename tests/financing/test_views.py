import re

import pytest

from financing.models import FinancingScheme
from offers.models import Offer
from tests.factories import bulk_offers, make_financing, make_offer, stage, technopole
from tests.offers.catalogue_helpers import assert_query_counts, listed

pytestmark = pytest.mark.django_db

Instrument = FinancingScheme.Instrument


def test_financing_list_shows_published_schemes_only(client):
    scheme = make_financing(title="Prêt d'honneur Initiative")
    make_financing(status=Offer.Status.DRAFT)
    make_offer(title="Incubation")  # not a financing scheme
    response = client.get("/financements/")
    assert listed(client, "/financements/") == {scheme.slug}
    assert "Prêt d&#x27;honneur" in response.content.decode()


def test_financing_list_filters_by_instrument_stage_and_technopole(client):
    grant = make_financing(instrument=Instrument.GRANT, stages=[stage("idee")])
    loan = make_financing(
        instrument=Instrument.HONOUR_LOAN, stages=[stage("creation")], technopoles=[technopole("arbois")]
    )
    equity = make_financing(instrument=Instrument.EQUITY, stages=[stage("croissance")])
    assert listed(client, "/financements/?instrument=subvention") == {grant.slug}
    assert listed(client, "/financements/?stade=creation") == {loan.slug}
    # Schemes open to the whole metropolitan area count for every technopôle.
    assert listed(client, "/financements/?technopole=arbois") == {grant.slug, loan.slug, equity.slug}
    assert listed(client, "/financements/?technopole=luminy") == {grant.slug, equity.slug}


def test_montant_keeps_schemes_whose_range_contains_it_with_open_bounds(client):
    small = make_financing(amount_min=1_000, amount_max=30_000)
    large = make_financing(amount_min=100_000, amount_max=1_500_000)
    from_50k = make_financing(amount_min=50_000, amount_max=None)
    up_to_50k = make_financing(amount_min=None, amount_max=50_000)
    unbounded = make_financing(amount_min=None, amount_max=None)
    assert listed(client, "/financements/?montant=20000") == {small.slug, up_to_50k.slug, unbounded.slug}
    assert listed(client, "/financements/?montant=50000") == {from_50k.slug, up_to_50k.slug, unbounded.slug}
    assert listed(client, "/financements/?montant=200000") == {large.slug, from_50k.slug, unbounded.slug}
    assert listed(client, "/financements/?montant=30000") >= {small.slug}  # bounds are inclusive


def test_dossier_unique_keeps_schemes_accepting_the_single_file(client):
    single = make_financing(accepts_single_file=True)
    make_financing(accepts_single_file=False)
    assert listed(client, "/financements/?dossier_unique=on") == {single.slug}
    assert len(listed(client, "/financements/?")) == 2


def test_filters_combine(client):
    target = make_financing(
        instrument=Instrument.GRANT, stages=[stage("amorcage")], amount_max=100_000, accepts_single_file=True
    )
    make_financing(instrument=Instrument.GRANT, stages=[stage("amorcage")], amount_max=10_000)
    make_financing(instrument=Instrument.GRANT, stages=[stage("idee")], accepts_single_file=True)
    assert listed(
        client, "/financements/?instrument=subvention&stade=amorcage&montant=50000&dossier_unique=on"
    ) == {target.slug}


def test_instrument_facet_counts_equal_a_direct_count(client):
    make_financing(instrument=Instrument.GRANT)
    make_financing(instrument=Instrument.GRANT)
    make_financing(instrument=Instrument.EQUITY, status=Offer.Status.DRAFT)
    page = client.get("/financements/").content.decode()
    grants = FinancingScheme.objects.published().filter(instrument=Instrument.GRANT).count()
    assert re.search(rf'Subvention <span class="facet-count">{grants}<', page)
    assert re.search(r'Fonds propres <span class="facet-count">0<', page)


def test_chain_view_lays_schemes_out_by_stage_in_order(client):
    idea = make_financing(title="Bourse French Tech", stages=[stage("idee")])
    growth = make_financing(title="Fonds de croissance", stages=[stage("croissance")])
    both = make_financing(title="Prêt d'amorçage", stages=[stage("amorcage"), stage("developpement")])
    page = client.get("/financements/?vue=chaine").content.decode()
    chain = page.split('class="financing-chain"')[1]
    positions = [chain.index(name) for name in ["Idée", "Maturation", "Création", "Amorçage", "Croissance"]]
    assert positions == sorted(positions)
    assert chain.index(idea.slug) < chain.index("Maturation")
    assert chain.index(growth.slug) > chain.index("Croissance")
    assert chain.count(both.slug) == 2
    # Gaps in the chain are visible.
    assert "Aucun dispositif à ce stade" in chain


def test_chain_view_applies_the_filters(client):
    make_financing(title="Subvention innovation", instrument=Instrument.GRANT, stages=[stage("idee")])
    make_financing(title="Capital-risque", instrument=Instrument.EQUITY, stages=[stage("croissance")])
    chain = client.get("/financements/?vue=chaine&instrument=subvention").content.decode()
    assert "Subvention innovation" in chain and "Capital-risque" not in chain


@pytest.mark.parametrize(
    "params",
    ["montant=-5", "montant=1e999", "montant=abc", "montant=99999999999", "instrument=troc", "vue=3d"],
)
def test_bad_parameters_answer_400_with_a_message(client, params):
    make_financing()
    response = client.get(f"/financements/?{params}")
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "99999"])
def test_bad_page_numbers_show_a_page(client, page):
    make_financing()
    assert client.get(f"/financements/?page={page}").status_code == 200


def test_htmx_request_gets_the_results_partial(client):
    make_financing(title="Avance remboursable", instrument=Instrument.REPAYABLE_ADVANCE)
    response = client.get("/financements/?instrument=avance_remboursable", headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and "Avance remboursable" in page
    assert 'hx-swap-oob="true"' in page


@pytest.mark.parametrize("size", [100, 5000])
def test_query_counts_do_not_grow(client, django_assert_num_queries, size):
    schemes = bulk_offers(
        size,
        FinancingScheme,
        instrument=Instrument.GRANT,
        amount_min=1000,
        amount_max=90000,
        accepts_single_file=True,
    )
    cases = [
        # count, page of schemes, their stages, their technopôles, 3 facets (instrument, stade, technopôle)
        ("/financements/", 7),
        ("/financements/?montant=5000&dossier_unique=on&stade=idee", 7),
        # count (for the heading), 3 facets, the chain's stage links
        ("/financements/?vue=chaine", 5),
        # a scheme's page: offer joined with its scheme and structure, needs, stages, technopôles, sectors,
        # complementary offers
        (f"/offres/{schemes[0].slug}/", 6),
    ]
    assert_query_counts(client, django_assert_num_queries, cases)
