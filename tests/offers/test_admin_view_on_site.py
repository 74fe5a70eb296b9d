"""The admin's « voir sur le site » shortcut (/admin/r/<content type>/<id>/) redirects only for an object the
user may see in the admin: another structure's object, a draft included, is a 404 like a missing one."""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from guidance.models import QuestionnaireResponse
from offers.models import Offer
from tests.factories import make_actor, make_metropole_user, make_offer
from tests.offers.admin_helpers import OFFER_MODELS

pytestmark = pytest.mark.django_db


def view_on_site(obj, model=None) -> str:
    content_type = ContentType.objects.get_for_model(model or obj, for_concrete_model=False)
    return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])


@pytest.mark.parametrize("model_key", list(OFFER_MODELS))
def test_another_structure_draft_is_a_404(client, world, model_key):
    build = OFFER_MODELS[model_key]
    theirs = build(actor=world.b, status=Offer.Status.DRAFT)
    mine = build(actor=world.a, status=Offer.Status.DRAFT)
    client.force_login(world.alice)

    assert client.get(view_on_site(theirs)).status_code == 404
    # Through the parent model's content type too.
    assert client.get(view_on_site(theirs, Offer)).status_code == 404
    response = client.get(view_on_site(mine))
    assert response.status_code == 302
    assert response["Location"].endswith(mine.get_absolute_url())


def test_another_structure_is_a_404(client, world):
    client.force_login(world.alice)
    assert client.get(view_on_site(world.b)).status_code == 404
    assert client.get(view_on_site(world.a)).status_code == 302


def test_metropole_staff_reach_every_object(client, world):
    theirs = make_offer(actor=world.b, status=Offer.Status.DRAFT)
    client.force_login(make_metropole_user())
    assert client.get(view_on_site(theirs))["Location"].endswith(theirs.get_absolute_url())
    assert client.get(view_on_site(make_actor())).status_code == 302


def test_a_model_outside_the_admin_is_a_404(client, world):
    content_type = ContentType.objects.get_for_model(QuestionnaireResponse)
    client.force_login(world.alice)
    assert client.get(reverse("admin:view_on_site", args=[content_type.pk, 1])).status_code == 404
    assert client.get(reverse("admin:view_on_site", args=[content_type.pk, "x"])).status_code == 404


def test_an_admin_without_view_on_site_has_no_shortcut(client, world, monkeypatch):
    mine = make_offer(actor=world.a)
    monkeypatch.setattr(admin.site._registry[Offer], "view_on_site", False)
    client.force_login(world.alice)
    assert client.get(view_on_site(mine)).status_code == 404
