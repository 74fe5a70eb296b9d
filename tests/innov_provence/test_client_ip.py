"""The client's address behind our proxies (innov_provence/client_ip.py): the contact form's rate limit and the
admin's login lockout both count against it, and a forged X-Forwarded-For changes neither."""

import time

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory

from guidance.contact.forms import sign_timestamp
from guidance.contact.services import RATE_LIMIT_REQUESTS
from innov_provence.client_ip import client_ip
from tests.factories import make_offer, make_user

PROXY = "10.0.0.2"  # our TLS proxy: the peer of every request that comes through it
HOLDER = "203.0.113.9"
OTHER_HOLDER = "198.51.100.7"
PASSWORD = "un-mot-de-passe-solide-42"


def request_from(peer: str, forwarded: str | None = None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **headers)


# --- The address ----------------------------------------------------------------------------------------


def test_without_a_proxy_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from(HOLDER, forwarded="192.0.2.1")) == HOLDER


def test_behind_one_proxy_only_the_address_it_wrote_is_read(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from(PROXY, forwarded=HOLDER)) == HOLDER
    # What the client sent itself stays on the left, where nothing reads it.
    assert client_ip(request_from(PROXY, forwarded=f"192.0.2.1, 192.0.2.2,{HOLDER}")) == HOLDER


def test_behind_two_proxies_the_address_the_outer_one_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from(PROXY, forwarded=f"192.0.2.1, {HOLDER}, 10.0.0.1")) == HOLDER


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", f"{HOLDER}:443"])
def test_a_missing_or_malformed_header_behind_a_proxy_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from(PROXY, forwarded=forwarded)) == PROXY


def test_a_header_shorter_than_the_chain_of_proxies_falls_back_to_the_peer(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from(PROXY, forwarded=HOLDER)) == PROXY


def test_an_address_read_from_the_header_is_normalised(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from(PROXY, forwarded="2001:DB8:0::1")) == "2001:db8::1"


def test_a_request_without_a_peer_address_has_none():
    request = RequestFactory().get("/")
    del request.META["REMOTE_ADDR"]
    assert client_ip(request) is None


# --- The contact form's rate limit ----------------------------------------------------------------------


def contact(client, offer, peer: str, forwarded: str | None = None):
    data = {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "organisation": "BioSens",
        "stage": "amorcage",
        "message": "Nous cherchons un accompagnement pour notre capteur biologique.",
        "consent": "on",
        "website": "",
        "started": sign_timestamp(time.time() - 10),
    }
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client.post(f"/contact/offre/{offer.slug}/", data, REMOTE_ADDR=peer, **headers)


@pytest.mark.cache
@pytest.mark.django_db
def test_behind_the_proxy_the_contact_limit_counts_each_holder_apart(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    offer = make_offer()
    for _ in range(RATE_LIMIT_REQUESTS):
        assert contact(client, offer, PROXY, forwarded=HOLDER).status_code == 302
    assert contact(client, offer, PROXY, forwarded=HOLDER).status_code == 429
    # Another holder behind the same proxy still gets through.
    assert contact(client, offer, PROXY, forwarded=OTHER_HOLDER).status_code == 302


@pytest.mark.cache
@pytest.mark.django_db
def test_a_forged_header_from_a_direct_client_does_not_reset_the_contact_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    offer = make_offer()
    for n in range(RATE_LIMIT_REQUESTS):
        assert contact(client, offer, HOLDER, forwarded=f"192.0.2.{n}").status_code == 302
    assert contact(client, offer, HOLDER, forwarded="192.0.2.99").status_code == 429


@pytest.mark.cache
@pytest.mark.django_db
def test_a_forged_left_hand_address_behind_the_proxy_does_not_reset_the_contact_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    offer = make_offer()
    for n in range(RATE_LIMIT_REQUESTS):
        assert contact(client, offer, PROXY, forwarded=f"192.0.2.{n}, {HOLDER}").status_code == 302
    assert contact(client, offer, PROXY, forwarded=f"192.0.2.99, {HOLDER}").status_code == 429


# --- The admin's login lockout (django-axes) ------------------------------------------------------------


def log_in(client, password: str, peer: str, forwarded: str | None = None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "camille", "password": password},
        REMOTE_ADDR=peer,
        **headers,
    )


@pytest.mark.django_db
def test_behind_the_proxy_wrong_passwords_lock_out_only_the_holder_who_typed_them(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(username="camille", password=PASSWORD)
    for _ in range(5):
        log_in(client, "mauvais", PROXY, forwarded=HOLDER)
    assert log_in(client, PASSWORD, PROXY, forwarded=HOLDER).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {HOLDER}
    # The staff member, from another address behind the same proxy, still logs in.
    assert log_in(client, PASSWORD, PROXY, forwarded=OTHER_HOLDER).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    "proxies, peer, forged",
    [(0, HOLDER, "192.0.2.{n}"), (1, PROXY, "192.0.2.{n}, " + HOLDER)],
    ids=["direct client", "behind the proxy"],
)
def test_a_forged_header_does_not_lift_the_lockout(client, settings, proxies, peer, forged):
    settings.TRUSTED_PROXY_COUNT = proxies
    make_user(username="camille", password=PASSWORD)
    for n in range(5):
        log_in(client, "mauvais", peer, forwarded=forged.format(n=n))
    assert log_in(client, PASSWORD, peer, forwarded=forged.format(n=99)).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {HOLDER}
