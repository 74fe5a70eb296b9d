"""Small builders for test data, one per concept: `make_offer(**overrides)` rather than fixture files.

The reference taxonomy (needs, stages, technopôles, sectors) comes from the data migration, so tests look
it up by slug with `need("financer")`, `stage("amorcage")`…
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone

from financing.models import FinancingFile, FinancingFileFigure, FinancingScheme
from guidance.models import ContactRequest, QuestionnaireResponse
from housing.models import HousingSite
from offers.admin_scoping import METROPOLE_GROUP, STRUCTURE_GROUP
from offers.models import (
    Actor,
    Competence,
    Need,
    Offer,
    RecruitmentService,
    Sector,
    Stage,
    Technopole,
)
from offers.search import index_terms

_seq = itertools.count(1)


def need(slug: str) -> Need:
    return Need.objects.get(slug=slug)


def stage(slug: str) -> Stage:
    return Stage.objects.get(slug=slug)


def technopole(slug: str) -> Technopole:
    return Technopole.objects.get(slug=slug)


def sector(slug: str) -> Sector:
    return Sector.objects.get(slug=slug)


# --- Accounts and the admin ---------------------------------------------------------------------------------


def make_user(username: str | None = None, **overrides):
    n = next(_seq)
    username = username or f"user{n}"
    fields = {"email": f"{username}@example.org", "is_staff": True} | overrides
    password = fields.pop("password", "motdepasse-de-test-123")
    return get_user_model().objects.create_user(username=username, password=password, **fields)


def make_structure_user(*actors: Actor, **overrides):
    """A staff account in the « Structure » group (its permissions come from a migration), member of these
    structures."""
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=STRUCTURE_GROUP))
    for actor in actors:
        actor.members.add(user)
    return user


def make_metropole_user(**overrides):
    """A staff account in the « Métropole » group: every structure's data, and the coverage reports."""
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=METROPOLE_GROUP))
    return user


def admin_url(model: str | type[Model], view: str, *args) -> str:
    """The admin URL of a model's view: `admin_url(Offer, "change", pk)` or `admin_url("offers_offer", …)`."""
    if not isinstance(model, str):
        model = f"{model._meta.app_label}_{model._meta.model_name}"
    return reverse(f"admin:{model}_{view}", args=args)


# --- Structures and their offers ----------------------------------------------------------------------------


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


# --- Whole catalogues ---------------------------------------------------------------------------------------


def random_catalogue(seed: int, size: int) -> list[dict]:
    """`size` offers with random needs, stages, technopôles (often none: metropolitan) and sectors.

    The need « international » and the stage « croissance » are never drawn, so the grid always has gaps.
    Returns the specification of each offer (slugs and status) for independent counting.
    """
    rng = random.Random(seed)
    needs = list(Need.objects.exclude(slug="international").values_list("slug", flat=True))
    stages = list(Stage.objects.exclude(slug="croissance").values_list("slug", flat=True))
    technopoles = list(Technopole.objects.values_list("slug", flat=True))
    sectors = list(Sector.objects.values_list("slug", flat=True))
    by_slug = {
        model: {obj.slug: obj for obj in model.objects.all()} for model in (Need, Stage, Technopole, Sector)
    }
    actors = [make_actor() for _ in range(3)]
    specs = []
    for _ in range(size):
        spec = {
            "needs": rng.sample(needs, rng.randint(1, 3)),
            "stages": rng.sample(stages, rng.randint(1, 3)),
            "technopoles": rng.sample(technopoles, rng.choice([0, 0, 1, 2])),
            "sectors": rng.sample(sectors, rng.choice([0, 1, 2])),
            "status": rng.choice([Offer.Status.PUBLISHED] * 4 + [Offer.Status.DRAFT, Offer.Status.ARCHIVED]),
        }
        make_offer(
            actor=rng.choice(actors),
            status=spec["status"],
            reviewed_at=timezone.now() - timedelta(days=rng.choice([1, 100, 400])),
            needs=[by_slug[Need][s] for s in spec["needs"]],
            stages=[by_slug[Stage][s] for s in spec["stages"]],
            technopoles=[by_slug[Technopole][s] for s in spec["technopoles"]],
            sectors=[by_slug[Sector][s] for s in spec["sectors"]],
        )
        specs.append(spec)
    return specs


