"""Builders for the admin tests of the offers (scoping, import and export): the admin POST data of an object,
and a builder for every model scoped by its structure. The two structures A and B are the `world` fixture
(conftest.py)."""

from __future__ import annotations

from datetime import date, datetime

import tablib
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
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


# --- Import and export through the admin ------------------------------------------------------------

CSV_FORMAT = "0"  # index of CSV in the admin's `formats`


def model_admin(model_key):
    return next(
        ma
        for m, ma in admin.site._registry.items()
        if f"{m._meta.app_label}_{m._meta.model_name}" == model_key
    )


def resource_class(model_key):
    return model_admin(model_key).resource_classes[0]


def export_rows(model_key, objects) -> tablib.Dataset:
    """The export of these objects (unrestricted), to edit and re-import as a user would."""
    model = model_admin(model_key).model
    return resource_class(model_key)().export(queryset=model.objects.filter(pk__in=[o.pk for o in objects]))


def as_csv(dataset: tablib.Dataset) -> SimpleUploadedFile:
    return SimpleUploadedFile("offres.csv", dataset.csv.encode(), content_type="text/csv")


def new_rows(model_key, template, *actors) -> tablib.Dataset:
    """One new row per actor, copied from `template`'s export with a fresh slug and title."""
    dataset = export_rows(model_key, [template])
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    result = tablib.Dataset(headers=dataset.headers)
    for n, actor in enumerate(actors):
        values = row | {"slug": f"importee-{n}", "title": f"Importée {n}", "actor": actor.slug}
        result.append([values[h] for h in dataset.headers])
    return result


def edited(dataset: tablib.Dataset, index: int = 0, **values) -> tablib.Dataset:
    """A copy of `dataset` with some cells of row `index` replaced."""
    rows = [list(row) for row in dataset]
    for column, value in values.items():
        rows[index][dataset.headers.index(column)] = value
    return tablib.Dataset(*rows, headers=dataset.headers)
