"""Builders for the admin tests of the offers (scoping, import and export): the admin POST data of an object,
and a builder for every model scoped by its structure. The two structures A and B are the `world` fixture
(conftest.py)."""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Model
from django.forms.models import model_to_dict

from offers.models import Actor
from tests.factories import (
    make_competence,
    make_financing,
    make_housing,
    make_offer,
    make_recruitment,
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
