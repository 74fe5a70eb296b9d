"""The public contact form, its confirmation page and the privacy page."""

import html
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core import signing
from django.test import Client

from guidance.contact import forms as contact_forms
from guidance.contact.forms import sign_timestamp
from guidance.contact.services import RATE_LIMIT_REQUESTS, send_pending_notifications
from guidance.models import ContactRequest
from offers.models import Offer
from tests.factories import make_actor, make_contact_request, make_offer

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def offer_url(offer) -> str:
    return f"/contact/offre/{offer.slug}/"


def form_data(**overrides) -> dict:
    """A valid contact-form submission, shown to the person 10 seconds ago."""
    return {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "06 12 34 56 78",
        "organisation": "BioSens",
        "stage": "amorcage",
        "message": "Nous cherchons un accompagnement pour notre capteur biologique.",
        "consent": "on",
        "website": "",
        "started": sign_timestamp(time.time() - 10),
    } | overrides


@pytest.fixture
def offer():
    return make_offer(
        title="Incubation Impulse", actor=make_actor(name="Impulse", email="contact@impulse.example.org")
    )


def assert_typed_data_kept(response, data: dict) -> None:
    page = text(response)
    for field in ["name", "email", "phone", "organisation"]:
        if data[field]:
            assert f'value="{data[field]}"' in page
    assert f"{data['message']}</textarea>" in page
    assert f'<option value="{data["stage"]}" selected>' in page


def test_form_page_shows_the_fields_and_the_privacy_link(client, offer, django_assert_num_queries):
    # 3 queries: demo-data flag (context processor, then cached), the offer with its structure, the stages.
    with django_assert_num_queries(3):
        response = client.get(offer_url(offer))
    assert response.status_code == 200
    page = text(response)
    assert "<h1>Contacter Impulse</h1>" in page
    assert "Incubation Impulse" in page
    for name in ["name", "email", "phone", "organisation", "stage", "message", "consent", "started"]:
        assert f'name="{name}"' in page
    assert 'href="/donnees-personnelles/"' in page
    assert "Ne pas remplir ce champ" in page
    assert 'name="website"' in page and 'tabindex="-1"' in page and 'autocomplete="off"' in page
    assert "css/contact.css" in page
    assert 'style="' not in page and "<script>" not in page


def test_form_page_query_count_does_not_grow_with_data(client, offer, django_assert_num_queries):
    for _ in range(5):
        make_offer(actor=offer.actor)
        make_contact_request(actor=offer.actor)
    with django_assert_num_queries(3):
        client.get(offer_url(offer))


def test_stage_is_preselected_from_the_questionnaire(client, offer, django_assert_num_queries):
    # 4 queries: demo-data flag, offer with structure, the `stade` lookup, the stages of the select.
    with django_assert_num_queries(4):
        response = client.get(offer_url(offer) + "?stade=amorcage")
    assert '<option value="amorcage" selected>' in text(response)


def test_unknown_stage_in_query_is_ignored(client, offer):
    response = client.get(offer_url(offer) + "?stade=nimporte-quoi&stade=<script>")
    assert response.status_code == 200
    select = text(response).split('name="stage"')[1].split("</select>")[0]
    assert select.count("selected") == 1 and '<option value="" selected>' in select


def test_unknown_or_unpublished_offer_and_unknown_actor_are_404(client):
    draft = make_offer(status=Offer.Status.DRAFT)
    assert client.get("/contact/offre/inconnue/").status_code == 404
    assert client.get(offer_url(draft)).status_code == 404
    assert client.post(offer_url(draft), form_data()).status_code == 404
    assert client.get("/contact/structure/inconnue/").status_code == 404


def test_submission_is_stored_emailed_and_confirmed(
    client, offer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer_url(offer), form_data())
    request = ContactRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/contact/merci/{request.reference}/"
    assert (request.actor, request.offer, request.stage.slug) == (offer.actor, offer, "amorcage")
    assert (request.name, request.email, request.phone) == (
        "Camille Martin",
        "camille@example.org",
        "06 12 34 56 78",
    )
    assert request.consent_at is not None and request.status == ContactRequest.Status.NEW
    assert mailoutbox == []  # the worker sends, not the request
    send_pending_notifications()
    assert sorted(m.to[0] for m in mailoutbox) == ["camille@example.org", "contact@impulse.example.org"]


def test_structure_form_creates_a_request_without_offer(client, django_capture_on_commit_callbacks):
    actor = make_actor(name="SATT Sud-Est")
    response = client.get(f"/contact/structure/{actor.slug}/")
    assert "Contacter SATT Sud-Est" in text(response)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/contact/structure/{actor.slug}/", form_data(phone=""))
    assert response.status_code == 302
    request = ContactRequest.objects.get()
    assert request.actor == actor and request.offer is None and request.phone == ""


