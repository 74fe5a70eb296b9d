import re
from datetime import timedelta

import pytest
from django.utils import timezone

from housing.models import HousingSite
from offers.models import Offer
from tests.factories import bulk_offers, make_housing, make_offer, technopole
from tests.offers.catalogue_helpers import assert_query_counts, listed

pytestmark = pytest.mark.django_db

Premises = HousingSite.PremisesType
Availability = HousingSite.Availability


def test_housing_list_shows_published_sites_only(client):
    site = make_housing(title="Pépinière Marseille Innovation", surface_min=15, surface_max=60)
    make_housing(status=Offer.Status.ARCHIVED)
    make_offer()
    page = client.get("/hebergement/").content.decode()
    assert listed(client, "/hebergement/") == {site.slug}
    assert "de 15 à 60 m²" in page


def test_housing_list_filters_by_technopole_and_premises_type(client):
    lab = make_housing(premises_type=Premises.LABS, technopoles=[technopole("luminy")])
    offices = make_housing(premises_type=Premises.OFFICES, technopoles=[technopole("arbois")])
    assert listed(client, "/hebergement/?technopole=luminy") == {lab.slug}
    assert listed(client, "/hebergement/?type=bureaux") == {offices.slug}
    assert listed(client, "/hebergement/?type=bureaux&technopole=luminy") == set()


def test_surface_keeps_sites_whose_range_contains_it(client):
    small = make_housing(surface_min=10, surface_max=40)
    large = make_housing(surface_min=100, surface_max=400)
    open_ended = make_housing(surface_min=30, surface_max=None)
    unknown = make_housing()
    assert listed(client, "/hebergement/?surface=35") == {small.slug, open_ended.slug, unknown.slug}
    assert listed(client, "/hebergement/?surface=150") == {large.slug, open_ended.slug, unknown.slug}


def test_flexible_lease_and_available_now(client):
    today = timezone.localdate()
    flexible = make_housing(flexible_lease=True, availability=Availability.FULL)
    available = make_housing(availability=Availability.AVAILABLE)
    reached = make_housing(availability=Availability.SOON, available_from=today - timedelta(days=1))
    make_housing(availability=Availability.SOON, available_from=today + timedelta(days=30))
    make_housing(availability=Availability.SOON)
    assert listed(client, "/hebergement/?bail_souple=on") == {flexible.slug}
    assert listed(client, "/hebergement/?disponible=on") == {available.slug, reached.slug}
    assert listed(client, "/hebergement/?disponible=on&bail_souple=on") == set()


def test_premises_facet_counts_equal_a_direct_count(client):
    make_housing(premises_type=Premises.NURSERY)
    make_housing(premises_type=Premises.NURSERY)
    make_housing(premises_type=Premises.WORKSHOPS)
    page = client.get("/hebergement/").content.decode()
    nurseries = HousingSite.objects.published().filter(premises_type=Premises.NURSERY).count()
    assert re.search(rf'Pépinière <span class="facet-count">{nurseries}<', page)


@pytest.mark.parametrize(
    "params", ["surface=-5", "surface=0", "surface=1e999", "surface=grand", "type=chateau"]
)
def test_bad_parameters_answer_400_with_a_message(client, params):
    response = client.get(f"/hebergement/?{params}")
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


def test_htmx_request_gets_the_results_partial(client):
    make_housing(title="Tiers-lieu de la Friche", premises_type=Premises.THIRD_PLACE)
    response = client.get("/hebergement/?type=tiers_lieu", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert "Tiers-lieu de la Friche" in response.content.decode()


@pytest.mark.parametrize("size", [100, 5000])
def test_query_counts_do_not_grow(client, django_assert_num_queries, size):
    sites = bulk_offers(
        size,
        HousingSite,
        premises_type=Premises.OFFICES,
        surface_min=10,
        surface_max=200,
        flexible_lease=True,
    )
    cases = [
        # count, page of sites, their stages, their technopôles, 2 facets (technopôle, type)
        ("/hebergement/", 6),
        ("/hebergement/?surface=50&disponible=on&bail_souple=on&technopole=luminy", 6),
        # a site's page: offer joined with its site and structure, needs, stages, technopôles, sectors,
        # complementary offers
        (f"/offres/{sites[0].slug}/", 6),
    ]
    assert_query_counts(client, django_assert_num_queries, cases)