_batch = itertools.count(1)


def bulk_offers(
    count: int,
    model: type[Model] = Offer,
    *,
    needs: list[str] | None = None,
    stages: list[str] | None = None,
    technopoles: list[str] | None = None,
    sectors: list[str] | None = None,
    **child_fields,
) -> list[Offer]:
    """`count` published offers over 10 structures, in a handful of statements: thousands of offers, to show
    that query counts do not grow with the catalogue.

    Each of `needs`, `stages`, `technopoles` and `sectors`, given as slugs, links every offer to all of them
    (an empty list: none); left out, the offers cycle through the whole reference list (every third offer
    has no technopôle: the whole metropolitan area; every second no sector). With `model` a sub-model
    (financing scheme, housing site…), each offer also gets its child row with `child_fields`.
    """
    batch = next(_batch)
    actors = Actor.objects.bulk_create(
        Actor(name=f"Structure en masse {batch}-{i}", slug=f"masse-{batch}-{i}", kind=Actor.Kind.INCUBATOR)
        for i in range(10)
    )
    kind = getattr(model, "default_kind", Offer.Kind.SUPPORT)
    now = timezone.now()
    offers = Offer.objects.bulk_create(
        (
            Offer(
                actor=actors[i % len(actors)],
                kind=kind,
                title=f"Offre en masse {batch}-{i}",
                slug=f"offre-masse-{batch}-{i}",
                summary="Accompagnement généré pour les tests de charge",
                search_title=index_terms(f"Offre en masse {batch}-{i}"),
                search_summary=index_terms("Accompagnement généré pour les tests de charge"),
                status=Offer.Status.PUBLISHED,
                reviewed_at=now,
            )
            for i in range(count)
        ),
        batch_size=500,
    )
    links = {
        "needs": (Need, needs, lambda i: True),
        "stages": (Stage, stages, lambda i: True),
        "technopoles": (Technopole, technopoles, lambda i: i % 3 != 0),
        "sectors": (Sector, sectors, lambda i: i % 2 == 0),
    }
    for relation, (taxonomy, slugs, cycled) in links.items():
        m2m = Offer._meta.get_field(relation)
        through, target = m2m.remote_field.through, m2m.m2m_reverse_field_name()
        if slugs is None:
            values = list(taxonomy.objects.all())
            rows = (
                through(offer_id=offer.pk, **{f"{target}_id": values[i % len(values)].pk})
                for i, offer in enumerate(offers)
                if cycled(i)
            )
        else:
            values = list(taxonomy.objects.filter(slug__in=slugs))
            rows = (
                through(offer_id=offer.pk, **{f"{target}_id": value.pk})
                for offer in offers
                for value in values
            )
        through.objects.bulk_create(rows, batch_size=500)
    if model is not Offer:
        # Django cannot bulk-create a multi-table child; insert the child rows on their own, as save() would.
        children = [model(offer_ptr_id=offer.pk, **child_fields) for offer in offers]
        fields = model._meta.local_concrete_fields
        for start in range(0, len(children), 500):
            model._base_manager._insert(children[start : start + 500], fields=fields)
    return offers


# --- Guidance: contact requests, questionnaire records, the single financing file ---------------------------


