"""Demo data of the real Aix-Marseille-Provence innovation ecosystem, loaded by `manage.py load_demo`.

The rows live in the sibling modules, one per kind of offer; `load_demo_data` writes them idempotently
(keyed by slug) so the command can run at every `make run`. The data deliberately leaves some
need × stage × technopôle cells empty — nothing for `international` at the `idee` stage, nothing for
`prototyper` at La Ciotat — so that the coverage reports have real gaps to show, and it holds a few
drafts and offers not confirmed for over a year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from innov_provence.context_processors import DEMO_CACHE_KEY
from innov_provence.demo.actors import ACTORS
from innov_provence.demo.competences import COMPETENCES
from innov_provence.demo.financing import FINANCING
from innov_provence.demo.housing import HOUSING
from innov_provence.demo.networks import NETWORK_SUPPORT
from innov_provence.demo.recruitment import RECRUITMENT
from innov_provence.demo.rows import OfferRow, slugs
from innov_provence.demo.support import SUPPORT
from offers.models import Actor, Audience, Need, Offer, Sector, Stage, Technopole
from offers.publication import archive

OFFERS: list[OfferRow] = SUPPORT + NETWORK_SUPPORT + RECRUITMENT + FINANCING + HOUSING + COMPETENCES


@dataclass(frozen=True)
class DemoCounts:
    actors: int
    offers: int
    archived: int = 0


def reviewed_at(row: OfferRow, index: int, now: datetime) -> datetime | None:
    """A deterministic confirmation date: within the last ten months, over a year ago, or never."""
    if row.review == "never":
        return None
    if row.review == "old":
        return now - timedelta(days=400 + (index * 53) % 300)
    return now - timedelta(days=2 + (index * 37) % 300)


def check_rows() -> None:
    """Fail early, with the culprit's name, on a duplicate slug or an unknown actor."""
    for kind, rows in [("structure", ACTORS), ("offre", OFFERS)]:
        seen: set[str] = set()
        for row in rows:
            if row.slug in seen:
                raise ValueError(
                    f"Identifiant de {kind} en double dans les données de démonstration : {row.slug}"
                )
            seen.add(row.slug)
    actor_slugs = {row.slug for row in ACTORS}
    for row in OFFERS:
        missing = {row.actor, *row.supervisors.split()} - actor_slugs
        if missing:
            raise ValueError(f"Structure inconnue pour l'offre {row.slug} : {', '.join(sorted(missing))}")


def load_demo_data(now: datetime | None = None) -> DemoCounts:
    """Create or update every demo structure and offer; running it twice leaves the same rows."""
    check_rows()
    with transaction.atomic():
        counts = _write_rows(now or timezone.now())
    # The « données de démonstration » banner reads a cached flag: refresh it now.
    cache.delete(DEMO_CACHE_KEY)
    return counts


def _write_rows(now: datetime) -> DemoCounts:
    needs = {n.slug: n for n in Need.objects.all()}
    stages = {s.slug: s for s in Stage.objects.all()}
    technopoles = {t.slug: t for t in Technopole.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    audiences = {a.slug: a for a in Audience.objects.all()}

    actors: dict[str, Actor] = {}
    for row in ACTORS:
        actor, _created = Actor.objects.update_or_create(
            slug=row.slug,
            defaults={
                "name": row.name,
                "kind": row.kind,
                "website": row.website,
                "email": row.email,
                "phone": row.phone,
                "address": row.address,
                "description": row.description,
                "technopole": technopoles[row.technopole] if row.technopole else None,
                "is_demo": True,
            },
        )
        actor.sectors.set([sectors[s] for s in slugs(row.sectors)])
        actors[row.slug] = actor

    for index, row in enumerate(OFFERS):
        model = apps.get_model(row.model)
        defaults = {
            "actor": actors[row.actor],
            "title": row.title,
            "summary": row.summary,
            "description": row.description,
            "cost": row.cost,
            "cost_details": row.cost_details,
            "eligibility": row.eligibility,
            "url": row.url or actors[row.actor].website,
            "contact_name": row.contact_name,
            "contact_email": row.contact_email,
            "contact_phone": row.contact_phone,
            "status": row.status,
            "reviewed_at": reviewed_at(row, index, now),
            **row.fields,
        }
        if row.kind:
            defaults["kind"] = row.kind
        offer, _created = model.objects.update_or_create(slug=row.slug, defaults=defaults)
        offer.needs.set([needs[s] for s in slugs(row.needs)])
        offer.stages.set([stages[s] for s in slugs(row.stages)])
        offer.technopoles.set([technopoles[s] for s in slugs(row.technopoles)])
        offer.sectors.set([sectors[s] for s in slugs(row.sectors)])
        offer.audiences.set([audiences[s] for s in slugs(row.audiences)])
        if row.supervisors:
            offer.supervising_bodies.set([actors[s] for s in slugs(row.supervisors)])

    # Offers of the demo structures that the tables no longer list (removed from them, or added by hand
    # while trying the admin) are archived, not deleted: out of the catalogue, their history kept.
    listed = {row.slug for row in OFFERS}
    retired = Offer.objects.filter(actor__is_demo=True).exclude(slug__in=listed)
    return DemoCounts(actors=len(actors), offers=len(OFFERS), archived=archive(retired))
