"""Alerts: double opt-in without an account, a digest of the offers published since the last one
(`send_alerts`), one-click unsubscribe; and the results' recap by email."""

from datetime import timedelta
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from guidance.alerts.services import parse_search, send_alerts
from guidance.contact.services import RATE_LIMIT_REQUESTS, send_pending_notifications
from guidance.models import AlertSubscription, OfferPublication, QueuedEmail
from offers.models import Offer
from tests.factories import make_financing, make_offer, need, stage, technopole

pytestmark = pytest.mark.django_db

RESULTS_QUERY = urlencode([("besoin", "financer"), ("stade", "amorcage"), ("technopole", "luminy")])
CATALOGUE_QUERY = urlencode([("besoin", "financer"), ("stade", "amorcage"), ("page", "2")])


def subscribe(client, source="orientation", query=RESULTS_QUERY, email="camille@example.org"):
    page = client.get(f"{reverse('alerts:subscribe')}?recherche={source}&{query}")
    assert page.status_code == 200, page.content.decode()[:500]
    form = page.context["form"]
    return client.post(
        reverse("alerts:subscribe"),
        {
            "email": email,
            "consent": "on",
            "recherche": form.initial["recherche"],
            "criteres": form.initial["criteres"],
        },
    )


def confirmation_link(message) -> str:
    return next(line for line in message.body.splitlines() if "/alertes/confirmer/" in line).strip()


def financing_offer(**overrides):
    fields = {
        "needs": [need("financer")],
        "stages": [stage("amorcage")],
        "technopoles": [technopole("luminy")],
    }
    return make_financing(**(fields | overrides))


def test_double_opt_in_then_a_digest_of_new_offers_only(client, settings):
    financing_offer(title="Déjà là avant l'alerte")
    response = subscribe(client)
    assert response.status_code == 200 and "Confirmez votre alerte" in response.content.decode()
    subscription = AlertSubscription.objects.get()
    assert subscription.confirmed_at is None and subscription.email == "camille@example.org"

    # Nothing but the confirmation until the link is followed.
    send_pending_notifications()
    [confirmation] = mail.outbox
    assert "Confirmez" in confirmation.subject
    link = confirmation_link(confirmation).removeprefix(settings.SITE_URL)
    assert send_alerts().digests == 0
    page = client.get(link)
    assert page.status_code == 200 and "Activer l&#x27;alerte" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None  # opening the link (a mail scanner) does not confirm
    assert client.post(link).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None

    fresh = financing_offer(title="Nouveau prêt d'honneur")
    financing_offer(title="Pour un autre stade", stages=[stage("croissance")])
    make_offer(
        title="Brouillon", needs=[need("financer")], stages=[stage("amorcage")], status=Offer.Status.DRAFT
    )
    out = StringIO()
    call_command("send_alerts", stdout=out)
    assert "1 courriel(s) d'alerte préparé(s) (1 offre(s))" in out.getvalue()
    send_pending_notifications()
    digest = mail.outbox[-1]
    assert digest.to == ["camille@example.org"]
    assert "Nouveau prêt d'honneur" in digest.body and fresh.get_absolute_url() in digest.body
    assert "Déjà là avant" not in digest.body and "autre stade" not in digest.body
    assert "Brouillon" not in digest.body
    unsubscribe_url = settings.SITE_URL + reverse("alerts:unsubscribe", args=[subscription.token])
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in digest.body

    # Idempotent: nothing new, nothing sent.
    assert send_alerts().digests == 0


def test_a_draft_published_later_is_news(client):
    subscribe(client)
    subscription = AlertSubscription.objects.get()
    client.post(reverse("alerts:confirm", args=[subscription.token]))
    draft = financing_offer(title="Publiée plus tard", status=Offer.Status.DRAFT)
    assert send_alerts().digests == 0
    Offer.objects.filter(pk=draft.pk).update(status=Offer.Status.PUBLISHED)
    assert send_alerts().offers == 1
    assert "Publiée plus tard" in QueuedEmail.objects.get(kind=QueuedEmail.Kind.ALERT_DIGEST).body


