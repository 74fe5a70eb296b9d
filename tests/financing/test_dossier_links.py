"""The single financing file is reachable from the « Dossier unique de financement #AMFT » offer's page (a
network's offer, named by SINGLE_FILE_OFFER_SLUGS) and from every scheme that accepts it."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests.factories import make_financing, make_offer, need

pytestmark = pytest.mark.django_db


def test_the_amft_offer_page_links_the_financing_file(client):
    offer = make_offer(slug="dossier-unique-financement-amft", title="Dossier unique de financement #AMFT")
    body = client.get(offer.get_absolute_url()).content.decode()
    assert f'href="{reverse("dossier:start")}"' in body
    assert "Un seul dossier pour plusieurs financeurs" in body


def test_another_offer_page_does_not(client, settings):
    offer = make_offer(needs=[need("financer")])
    assert reverse("dossier:start") not in client.get(offer.get_absolute_url()).content.decode()
    settings.SINGLE_FILE_OFFER_SLUGS = [offer.slug]
    cache.clear()  # the page cache keeps the page until the catalogue changes
    assert reverse("dossier:start") in client.get(offer.get_absolute_url()).content.decode()


def test_a_scheme_accepting_the_file_links_it(client):
    accepting = make_financing(accepts_single_file=True)
    refusing = make_financing(accepts_single_file=False)
    assert reverse("dossier:start") in client.get(accepting.get_absolute_url()).content.decode()
    assert reverse("dossier:start") not in client.get(refusing.get_absolute_url()).content.decode()
