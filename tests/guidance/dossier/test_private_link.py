"""The holder controls the private link of their financing file: they can cut it and get a new one, and a
withdrawn file shows nothing but that it was withdrawn."""

import pytest
from django.urls import reverse

from financing.models import FinancingFile
from tests.factories import make_financing_file

pytestmark = pytest.mark.django_db


def url(name: str, token: str) -> str:
    return reverse(f"dossier:{name}", args=[token])


def test_renewing_the_link_cuts_the_old_one_and_mails_the_new_one(client, mailoutbox):
    file = make_financing_file()
    old = file.token
    assert client.get(url("renew", old)).status_code == 200
    response = client.post(url("renew", old), {"confirm": "on"})
    file.refresh_from_db()
    assert file.token != old
    assert response.status_code == 302 and response["Location"] == url("overview", file.token)
    assert client.get(url("overview", old)).status_code == 404
    assert client.get(url("overview", file.token)).status_code == 200
    assert len(mailoutbox) == 1 and file.token in mailoutbox[0].body and old not in mailoutbox[0].body


def test_renewing_needs_a_confirmation(client):
    file = make_financing_file()
    response = client.post(url("renew", file.token), {})
    assert response.status_code == 400
    assert "Cochez la case" in response.content.decode()
    assert FinancingFile.objects.get(pk=file.pk).token == file.token


@pytest.mark.parametrize("name", ["overview", "print", "send", "withdraw", "renew"])
def test_a_withdrawn_file_shows_only_that_it_was_withdrawn(client, name):
    file = make_financing_file(company_name="Calanques Bio", project_summary="Un biocapteur secret.")
    client.post(url("withdraw", file.token), {"confirm": "on"})
    response = client.get(url(name, file.token))
    page = response.content.decode()
    assert response.status_code == 410
    assert "Dossier retiré" in page
    assert "Calanques Bio" not in page and "biocapteur" not in page


def test_a_withdrawn_file_cannot_be_changed(client):
    file = make_financing_file(company_name="Calanques Bio")
    client.post(url("withdraw", file.token), {"confirm": "on"})
    response = client.post(reverse("dossier:section", args=[file.token, "entreprise"]), {"company_name": "X"})
    assert response.status_code == 410
    assert FinancingFile.objects.get(pk=file.pk).company_name == "Calanques Bio"
