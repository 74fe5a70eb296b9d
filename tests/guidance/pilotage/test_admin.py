import html

import pytest
from django.contrib.auth.models import Permission

from guidance.models import ExpectedGap
from tests.factories import make_actor, make_user, need, stage

pytestmark = pytest.mark.django_db


def coverage_user():
    user = make_user()
    user.user_permissions.add(
        Permission.objects.get(codename="view_coverage_reports", content_type__app_label="guidance")
    )
    return user


def test_coverage_report_users_list_and_add_sans_objet_marks_in_the_admin(client):
    user = coverage_user()
    client.force_login(user)
    ExpectedGap.objects.create(need=need("financer"), stage=stage("idee"), reason="Pas d'investisseur")

    changelist = html.unescape(client.get("/admin/guidance/expectedgap/").content.decode())
    assert "Sélectionnez la lacune sans objet à modifier" in changelist
    assert "Tous les sites" in changelist and "Pas d'investisseur" in changelist
    add = html.unescape(client.get("/admin/guidance/expectedgap/add/").content.decode())
    assert "Ajouter une lacune sans objet" in add

    response = client.post(
        "/admin/guidance/expectedgap/add/",
        {"need": need("locaux").pk, "stage": stage("idee").pk, "technopole": "", "reason": "Trop tôt"},
    )
    assert response.status_code == 302
    assert ExpectedGap.objects.get(reason="Trop tôt").created_by == user

    duplicate = client.post(
        "/admin/guidance/expectedgap/add/",
        {"need": need("locaux").pk, "stage": stage("idee").pk, "technopole": "", "reason": "Encore"},
    )
    assert "Cette case est déjà marquée sans objet pour tous les sites." in html.unescape(
        duplicate.content.decode()
    )


def test_structure_members_do_not_see_the_marks_in_the_admin(client):
    member = make_user()
    make_actor(members=[member])
    client.force_login(member)
    assert client.get("/admin/guidance/expectedgap/").status_code == 403
    assert "expectedgap" not in client.get("/admin/").content.decode()
