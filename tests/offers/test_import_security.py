"""The admin import's file between the preview and the confirmation: kept in the project's private folder,
read only under a name issued to this session for this import, removed once abandoned; and an import that
does not tell whether another structure's offer uses a slug."""

import html
import os
import stat
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from offers.models import Offer, RecruitmentService
from offers.resources import OfferResource, RecruitmentServiceResource
from tests.factories import admin_url, make_offer, make_recruitment
from tests.offers.admin_helpers import (
    CSV_FORMAT,
    as_csv,
    edited,
    export_rows,
    form_data,
    model_admin,
    new_rows,
)

pytestmark = pytest.mark.django_db

UNAVAILABLE = "Ce fichier d'import n'est plus disponible"


@pytest.fixture(autouse=True)
def import_folder(settings, tmp_path) -> Path:
    settings.IMPORT_FILES_DIR = tmp_path / "import-tmp"
    return settings.IMPORT_FILES_DIR


def preview(client, rows, model_key="offers_offer"):
    response = client.post(
        admin_url(model_key, "import"), {"format": CSV_FORMAT, "resource": "0", "import_file": as_csv(rows)}
    )
    assert response.status_code == 200
    return response


def stored_path(response, model_key="offers_offer") -> Path:
    """Where the import storage keeps the file of this preview."""
    name = response.context["form"].cleaned_data["import_file"].tmp_storage_name
    storage_class = model_admin(model_key).get_tmp_storage_class()
    return Path(storage_class(name=name).get_full_path())


