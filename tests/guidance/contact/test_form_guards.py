"""The contact form's guards treat people as people: one request per sending of a form, and the timing
check speaks only about an otherwise valid form."""

import re
import time

import pytest

from guidance.contact.forms import sign_timestamp
from guidance.models import ContactRequest
from tests.factories import make_actor, make_offer
from tests.guidance.contact.test_views import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    return make_offer(actor=make_actor(name="Impulse", email="contact@impulse.example.org"))


def shown_token(client, offer) -> str:
    page = client.get(f"/contact/offre/{offer.slug}/").content.decode()
    return re.search(r'name="started" value="([^"]+)"', page).group(1)


def test_the_same_form_sent_twice_opens_one_request_and_confirms_it_again(client, offer):
    data = form_data(started=sign_timestamp(time.time() - 10))
    first = client.post(f"/contact/offre/{offer.slug}/", data)
    second = client.post(f"/contact/offre/{offer.slug}/", data)
    assert first.status_code == second.status_code == 302
    assert ContactRequest.objects.count() == 1
    assert (
        first["Location"] == second["Location"] == f"/contact/merci/{ContactRequest.objects.get().reference}/"
    )


def test_two_forms_shown_separately_open_two_requests(client, offer):
    client.post(f"/contact/offre/{offer.slug}/", form_data(started=sign_timestamp(time.time() - 10)))
    client.post(f"/contact/offre/{offer.slug}/", form_data(started=sign_timestamp(time.time() - 20)))
    assert ContactRequest.objects.count() == 2


def test_each_form_shown_carries_its_own_key(client, offer):
    assert shown_token(client, offer) != shown_token(client, offer)


def test_an_empty_form_sent_at_once_is_told_what_is_missing_not_taken_for_a_robot(client, offer):
    response = client.post(f"/contact/offre/{offer.slug}/", {"started": shown_token(client, offer)})
    page = response.content.decode()
    assert response.status_code == 400
    assert "trop rapidement" not in page
    assert "Ce champ est obligatoire" in page
    assert ContactRequest.objects.count() == 0


def test_a_complete_form_sent_at_once_is_still_refused_as_too_fast(client, offer):
    response = client.post(f"/contact/offre/{offer.slug}/", form_data(started=shown_token(client, offer)))
    assert response.status_code == 400
    assert "trop rapidement" in response.content.decode()
    assert ContactRequest.objects.count() == 0
