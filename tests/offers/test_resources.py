"""CSV / XLSX import and export of a structure's own offers: scoped, previewed, all or nothing."""

import csv
import io

import pytest

from offers.models import Offer
from offers.resources import OfferResource
from tests.factories import admin_url, make_metropole_user, make_offer
from tests.offers.admin_helpers import (
    CSV_FORMAT,
    OFFER_MODELS,
    as_csv,
    edited,
    export_rows,
    model_admin,
    new_rows,
    resource_class,
)

pytestmark = pytest.mark.django_db

MODEL_KEYS = list(OFFER_MODELS)


def post_export(client, model_key):
    resource = resource_class(model_key)
    data = {"format": CSV_FORMAT, "resource": "0"}
    for field in resource().get_export_order():
        data[f"{resource.__name__.lower()}_{field}"] = "on"
    return client.post(admin_url(model_key, "export"), data)


# Export


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_export_contains_only_own_rows(client, world, model_key):
    build = OFFER_MODELS[model_key]
    build(actor=world.a, slug="offre-alpha")
    build(actor=world.b, slug="offre-beta")
    client.force_login(world.alice)
    response = post_export(client, model_key)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["slug"] for row in rows] == ["offre-alpha"]
    assert rows[0]["actor"] == "alpha"


def test_export_writes_taxonomy_as_slug_lists(world):
    offer = make_offer(actor=world.a, slug="offre-alpha")
    row = dict(zip(*[(d := export_rows("offers_offer", [offer])).headers, d[0]], strict=True))
    assert row["needs"] == "etre-accompagne"
    assert row["stages"] == "creation"
    assert row["actor"] == "alpha"


def test_export_as_xlsx(client, world):
    make_offer(actor=world.a)
    client.force_login(world.alice)
    resource = resource_class("offers_offer")
    data = {"format": "1", "resource": "0"} | {
        f"{resource.__name__.lower()}_{f}": "on" for f in resource().get_export_order()
    }
    response = client.post(admin_url("offers_offer", "export"), data)
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_metropole_exports_every_structure(client, world):
    make_offer(actor=world.a, slug="offre-alpha")
    make_offer(actor=world.b, slug="offre-beta")
    client.force_login(make_metropole_user())
    rows = list(csv.DictReader(io.StringIO(post_export(client, "offers_offer").content.decode("utf-8-sig"))))
    assert {row["slug"] for row in rows} == {"offre-alpha", "offre-beta"}


# Import through the admin: preview, then confirm


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_import_previews_then_creates_own_rows(client, world, model_key):
    model = model_admin(model_key).model
    template = OFFER_MODELS[model_key](actor=world.a)
    client.force_login(world.alice)
    response = client.post(
        admin_url(model_key, "import"),
        {
            "format": CSV_FORMAT,
            "resource": "0",
            "import_file": as_csv(new_rows(model_key, template, world.a)),
        },
    )
    assert response.status_code == 200
    assert not response.context["result"].has_validation_errors()
    confirm_form = response.context["confirm_form"]
    # The preview changed nothing.
    assert not model.objects.filter(slug="importee-0").exists()

    response = client.post(admin_url(model_key, "process_import"), confirm_form.initial)
    assert response.status_code == 302
    created = model.objects.get(slug="importee-0")
    assert created.actor == world.a
    assert list(created.needs.all()) == list(template.needs.all())
    assert created.kind == template.kind
    assert created.history.latest().history_user == world.alice


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_import_naming_another_structure_is_rejected_whole(client, world, model_key):
    template = OFFER_MODELS[model_key](actor=world.a)
    before = Offer.objects.count()
    client.force_login(world.alice)
    rows = new_rows(model_key, template, world.a, world.b)
    response = client.post(
        admin_url(model_key, "import"), {"format": CSV_FORMAT, "resource": "0", "import_file": as_csv(rows)}
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert result.has_validation_errors()
    assert "confirm_form" not in response.context
    assert "La structure « beta » n&#x27;existe pas ou ne fait pas partie de vos structures." in response.text
    assert Offer.objects.count() == before


@pytest.mark.parametrize("model_key", MODEL_KEYS)
def test_confirmed_import_with_an_invalid_row_changes_nothing(world, model_key):
    # The confirm step re-reads the file: should it differ from the preview, nothing is half-imported.
    template = OFFER_MODELS[model_key](actor=world.a)
    before = Offer.objects.count()
    resource = resource_class(model_key)(user=world.alice)
    result = resource.import_data(new_rows(model_key, template, world.a, world.b), dry_run=False)
    assert result.has_validation_errors()
    assert Offer.objects.count() == before


def test_import_cannot_take_over_another_structure_offer(world):
    theirs = make_offer(actor=world.b, slug="offre-beta", title="Offre de Bêta")
    rows = edited(export_rows("offers_offer", [theirs]), actor="alpha", title="Volée")
    result = OfferResource(user=world.alice).import_data(rows, dry_run=False)
    assert result.has_validation_errors()
    errors = result.invalid_rows[0].error_dict
    assert "slug" in errors
    theirs.refresh_from_db()
    assert (theirs.actor, theirs.title) == (world.b, "Offre de Bêta")


def test_import_updates_own_offer_by_slug(world):
    mine = make_offer(actor=world.a, slug="offre-alpha", title="Avant")
    rows = edited(export_rows("offers_offer", [mine]), title="Après", needs="financer,locaux")
    result = OfferResource(user=world.alice).import_data(rows, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    mine.refresh_from_db()
    assert mine.title == "Après"
    assert sorted(n.slug for n in mine.needs.all()) == ["financer", "locaux"]


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("needs", "financer,inexistant", "Identifiant(s) inconnu(s) pour « besoins » : inexistant."),
        ("stages", "", "Indiquez au moins un stade."),
        ("status", "publie", "n’est pas un choix valide"),
        ("kind", "financement", "s'importe depuis sa propre page d'administration"),
        ("actor", "inconnue", "La structure « inconnue » n'existe pas"),
        ("reviewed_at", "2099-01-01 00:00:00", "La date de confirmation ne peut pas être dans le futur."),
    ],
)
def test_invalid_rows_are_reported_in_french_and_nothing_is_saved(world, column, value, message):
    template = make_offer(actor=world.a)
    rows = edited(new_rows("offers_offer", template, world.a, world.a), 1, **{column: value})
    before = Offer.objects.count()
    result = OfferResource(user=world.alice).import_data(rows, dry_run=False)
    assert result.has_validation_errors()
    messages = [m for row in result.invalid_rows for ms in row.error_dict.values() for m in ms]
    assert any(message in m for m in messages), messages
    assert Offer.objects.count() == before


def test_metropole_imports_for_any_structure(world):
    template = make_offer(actor=world.b)
    result = OfferResource(user=make_metropole_user()).import_data(
        new_rows("offers_offer", template, world.b), dry_run=False
    )
    assert not result.has_validation_errors()
    assert Offer.objects.get(slug="importee-0").actor == world.b