def age(path: Path, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


# Where the file lives, and which name may be confirmed


def test_preview_keeps_the_file_in_the_private_folder(client, world, import_folder):
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    path = stored_path(preview(client, new_rows("offers_offer", template, world.a)))
    assert path.parent == import_folder
    assert stat.S_IMODE(import_folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_process_import_cannot_read_or_delete_a_file_outside_the_folder(client, world):
    template = make_offer(actor=world.a)
    victim = Path(tempfile.gettempdir()) / f"victime-{uuid.uuid4().hex}.csv"
    victim.write_text(new_rows("offers_offer", template, world.a).csv)
    client.force_login(world.alice)
    try:
        response = client.post(
            admin_url("offers_offer", "process_import"),
            {
                "import_file_name": f"../../../..{victim}",
                "original_file_name": "offres.csv",
                "format": CSV_FORMAT,
                "resource": "0",
            },
        )
        assert response.status_code == 400
        assert UNAVAILABLE in html.unescape(response.text)
        assert victim.exists()
        assert not Offer.objects.filter(slug="importee-0").exists()
    finally:
        victim.unlink(missing_ok=True)


def test_a_name_issued_to_another_user_is_refused(client, world):
    template = make_offer(actor=world.b)
    bob = Client()
    bob.force_login(world.bob)
    confirm = preview(bob, new_rows("offers_offer", template, world.b)).context["confirm_form"].initial
    client.force_login(world.alice)

    response = client.post(admin_url("offers_offer", "process_import"), confirm)

    assert response.status_code == 400
    assert UNAVAILABLE in html.unescape(response.text)
    assert not Offer.objects.filter(slug="importee-0").exists()
    # Alice's attempt neither read nor removed Bob's file: his own confirmation still works.
    assert bob.post(admin_url("offers_offer", "process_import"), confirm).status_code == 302
    assert Offer.objects.get(slug="importee-0").actor == world.b


def test_a_name_issued_for_another_import_is_refused(client, world):
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    confirm = preview(client, new_rows("offers_offer", template, world.a)).context["confirm_form"].initial
    response = client.post(admin_url("offers_recruitmentservice", "process_import"), confirm)
    assert response.status_code == 400
    assert not RecruitmentService.objects.filter(slug="importee-0").exists()


def test_confirming_twice_is_a_400_not_a_server_error(client, world):
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    response = preview(client, new_rows("offers_offer", template, world.a))
    confirm = response.context["confirm_form"].initial
    assert client.post(admin_url("offers_offer", "process_import"), confirm).status_code == 302
    assert not stored_path(response).exists()

    again = client.post(admin_url("offers_offer", "process_import"), confirm)

    assert again.status_code == 400
    assert UNAVAILABLE in html.unescape(again.text)
    assert Offer.objects.filter(slug="importee-0").count() == 1


def test_a_preview_with_errors_leaves_no_file(client, world):
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    response = preview(client, new_rows("offers_offer", template, world.a, world.b))
    assert "confirm_form" not in response.context
    assert not stored_path(response).exists()


# Abandoned previews


def test_an_abandoned_file_is_removed_when_a_new_import_starts(client, world, settings):
    settings.IMPORT_FILES_MAX_AGE_HOURS = 2
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    abandoned = stored_path(preview(client, new_rows("offers_offer", template, world.a)))
    recent = stored_path(preview(client, new_rows("offers_offer", template, world.a)))
    age(abandoned, hours=3)
    age(recent, hours=1)

    latest = stored_path(preview(client, new_rows("offers_offer", template, world.a)))

    assert not abandoned.exists()
    assert recent.exists() and latest.exists()


def test_purge_import_files_removes_abandoned_files_only(client, world, settings, import_folder):
    settings.IMPORT_FILES_MAX_AGE_HOURS = 2
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    abandoned = stored_path(preview(client, new_rows("offers_offer", template, world.a)))
    recent = stored_path(preview(client, new_rows("offers_offer", template, world.a)))
    age(abandoned, hours=3)
    import_folder.mkdir(exist_ok=True)
    foreign = import_folder / "notes.txt"  # not an import file: left alone
    foreign.write_text("")
    age(foreign, hours=3)

    call_command("purge_import_files", verbosity=0)

    assert not abandoned.exists()
    assert recent.exists() and foreign.exists()


# Slugs of offers the user cannot see


def slug_errors(resource, rows) -> list[str]:
    result = resource.import_data(rows, dry_run=True)
    return [m for row in result.invalid_rows for m in row.error_dict.get("slug", [])]


def test_import_says_the_same_for_a_hidden_draft_as_for_any_unusable_slug(world):
    make_offer(actor=world.b, slug="brouillon-beta", status=Offer.Status.DRAFT)
    make_offer(actor=world.b, slug="publiee-beta")
    mine = make_offer(actor=world.a, slug="simple-alpha")
    template = make_recruitment(actor=world.a, slug="recrutement-alpha")
    rows = export_rows("offers_recruitmentservice", [template])
    answers = {
        slug: slug_errors(RecruitmentServiceResource(user=world.alice), edited(rows, slug=slug))
        for slug in ["brouillon-beta", "publiee-beta", "simple-alpha"]
    }
    # Another structure's draft, its published offer, and one of the user's own offers of another kind
    # all get one answer, which does not say that an offer exists.
    assert answers["brouillon-beta"] == [
        m.replace("simple-alpha", "brouillon-beta") for m in answers["simple-alpha"]
    ]
    assert answers["publiee-beta"] == [
        m.replace("simple-alpha", "publiee-beta") for m in answers["simple-alpha"]
    ]
    assert answers["brouillon-beta"] and not any("existe" in m for m in answers["brouillon-beta"])
    assert slug_errors(OfferResource(user=world.alice), edited(export_rows("offers_offer", [mine]))) == []


def test_add_form_says_the_same_for_a_hidden_draft_slug(client, world):
    make_offer(actor=world.b, slug="brouillon-beta", status=Offer.Status.DRAFT)
    template = make_offer(actor=world.a)
    client.force_login(world.alice)
    response = client.post(
        admin_url(Offer, "add"), form_data(template, slug="brouillon-beta", title="Nouvelle")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["slug"]
    assert errors and not any("existe" in m for m in errors)
