"""Issue 19's « Done when » in a real Chromium, with JavaScript on and off (`journey_page`): from the results
to a financing file sent with a document to a public financer and a bank, then the holder follows their
requests through the private link of the confirmation email."""

import re

import pytest
from django.core.files.storage import FileSystemStorage

from tests.e2e.browser import assert_accessible, require_route

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def financers(site_url, tmp_path, monkeypatch) -> dict:
    """A public financer and a bank accepting the single file at the création stage, an honour-loan network
    for another stage; documents stored in a throw-away folder."""
    from financing.models import FinancingFileAttachment, FinancingScheme
    from offers.models import Actor
    from tests.factories import make_actor, make_financing, need, stage, technopole

    monkeypatch.setattr(
        FinancingFileAttachment._meta.get_field("document"), "storage", FileSystemStorage(location=tmp_path)
    )
    common = {"needs": [need("financer")], "accepts_single_file": True, "technopoles": [technopole("luminy")]}
    public = make_actor(name="Bpifrance Méditerranée", kind=Actor.Kind.PUBLIC_FUNDER)
    bank = make_actor(name="Banque Populaire Méditerranée", kind=Actor.Kind.BANK)
    network = make_actor(name="Initiative Marseille Métropole", kind=Actor.Kind.NETWORK)
    return {
        "public": make_financing(
            actor=public,
            title="Bourse French Tech",
            instrument=FinancingScheme.Instrument.GRANT,
            stages=[stage("creation")],
            amount_max=90_000,
            **common,
        ),
        "bank": make_financing(
            actor=bank,
            title="Prêt d'amorçage innovation",
            instrument=FinancingScheme.Instrument.BANK_LOAN,
            stages=[stage("creation")],
            amount_min=20_000,
            amount_max=300_000,
            **common,
        ),
        "network": make_financing(
            actor=network, title="Prêt d'honneur croissance", stages=[stage("croissance")], **common
        ),
    }


def fill_section(page, slug: str, values: dict[str, str], selects: dict[str, str] | None = None) -> None:
    page.locator(f"a[href$='/{slug}/']").first.click()
    page.wait_for_url(f"**/{slug}/")
    for name, value in values.items():
        page.locator(f"[name={name}]").fill(value)
    for name, value in (selects or {}).items():
        page.locator(f"select[name={name}]").select_option(value)
    page.get_by_role("button", name="Enregistrer la section").click()
    page.wait_for_url(re.compile(r"/financements/dossier/[^/]+/$"))


