"""Builders for the admin tests: two structures A and B with one member each, Métropole staff, and the
admin URLs and POST data of every actor-scoped model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import Group
from django.db.models import Model
from django.forms.models import model_to_dict
from django.urls import reverse

from offers.admin_scoping import METROPOLE_GROUP, STRUCTURE_GROUP
from offers.models import Actor
from tests.factories import (
    make_actor,
    make_competence,
    make_financing,
    make_housing,
    make_offer,
    make_recruitment,
    make_user,
)


def make_supervised_competence(**overrides):
    """A competence with a supervising body, as the admin form requires one."""
    university, _ = Actor.objects.get_or_create(
        slug="universite-test", defaults={"name": "Université de test", "kind": Actor.Kind.UNIVERSITY}
    )
    overrides.setdefault("supervising_bodies", [university])
    return make_competence(**overrides)


# (admin URL prefix "app_model", builder) for every model scoped by its `actor` foreign key.
OFFER_MODELS = {
    "offers_offer": make_offer,
    "offers_recruitmentservice": make_recruitment,
    "offers_competence": make_supervised_competence,
    "financing_financingscheme": make_financing,
    "housing_housingsite": make_housing,
}


def make_member(actor: Actor, **overrides):
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=STRUCTURE_GROUP))
    actor.members.add(user)
    return user


def make_metropole_user(**overrides):
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=METROPOLE_GROUP))
    return user


@dataclass
class TwoStructures:
    a: Actor
    b: Actor
    alice: object  # member of A
    bob: object  # member of B


def two_structures() -> TwoStructures:
    a = make_actor(name="Incubateur Alpha", slug="alpha")
    b = make_actor(name="Pépinière Bêta", slug="beta")
    return TwoStructures(a=a, b=b, alice=make_member(a, username="alice"), bob=make_member(b, username="bob"))


def admin_url(model_key: str, view: str, *args) -> str:
    return reverse(f"admin:{model_key}_{view}", args=args)


def form_data(obj: Model, **overrides) -> dict:
    """The POST data of the admin change form for `obj`, as the browser would send it unchanged."""
    data = {}
    for name, value in model_to_dict(obj).items():
        if isinstance(value, list):
            data[name] = [item.pk for item in value]
        elif isinstance(value, Model):
            data[name] = value.pk
        elif isinstance(value, datetime):
            data[f"{name}_0"], data[f"{name}_1"] = value.strftime("%d/%m/%Y"), value.strftime("%H:%M:%S")
        elif isinstance(value, date):
            data[name] = value.strftime("%d/%m/%Y")
        elif value is None:
            data[name] = ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    data.pop("id", None)
    data.pop("offer_ptr", None)
    return data | overrides
