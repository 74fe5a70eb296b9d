"""Small builders for test data: `make_offer(**overrides)` rather than fixture files.

The reference taxonomy (needs, stages, technopôles, sectors) comes from the data migration, so tests look
it up by slug with `need("financer")`, `stage("amorcage")`…
"""

from __future__ import annotations

import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

from financing.models import FinancingScheme
from housing.models import HousingSite
from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Sector, Stage, Technopole

_seq = itertools.count(1)


def need(slug: str) -> Need:
    return Need.objects.get(slug=slug)


def stage(slug: str) -> Stage:
    return Stage.objects.get(slug=slug)


def technopole(slug: str) -> Technopole:
    return Technopole.objects.get(slug=slug)


def sector(slug: str) -> Sector:
    return Sector.objects.get(slug=slug)


def make_user(username: str | None = None, **overrides):
    n = next(_seq)
    username = username or f"user{n}"
    fields = {"email": f"{username}@example.org", "is_staff": True} | overrides
    password = fields.pop("password", "motdepasse-de-test-123")
    return get_user_model().objects.create_user(username=username, password=password, **fields)


def make_actor(**overrides) -> Actor:
    n = next(_seq)
    members = overrides.pop("members", [])
    sectors = overrides.pop("sectors", [])
    fields = {
        "name": f"Structure {n}",
        "slug": f"structure-{n}",
        "kind": Actor.Kind.INCUBATOR,
        "email": f"contact{n}@structure.example.org",
        "phone": "04 91 00 00 00",
    } | overrides
    actor = Actor.objects.create(**fields)
    actor.members.set(members)
    actor.sectors.set(sectors)
    return actor


def _make(model, overrides: dict):
    n = next(_seq)
    relations = {
        key: overrides.pop(key, default)
        for key, default in [("needs", None), ("stages", None), ("technopoles", []), ("sectors", [])]
    }
    if relations["needs"] is None:
        relations["needs"] = [need("etre-accompagne")]
    if relations["stages"] is None:
        relations["stages"] = [stage("creation")]
    extra_m2m = {k: overrides.pop(k) for k in ["supervising_bodies"] if k in overrides}
    fields = {
        "title": f"Offre {n}",
        "slug": f"offre-{n}",
        "summary": f"Résumé de l'offre {n}",
        "status": Offer.Status.PUBLISHED,
        "reviewed_at": timezone.now(),
    } | overrides
    if "actor" not in fields:
        fields["actor"] = make_actor()
    obj = model.objects.create(**fields)
    for key, values in (relations | extra_m2m).items():
        getattr(obj, key).set(values)
    return obj


def make_offer(**overrides) -> Offer:
    return _make(Offer, overrides)


def make_financing(**overrides) -> FinancingScheme:
    overrides.setdefault("instrument", FinancingScheme.Instrument.HONOUR_LOAN)
    overrides.setdefault("needs", [need("financer")])
    return _make(FinancingScheme, overrides)


def make_housing(**overrides) -> HousingSite:
    overrides.setdefault("premises_type", HousingSite.PremisesType.OFFICES)
    overrides.setdefault("needs", [need("locaux")])
    return _make(HousingSite, overrides)


def make_recruitment(**overrides) -> RecruitmentService:
    overrides.setdefault("service_type", RecruitmentService.ServiceType.SOURCING)
    overrides.setdefault("needs", [need("recruter")])
    return _make(RecruitmentService, overrides)


def make_competence(**overrides) -> Competence:
    overrides.setdefault("competence_type", Competence.CompetenceType.PLATFORM)
    overrides.setdefault("domains", "Imagerie, microscopie")
    overrides.setdefault("needs", [need("recherche")])
    return _make(Competence, overrides)
