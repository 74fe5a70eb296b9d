"""Structures write their own texts: every CSV and XLSX export writes a text that a spreadsheet would take
for a formula with a leading apostrophe (`offers.opendata.spreadsheet_safe`); the JSON export stays raw."""

import csv
import io
import json

import openpyxl
import pytest
import tablib

from offers.models import Offer
from offers.resources import OfferResource
from tests.factories import admin_url, make_actor, make_metropole_user, make_offer
from tests.offers.admin_helpers import as_csv, export_rows, resource_class

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("https://evil.example","x")'


def admin_export(client, file_format: str):
    """The admin export of the offers, every column; `file_format` is the index in the admin's `formats`."""
    resource = resource_class("offers_offer")
    data = {"format": file_format, "resource": "0"} | {
        f"{resource.__name__.lower()}_{field}": "on" for field in resource().get_export_order()
    }
    response = client.post(admin_url("offers_offer", "export"), data)
    assert response.status_code == 200
    return response


def semicolon_rows(response) -> list[list[str]]:
    """The rows of a /pilotage/ CSV (UTF-8 with BOM, semicolons)."""
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_public_csv_export_defuses_formulas_and_json_stays_raw(client):
    make_offer(title=FORMULA, summary="+ de 50 startups accompagnées", contact_phone="@SUM(1+1)")
    response = client.get("/offres/export.csv")
    text = b"".join(response.streaming_content).decode()
    (row,) = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert row["titre"] == "'" + FORMULA
    assert row["résumé"] == "'+ de 50 startups accompagnées"
    assert row["téléphone de contact"] == "'@SUM(1+1)"
    (entry,) = json.loads(client.get("/offres/export.json").content)["offres"]
    assert entry["titre"] == FORMULA


def test_pilotage_csv_defuses_formulas(client):
    actor = make_actor(name=FORMULA, email="accueil@example.org")
    make_offer(actor=actor, title="-1+1", reviewed_at=None)
    client.force_login(make_metropole_user())
    structures = semicolon_rows(client.get("/pilotage/fraicheur/structures.csv"))
    offers = semicolon_rows(client.get("/pilotage/fraicheur/export.csv"))
    assert structures[1][0] == "'" + FORMULA
    assert offers[1][:2] == ["'" + FORMULA, "'-1+1"]


def test_admin_csv_export_defuses_formulas(client, world):
    make_offer(actor=world.a, title=FORMULA, summary="\t=1+1")
    client.force_login(world.alice)
    response = admin_export(client, "0")
    (row,) = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert row["title"] == "'" + FORMULA
    assert row["summary"] == "'\t=1+1"


def test_admin_xlsx_export_writes_formulas_as_text(client, world):
    make_offer(actor=world.a, title=FORMULA)
    client.force_login(world.alice)
    response = admin_export(client, "1")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    headers = [cell.value for cell in sheet[1]]
    title = sheet.cell(row=2, column=headers.index("title") + 1)
    assert title.data_type == "s"
    assert title.value == "'" + FORMULA


def test_an_exported_file_imports_back_unchanged(world):
    mine = make_offer(actor=world.a, title=FORMULA, summary="+ de 50 startups")
    exported = export_rows("offers_offer", [mine])
    assert exported.dict[0]["title"] == "'" + FORMULA
    reread = tablib.Dataset().load(as_csv(exported).read().decode(), format="csv")
    result = OfferResource(user=world.alice).import_data(reread, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    mine.refresh_from_db()
    assert (mine.title, mine.summary) == (FORMULA, "+ de 50 startups")
    assert Offer.objects.filter(actor=world.a).count() == 1
