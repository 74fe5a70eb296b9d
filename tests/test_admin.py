"""Every model registered in the admin: its changelist, add page and a change page load for a superuser.

The list comes from `admin.site._registry`, so a model registered later is covered without editing this file.
"""

from io import StringIO

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from guidance.models import ContactRequest, QuestionnaireResponse, Referral
from offers.models import Actor
from tests.factories import admin_url, make_user, stage

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


@pytest.fixture
def superuser_client(client):
    user = make_user(is_superuser=True)
    client.force_login(user)
    client.user = user
    return client


@pytest.mark.parametrize(("model", "model_admin"), REGISTERED, ids=[m._meta.label for m, _ in REGISTERED])
def test_changelist_and_add_pages_load(superuser_client, model, model_admin):
    assert superuser_client.get(admin_url(model, "changelist")).status_code == 200
    request = RequestFactory().get("/")
    request.user = superuser_client.user
    expected = 200 if model_admin.has_add_permission(request) else 403
    assert superuser_client.get(admin_url(model, "add")).status_code == expected


def create_guidance_rows() -> None:
    actors = list(Actor.objects.all()[:2])
    QuestionnaireResponse.objects.create(
        needs_key="financer", stage=stage("creation"), result_count=3, results_by_need={"financer": 3}
    )
    first, second = (
        ContactRequest.objects.create(
            actor=actor,
            offer=actor.offers.first(),
            name="Porteur de test",
            email="porteur@example.org",
            message="Bonjour, je souhaite échanger sur mon projet.",
            consent_at=timezone.now(),
        )
        for actor in actors
    )
    Referral.objects.create(
        from_request=first, to_request=second, from_actor=actors[0], to_actor=actors[1], note="Mieux placé."
    )


def test_change_pages_and_filled_changelists_load(superuser_client):
    call_command("load_demo", stdout=StringIO())
    create_guidance_rows()
    failures, covered = [], []
    for model, _model_admin in REGISTERED:
        obj = model._default_manager.order_by("pk").first()
        if obj is None:
            continue
        covered.append(model._meta.label)
        for url in [admin_url(model, "changelist"), admin_url(model, "change", obj.pk)]:
            status = superuser_client.get(url).status_code
            if status != 200:
                failures.append((url, status))
    assert not failures
    assert {"offers.Offer", "financing.FinancingScheme", "housing.HousingSite", "guidance.Referral"} <= set(
        covered
    )


def test_admin_requires_login(client):
    model = REGISTERED[0][0]
    response = client.get(admin_url(model, "changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
