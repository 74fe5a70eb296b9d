"""Financers read the files sent to them in the admin, scoped to their structure, read-only."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from financing.models import FinancingFile
from guidance.dossier.services import send_file, withdraw_file
from offers.admin_scoping import METROPOLE_GROUP
from tests.factories import make_actor, make_financing_file, make_single_file_scheme, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/financing/financingfile/"


def change_url(file: FinancingFile) -> str:
    return f"/admin/financing/financingfile/{file.pk}/change/"


@pytest.fixture
def bank_user():
    return make_user("banquier")


@pytest.fixture
def files(bank_user):
    """One file sent to the user's bank, one sent to another bank only."""
    mine = make_single_file_scheme(actor=make_actor(name="Ma banque", kind="banque", members=[bank_user]))
    other = make_single_file_scheme(actor=make_actor(name="Autre banque", kind="banque"))
    sent_to_me = make_financing_file(company_name="Envoyé à ma banque", figures=[(2024, 81000, -4200)])
    send_file(sent_to_me, [mine])
    sent_elsewhere = make_financing_file(company_name="Envoyé ailleurs")
    send_file(sent_elsewhere, [other])
    return sent_to_me, sent_elsewhere


def test_financer_lists_only_the_files_sent_to_it(client, bank_user, files):
    sent_to_me, sent_elsewhere = files
    client.force_login(bank_user)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Envoyé à ma banque" in body
    assert "Envoyé ailleurs" not in body


def test_financer_reads_the_full_file_read_only(client, bank_user, files):
    sent_to_me, _ = files
    client.force_login(bank_user)
    response = client.get(change_url(sent_to_me))
    assert response.status_code == 200
    body = response.content.decode()
    for text in ["Envoyé à ma banque", "732829320", "Biocapteur breveté", "81", "-4", "Ma banque"]:
        assert text in body
    assert 'name="_save"' not in body
    assert sent_to_me.token not in body  # the holder's private key is not shown to financers


def test_admin_never_leads_to_the_holder_private_link(client, bank_user, files):
    sent_to_me, sent_elsewhere = files
    client.force_login(bank_user)
    assert "/admin/r/" not in client.get(change_url(sent_to_me)).content.decode()
    # The admin's « view on site » shortcut would redirect any staff member to the file's private page.
    content_type = ContentType.objects.get_for_model(FinancingFile)
    for file in files:
        response = client.get(f"/admin/r/{content_type.pk}/{file.pk}/")
        assert response.status_code == 404
        assert file.token not in response.get("Location", "")


def test_financer_cannot_open_a_file_not_sent_to_it(client, bank_user, files):
    _, sent_elsewhere = files
    client.force_login(bank_user)
    assert client.get(change_url(sent_elsewhere)).status_code == 404
    assert client.get("/admin/financing/financingfile/pas-un-nombre/change/").status_code == 404


def test_withdrawn_file_is_hidden_from_financers(client, bank_user, files):
    sent_to_me, _ = files
    withdraw_file(sent_to_me)
    client.force_login(bank_user)
    assert "Envoyé à ma banque" not in client.get(CHANGELIST).content.decode()
    assert client.get(change_url(sent_to_me)).status_code == 404


def test_financer_can_neither_add_change_nor_delete(client, bank_user, files):
    sent_to_me, _ = files
    client.force_login(bank_user)
    assert client.get("/admin/financing/financingfile/add/").status_code == 403
    assert client.get(f"/admin/financing/financingfile/{sent_to_me.pk}/delete/").status_code == 403
    response = client.post(change_url(sent_to_me), {"company_name": "Piraté"})
    assert response.status_code == 403
    sent_to_me.refresh_from_db()
    assert sent_to_me.company_name == "Envoyé à ma banque"


def test_staff_user_without_structure_sees_nothing(client, files):
    client.force_login(make_user("sans-structure"))
    assert client.get(CHANGELIST).status_code == 403


def test_metropole_staff_sees_every_file_including_withdrawn(client, files):
    sent_to_me, sent_elsewhere = files
    withdraw_file(sent_elsewhere)
    staff = make_user("metropole")
    staff.groups.add(Group.objects.get_or_create(name=METROPOLE_GROUP)[0])
    client.force_login(staff)
    body = client.get(CHANGELIST).content.decode()
    assert "Envoyé à ma banque" in body and "Envoyé ailleurs" in body
    assert client.get(change_url(sent_elsewhere)).status_code == 200


def test_anonymous_is_sent_to_the_login_page(client, files):
    sent_to_me, _ = files
    response = client.get(change_url(sent_to_me))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_changelist_query_count_does_not_grow_with_files(client, bank_user, django_assert_num_queries):
    scheme = make_single_file_scheme(actor=make_actor(kind="banque", members=[bank_user]))
    send_file(make_financing_file(), [scheme])
    client.force_login(bank_user)
    client.get(CHANGELIST)  # warm the demo-data cache
    # 14 queries: session, user, 2 permission lists, Métropole group, 3 × « member of a structure »
    # (module and view permissions), stages (filter), 2 counts (filtered and total), the page of files with
    # their stage, the date-hierarchy bounds and days. The same with one file or six.
    for extra_files in (0, 5):
        for _ in range(extra_files):
            send_file(make_financing_file(), [scheme])
        with django_assert_num_queries(14):
            assert client.get(CHANGELIST).status_code == 200
