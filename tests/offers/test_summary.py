import pytest

from offers.models import Offer
from offers.summary import technopoles_with_offer_counts
from tests.factories import make_offer, technopole

pytestmark = pytest.mark.django_db


def test_counts_published_offers_per_technopole():
    make_offer(technopoles=[technopole("luminy"), technopole("arbois")])
    make_offer(technopoles=[technopole("luminy")])
    make_offer(technopoles=[technopole("luminy")], status=Offer.Status.DRAFT)
    counts = {t.slug: t.offer_count for t in technopoles_with_offer_counts()}
    assert counts["luminy"] == 2
    assert counts["arbois"] == 1
    assert counts["chateau-gombert"] == 0


def test_counts_are_cached_until_the_catalogue_changes(django_assert_num_queries):
    make_offer(technopoles=[technopole("luminy")])
    technopoles_with_offer_counts()
    with django_assert_num_queries(0):
        counts = {t.slug: t.offer_count for t in technopoles_with_offer_counts()}
    assert counts["luminy"] == 1
    # Saving an offer bumps the catalogue version (offers/page_cache.py): the counts are computed again
    # (the links counted per technopôle, then the technopôles).
    make_offer(technopoles=[technopole("luminy")])
    with django_assert_num_queries(2):
        counts = {t.slug: t.offer_count for t in technopoles_with_offer_counts()}
    assert counts["luminy"] == 2