def test_thanks_page_shows_only_reference_structure_and_next_steps(client):
    request = make_contact_request(actor=make_actor(name="Marseille Innovation"))
    response = client.get(f"/contact/merci/{request.reference}/")
    page = text(response)
    assert response.status_code == 200
    assert request.reference in page and "Marseille Innovation" in page
    for personal in ["Camille", "camille@example.org", "06 12 34 56 78", "BioSens", "accompagnement."]:
        assert personal not in page
    assert client.get("/contact/merci/IP-INCONNUE/").status_code == 404


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"name": ""}, "name", "Ce champ est obligatoire."),
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse de courriel valide."),
        ({"message": "x" * 100_000}, "message", "au plus 5000 caractères"),
        ({"consent": ""}, "consent", "Votre accord est nécessaire"),
        ({"stage": "inconnu"}, "stage", "Sélectionnez un choix valide"),
        ({"phone": "appelez-moi"}, "phone", "numéro de téléphone valide"),
        ({"name": "Camille\x00Martin"}, "name", "caractère nul"),
    ],
)
def test_bad_input_shows_the_form_again_with_french_errors(client, offer, overrides, field, error):
    data = form_data(**overrides)
    response = client.post(offer_url(offer), data)
    assert response.status_code == 400
    page = text(response)
    assert "Votre demande n'a pas été envoyée" in page
    assert error in page
    assert f'href="#id_{field}"' in page
    assert not ContactRequest.objects.exists()
    if field not in ("name", "stage"):
        assert_typed_data_kept(response, data)


def test_missing_everything_is_a_400_not_a_500(client, offer):
    response = client.post(offer_url(offer), {})
    assert response.status_code == 400
    assert text(response).count("Ce champ est obligatoire.") >= 5


def test_honeypot_refuses_and_keeps_what_was_typed(client, offer, mailoutbox):
    data = form_data(website="http://spam.example")
    response = client.post(offer_url(offer), data)
    assert response.status_code == 400
    assert "envoi automatique" in text(response)
    assert_typed_data_kept(response, data)
    assert not ContactRequest.objects.exists() and mailoutbox == []


def test_too_fast_submission_is_refused_and_can_be_sent_again(client, offer):
    started = sign_timestamp(time.time() - 1)
    data = form_data(started=started)
    response = client.post(offer_url(offer), data)
    assert response.status_code == 400
    assert "trop rapidement" in text(response)
    assert_typed_data_kept(response, data)
    # The same timestamp comes back, so a person who just resends a moment later gets through.
    assert f'value="{started}"' in text(response)
    assert not ContactRequest.objects.exists()


@pytest.mark.parametrize(
    "started",
    [
        "",
        "1700000000",
        signing.dumps(time.time() - 10, salt="autre-chose"),
        sign_timestamp(time.time() - 10)[:-2] + "xx",
        signing.dumps("pas un nombre", salt="guidance.contact.started"),
    ],
    # Named, not shown: the signed values change with the time, and every xdist worker must collect the same ids.
    ids=["empty", "unsigned", "other-salt", "bad-signature", "not-a-number"],
)
def test_tampered_timestamp_is_refused_with_a_fresh_one(client, offer, started):
    data = form_data(started=started)
    response = client.post(offer_url(offer), data)
    assert response.status_code == 400
    page = text(response)
    assert "n'a pas pu être vérifié" in page
    assert_typed_data_kept(response, data)
    fresh = page.split('name="started" value="')[1].split('"')[0]
    assert fresh != started
    assert signing.loads(fresh, salt="guidance.contact.started")["t"] <= time.time()