def make_contact_request(
    *,
    created_at: datetime | None = None,
    taken_after: timedelta | None = None,
    closed_after: timedelta | None = None,
    **overrides,
) -> ContactRequest:
    """A holder's request as the contact form stores it (to a new structure, at the amorçage stage).

    With `created_at`, received then (consent given then); `taken_after` / `closed_after`: taken in charge /
    closed that long after its arrival.
    """
    fields = {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "06 12 34 56 78",
        "organisation": "BioSens",
        "message": "Bonjour, nous cherchons un accompagnement.",
        "consent_at": created_at or timezone.now(),
    } | overrides
    if "actor" not in fields:
        fields["actor"] = make_actor()
    if "stage" not in fields:
        fields["stage"] = stage("amorcage")
    contact_request = ContactRequest.objects.create(**fields)
    if created_at is not None or taken_after is not None or closed_after is not None:
        created_at = created_at or contact_request.created_at
        ContactRequest.objects.filter(pk=contact_request.pk).update(
            created_at=created_at,
            taken_at=created_at + taken_after if taken_after is not None else None,
            closed_at=created_at + closed_after if closed_after is not None else None,
        )
    return contact_request


def make_questionnaire_response(
    needs: list[str],
    stage: str | None = "creation",
    technopole: str | None = None,
    sector: str | None = None,
    result_count: int = 0,
    results_by_need: dict | None = None,
    created_at: datetime | None = None,
    project: str = "",
) -> QuestionnaireResponse:
    """A questionnaire record as the orientation questionnaire stores it."""
    slugs = sorted(needs)
    response = QuestionnaireResponse.objects.create(
        needs_key=",".join(slugs),
        stage=Stage.objects.get(slug=stage) if stage else None,
        technopole=Technopole.objects.get(slug=technopole) if technopole else None,
        sector=Sector.objects.get(slug=sector) if sector else None,
        result_count=result_count,
        project=project,
        results_by_need=results_by_need
        if results_by_need is not None
        else dict.fromkeys(slugs, result_count),
    )
    if created_at is not None:
        QuestionnaireResponse.objects.filter(pk=response.pk).update(created_at=created_at)
    return response


def make_financing_file(**overrides) -> FinancingFile:
    """A single financing file with every required section complete, at the amorçage stage, seeking
    150 000 €; `figures`: (year, revenue, result) rows."""
    figures = overrides.pop("figures", [])
    fields = {
        "holder_name": "Camille Martin",
        "holder_email": "camille@startup.example.org",
        "holder_phone": "06 12 34 56 78",
        "consent_at": timezone.now(),
        "company_name": "Calanques Bio",
        "siren": "732829320",
        "legal_form": FinancingFile.LegalForm.SAS,
        "headcount": 4,
        "technopole": technopole("luminy"),
        "project_summary": "Un test de diagnostic rapide des algues toxiques.",
        "innovation": "Biocapteur breveté issu d'un laboratoire de Luminy.",
        "market": "Collectivités littorales et conchyliculteurs.",
        "stage": stage("amorcage"),
        "team": "Camille Martin, présidente\nSam Durand, directeur scientifique",
        "amount_sought": 150_000,
        "use_of_funds": "Industrialisation du capteur et premiers recrutements.",
    } | overrides
    file = FinancingFile.objects.create(**fields)
    for year, revenue, result in figures:
        FinancingFileFigure.objects.create(file=file, year=year, revenue=revenue, result=result)
    return file


def make_draft_financing_file(**overrides) -> FinancingFile:
    """A single financing file just started: holder only, every section empty."""
    fields = {"holder_name": "Alex Petit", "holder_email": "alex@example.org", "consent_at": timezone.now()}
    return FinancingFile.objects.create(**(fields | overrides))


def make_single_file_scheme(**overrides) -> FinancingScheme:
    """A published scheme accepting the single file at amorçage, from 50 k€ to 500 k€, of a new bank."""
    overrides.setdefault("actor", make_actor(kind="banque"))
    overrides.setdefault("accepts_single_file", True)
    overrides.setdefault("stages", [stage("amorcage")])
    overrides.setdefault("amount_min", 50_000)
    overrides.setdefault("amount_max", 500_000)
    return make_financing(**overrides)
