"""The Espace structures as a newcomer meets it: French sentences, the landing page, the offer form, import
and export kept for those who asked, a structure's members managed by the Métropole."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from guidance.models import ContactRequest, Referral
from offers.admin_scoping import IMPORT_EXPORT_GROUP, STRUCTURE_GROUP
from offers.models import Audience, Offer
from tests.factories import (
    admin_url,
    make_actor,
    make_contact_request,
    make_financing,
    make_metropole_user,
    make_offer,
    need,
    stage,
)
from tests.offers.admin_helpers import form_data

pytestmark = pytest.mark.django_db

SITE_NAME = "Espace structures — Innov Provence"


def text(response) -> str:
    return html.unescape(response.content.decode())


def title(response) -> str:
    return re.search(r"<title>(.*?)</title>", text(response), re.S).group(1).strip()


# --- French sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model_key", "view", "expected"),
    [
        ("offers_offer", "changelist", "Sélectionnez l'offre à modifier"),
        ("offers_offer", "add", "Ajouter une offre"),
        ("offers_offer", "change", "Modifier l'offre"),
        ("financing_financingscheme", "change", "Modifier le dispositif de financement"),
        ("offers_actor", "changelist", "Sélectionnez la structure à modifier"),
        ("guidance_contactrequest", "changelist", "Sélectionnez la demande de mise en relation à modifier"),
    ],
)
def test_titles_read_as_french_sentences(client, world, model_key, view, expected):
    offer = make_offer(actor=world.a)
    scheme = make_financing(actor=world.a)
    args = {"offers_offer": [offer.pk], "financing_financingscheme": [scheme.pk]}.get(model_key, [])
    client.force_login(world.alice)
    response = client.get(admin_url(model_key, view, *(args if view == "change" else [])))
    assert response.status_code == 200
    page = text(response)
    assert f"<h1>{expected}</h1>" in page
    assert title(response).endswith(f"{expected} | {SITE_NAME}")
    assert "objet" not in page.lower().replace("objets", "")  # « l'objet offre », « Sélectionnez l'objet »


def test_add_button_and_breadcrumb_take_the_article(client, world):
    offer = make_offer(actor=world.a)
    client.force_login(world.alice)
    assert "Ajouter une offre" in text(client.get(admin_url(Offer, "changelist")))
    add_page = text(client.get(admin_url(Offer, "add")))
    assert "&rsaquo; Ajouter une offre" in client.get(admin_url(Offer, "add")).content.decode() or (
        "› Ajouter une offre" in add_page
    )
    assert "Modification de" not in text(client.get(admin_url(Offer, "change", offer.pk)))


def test_saving_says_so_without_misgendering(client, world):
    offer = make_offer(actor=world.a, title="Prêt d'honneur")
    client.force_login(world.alice)
    response = client.post(admin_url(Offer, "change", offer.pk), form_data(offer), follow=True)
    page = text(response)
    message = re.sub(r"<[^>]+>", "", page.split('class="success">')[1].split("</li>")[0])
    assert message == "Modifications enregistrées : « Prêt d'honneur » (offre)."
    assert "L’objet" not in page and "L'objet" not in page


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/", "/admin/password_reset/done/"])
def test_every_page_is_titled_espace_structures_even_the_password_pages(client, path):
    response = client.get(path)
    assert response.status_code == 200
    page = text(response)
    assert SITE_NAME in title(response) and SITE_NAME in page
    assert "Django" not in page


def test_set_password_page_of_an_invitation_is_titled_too(client, world):
    from offers.invitations import set_password_url

    response = client.get(set_password_url(world.alice).removeprefix("http://127.0.0.1:8000"), follow=True)
    assert response.status_code == 200
    assert SITE_NAME in title(response) and "Django" not in text(response)


def test_history_says_who_changed_which_field_from_what_to_what_in_french(client, world):
    offer = make_offer(actor=world.a, title="Avant", contact_name="")
    client.force_login(world.alice)
    client.post(admin_url(Offer, "change", offer.pk), form_data(offer, title="Après", contact_name="Camille"))
    response = client.get(admin_url(Offer, "history", offer.pk))
    page = text(response)
    assert "<h1>Historique des modifications de l'offre « Après »</h1>" in page
    assert "<strong>Titre</strong> : Avant" in page and "Après" in page
    assert "<strong>Personne à contacter</strong> : (vide)" in page
    assert "alice@example.org" in page
    this_year = str(timezone.localdate().year)
    assert re.search(rf"\d+ \w+ {this_year} à \d\d:\d\d", page)  # « 4 décembre 2026 à 21:05 »
    for english in ["Changes", "None", "Changed by", "Date/time"]:
        assert english not in page


# --- The landing page -----------------------------------------------------------------------------------


def test_landing_page_puts_new_and_late_requests_first_with_counts(client, world):
    late = make_contact_request(
        actor=world.a, name="Porteur en attente", created_at=timezone.now() - timedelta(days=20)
    )
    fresh = make_contact_request(actor=world.a, name="Porteur du jour")
    make_contact_request(actor=world.a, name="Porteur suivi", status=ContactRequest.Status.TAKEN)
    make_contact_request(actor=world.b, name="Porteur de Bêta")
    client.force_login(world.alice)
    page = text(client.get("/admin/"))
    assert page.index("Demandes de mise en relation") < page.index("Toutes vos listes")
    counts = re.sub(
        r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split('class="home-counts"')[1].split("</ul>")[0])
    )
    assert "2 nouvelles" in counts and "1 en retard" in counts and "1 prise en charge, en cours" in counts
    assert page.index(late.reference) < page.index(fresh.reference)
    assert "Porteur de Bêta" not in page and "Porteur suivi" not in page


def test_landing_page_lists_offers_to_confirm_drafts_and_offers_without_contact(client, world):
    make_offer(
        actor=world.a,
        title="Vieille offre",
        reviewed_at=timezone.now() - timedelta(days=400),
        contact_name="C",
    )
    make_offer(actor=world.a, title="Brouillon d'Alpha", status=Offer.Status.DRAFT, contact_name="C")
    make_offer(actor=world.a, title="Offre anonyme", contact_name="")
    make_offer(actor=world.b, title="Brouillon de Bêta", status=Offer.Status.DRAFT)
    client.force_login(world.alice)
    page = text(client.get("/admin/"))
    assert "1 offre à confirmer" in page and "Vieille offre" in page
    assert "1 brouillon à terminer" in page and "Brouillon d'Alpha" in page
    assert "1 offre sans interlocuteur" in page and "Offre anonyme" in page
    assert "Bêta" not in page


def test_landing_page_shows_the_requests_the_structure_reoriented(client, world):
    first = make_contact_request(actor=world.a)
    second = make_contact_request(actor=world.b)
    Referral.objects.create(
        from_request=first, to_request=second, from_actor=world.a, to_actor=world.b, note="n"
    )
    client.force_login(world.alice)
    page = text(client.get("/admin/"))
    assert (
        "Demandes que vous avez réorientées" in page and first.reference in page and "Pépinière Bêta" in page
    )
    client.force_login(world.bob)
    assert "Demandes que vous avez réorientées" not in text(client.get("/admin/"))


def test_members_do_not_see_the_reference_lists_staff_do(client, world):
    client.force_login(world.alice)
    page = text(client.get("/admin/"))
    assert "Offres" in page
    for reference in ["Besoins", "Stades de maturité", "Filières", "Technopôles et sites"]:
        assert f">{reference}</a>" not in page
    client.force_login(make_metropole_user())
    page = text(client.get("/admin/"))
    assert ">Besoins</a>" in page and ">Technopôles et sites</a>" in page
    assert 'href="/pilotage/"' in page  # the admin ↔ /pilotage/ link


def test_members_have_no_link_to_pilotage(client, world):
    client.force_login(world.alice)
    assert 'href="/pilotage/"' not in text(client.get("/admin/"))


# --- The offer form -------------------------------------------------------------------------------------


def test_offer_form_has_plain_sections_with_checkboxes(client, world):
    offer = make_offer(actor=world.a, contact_name="")
    client.force_login(world.alice)
    response = client.get(admin_url(Offer, "change", offer.pk))
    page = text(response)
    headings = re.findall(r'<h2 id="fieldset[^"]*heading"[^>]*>(.*?)</h2>', page)
    assert headings == ["Présentation", "Pour qui", "Contact", "Publication"]
    form = response.context["adminform"].form
    for name in ["needs", "stages", "audiences", "technopoles", "sectors"]:
        assert form.fields[name].widget.input_type == "checkbox", name
    assert 'type="checkbox" name="audiences"' in page
    assert "Maintenez appuyé" not in page and "Ctrl" not in page
    assert 'name="summary"' in page and "<textarea" in page.split('name="summary"')[0][-200:]
    assert 'maxlength="300"' in page
    assert "Ex. :" in page  # help texts with examples
    assert "Aucune personne ni fonction n'est indiquée" in page
    assert "Aperçu dans le catalogue" in page and 'class="card-preview"' in page
    assert 'name="slug"' not in page  # the address is shown, not edited, once the offer exists


def test_adding_an_offer_makes_its_address_from_the_title(client, world):
    make_offer(actor=world.b, slug="pret-d-honneur", status=Offer.Status.DRAFT)
    client.force_login(world.alice)
    data = {
        "actor": world.a.pk,
        "kind": "accompagnement",
        "title": "Prêt d'honneur",
        "summary": "Un prêt à taux zéro.",
        "needs": [need("financer").pk],
        "stages": [stage("creation").pk],
        "audiences": [Audience.objects.get(slug="chercheur").pk],
        "cost": "gratuit",
        "status": "draft",
        "slug": "",
    }
    response = client.post(admin_url(Offer, "add"), data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    created = Offer.objects.get(title="Prêt d'honneur", actor=world.a)
    assert created.slug == "pret-d-honneur-2"
    assert created.audiences.count() == 1


def test_a_member_of_one_structure_finds_it_chosen(client, world):
    client.force_login(world.alice)
    form = client.get(admin_url(Offer, "add")).context["adminform"].form
    assert form.initial["actor"] == world.a.pk


def test_the_offers_list_flags_offers_without_interlocutor_and_keeps_three_filters(client, world):
    make_offer(actor=world.a, title="Sans personne", contact_name="")
    make_offer(actor=world.a, title="Avec personne", contact_name="Camille Durand")
    client.force_login(world.alice)
    response = client.get(admin_url(Offer, "changelist"))
    page = text(response)
    assert "à compléter" in page and "Camille Durand" in page
    assert [f.title for f in response.context["cl"].filter_specs] == ["statut", "fraîcheur", "interlocuteur"]
    page = text(client.get(admin_url(Offer, "changelist"), {"interlocuteur": "a-completer"}))
    assert "Sans personne" in page and "Avec personne" not in page


# --- Import and export: staff and the members the Métropole allowed -------------------------------------


def test_import_and_export_are_hidden_from_members_who_did_not_ask(client, world):
    make_offer(actor=world.a)
    Group.objects.get(name=IMPORT_EXPORT_GROUP).user_set.remove(world.alice)
    alice = get_user_model().objects.get(pk=world.alice.pk)
    client.force_login(alice)
    page = text(client.get(admin_url(Offer, "changelist")))
    assert "/import/" not in page and "/export/" not in page
    assert client.get(admin_url(Offer, "import")).status_code == 403
    assert client.get(admin_url(Offer, "export")).status_code == 403
    client.force_login(world.bob)  # still in the group
    page = text(client.get(admin_url(Offer, "changelist")))
    assert admin_url(Offer, "import") in page and admin_url(Offer, "export") in page


# --- A structure's members ------------------------------------------------------------------------------


@pytest.fixture
def staff(client):
    user = make_metropole_user(username="pilote")
    client.force_login(user)
    return user


def test_staff_invites_a_member_who_receives_a_set_password_link(client, world, staff, settings):
    settings.SITE_URL = "http://testserver"
    page = text(client.get(admin_url("offers_actor", "change", world.a.pk)))
    assert "Membres de la structure" in page and "alice@example.org" in page
    assert "Inviter un membre" in page
    response = client.post(admin_url("offers_actor", "invite", world.a.pk), {"email": "Camille@Example.org"})
    assert response.status_code == 302 and response["Location"].endswith("#membres")
    invited = get_user_model().objects.get(username="camille@example.org")
    assert world.a.members.filter(pk=invited.pk).exists()
    assert invited.groups.filter(name=STRUCTURE_GROUP).exists() and invited.is_staff
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["camille@example.org"]
    assert "Incubateur Alpha" in mail.outbox[0].subject
    link = re.search(r"http://testserver(/reset/\S+/)", mail.outbox[0].body).group(1)
    assert client.get(link, follow=True).status_code == 200
    page = text(client.get(admin_url("offers_actor", "change", world.a.pk)))
    assert "camille@example.org" in page and "invitation en attente" in page


def test_an_invalid_address_is_said_in_french(client, world, staff):
    response = client.post(
        admin_url("offers_actor", "invite", world.a.pk), {"email": "pas-une-adresse"}, follow=True
    )
    assert "Cette adresse de courriel n'est pas valide" in text(response)
    assert not mail.outbox


def test_staff_removes_a_member_and_grants_import_export(client, world, staff):
    Group.objects.get(name=IMPORT_EXPORT_GROUP).user_set.remove(world.alice)
    url = admin_url("offers_actor", "member_import_export", world.a.pk, world.alice.pk)
    client.post(url, {"allow": "1"})
    assert world.alice.groups.filter(name=IMPORT_EXPORT_GROUP).exists()
    client.post(url, {"allow": "0"})
    assert not world.alice.groups.filter(name=IMPORT_EXPORT_GROUP).exists()
    response = client.post(admin_url("offers_actor", "remove_member", world.a.pk, world.alice.pk))
    assert response.status_code == 302
    assert not world.a.members.filter(pk=world.alice.pk).exists()
    # Someone who is not a member cannot be « removed »: a 404, not a silent success.
    assert (
        client.post(admin_url("offers_actor", "remove_member", world.a.pk, world.bob.pk)).status_code == 404
    )


def test_member_management_is_for_staff_only_and_by_post(client, world):
    invite = admin_url("offers_actor", "invite", world.a.pk)
    remove = admin_url("offers_actor", "remove_member", world.a.pk, world.alice.pk)
    client.force_login(world.alice)
    page = text(client.get(admin_url("offers_actor", "change", world.a.pk)))
    assert "alice@example.org" in page and "Inviter un membre" not in page
    assert client.post(invite, {"email": "intrus@example.org"}).status_code == 403
    assert client.post(remove).status_code == 403
    # Another structure's page answers as if it did not exist.
    assert (
        client.post(admin_url("offers_actor", "invite", world.b.pk), {"email": "x@example.org"}).status_code
        == 404
    )
    client.force_login(make_metropole_user())
    assert client.get(invite).status_code == 405
    assert not get_user_model().objects.filter(username="intrus@example.org").exists()


# --- Contact requests -----------------------------------------------------------------------------------


def test_request_shows_the_holders_address_and_phone_as_links(client, world):
    contact_request = make_contact_request(actor=world.a, email="camille@example.org", phone="06 12 34 56 78")
    client.force_login(world.alice)
    page = text(client.get(admin_url(ContactRequest, "change", contact_request.pk)))
    assert '<a href="mailto:camille@example.org">camille@example.org</a>' in page
    assert '<a href="tel:0612345678">06 12 34 56 78</a>' in page


def test_reorientation_offers_are_those_of_the_chosen_structure(client, world):
    contact_request = make_contact_request(actor=world.a)
    make_offer(actor=world.b, title="Offre de Bêta")
    third = make_actor(name="Troisième")
    make_offer(actor=third, title="Offre de la troisième")
    client.force_login(world.alice)
    url = admin_url(ContactRequest, "reorient", contact_request.pk)
    page = text(client.get(url, {"to_actor": world.b.pk}))
    assert "Pépinière Bêta — Offre de Bêta" in page and "Offre de la troisième" not in page
    page = text(client.get(url, {"to_actor": "inconnue"}))
    assert "Cette structure n'existe pas" in page and "Offre de" not in page