@pytest.mark.cache
def test_rate_limit_per_address_keeps_what_was_typed(client, offer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(RATE_LIMIT_REQUESTS):
            assert client.post(offer_url(offer), form_data()).status_code == 302
        data = form_data(message="Mon sixième message.")
        response = client.post(offer_url(offer), data)
    assert response.status_code == 429
    assert "Trop de demandes" in text(response)
    assert_typed_data_kept(response, data)
    assert ContactRequest.objects.count() == RATE_LIMIT_REQUESTS
    # Another address is not affected.
    other = client.post(offer_url(offer), form_data(), REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 302


def test_refused_submissions_do_not_count_towards_the_rate_limit(client, offer):
    for _ in range(RATE_LIMIT_REQUESTS + 2):
        assert client.post(offer_url(offer), form_data(email="x")).status_code == 400
    assert client.post(offer_url(offer), form_data()).status_code == 302


@pytest.mark.cache
def test_rate_limit_uses_the_proxy_header_when_configured(client, offer, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(RATE_LIMIT_REQUESTS):
        client.post(offer_url(offer), form_data(), HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7")
    blocked = client.post(offer_url(offer), form_data(), HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert blocked.status_code == 429
    assert client.post(offer_url(offer), form_data(), HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302


def test_huge_body_is_refused_with_the_form_not_a_500(client, offer, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post(offer_url(offer), form_data(message="x" * 20_000))
    assert response.status_code == 400
    assert "trop volumineux" in text(response)
    assert not ContactRequest.objects.exists()


def test_privacy_page_states_the_retention_in_years(client, settings, django_assert_num_queries):
    # 1 query: the demo-data flag of the context processor.
    with django_assert_num_queries(1):
        response = client.get("/donnees-personnelles/")
    page = text(response)
    assert response.status_code == 200
    assert "<h1>Données personnelles</h1>" in page
    assert "conservées 3 ans" in page
    for words in [
        "anonymisées",
        "réorient",
        "RGPD",
        "rectifier",
        "effacer",
        "DPO",
        "Métropole",
        "mesure d'audience",
    ]:
        assert words in page

    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    assert "conservées 1 an " in text(client.get("/donnees-personnelles/"))
    settings.PERSONAL_DATA_RETENTION_DAYS = 400
    assert "conservées 400 jours" in text(client.get("/donnees-personnelles/"))


def csrf_token(client, offer) -> str:
    page = text(client.get(offer_url(offer)))
    return page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


def test_huge_body_with_csrf_checks_is_a_400_not_a_500(offer, settings):
    # With CSRF enforced, the middleware reads the body before the view: the site's 400 page answers.
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client = Client(enforce_csrf_checks=True)
    token = csrf_token(client, offer)
    response = client.post(offer_url(offer), form_data(message="x" * 20_000, csrfmiddlewaretoken=token))
    assert response.status_code == 400
    assert not ContactRequest.objects.exists()


def test_form_posts_with_its_csrf_token(offer, django_capture_on_commit_callbacks):
    client = Client(enforce_csrf_checks=True)
    token = csrf_token(client, offer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer_url(offer), form_data(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert client.post(offer_url(offer), form_data()).status_code == 403


class BrowserServer:
    """Pages rendered beforehand by the test client, handed to Chromium through request interception; the
    form's POST is recorded and replayed through the test client. The handler runs on Playwright's thread,
    so it never touches the database: no live server, no transactional test, no flush of reference data."""

    def __init__(self, pages: dict[str, bytes]):
        self.pages = pages
        self.posts: list[tuple[str, str]] = []

    def __call__(self, route) -> None:
        request = route.request
        path = request.url.removeprefix("http://testserver")
        if path.startswith(settings.STATIC_URL) or path.startswith("/" + settings.STATIC_URL):
            found = finders.find(path.split(settings.STATIC_URL, 1)[1])
            if found:
                route.fulfill(path=found)
            else:
                route.fulfill(status=404)
        elif request.method == "POST":
            self.posts.append((path, request.post_data))
            route.fulfill(status=200, content_type="text/html", body="<h1>Envoyé</h1>")
        elif path in self.pages:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=self.pages[path])
        else:
            route.fulfill(status=404)


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is not installed")
def test_a_person_in_a_browser_sends_a_request_without_seeing_the_honeypot(client, monkeypatch):
    from playwright.sync_api import sync_playwright

    offer = make_offer(title="Incubation Impulse", actor=make_actor(name="Impulse"))
    url = f"{offer_url(offer)}?stade=amorcage"
    server = BrowserServer({url: client.get(url).content})
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.route("http://testserver/**", server)
        page.goto(f"http://testserver{url}")
        # Off-screen (robots parsing the HTML still see it), hidden from assistive technologies.
        box = page.locator("#id_website").bounding_box()
        assert box["x"] + box["width"] <= 0
        assert page.locator(".contact-hp").get_attribute("aria-hidden") == "true"
        assert page.locator("#id_stage").input_value() == "amorcage"
        page.get_by_label("Nom et prénom").fill("Camille Martin")
        page.get_by_label("Courriel").fill("camille@example.org")
        page.get_by_label("Entreprise ou nom du projet").fill("BioSens")
        page.get_by_label("Votre message").fill("Nous cherchons un accompagnement.")
        page.locator("#id_consent").check()
        page.get_by_role("button", name="Envoyer ma demande").click()
        page.wait_for_load_state()
        browser.close()

    [(path, body)] = server.posts
    assert path == url  # the form posts back to its own address
    monkeypatch.setattr(contact_forms, "MIN_FILL_SECONDS", 0)
    response = client.generic("POST", path, body, "application/x-www-form-urlencoded")
    assert response.status_code == 302
    request = ContactRequest.objects.get()
    assert (request.name, request.stage.slug, request.offer) == ("Camille Martin", "amorcage", offer)