def test_a_catalogue_search_runs_through_the_catalogue_filters(client):
    subscribe(client, source="catalogue", query=CATALOGUE_QUERY)
    subscription = AlertSubscription.objects.get()
    assert subscription.query == "besoin=financer&stade=amorcage"  # the page number is not a criterion
    client.post(reverse("alerts:confirm", args=[subscription.token]))
    financing_offer(title="Au catalogue", technopoles=[technopole("chateau-gombert")])
    make_offer(title="Autre besoin", stages=[stage("amorcage")])
    send_alerts()
    body = QueuedEmail.objects.get(kind=QueuedEmail.Kind.ALERT_DIGEST).body
    assert "Au catalogue" in body and "Autre besoin" not in body


def test_one_click_unsubscribe_deletes_the_subscription(client):
    subscribe(client)
    subscription = AlertSubscription.objects.get()
    url = reverse("alerts:unsubscribe", args=[subscription.token])
    assert client.get(url).status_code == 200
    assert AlertSubscription.objects.exists()
    # The mail service's POST (RFC 8058) has no CSRF token.
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and "désabonné" in response.content.decode()
    assert not AlertSubscription.objects.exists()
    assert client.post(url).status_code == 404


def test_unknown_and_expired_links_are_french_pages(client, settings):
    assert client.get(reverse("alerts:confirm", args=["inconnu"])).status_code == 404
    assert (
        "Alerte introuvable" in client.get(reverse("alerts:unsubscribe", args=["inconnu"])).content.decode()
    )
    subscribe(client)
    subscription = AlertSubscription.objects.get()
    AlertSubscription.objects.update(
        created_at=timezone.now() - timedelta(days=settings.ALERT_CONFIRMATION_DAYS + 1)
    )
    response = client.post(reverse("alerts:confirm", args=[subscription.token]))
    assert response.status_code == 410 and "expiré" in response.content.decode()
    assert not AlertSubscription.objects.exists()


def test_unconfirmed_subscriptions_are_purged_by_send_alerts(client, settings):
    subscribe(client)
    AlertSubscription.objects.update(
        created_at=timezone.now() - timedelta(days=settings.ALERT_CONFIRMATION_DAYS + 1)
    )
    assert send_alerts().purged == 1
    assert not AlertSubscription.objects.exists()


def test_the_same_search_twice_is_one_subscription(client):
    subscribe(client)
    subscribe(client, email="CAMILLE@example.org")
    assert AlertSubscription.objects.count() == 1
    assert QueuedEmail.objects.filter(kind=QueuedEmail.Kind.ALERT_CONFIRMATION).count() == 2


