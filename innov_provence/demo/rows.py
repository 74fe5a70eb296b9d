"""The shape of the demo rows: compact constructors so the data modules read as tables.

Taxonomy fields are written as space-separated slugs; a stage range such as "creation..croissance" expands
to every stage in between, following the order of `offers.taxonomy.STAGES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from offers.taxonomy import STAGES

STAGE_ORDER = [slug for slug, _name, _description in STAGES]


def slugs(text: str) -> list[str]:
    """ "financer locaux" → ["financer", "locaux"]; "idee..creation" → ["idee", "maturation", "creation"]."""
    result: list[str] = []
    for token in text.split():
        if ".." in token:
            first, last = token.split("..")
            result += STAGE_ORDER[STAGE_ORDER.index(first) : STAGE_ORDER.index(last) + 1]
        else:
            result.append(token)
    return result


@dataclass(frozen=True)
class ActorRow:
    slug: str
    name: str
    kind: str
    website: str
    email: str
    description: str
    technopole: str = ""
    sectors: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class OfferRow:
    """One demo offer. `model` names the (sub-)model; `fields` holds the sub-model's own fields."""

    model: str
    actor: str
    slug: str
    title: str
    summary: str
    description: str
    needs: str
    stages: str
    technopoles: str = ""
    sectors: str = ""
    # Space-separated slugs of `offers.taxonomy.AUDIENCES`; empty = open to every holder.
    audiences: str = ""
    kind: str = ""
    cost: str = "gratuit"
    cost_details: str = ""
    eligibility: str = ""
    url: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    status: str = "published"
    # "fresh" (confirmed in the last months), "old" (confirmed more than a year ago) or "never".
    review: str = "fresh"
    supervisors: str = ""
    fields: dict = field(default_factory=dict)


def offer(actor: str, slug: str, title: str, summary: str, description: str, **kw) -> OfferRow:
    """A plain offer: support (accompagnement) by default, `kind="evenement"` for events."""
    return OfferRow("offers.Offer", actor, slug, title, summary, description, **kw)


def event(actor: str, slug: str, title: str, summary: str, description: str, **kw) -> OfferRow:
    kw.setdefault("needs", "partenaires")
    return OfferRow("offers.Offer", actor, slug, title, summary, description, kind="evenement", **kw)


def financing(
    actor: str,
    slug: str,
    title: str,
    summary: str,
    description: str,
    *,
    instrument: str,
    amount: tuple[int | None, int | None] = (None, None),
    rate: int | None = None,
    single_file: bool = False,
    **kw,
) -> OfferRow:
    kw.setdefault("needs", "financer")
    fields = {
        "instrument": instrument,
        "amount_min": amount[0],
        "amount_max": amount[1],
        "funding_rate": rate,
        "accepts_single_file": single_file,
    }
    return OfferRow(
        "financing.FinancingScheme", actor, slug, title, summary, description, fields=fields, **kw
    )


def housing(
    actor: str,
    slug: str,
    title: str,
    summary: str,
    description: str,
    *,
    premises: str,
    address: str,
    surface: tuple[int | None, int | None] = (None, None),
    flexible: bool = False,
    lease: str = "",
    availability: str = "disponible",
    **kw,
) -> OfferRow:
    kw.setdefault("needs", "locaux")
    kw.setdefault("cost", "payant")
    fields = {
        "premises_type": premises,
        "address": address,
        "surface_min": surface[0],
        "surface_max": surface[1],
        "flexible_lease": flexible,
        "lease_terms": lease,
        "availability": availability,
    }
    return OfferRow("housing.HousingSite", actor, slug, title, summary, description, fields=fields, **kw)


def recruitment(
    actor: str, slug: str, title: str, summary: str, description: str, *, service: str, **kw
) -> OfferRow:
    kw.setdefault("needs", "recruter")
    return OfferRow(
        "offers.RecruitmentService",
        actor,
        slug,
        title,
        summary,
        description,
        fields={"service_type": service},
        **kw,
    )


def competence(
    actor: str,
    slug: str,
    title: str,
    summary: str,
    description: str,
    *,
    type: str,
    domains: str,
    equipment: str = "",
    lab_code: str = "",
    supervisors: str,
    **kw,
) -> OfferRow:
    kw.setdefault("needs", "recherche")
    kw.setdefault("stages", "idee..developpement")
    kw.setdefault("cost", "sur_devis")
    fields = {"competence_type": type, "domains": domains, "equipment": equipment, "lab_code": lab_code}
    return OfferRow(
        "offers.Competence",
        actor,
        slug,
        title,
        summary,
        description,
        fields=fields,
        supervisors=supervisors,
        **kw,
    )
