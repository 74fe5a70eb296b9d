"""How well an offer fits a holder: one score, the same for the orientation results and for the catalogue
sorted by relevance (« voir les N offres » keeps the results' order).

The **score** of an offer for a holder is the sum of, with their weights:

| component | value | weight |
| --- | --- | --- |
| needs: the share of the holder's needs the offer answers (when they gave several) | 0 to 1 | 2 |
| audience: the offer is made for the holder's profile (`profil`), not open to all | 0 or 1 | 2 |
| words: how much the offer's texts speak of the words of the holder's `projet` (full-text rank, with synonyms, `offers.search.text_rank`) | 0 to 1 | 4 |
| place: the offer is on the holder's technopôle, not open to the whole area | 0 or 1 | 1.5 |
| sector: the offer is specific to the holder's sector, not for every sector | 0 or 1 | 1.5 |
| specificity: made for few needs and few stages (1/needs + 1/stages, halved) | 0 to 1 | 1.5 |
| freshness: confirmed up to date within `OFFER_STALE_AFTER_DAYS` | 0 or 1 | 0.5 |

Ties are broken by title, then id, so the same catalogue always gives the same order. Which offers
*match* at all (need, stage, place, sector, audience) is the matching's business
(`guidance.orientation.matching`, and the catalogue's filters); the score only orders them.

The weights say what an adviser would weigh: what the holders wrote about their project first (when they
wrote something), then who they are and what they need, then where and in which sector; specificity
prefers an incubator made for this stage to a fair that lists every stage; freshness only separates
near-equals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db.models import Case, Count, Expression, F, FloatField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce, Greatest, Round
from django.utils import timezone

from offers import search
from offers.models import Offer

NEEDS_WEIGHT = 2.0
AUDIENCE_WEIGHT = 2.0
WORDS_WEIGHT = 4.0
PLACE_WEIGHT = 1.5
SECTOR_WEIGHT = 1.5
SPECIFICITY_WEIGHT = 1.5
FRESHNESS_WEIGHT = 0.5

OfferNeed = Offer.needs.through
OfferStage = Offer.stages.through
OfferTechnopole = Offer.technopoles.through
OfferSector = Offer.sectors.through
OfferAudience = Offer.audiences.through


@dataclass(frozen=True)
class Profile:
    """What the score reads of a holder (ids, so that the catalogue and the orientation share it)."""

    need_ids: list[int] = field(default_factory=list)
    technopole_id: int | None = None
    sector_id: int | None = None
    audience_id: int | None = None
    text: str = ""


def linked(through, ref: str, **lookups) -> Q:
    """The offer in column `ref` has a link of this kind (with these values): `ref IN (SELECT …)`.

    The subquery does not depend on the row, so the database computes it once (PostgreSQL hashes it)."""
    return Q(**{f"{ref}__in": through.objects.filter(**lookups).values("offer_id")})


def linked_or_open(through, column: str, value_id: int | None, ref: str = "pk") -> Q:
    """Offers linked to this value, or to no value at all (open to all: no technopôle, no sector, no
    audience); any offer when there is no value."""
    if value_id is None:
        return Q()
    return linked(through, ref, **{column: value_id}) | ~linked(through, ref)


def for_audience(audience_id: int | None, ref: str = "pk") -> Q:
    """Offers open to everyone (no audience) or made for this audience; any offer without an audience."""
    return linked_or_open(OfferAudience, "audience_id", audience_id, ref)


def _flag(condition: Q, weight: float) -> Case:
    return Case(When(condition, then=Value(weight)), default=Value(0.0), output_field=FloatField())


def _links(through, ref: str, **lookups) -> Expression:
    rows = through.objects.filter(offer_id=OuterRef(ref), **lookups).order_by().values("offer_id")
    return Coalesce(Subquery(rows.annotate(n=Count("*")).values("n")), 0)


def score(profile: Profile, ref: str = "pk", prefix: str = "") -> Expression:
    """The score of the offer in column `ref` (its own columns reached through `prefix`)."""
    parts: list[Expression] = []
    if len(profile.need_ids) > 1:
        answered = Cast(_links(OfferNeed, ref, need_id__in=profile.need_ids), FloatField())
        parts.append(answered * Value(NEEDS_WEIGHT / len(profile.need_ids)))
    if profile.audience_id is not None:
        parts.append(_flag(linked(OfferAudience, ref, audience_id=profile.audience_id), AUDIENCE_WEIGHT))
    words = search.text_rank(profile.text, prefix=prefix) if profile.text else None
    if words is not None:
        parts.append(words * Value(WORDS_WEIGHT))
    if profile.technopole_id is not None:
        parts.append(_flag(linked(OfferTechnopole, ref, technopole_id=profile.technopole_id), PLACE_WEIGHT))
    if profile.sector_id is not None:
        parts.append(_flag(linked(OfferSector, ref, sector_id=profile.sector_id), SECTOR_WEIGHT))
    needs = Cast(_links(OfferNeed, ref), FloatField())
    stages = Cast(_links(OfferStage, ref), FloatField())
    specificity = (
        Value(1.0) / Greatest(needs, Value(1.0)) + Value(1.0) / Greatest(stages, Value(1.0))
    ) / Value(2.0)
    parts.append(specificity * Value(SPECIFICITY_WEIGHT))
    limit = timezone.now() - timedelta(days=settings.OFFER_STALE_AFTER_DAYS)
    parts.append(_flag(Q(**{f"{prefix}reviewed_at__gte": limit}), FRESHNESS_WEIGHT))
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    # Six decimals: sums of the same values in another order must compare equal (stable ties).
    return Cast(Round(total, 6), FloatField())


def ordering(profile: Profile, ref: str = "pk", prefix: str = "") -> list:
    """The ORDER BY of the documented ranking: score, then title and id for stable ties."""
    return [score(profile, ref, prefix).desc(), F(f"{prefix}title").asc(), F(ref).asc()]


def text_fit(text: str, offer: Offer) -> list[str]:
    """The words of the holder's text found in the offer's texts, as the holder wrote them (read from the
    index terms the offer stores, not stemmed again)."""
    stored = " ".join([offer.search_title, offer.search_summary, offer.search_body, offer.search_actor])
    return search.matched_words(text, set(stored.split()))


def index_scores(index, profile: Profile, words: dict[int, float] | None = None) -> np.ndarray:
    """The same score as `score()`, for every position of the in-memory catalogue index at once
    (`offers.catalogue_index`); `words` are the offers' ranks for the holder's description
    (`offers.search.text_ranks`). Rounded the same way, so both give the same order."""
    none = index.none()
    total = np.zeros(index.size)
    if len(profile.need_ids) > 1:
        answered = sum(index.links["needs"].get(pk, none).astype(float) for pk in profile.need_ids)
        total += answered * (NEEDS_WEIGHT / len(profile.need_ids))
    if profile.audience_id is not None:
        total += index.links["audiences"].get(profile.audience_id, none) * AUDIENCE_WEIGHT
    if words:
        total += index.values(words) * WORDS_WEIGHT
    if profile.technopole_id is not None:
        total += index.links["technopoles"].get(profile.technopole_id, none) * PLACE_WEIGHT
    if profile.sector_id is not None:
        total += index.links["sectors"].get(profile.sector_id, none) * SECTOR_WEIGHT
    needs = np.maximum(index.counts["needs"], 1)
    stages = np.maximum(index.counts["stages"], 1)
    total += (1.0 / needs + 1.0 / stages) / 2.0 * SPECIFICITY_WEIGHT
    limit = (timezone.now() - timedelta(days=settings.OFFER_STALE_AFTER_DAYS)).timestamp()
    with np.errstate(invalid="ignore"):
        total += (index.reviewed >= limit) * FRESHNESS_WEIGHT
    return np.round(total, 6)