def test_a_form_error_keeps_what_was_typed(client):
    page = client.get(f"{reverse('alerts:subscribe')}?recherche=orientation&{RESULTS_QUERY}")
    form = page.context["form"]
    response = client.post(
        reverse("alerts:subscribe"),
        {"email": "pas-une-adresse", "recherche": "orientation", "criteres": form.initial["criteres"]},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="pas-une-adresse"' in body
    assert 'href="#id_email"' in body and 'href="#id_consent"' in body
    assert 'aria-describedby="id_email_helptext id_email_error"' in body
    assert not AlertSubscription.objects.exists()


@pytest.mark.parametrize(
    "query",
    [
        "recherche=orientation&besoin=inconnu&stade=amorcage",
        "recherche=orientation&besoin=financer",
        "recherche=nimporte&besoin=financer",
        "recherche=catalogue&stade=%00%01",
        "recherche=catalogue&" + "&".join(f"besoin=x{i}" for i in range(2000)),
    ],
)
def test_bad_searches_are_a_french_400(client, query):
    response = client.get(f"{reverse('alerts:subscribe')}?{query}")
    assert response.status_code == 400
    assert "Recherche introuvable" in response.content.decode()


def test_a_tampered_hidden_search_is_refused(client):
    response = client.post(
        reverse("alerts:subscribe"),
        {"email": "a@example.org", "consent": "on", "recherche": "orientation", "criteres": "besoin=zzz"},
    )
    assert response.status_code == 400
    assert not AlertSubscription.objects.exists()


def test_subscriptions_are_rate_limited_like_the_contact_form(client):
    for n in range(RATE_LIMIT_REQUESTS):
        assert subscribe(client, email=f"p{n}@example.org").status_code == 200
    response = subscribe(client, email="encore@example.org")
    assert response.status_code == 429
    assert 'value="encore@example.org"' in response.content.decode()


def test_the_alert_pages_refuse_other_methods(client):
    assert client.put(reverse("alerts:subscribe")).status_code == 405
    assert client.delete(reverse("alerts:unsubscribe", args=["x"])).status_code == 405


def test_parse_search_of_orientation_keeps_profile_and_words():
    search = parse_search("orientation", RESULTS_QUERY + "&projet=capteur+marin")
    assert search is not None and "projet=capteur+marin" in search.query
    assert ("Projet", "capteur marin") in search.criteria


def test_offers_are_noted_once():
    make_offer()
    send_alerts()
    seen = OfferPublication.objects.get()
    send_alerts(timezone.now() + timedelta(days=1))
    assert OfferPublication.objects.get().seen_at == seen.seen_at


# --- Recap -----------------------------------------------------------------------------------------------


def test_recap_mails_the_results_once_and_keeps_no_address(client):
    financing_offer(title="Prêt d'honneur Luminy", contact_email="prets@example.org")
    page = client.get(f"{reverse('alerts:recap')}?{RESULTS_QUERY}")
    assert page.status_code == 200
    criteres = page.context["form"].initial["criteres"]
    response = client.post(reverse("alerts:recap"), {"email": "camille@example.org", "criteres": criteres})
    assert response.status_code == 200 and "Résumé envoyé" in response.content.decode()
    send_pending_notifications()
    [recap] = mail.outbox
    assert recap.to == ["camille@example.org"]
    assert "Prêt d'honneur Luminy" in recap.body and "prets@example.org" in recap.body
    assert reverse("guidance:results") in recap.body
    assert not QueuedEmail.objects.exists()


def test_recap_is_rate_limited_and_validates(client):
    page = client.get(f"{reverse('alerts:recap')}?{RESULTS_QUERY}")
    criteres = page.context["form"].initial["criteres"]
    response = client.post(reverse("alerts:recap"), {"email": "non", "criteres": criteres})
    assert response.status_code == 400 and 'value="non"' in response.content.decode()
    for _ in range(RATE_LIMIT_REQUESTS):
        client.post(reverse("alerts:recap"), {"email": "a@example.org", "criteres": criteres})
    response = client.post(reverse("alerts:recap"), {"email": "b@example.org", "criteres": criteres})
    assert response.status_code == 429
    assert client.get(f"{reverse('alerts:recap')}?besoin=inconnu").status_code == 400
    assert client.post(reverse("alerts:recap"), {"email": "a@example.org"}).status_code == 400


def test_the_results_page_links_the_tools_and_stays_cacheable(client):
    financing_offer()
    response = client.get(f"{reverse('guidance:results')}?{RESULTS_QUERY}")
    body = response.content.decode()
    assert f"{reverse('alerts:recap')}?" in body
    assert f"{reverse('alerts:subscribe')}?recherche=orientation&amp;" in body
    assert 'readonly value="http://testserver/orientation/resultats/?' in body
    assert "csrfmiddlewaretoken" not in body  # no form: the page cache keeps it


def test_the_catalogue_links_an_alert_for_its_search(client):
    body = client.get(f"{reverse('offers:offer_list')}?besoin=financer").content.decode()
    assert f"{reverse('alerts:subscribe')}?recherche=catalogue&amp;besoin=financer" in body
    assert (
        "Être prévenu des nouvelles offres"
        not in client.get(reverse("housing:housing_list")).content.decode()
    )


def test_parse_search_of_the_catalogue_names_each_criterion():
    from tests.factories import make_actor

    make_actor(name="Impulse", slug="impulse")
    search = parse_search(
        "catalogue", "q=pr%C3%AAt&besoin=financer&structure=impulse&type=financement&tri=titre"
    )
    assert search is not None
    assert search.query == "q=pr%C3%AAt&besoin=financer&type=financement&structure=impulse"
    labels = dict(search.criteria)
    assert labels["Structure"] == "Impulse" and labels["Type d'offre"] == "Financement"
    assert labels["Besoin"] == need("financer").name
    assert parse_search("catalogue", "structure=inconnue") is None


def test_huge_bodies_are_a_4xx(client):
    big = {"email": "a@example.org", "criteres": "x" * (2 * 1024 * 1024)}
    assert client.post(reverse("alerts:subscribe"), big).status_code == 400
    assert client.post(reverse("alerts:recap"), big).status_code == 400
    assert not AlertSubscription.objects.exists() and not QueuedEmail.objects.exists()
