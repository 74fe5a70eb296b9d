"""The holder's pages: /financements/dossier/… (no account: the private token is the key)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from financing.models import FinancingFile
from guidance.contact.services import send_pending_notifications
from guidance.dossier.services import send_file
from guidance.models import ContactRequest
from tests.factories import (
    make_actor,
    make_draft_financing_file,
    make_financing_file,
    make_single_file_scheme,
    stage,
)

pytestmark = pytest.mark.django_db


def url(name: str, file: FinancingFile, *args) -> str:
    return reverse(f"dossier:{name}", args=[file.token, *args])


# --- start -----------------------------------------------------------------------------------------------


def test_start_page_explains_and_links_the_privacy_page(client):
    response = client.get("/financements/dossier/")
    assert response.status_code == 200
    assert 'href="/donnees-personnelles/"' in response.content.decode()


def test_start_creates_a_draft_mails_the_private_link_and_redirects_to_it(client, mailoutbox):
    response = client.post(
        "/financements/dossier/",
        {"holder_name": "Camille Martin", "holder_email": "camille@example.org", "consent": "on"},
    )
    file = FinancingFile.objects.get()
    assert file.status == FinancingFile.Status.DRAFT
    assert file.consent_at is not None
    assert response.status_code == 302
    assert response["Location"] == f"/financements/dossier/{file.token}/"
    [mail] = mailoutbox
    assert mail.to == ["camille@example.org"]
    assert f"/financements/dossier/{file.token}/" in mail.body
    assert "Sauvegardez ce lien" in mail.body


def test_start_without_consent_or_email_reshows_the_form(client, mailoutbox):
    response = client.post(
        "/financements/dossier/", {"holder_name": "Camille", "holder_email": "pas-un-courriel"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Votre accord est nécessaire" in body
    assert 'value="Camille"' in body
    assert not FinancingFile.objects.exists()
    assert mailoutbox == []


def test_start_is_rate_limited_per_address_and_keeps_what_was_typed(client, mailoutbox):
    data = {"holder_name": "Camille Martin", "holder_email": "camille@example.org", "consent": "on"}
    for _ in range(5):
        assert client.post("/financements/dossier/", data).status_code == 302
    response = client.post("/financements/dossier/", data)
    assert response.status_code == 429
    body = response.content.decode()
    assert "Trop de demandes" in body
    assert 'value="Camille Martin"' in body
    assert FinancingFile.objects.count() == 5
    assert len(mailoutbox) == 5


# --- overview ----------------------------------------------------------------------------------------------


def test_resume_by_token_shows_sections_and_their_state(client):
    file = make_draft_financing_file(company_name="Projet Massilia")
    response = client.get(f"/financements/dossier/{file.token}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Projet Massilia" in body
    assert "Incomplète" in body  # entreprise: name given, legal form missing
    assert body.count("À remplir") == 3  # projet, équipe, besoin
    assert response["Cache-Control"].startswith("max-age=0")
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("token", ["pas-le-bon-jeton", "x" * 300])
def test_wrong_token_is_a_clear_404(client, token):
    make_draft_financing_file()
    response = client.get(f"/financements/dossier/{token}/")
    assert response.status_code == 404
    assert "Dossier introuvable" in response.content.decode()


def test_another_file_token_opens_only_that_file(client):
    mine, other = (
        make_draft_financing_file(company_name="Le mien"),
        make_draft_financing_file(company_name="L'autre"),
    )
    body = client.get(url("overview", other)).content.decode()
    assert "L&#x27;autre" in body
    assert "Le mien" not in body
    assert mine.token not in body


def test_expired_file_is_a_404(client, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    file = make_draft_financing_file()
    FinancingFile.objects.filter(pk=file.pk).update(updated_at=timezone.now() - timedelta(days=31))
    assert client.get(url("overview", file)).status_code == 404
    assert client.get(url("print", file)).status_code == 404


def test_overview_shows_where_the_file_was_sent_and_each_status(client):
    file = make_financing_file()
    first, second = (make_single_file_scheme(title=f"Prêt {n}") for n in (1, 2))
    send_file(file, [first, second])
    ContactRequest.objects.filter(offer=first).update(status=ContactRequest.Status.TAKEN)
    body = client.get(url("overview", file)).content.decode()
    assert first.actor.name in body and second.actor.name in body
    assert "Prise en charge" in body
    assert "Nouvelle" in body


def test_overview_query_count_does_not_grow_with_requests(client, django_assert_num_queries):
    file = make_financing_file(figures=[(2024, 1000, -10)])
    send_file(file, [make_single_file_scheme() for _ in range(4)])
    client.get(url("overview", file))  # warm the demo-data cache
    # 1 file (stage, technopôle), 1 figures, 1 documents, 1 contact requests with structure and scheme.
    with django_assert_num_queries(4):
        response = client.get(url("overview", file))
    assert response.status_code == 200


# --- sections ----------------------------------------------------------------------------------------------


def test_section_page_shows_the_saved_values(client):
    file = make_financing_file()
    response = client.get(url("section", file, "entreprise"))
    assert response.status_code == 200
    assert 'value="Calanques Bio"' in response.content.decode()


def test_valid_section_post_saves_and_returns_to_the_overview(client):
    file = make_draft_financing_file()
    response = client.post(
        url("section", file, "besoin"),
        {"amount_sought": "200000", "use_of_funds": "Prototype", "financing_obtained": ""},
    )
    assert response.status_code == 302
    assert response["Location"] == url("overview", file)
    file.refresh_from_db()
    assert (file.amount_sought, file.use_of_funds) == (200_000, "Prototype")


def test_invalid_section_post_keeps_what_was_typed_and_loses_nothing_saved(client):
    file = make_financing_file()
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.post(
        url("section", file, "entreprise"),
        {
            "company_name": "Nouveau nom tapé",
            "siren": "123456789",
            "creation_date": tomorrow,
            "legal_form": "sas",
            "headcount": "4",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "La date de création ne peut pas être dans le futur." in body
    assert "clé de contrôle incorrecte" in body
    assert 'value="Nouveau nom tapé"' in body
    assert 'value="123456789"' in body
    file.refresh_from_db()
    assert file.company_name == "Calanques Bio"
    assert file.siren == "732829320"


@pytest.mark.parametrize(
    ("section", "data", "message"),
    [
        ("besoin", {"amount_sought": "-10", "use_of_funds": "x"}, "nombre positif"),
        ("besoin", {"amount_sought": "999999999999", "use_of_funds": "x"}, "100 millions"),
        ("equipe", {"team": "x" * 1_000_000}, "5000 caractères"),
    ],
)
def test_bad_input_is_refused_with_a_french_message(client, section, data, message):
    file = make_financing_file()
    response = client.post(url("section", file, section), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    file.refresh_from_db()
    assert file.amount_sought == 150_000
    assert file.team.startswith("Camille Martin")


def test_figures_section_saves_and_an_invalid_row_loses_nothing(client):
    file = make_draft_financing_file()
    management = {
        "chiffres-TOTAL_FORMS": "3",
        "chiffres-INITIAL_FORMS": "0",
        "chiffres-MIN_NUM_FORMS": "0",
        "chiffres-MAX_NUM_FORMS": "3",
    }
    response = client.post(
        url("section", file, "chiffres"),
        management | {"chiffres-0-year": "2024", "chiffres-0-revenue": "50000", "chiffres-0-result": "-2000"},
    )
    assert response.status_code == 302
    assert list(file.figures.values_list("year", "revenue")) == [(2024, 50000)]
    figure = file.figures.get()
    response = client.post(
        url("section", file, "chiffres"),
        management
        | {
            "chiffres-INITIAL_FORMS": "1",
            "chiffres-0-id": str(figure.pk),
            "chiffres-0-year": "2024",
            "chiffres-0-revenue": "-1",
            "chiffres-0-result": "0",
        },
    )
    assert response.status_code == 400
    assert "ne peut pas être négatif" in response.content.decode()
    assert list(file.figures.values_list("year", "revenue")) == [(2024, 50000)]


def test_unknown_section_is_a_404(client):
    assert client.get(url("section", make_draft_financing_file(), "secret")).status_code == 404


def test_section_of_another_token_is_a_404(client):
    make_draft_financing_file()
    response = client.post("/financements/dossier/jeton-invente/besoin/", {"amount_sought": "10"})
    assert response.status_code == 404


# --- print -------------------------------------------------------------------------------------------------


def test_print_view_shows_the_whole_file_with_the_print_stylesheet(client):
    file = make_financing_file(figures=[(2023, 12000, -30000), (2024, 80000, -5000)])
    response = client.get(url("print", file))
    assert response.status_code == 200
    body = response.content.decode()
    assert "css/dossier-print.css" in body
    assert 'media="print"' in body
    for text in ["Calanques Bio", "732829320", "Biocapteur breveté", "Sam Durand", "150", "2023", "-30"]:
        assert text in body


# --- send --------------------------------------------------------------------------------------------------


def test_send_is_refused_until_the_required_sections_are_complete(client):
    file = make_draft_financing_file(company_name="X")
    scheme = make_single_file_scheme()
    response = client.get(url("send", file))
    body = response.content.decode()
    assert "Complétez d'abord ces sections" in body
    assert url("section", file, "projet") in body
    response = client.post(url("send", file), {"schemes": [scheme.pk], "consent": "on"})
    assert response.status_code == 400
    assert not ContactRequest.objects.exists()


def test_send_page_lists_eligible_schemes_grouped_by_structure_then_the_other_financers(client):
    file = make_financing_file()
    bank = make_actor(name="Banque Populaire Méditerranée", kind="banque")
    make_single_file_scheme(actor=bank, title="Prêt d'amorçage")
    make_single_file_scheme(actor=bank, title="Prêt innovation")
    make_single_file_scheme(title="Hors stade", stages=[stage("idee")])
    make_single_file_scheme(title="Refuse le dossier unique", accepts_single_file=False)
    body = client.get(url("send", file)).content.decode()
    assert body.count("<legend>Banque Populaire Méditerranée") == 1
    assert "Prêt d&#x27;amorçage" in body and "Prêt innovation" in body
    fitting, others = body.split("Autres financeurs acceptant le dossier unique")
    assert "Prêt innovation" in fitting and "Hors stade" in others
    assert "Refuse le dossier unique" not in body


def test_sending_to_three_financers_creates_three_scoped_requests_and_mails(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    file = make_financing_file()
    schemes = [make_single_file_scheme() for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("send", file), {"schemes": [s.pk for s in schemes], "consent": "on"})
    assert response.status_code == 302
    assert mailoutbox == []  # the notification worker sends them
    assert send_pending_notifications() == (3, 0)
    requests = ContactRequest.objects.filter(financing_file=file)
    assert {(r.actor_id, r.offer_id) for r in requests} == {(s.actor_id, s.pk) for s in schemes}
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == sorted([s.actor.email for s in schemes] + [file.holder_email] * 3)
    for scheme in schemes:
        [mail] = [m for m in mailoutbox if m.to == [scheme.actor.email]]
        assert f"/admin/financing/financingfile/{file.pk}/change/" in mail.body
        assert file.token not in mail.body
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.SENT


def test_sending_twice_to_the_same_scheme_is_refused(client):
    file = make_financing_file()
    scheme = make_single_file_scheme()
    send_file(file, [scheme])
    response = client.post(url("send", file), {"schemes": [scheme.pk], "consent": "on"})
    assert response.status_code == 400
    assert "déjà été envoyé" in response.content.decode()
    assert ContactRequest.objects.filter(financing_file=file).count() == 1


def test_send_bad_input_is_a_message_not_a_500(client):
    file = make_financing_file()
    ineligible = make_single_file_scheme(accepts_single_file=False)
    for data in [{"schemes": ["abc"], "consent": "on"}, {"schemes": [ineligible.pk], "consent": "on"}, {}]:
        response = client.post(url("send", file), data)
        assert response.status_code == 400
    assert not ContactRequest.objects.exists()


def test_send_page_query_count_does_not_grow_with_schemes(client, django_assert_num_queries):
    file = make_financing_file()
    for _ in range(5):
        make_single_file_scheme()
    client.get(url("send", file))  # warm the demo-data cache
    # 1 file (stage, technopôle), 1 figures, 1 schemes already sent, 1 schemes accepting the file with their
    # structure (whether each fits: a sub-query), 1 documents.
    with django_assert_num_queries(5):
        response = client.get(url("send", file))
    assert response.content.decode().count('name="schemes"') == 5


# --- withdraw ----------------------------------------------------------------------------------------------


def test_withdraw_asks_for_confirmation(client):
    file = make_financing_file()
    assert client.get(url("withdraw", file)).status_code == 200
    response = client.post(url("withdraw", file), {})
    assert response.status_code == 400
    assert "Cochez la case" in response.content.decode()
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.DRAFT


def test_withdraw_closes_requests_and_freezes_the_file(client):
    file = make_financing_file()
    send_file(file, [make_single_file_scheme()])
    response = client.post(url("withdraw", file), {"confirm": "on"})
    assert response.status_code == 302
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.WITHDRAWN
    assert ContactRequest.objects.get(financing_file=file).status == ContactRequest.Status.CLOSED
    # The link now only says that the file was withdrawn; nothing can be changed nor sent.
    assert "Dossier retiré" in client.get(url("overview", file)).content.decode()
    response = client.post(url("section", file, "besoin"), {"amount_sought": "1", "use_of_funds": "x"})
    assert response.status_code == 410
    file.refresh_from_db()
    assert file.amount_sought == 150_000
    client.post(url("send", file), {"schemes": [make_single_file_scheme().pk], "consent": "on"})
    assert ContactRequest.objects.filter(financing_file=file).count() == 1
