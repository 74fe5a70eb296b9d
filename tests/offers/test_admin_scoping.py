"""Two structures A and B side by side in the admin: neither sees nor touches the other's data."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers.admin_scoping import METROPOLE_GROUP, STRUCTURE_GROUP
from offers.models import Offer
from tests.factories import admin_url, make_actor, make_metropole_user, make_offer, make_user
from tests.offers.admin_helpers import OFFER_MODELS, form_data

pytestmark = pytest.mark.django_db

MODEL_KEYS = list(OFFER_MODELS)


def both_objects(world, model_key, **overrides):
    build = OFFER_MODELS[model_key]
    return build(actor=world.a, title="Offre d'Alpha", **overrides), build(
        actor=world.b, title="Offre de Bêta", **overrides
    )


# Changelists


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_changelist_lists_only_own_structure_rows(client, world, model_key):
    both_objects(world, model_key, status=Offer.Status.DRAFT)
    client.force_login(world.alice)
    response = client.get(admin_url(model_key, "changelist"))
    assert response.status_code == 200
    assert "Offre d&#x27;Alpha" in response.text
    assert "Offre de Bêta" not in response.text


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_changelist_queries_do_not_grow_with_rows(client, world, model_key):
    # The changelist's queries (session, user, permissions, filter choices, counts, the page of rows with
    # their structure through list_select_related) are the same for 2 rows as for 6.
    client.force_login(world.alice)
    url = admin_url(model_key, "changelist")

    def queries_with(rows):
        for _ in range(rows):
            OFFER_MODELS[model_key](actor=world.a)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return len(queries)

    assert queries_with(2) == queries_with(4)


def test_actor_changelist_lists_only_own_structures(client, world):
    client.force_login(world.alice)
    response = client.get(admin_url("offers_actor", "changelist"))
    assert response.status_code == 200
    assert "Incubateur Alpha" in response.text
    assert "Pépinière Bêta" not in response.text


@pytest.mark.parametrize("kind", ["superuser", "metropole"])
@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_superuser_and_metropole_see_every_structure(client, world, model_key, kind):
    both_objects(world, model_key)
    user = make_user(is_superuser=True) if kind == "superuser" else make_metropole_user()
    client.force_login(user)
    response = client.get(admin_url(model_key, "changelist"))
    assert "Offre d&#x27;Alpha" in response.text
    assert "Offre de Bêta" in response.text


def test_member_without_structure_sees_nothing(client, world):
    make_offer(actor=world.a, title="Offre d'Alpha")
    loner = make_user()
    loner.groups.add(Group.objects.get(name=STRUCTURE_GROUP))
    client.force_login(loner)
    response = client.get(admin_url("offers_offer", "changelist"))
    assert response.status_code == 200
    assert "Offre d&#x27;Alpha" not in response.text


# Another structure's object by URL


@pytest.mark.parametrize("view", ["change", "delete", "history"])
@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_other_structure_object_urls_are_404(client, world, model_key, view):
    own, other = both_objects(world, model_key)
    client.force_login(world.alice)
    assert client.get(admin_url(model_key, view, other.pk)).status_code == 404
    if view != "delete":  # members cannot delete at all (see below)
        assert client.get(admin_url(model_key, view, own.pk)).status_code == 200


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_other_structure_history_version_is_404(client, world, model_key):
    own, other = both_objects(world, model_key)
    client.force_login(world.alice)
    other_version = other.history.latest().history_id
    own_version = own.history.latest().history_id
    assert client.get(admin_url(model_key, "simple_history", other.pk, other_version)).status_code == 404
    # Nor by pairing one's own object with another structure's version.
    assert client.get(admin_url(model_key, "simple_history", own.pk, other_version)).status_code == 404
    assert client.get(admin_url(model_key, "simple_history", own.pk, own_version)).status_code == 200


@pytest.mark.parametrize("view", ["change", "history"])
def test_other_structure_actor_urls_are_404(client, world, view):
    client.force_login(world.alice)
    assert client.get(admin_url("offers_actor", view, world.b.pk)).status_code == 404
    assert client.get(admin_url("offers_actor", view, world.a.pk)).status_code == 200


def test_missing_object_is_a_real_404_not_a_redirect(client, world):
    client.force_login(make_user(is_superuser=True))
    assert client.get(admin_url("offers_offer", "change", 999999)).status_code == 404


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_members_cannot_delete_even_their_own_rows(client, world, model_key):
    own, _ = both_objects(world, model_key)
    client.force_login(world.alice)
    assert client.post(admin_url(model_key, "delete", own.pk), {"post": "yes"}).status_code == 403
    assert Offer.objects.filter(pk=own.pk).exists()


def test_metropole_can_delete(client, world):
    offer = make_offer(actor=world.b)
    client.force_login(make_metropole_user())
    response = client.post(admin_url("offers_offer", "delete", offer.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Offer.objects.filter(pk=offer.pk).exists()


# Forms


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_posting_another_structure_as_actor_is_a_form_error(client, world, model_key):
    own, _ = both_objects(world, model_key)
    client.force_login(world.alice)
    response = client.post(admin_url(model_key, "change", own.pk), form_data(own, actor=world.b.pk))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["actor"]
    own.refresh_from_db()
    assert own.actor == world.a


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_adding_for_another_structure_is_a_form_error(client, world, model_key):
    template, _ = both_objects(world, model_key)
    data = form_data(template, actor=world.b.pk, slug="nouvelle-offre", title="Nouvelle")
    client.force_login(world.alice)
    response = client.post(admin_url(model_key, "add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["actor"]
    assert not Offer.objects.filter(slug="nouvelle-offre").exists()


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_member_saves_own_object_and_history_records_who(client, world, model_key):
    own, _ = both_objects(world, model_key)
    client.force_login(world.alice)
    response = client.post(admin_url(model_key, "change", own.pk), form_data(own, title="Titre revu"))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.title == "Titre revu"
    latest = own.history.latest()
    assert latest.history_user == world.alice
    assert latest.title == "Titre revu"


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_the_confirmation_date_is_not_typed_in_the_form(client, world, model_key):
    # « Confirmée à jour le » moves only with the « Confirmer » button: a date posted with the form is ignored
    # (a date in the future would keep the offer « à jour » past its real review).
    own, _ = both_objects(world, model_key, reviewed_at=None)
    client.force_login(world.alice)
    data = form_data(
        own, reviewed_at="2099-01-01 00:00:00", reviewed_at_0="01/01/2099", reviewed_at_1="00:00"
    )
    response = client.post(admin_url(model_key, "change", own.pk), data)
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.reviewed_at is None


def test_history_page_shows_who_and_what_changed(client, world):
    offer = make_offer(actor=world.a, title="Avant")
    client.force_login(world.alice)
    client.post(admin_url("offers_offer", "change", offer.pk), form_data(offer, title="Après"))
    response = client.get(admin_url("offers_offer", "history", offer.pk))
    assert response.status_code == 200
    assert "alice" in response.text
    # simple-history's delta column: the changed field with its old and new values.
    assert "Avant" in response.text and "Après" in response.text


def test_member_cannot_edit_structure_membership(client, world):
    client.force_login(world.alice)
    response = client.get(admin_url("offers_actor", "change", world.a.pk))
    assert "members" not in response.context["adminform"].form.fields
    data = form_data(world.a, name="Incubateur Alpha bis", members=[world.alice.pk, world.bob.pk])
    response = client.post(admin_url("offers_actor", "change", world.a.pk), data)
    assert response.status_code == 302
    world.a.refresh_from_db()
    assert world.a.name == "Incubateur Alpha bis"
    assert list(world.a.members.all()) == [world.alice]


def test_metropole_manages_structure_membership(client, world):
    # Under the form, « Membres de la structure »: invite, remove (tests/offers/test_admin_espace.py).
    client.force_login(make_metropole_user())
    response = client.get(admin_url("offers_actor", "change", world.a.pk))
    assert response.context["can_manage_members"]
    assert [member.username for member in response.context["members"]] == ["alice"]


def test_plain_offer_kind_is_support_or_event_and_sub_models_keep_theirs(client, world):
    plain = make_offer(actor=world.a)
    client.force_login(world.alice)
    form = client.get(admin_url("offers_offer", "change", plain.pk)).context["adminform"].form
    assert [value for value, _ in form.fields["kind"].choices] == ["accompagnement", "evenement"]
    for model_key in MODEL_KEYS[1:]:
        own = OFFER_MODELS[model_key](actor=world.a)
        form = client.get(admin_url(model_key, "change", own.pk)).context["adminform"].form
        assert "kind" not in form.fields, model_key
        # Nor through the generic offer admin, which lists every kind.
        form = client.get(admin_url("offers_offer", "change", own.pk)).context["adminform"].form
        assert "kind" not in form.fields, model_key


def test_competence_may_name_any_supervising_body(client, world):
    amu = make_actor(name="Aix-Marseille Université", slug="amu", kind="universite")
    own = OFFER_MODELS["offers_competence"](actor=world.a)
    client.force_login(world.alice)
    response = client.post(
        admin_url("offers_competence", "change", own.pk), form_data(own, supervising_bodies=[amu.pk])
    )
    assert response.status_code == 302
    assert list(own.supervising_bodies.all()) == [amu]


# Bulk actions


@pytest.mark.parametrize("action", ["publish", "archive", "confirm_up_to_date"])
@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_bulk_action_on_other_structure_ids_does_nothing(client, world, model_key, action):
    long_ago = timezone.now() - timedelta(days=800)
    own, other = both_objects(world, model_key, status=Offer.Status.DRAFT, reviewed_at=long_ago)
    client.force_login(world.alice)
    data = {"action": action, "_selected_action": [other.pk, own.pk], "index": 0}
    response = client.post(admin_url(model_key, "changelist"), data)
    assert response.status_code == 302
    other.refresh_from_db()
    own.refresh_from_db()
    assert (other.status, other.reviewed_at) == (Offer.Status.DRAFT, long_ago)
    assert (own.status, own.reviewed_at) != (Offer.Status.DRAFT, long_ago)
    assert own.history.latest().history_user == world.alice


def test_publish_and_archive_actions_change_status(client, world):
    offer = make_offer(actor=world.a, status=Offer.Status.DRAFT, reviewed_at=None)
    client.force_login(world.alice)
    url = admin_url("offers_offer", "changelist")
    client.post(url, {"action": "publish", "_selected_action": [offer.pk]})
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PUBLISHED
    assert offer.reviewed_at is not None
    client.post(url, {"action": "archive", "_selected_action": [offer.pk]})
    offer.refresh_from_db()
    assert offer.status == Offer.Status.ARCHIVED


def test_delete_selected_is_not_offered_to_members(client, world):
    make_offer(actor=world.a)
    client.force_login(world.alice)
    response = client.get(admin_url("offers_offer", "changelist"))
    actions = [value for value, _ in response.context["action_form"].fields["action"].choices]
    assert "delete_selected" not in actions
    assert {"publish", "archive", "confirm_up_to_date"} <= set(actions)


# Autocomplete


def autocomplete(client, model_key, field_name="actor", term=""):
    app_label, model_name = model_key.split("_", 1)
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    return {item["text"] for item in json.loads(response.content)["results"]}


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_actor_autocomplete_lists_only_own_structures(client, world, model_key):
    client.force_login(world.alice)
    assert autocomplete(client, model_key) == {"Incubateur Alpha"}
    assert autocomplete(client, model_key, term="Bêta") == set()


def test_actor_autocomplete_lists_every_structure_for_metropole(client, world):
    client.force_login(make_metropole_user())
    assert autocomplete(client, "offers_offer") == {"Incubateur Alpha", "Pépinière Bêta"}


def test_open_field_autocomplete_lists_the_reference_list(client, world):
    # A lab's supervising bodies are chosen among every university and research body, not only one's own.
    make_actor(name="Aix-Marseille Université", slug="amu", kind="universite")
    make_actor(name="CNRS", slug="cnrs", kind="organisme_recherche")
    client.force_login(world.alice)
    assert autocomplete(client, "offers_competence", "supervising_bodies") == {
        "Aix-Marseille Université",
        "CNRS",
    }
    assert autocomplete(client, "offers_competence", "actor") == {"Incubateur Alpha"}


def test_metropole_picks_members_in_autocomplete(client, world):
    client.force_login(make_metropole_user())
    assert {"alice", "bob"} <= autocomplete(client, "offers_actor", "members")


def test_member_cannot_list_accounts_in_autocomplete(client, world):
    client.force_login(world.alice)
    response = client.get(
        "/admin/autocomplete/", {"app_label": "offers", "model_name": "actor", "field_name": "members"}
    )
    assert response.status_code == 403


# Freshness: « Offres à confirmer » on the admin index and the one-click confirmation


def test_admin_index_lists_own_stale_offers_first(client, world):
    long_ago = timezone.now() - timedelta(days=400)
    make_offer(actor=world.a, title="Vieille offre d'Alpha", reviewed_at=long_ago, contact_name="Camille")
    make_offer(actor=world.a, title="Offre jamais confirmée", reviewed_at=None, contact_name="Camille")
    make_offer(actor=world.a, title="Offre fraîche", contact_name="Camille")
    make_offer(
        actor=world.a,
        title="Offre archivée",
        reviewed_at=long_ago,
        status=Offer.Status.ARCHIVED,
        contact_name="Camille",
    )
    make_offer(actor=world.b, title="Vieille offre de Bêta", reviewed_at=long_ago, contact_name="Camille")
    client.force_login(world.alice)
    response = client.get("/admin/")
    assert response.status_code == 200
    text = response.text
    assert "Offres à confirmer" in text
    assert text.index("Offres à confirmer") < text.index('class="app-offers')
    assert "Offre jamais confirmée" in text and "Vieille offre d&#x27;Alpha" in text
    assert text.index("Offre jamais confirmée") < text.index("Vieille offre d&#x27;Alpha")
    assert "Offre fraîche" not in text
    assert "Offre archivée" not in text
    assert "Bêta" not in text


def test_admin_index_queries_do_not_grow_with_stale_offers(client, world):
    client.force_login(world.alice)
    client.get("/admin/")  # warm the content-type cache

    def index_queries(stale_count):
        for _ in range(stale_count):
            make_offer(actor=world.a, reviewed_at=timezone.now() - timedelta(days=400))
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/").status_code == 200
        return [q["sql"] for q in queries.captured_queries]

    few, many = index_queries(2), index_queries(4)
    # Session, user, permissions and each admin's module checks, the panels (offers: the three counts, then
    # the stale offers and those without a contact, with their structure — no drafts; requests: their counts)
    # and the « recent actions » log: as many for 6 offers as for 2.
    assert len(few) == len(many)
    assert sum('FROM "offers_offer"' in sql for sql in many) == 3


def test_admin_index_without_stale_offers_has_no_list(client, world):
    make_offer(actor=world.a)
    client.force_login(world.alice)
    assert "Offres à confirmer" not in client.get("/admin/").text


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_confirm_button_sets_reviewed_at(client, world, model_key):
    own, other = both_objects(world, model_key, reviewed_at=None)
    client.force_login(world.alice)
    change_page = client.get(admin_url(model_key, "change", own.pk))
    assert admin_url(model_key, "confirm", own.pk) in change_page.text
    response = client.post(admin_url(model_key, "confirm", own.pk))
    assert response.status_code == 302
    assert response["Location"] == admin_url(model_key, "change", own.pk)
    own.refresh_from_db()
    assert own.reviewed_at is not None and not own.is_stale
    assert own.history.latest().history_user == world.alice
    assert client.post(admin_url(model_key, "confirm", other.pk)).status_code == 404
    other.refresh_from_db()
    assert other.reviewed_at is None


def test_confirm_from_index_returns_to_index(client, world):
    offer = make_offer(actor=world.a, reviewed_at=None)
    client.force_login(world.alice)
    url = admin_url("offers_offer", "confirm", offer.pk)
    response = client.post(url, {"next": "/admin/"})
    assert response["Location"] == "/admin/"
    # An outside address is not followed.
    response = client.post(url, {"next": "https://evil.example.org/"})
    assert response["Location"] == admin_url("offers_offer", "change", offer.pk)


def test_confirm_requires_csrf_token(world):
    from django.test import Client

    offer = make_offer(actor=world.a, reviewed_at=None)
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    assert client.post(admin_url("offers_offer", "confirm", offer.pk)).status_code == 403
    offer.refresh_from_db()
    assert offer.reviewed_at is None


def test_freshness_filter_lists_stale_offers(client, world):
    make_offer(actor=world.a, title="Vieille", reviewed_at=timezone.now() - timedelta(days=400))
    make_offer(actor=world.a, title="Fraîche")
    client.force_login(world.alice)
    response = client.get(admin_url("offers_offer", "changelist"), {"fraicheur": "a-confirmer"})
    assert "Vieille" in response.text and "Fraîche" not in response.text


# Groups from the data migration


def perms(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }


def test_structure_group_can_edit_but_not_delete_offers():
    granted = perms(STRUCTURE_GROUP)
    for model in ["offers.offer", "offers.recruitmentservice", "offers.competence"]:
        app, name = model.split(".")
        assert {f"{app}.view_{name}", f"{app}.add_{name}", f"{app}.change_{name}"} <= granted
        assert f"{app}.delete_{name}" not in granted
    assert {"financing.change_financingscheme", "housing.change_housingsite"} <= granted
    assert {"offers.view_actor", "offers.change_actor"} <= granted
    assert "offers.add_actor" not in granted and "offers.delete_actor" not in granted
    assert {"guidance.view_contactrequest", "guidance.change_contactrequest"} <= granted
    assert {"guidance.add_referral", "guidance.view_referral"} <= granted
    assert "guidance.view_questionnaireresponse" not in granted


def test_metropole_group_has_everything_and_coverage_reports():
    granted = perms(METROPOLE_GROUP)
    assert {"offers.delete_offer", "offers.add_actor", "financing.delete_financingscheme"} <= granted
    assert {"guidance.view_questionnaireresponse", "guidance.view_coverage_reports"} <= granted


# Every page a member uses loads


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_member_admin_pages_load(client, world, model_key):
    own, _ = both_objects(world, model_key)
    client.force_login(world.alice)
    for view, args in [
        ("changelist", []),
        ("add", []),
        ("change", [own.pk]),
        ("history", [own.pk]),
        ("import", []),
        ("export", []),
    ]:
        assert client.get(admin_url(model_key, view, *args)).status_code == 200, view


def test_metropole_group_reaches_coverage_reports_and_structures_do_not(client, world):
    client.force_login(make_metropole_user())
    assert client.get("/pilotage/").status_code == 200
    client.force_login(world.alice)
    assert client.get("/pilotage/").status_code == 403
