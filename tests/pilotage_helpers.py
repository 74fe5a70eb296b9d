"""Builders for the coverage-report tests: demand records, contact requests, a random catalogue."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.utils import timezone

from guidance.models import ContactRequest, QuestionnaireResponse
from offers.models import Need, Offer, Sector, Stage, Technopole
from tests.factories import make_actor, make_offer


def make_response(
    needs: list[str],
    stage: str | None = "creation",
    technopole: str | None = None,
    sector: str | None = None,
    result_count: int = 0,
    results_by_need: dict | None = None,
    created_at: datetime | None = None,
) -> QuestionnaireResponse:
    """A questionnaire record as the orientation questionnaire stores it."""
    slugs = sorted(needs)
    response = QuestionnaireResponse.objects.create(
        needs_key=",".join(slugs),
        stage=Stage.objects.get(slug=stage) if stage else None,
        technopole=Technopole.objects.get(slug=technopole) if technopole else None,
        sector=Sector.objects.get(slug=sector) if sector else None,
        result_count=result_count,
        results_by_need=results_by_need
        if results_by_need is not None
        else dict.fromkeys(slugs, result_count),
    )
    response.needs.set(Need.objects.filter(slug__in=slugs))
    if created_at is not None:
        QuestionnaireResponse.objects.filter(pk=response.pk).update(created_at=created_at)
    return response


def make_contact_request(actor, created_at=None, taken_after=None, closed_after=None, status=None):
    """A contact request received at `created_at`, taken in charge / closed that long afterwards."""
    created_at = created_at or timezone.now()
    request = ContactRequest.objects.create(
        actor=actor,
        name="Camille Porteur",
        email="camille@example.org",
        message="Bonjour, je souhaite être recontacté.",
        consent_at=created_at,
        status=status or ContactRequest.Status.NEW,
    )
    ContactRequest.objects.filter(pk=request.pk).update(
        created_at=created_at,
        taken_at=created_at + taken_after if taken_after is not None else None,
        closed_at=created_at + closed_after if closed_after is not None else None,
    )
    return request


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
