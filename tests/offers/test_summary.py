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


def test_counts_are_cached_between_requests(client, django_assert_num_queries):
    make_offer(technopoles=[technopole("luminy")])
    client.get("/")
    make_offer(technopoles=[technopole("luminy")])
    # 1 query once warm: the needs; the demo-banner flag and the technopôle counts come from the cache.
    with django_assert_num_queries(1):
        response = client.get("/")
    assert "1 offre" in response.content.decode()  # the cached figure, up to 5 minutes old
