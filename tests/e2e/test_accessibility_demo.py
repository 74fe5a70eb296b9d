"""axe-core with the demo data loaded, as a visitor of `make run` sees the portal: the demo banner and the
real-looking catalogue must pass too (the other accessibility tests run on a small made-up ecosystem)."""

import pytest
from django.core.management import call_command

from tests.e2e.browser import assert_accessible

pytestmark = pytest.mark.browser

DEMO_PATHS = [
    "/",
    "/orientation/",
    "/orientation/resultats/?besoin=etre-accompagne&besoin=financer&stade=creation&technopole=luminy",
    "/offres/",
    "/offres/{offer}/",
    "/acteurs/",
    "/acteurs/{actor}/",
    "/financements/",
    "/hebergement/",
    "/technopoles/luminy/",
    "/contact/offre/{offer}/",
]


@pytest.fixture
def demo_data(site_url) -> dict:
    from offers.models import Offer

    call_command("load_demo", verbosity=0)
    offer = Offer.objects.published().select_related("actor").order_by("pk").first()
    return {"offer": offer.slug, "actor": offer.actor.slug}


def test_every_page_with_the_demo_data_has_no_accessibility_violation(page, demo_data):
    for path in DEMO_PATHS:
        path = path.format(**demo_data)
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        assert page.locator(".demo-banner").count() == 1, path
        assert page.locator("header .demo-banner").count() == 1, "the demo banner stands outside a landmark"
        assert_accessible(page)
