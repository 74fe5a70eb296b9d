"""The financing chain: the schemes laid out by stage, from the idea to growth, so that a holder sees the
whole chain (« chaîne de financement complète ») and its gaps."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from financing.models import FinancingScheme
from offers.catalogue import stage_choices
from offers.models import Offer

PER_STAGE = 12


@dataclass
class ChainLink:
    slug: str
    name: str
    count: int = 0
    schemes: list[dict] = field(default_factory=list)


def financing_chain(schemes: QuerySet, per_stage: int = PER_STAGE) -> list[ChainLink]:
    """Every stage in order, each with its schemes (at most `per_stage`) and their number. One query:
    the stage links of the filtered schemes, with what a chain entry shows."""
    instruments = dict(FinancingScheme.Instrument.choices)
    links = {slug: ChainLink(slug, name) for slug, name in stage_choices()}
    rows = (
        Offer.stages.through.objects.filter(offer_id__in=schemes.values("pk"))
        .order_by("offer__title", "offer_id")
        .values(
            "stage__slug",
            "offer__slug",
            "offer__title",
            "offer__actor__name",
            "offer__financingscheme__instrument",
            "offer__financingscheme__amount_min",
            "offer__financingscheme__amount_max",
            "offer__financingscheme__accepts_single_file",
        )
    )
    for row in rows:
        link = links.get(row["stage__slug"])
        if link is None:
            continue
        link.count += 1
        if len(link.schemes) < per_stage:
            link.schemes.append(
                {
                    "slug": row["offer__slug"],
                    "title": row["offer__title"],
                    "actor": row["offer__actor__name"],
                    "instrument": instruments.get(row["offer__financingscheme__instrument"], ""),
                    "amount_min": row["offer__financingscheme__amount_min"],
                    "amount_max": row["offer__financingscheme__amount_max"],
                    "accepts_single_file": row["offer__financingscheme__accepts_single_file"],
                }
            )
    return list(links.values())
