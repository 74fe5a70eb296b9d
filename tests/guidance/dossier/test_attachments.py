"""Documents joined to the single financing file: PDF checked on its bytes, 10 MB each, 5 at most, stored
through the storage API, read only through the file's private link and by the financers it was sent to,
deleted with the file."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from financing.models import ATTACHMENT_MAX_BYTES, FinancingFile, FinancingFileAttachment
from guidance.dossier.services import add_attachment, send_file, withdraw_file
from tests.factories import (
    make_actor,
    make_financing_file,
    make_metropole_user,
    make_single_file_scheme,
    make_structure_user,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def storage(tmp_path, monkeypatch) -> FileSystemStorage:
    """The documents in a throw-away folder instead of var/dossiers/."""
    storage = FileSystemStorage(location=tmp_path)
    monkeypatch.setattr(FinancingFileAttachment._meta.get_field("document"), "storage", storage)
    return storage


def pdf(name="pitch.pdf", content=PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def url(name: str, file: FinancingFile, *args) -> str:
    return reverse(f"dossier:{name}", args=[file.token, *args])


def attach(file: FinancingFile, name="pitch.pdf") -> FinancingFileAttachment:
    return add_attachment(file, FinancingFileAttachment.Kind.PITCH_DECK, pdf(name))


def stored_names(storage) -> list[str]:
    return storage.listdir("dossiers")[1] if storage.exists("dossiers") else []


def test_holder_joins_a_pdf_and_downloads_it_through_the_private_link(client, storage):
    file = make_financing_file()
    response = client.post(
        url("attachments", file), {"kind": "pitch", "document": pdf("Pitch Calanques.pdf")}
    )
    assert response.status_code == 302
    attachment = file.attachments.get()
    assert attachment.original_name == "Pitch Calanques.pdf" and attachment.size == len(PDF)
    assert attachment.document.name.startswith("dossiers/") and "Calanques" not in attachment.document.name
    assert stored_names(storage) == [attachment.document.name.removeprefix("dossiers/")]
    page = client.get(url("attachments", file)).content.decode()
    assert "Pitch Calanques.pdf" in page
    response = client.get(url("attachment", file, attachment.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-cache" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == PDF


def test_a_file_renamed_to_pdf_is_refused_and_nothing_stored(client, storage):
    file = make_financing_file()
    fake = pdf("business-plan.pdf", b"PK\x03\x04 not a pdf at all")
    response = client.post(url("attachments", file), {"kind": "business_plan", "document": fake})
    assert response.status_code == 400
    page = response.content.decode()
    assert "n&#x27;est pas un PDF" in page
    assert 'aria-describedby="id_document_helptext id_document_error"' in page
    # The type chosen is kept; a browser cannot be given a file back.
    assert '<option value="business_plan" selected>' in page
    assert not file.attachments.exists() and stored_names(storage) == []


def test_a_document_over_10_mb_is_refused(client):
    file = make_financing_file()
    big = pdf("gros.pdf", b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES)
    response = client.post(url("attachments", file), {"kind": "pitch", "document": big})
    assert response.status_code == 400
    assert "10 Mo au plus" in response.content.decode()
    assert not file.attachments.exists()


def test_a_huge_body_is_refused_before_it_is_read(client):
    file = make_financing_file()
    response = client.post(
        url("attachments", file), {"kind": "pitch", "document": pdf()}, CONTENT_LENGTH=str(50 * 1024 * 1024)
    )
    assert response.status_code == 413
    assert "dépasse 10 Mo" in response.content.decode()
    assert not file.attachments.exists()


def test_an_upload_still_needs_the_csrf_token():
    from django.test import Client

    file = make_financing_file()
    client = Client(enforce_csrf_checks=True)
    response = client.post(url("attachments", file), {"kind": "pitch", "document": pdf()})
    assert response.status_code == 403
    assert not file.attachments.exists()


def test_at_most_five_documents(client):
    file = make_financing_file()
    for n in range(5):
        attach(file, f"doc{n}.pdf")
    response = client.post(url("attachments", file), {"kind": "autre", "document": pdf("sixieme.pdf")})
    assert response.status_code == 400
    assert "déjà 5 documents" in response.content.decode()
    assert file.attachments.count() == 5


def test_holder_deletes_a_document_and_its_stored_pdf(client, storage, django_capture_on_commit_callbacks):
    file = make_financing_file()
    attachment = attach(file)
    assert client.get(url("attachment_delete", file, attachment.pk)).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("attachment_delete", file, attachment.pk))
    assert response.status_code == 302
    assert not file.attachments.exists() and stored_names(storage) == []


def test_another_files_document_is_not_found_through_my_link(client):
    mine, theirs = make_financing_file(), make_financing_file()
    attachment = attach(theirs)
    assert client.get(url("attachment", mine, attachment.pk)).status_code == 404
    assert client.post(url("attachment_delete", mine, attachment.pk)).status_code == 404
    assert client.get(reverse("dossier:attachment", args=["faux-jeton", attachment.pk])).status_code == 404


def financer_url(attachment: FinancingFileAttachment) -> str:
    return reverse("dossier:financer_attachment", args=[attachment.file_id, attachment.pk])


def test_only_the_financers_it_was_sent_to_read_the_documents(client):
    file = make_financing_file()
    attachment = attach(file)
    bank = make_actor(kind="banque")
    send_file(file, [make_single_file_scheme(actor=bank)])
    path = financer_url(attachment)

    response = client.get(path)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(make_structure_user(make_actor()))
    assert client.get(path).status_code == 404
    client.force_login(make_metropole_user())
    assert client.get(path).status_code == 404
    client.force_login(make_structure_user(bank))
    response = client.get(path)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert client.post(path).status_code == 405


def test_the_financers_page_links_the_documents(client):
    file = make_financing_file()
    attachment = attach(file)
    bank = make_actor(kind="banque")
    send_file(file, [make_single_file_scheme(actor=bank)])
    client.force_login(make_structure_user(bank))
    page = client.get(reverse("admin:financing_financingfile_change", args=[file.pk])).content.decode()
    assert financer_url(attachment) in page and file.token not in page


def test_a_file_sent_stays_readable_by_its_financers_until_withdrawn(client):
    file = make_financing_file()
    attachment = attach(file)
    bank = make_actor(kind="banque")
    send_file(file, [make_single_file_scheme(actor=bank)])
    FinancingFile.objects.filter(pk=file.pk).update(status=FinancingFile.Status.DRAFT)
    # a draft that was sent stays readable: only withdrawal and retention end the access
    client.force_login(make_structure_user(bank))
    assert client.get(financer_url(attachment)).status_code == 200


def test_withdrawing_the_file_deletes_its_documents(client, storage, django_capture_on_commit_callbacks):
    file = make_financing_file()
    attachment = attach(file)
    bank = make_actor(kind="banque")
    send_file(file, [make_single_file_scheme(actor=bank)])
    with django_capture_on_commit_callbacks(execute=True):
        withdraw_file(file)
    assert not FinancingFileAttachment.objects.exists() and stored_names(storage) == []
    client.force_login(make_structure_user(bank))
    assert client.get(financer_url(attachment)).status_code == 404


def test_the_retention_purge_deletes_the_stored_pdfs(settings, storage, django_capture_on_commit_callbacks):
    file = make_financing_file()
    attach(file)
    kept = make_financing_file()
    attach(kept)
    FinancingFile.objects.filter(pk=file.pk).update(
        updated_at=timezone.now() - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS + 1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_financing_files", stdout=StringIO())
    assert list(FinancingFileAttachment.objects.values_list("file_id", flat=True)) == [kept.pk]
    assert len(stored_names(storage)) == 1


def test_the_print_view_and_send_page_mention_the_documents(client):
    file = make_financing_file()
    attachment = attach(file, "Prévisionnel 2027.pdf")
    make_single_file_scheme()
    assert url("attachment", file, attachment.pk) in client.get(url("print", file)).content.decode()
    assert "1 document joint sera transmis" in client.get(url("send", file)).content.decode()