def test_from_the_results_to_a_file_sent_with_a_document_then_followed(journey_page, financers, tmp_path):
    from django.core import mail

    from guidance.contact.services import send_pending_notifications
    from guidance.models import ContactRequest

    page = journey_page
    require_route("/orientation/resultats/")
    page.goto("/orientation/resultats/?besoin=financer&stade=creation&technopole=luminy")
    # The « Financer mon projet » group of the results leads to the single financing file.
    page.get_by_role("link", name="Préparer mon dossier unique de financement").first.click()
    page.wait_for_url("**/financements/dossier/")

    page.locator("[name=holder_name]").fill("Camille Martin")
    page.locator("[name=holder_email]").fill("camille@calanques-bio.example.org")
    page.locator("[name=consent]").check()
    page.get_by_role("button", name=re.compile("Créer|Commencer")).click()
    page.wait_for_url(re.compile(r"/financements/dossier/[^/]+/$"))

    fill_section(page, "entreprise", {"company_name": "Calanques Bio"}, {"legal_form": "sas"})
    fill_section(
        page,
        "projet",
        {
            "project_summary": "Un test rapide des algues toxiques.",
            "innovation": "Biocapteur breveté.",
            "market": "Conchyliculteurs et collectivités.",
        },
        {"stage": str(ContactRequest._meta.get_field("stage").related_model.objects.get(slug="creation").pk)},
    )
    fill_section(page, "equipe", {"team": "Camille Martin, présidente"})
    fill_section(page, "besoin", {"amount_sought": "80000", "use_of_funds": "Industrialisation du capteur."})

    # A document: the pitch deck, as a PDF.
    page.get_by_role("link", name="Gérer les documents joints").click()
    page.wait_for_url("**/documents/")
    pitch = tmp_path / "pitch-calanques.pdf"
    pitch.write_bytes(PDF)
    page.locator("select[name=kind]").select_option("pitch")
    page.locator("input[name=document]").set_input_files(str(pitch))
    page.get_by_role("button", name="Joindre ce document").click()
    page.wait_for_url("**/documents/")
    assert page.get_by_role("link", name="pitch-calanques.pdf").is_visible()

    # The send page: the financers fitting the file first, every other one accepting it after, each with
    # what happens next.
    page.get_by_role("link", name="Envoyer à des financeurs").last.click()
    page.wait_for_url("**/envoyer/")
    fitting = page.locator("section", has=page.get_by_role("heading", name="Adaptés à votre dossier"))
    others = page.locator("section", has=page.get_by_role("heading", name=re.compile("Autres financeurs")))
    assert fitting.get_by_label("Bourse French Tech").count() == 1
    assert fitting.get_by_label("Prêt d'amorçage innovation").count() == 1
    assert others.get_by_label("Prêt d'honneur croissance").count() == 1
    assert "Et ensuite ?" in page.content()
    page.get_by_label("Bourse French Tech").check()
    page.get_by_label("Prêt d'amorçage innovation").check()
    page.locator("[name=consent]").check()
    page.get_by_role("button", name="Envoyer mon dossier").click()
    page.wait_for_url(re.compile(r"/financements/dossier/[^/]+/$"))
    assert "Bpifrance Méditerranée" in page.content() and "Banque Populaire Méditerranée" in page.content()

    sent = ContactRequest.objects.filter(financing_file__isnull=False)
    assert {r.offer_id for r in sent} == {financers["public"].pk, financers["bank"].pk}
    assert sent.first().financing_file.attachments.count() == 1

    # The confirmation email carries « Suivre mes demandes ».
    send_pending_notifications()
    confirmation = next(
        m
        for m in mail.outbox
        if m.to == ["camille@calanques-bio.example.org"] and "/contact/suivi/" in m.body
    )
    link = re.search(r"https?://\S+/contact/suivi/\S+/", confirmation.body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", "", link))
    assert page.get_by_role("heading", name="Suivre mes demandes", level=1).is_visible()
    assert page.locator("article.follow-up").count() == 2
    assert page.get_by_text("reçue").count() >= 2


def test_the_new_pages_are_accessible(page, financers):
    """axe-core (WCAG 2.1 A/AA) on the pages of issue 19, JavaScript on (axe runs in the page)."""
    from django.urls import reverse

    from financing.models import FinancingFileAttachment
    from guidance.contact.services import close, open_contact_request
    from guidance.dossier.services import add_attachment
    from guidance.models import AlertSubscription
    from tests.factories import make_financing_file, make_user

    file = make_financing_file(stage=financers["bank"].stages.get(), amount_sought=80_000)
    from django.core.files.uploadedfile import SimpleUploadedFile

    add_attachment(file, FinancingFileAttachment.Kind.PITCH_DECK, SimpleUploadedFile("pitch.pdf", PDF))
    closed = open_contact_request(
        actor=financers["bank"].actor, name="Camille Martin", email="camille@example.org", message="Bonjour"
    )
    close(closed, make_user())
    subscription = AlertSubscription.objects.create(
        email="camille@example.org",
        source="orientation",
        query="besoin=financer&stade=creation",
        consent_at=closed.created_at,
    )
    results = "besoin=financer&stade=creation&technopole=luminy"
    paths = [
        reverse("dossier:attachments", args=[file.token]),
        reverse("dossier:send", args=[file.token]),
        reverse("contact:follow_up", args=[closed.follow_up.token]),
        f"{reverse('guidance:results')}?{results}",
        f"{reverse('alerts:subscribe')}?recherche=orientation&{results}",
        f"{reverse('alerts:recap')}?{results}",
        reverse("alerts:confirm", args=[subscription.token]),
        reverse("alerts:unsubscribe", args=[subscription.token]),
        f"{reverse('offers:offer_list')}?besoin=financer",
    ]
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        assert_accessible(page)
    # With JavaScript, the copy and print buttons appear (the copy button only where the clipboard API is).
    page.goto(f"{reverse('guidance:results')}?{results}")
    assert page.locator("[data-print]").is_visible()
