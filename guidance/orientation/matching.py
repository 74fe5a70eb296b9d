"""Matching a project holder's answers to the published offers, ranking them and saying why.

An offer **matches** the answers when it is published and
- answers at least one of the holder's needs,
- is for the holder's maturity stage,
- is on the holder's technopôle or open to the whole metropolitan area (an offer without technopôle);
  any place will do when the holder has no preference,
- is for the holder's sector or for every sector (an offer without sector); any sector will do when
  the holder gave none.

Results are grouped by need: an offer answering two of the holder's needs appears under both. Within a
need the **ranking** is, best first:
1. on the holder's technopôle before open to the whole metropolitan area (when a technopôle was chosen);
2. specific to the holder's sector before generic (when a sector was chosen);
3. answering more of the holder's needs before fewer;
4. freshly reviewed before stale: `reviewed_at` most recent first, never reviewed last;
5. ties broken by title, then by id, so that the same catalogue always gives the same order.

Only the best `per_need` offers of each need are shown (with the total, for a « see all » link).

When a need has no match, the **nearest alternatives** are offers for that need failing exactly one
condition, labelled with it: on another technopôle or site; for another stage, the nearest first (the
stage just before or after, then further); or specific to another sector. « Et après ? » lists the offers for the next stage (that are not also for
the current one), ranked the same way.

The reasons shown under each offer are written by `guidance.orientation.explanation`.

Filtering, ranking and capping all run in SQL — a window function numbers the offers of each need over
the offer–need link table — so the number of queries and the rows loaded do not grow with the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Abs, RowNumber

from guidance.orientation.answers import Answers
from guidance.orientation.explanation import OTHER_SECTOR, OTHER_STAGE, OTHER_TECHNOPOLE, Match, explain
from offers.cache import catalogue_version
from offers.models import Need, Offer, Stage

PER_NEED = 10
ALTERNATIVES_PER_KIND = 3
NEXT_STEPS = 6

OfferNeed = Offer.needs.through
OfferStage = Offer.stages.through
OfferTechnopole = Offer.technopoles.through
OfferSector = Offer.sectors.through


@dataclass
class NeedResults:
    need: Need
    matches: list[Match]
    total: int
    alternatives: list[Match] = field(default_factory=list)

    @property
    def is_gap(self) -> bool:
        return self.total == 0

    @property
    def hidden_count(self) -> int:
        return self.total - len(self.matches)


@dataclass
class Results:
    answers: Answers
    by_need: list[NeedResults]
    total: int
    """Distinct offers matching, all needs together."""
    next_stage: Stage | None = None
    next_steps: list[Match] = field(default_factory=list)

    @property
    def gaps(self) -> list[NeedResults]:
        return [group for group in self.by_need if group.is_gap]


# --- Conditions, as SQL expressions about the offer whose id is in column `ref` -------------------------


def _linked(through, ref: str, **lookups) -> Q:
    """The offer has a link of this kind (with these values): `ref IN (SELECT offer_id FROM link …)`.

    The subquery does not depend on the row, so the database computes it once (PostgreSQL hashes it)
    instead of probing the link table for every candidate row as a correlated EXISTS would; with the
    « or no link at all » conditions below, this is what keeps 50,000 offers fast.
    """
    return Q(**{f"{ref}__in": through.objects.filter(**lookups).values("offer_id")})


def _first_if(condition: Q):
    return ExpressionWrapper(condition, output_field=BooleanField()).desc()


def _for_stages(stage_ids: list[int], ref: str) -> Q:
    return _linked(OfferStage, ref, stage_id__in=stage_ids)


def _on_place(answers: Answers, ref: str) -> Q:
    if answers.technopole is None:
        return Q()
    return _linked(OfferTechnopole, ref, technopole_id=answers.technopole.pk) | ~_linked(OfferTechnopole, ref)


def _on_other_place(answers: Answers, ref: str) -> Q:
    return _linked(OfferTechnopole, ref) & ~_linked(OfferTechnopole, ref, technopole_id=answers.technopole.pk)


def _for_sector(answers: Answers, ref: str) -> Q:
    if answers.sector is None:
        return Q()
    return _linked(OfferSector, ref, sector_id=answers.sector.pk) | ~_linked(OfferSector, ref)


def _for_other_sector(answers: Answers, ref: str) -> Q:
    return _linked(OfferSector, ref) & ~_linked(OfferSector, ref, sector_id=answers.sector.pk)


def _ranking(answers: Answers, ref: str, prefix: str) -> list:
    """The ORDER BY of the documented ranking; `prefix` reaches the offer's own columns."""
    order = []
    if answers.technopole is not None:
        order.append(_first_if(_linked(OfferTechnopole, ref, technopole_id=answers.technopole.pk)))
    if answers.sector is not None:
        order.append(_first_if(_linked(OfferSector, ref, sector_id=answers.sector.pk)))
    if len(answers.needs) > 1:
        needs_answered = (
            OfferNeed.objects.filter(offer_id=OuterRef(ref), need_id__in=answers.need_ids)
            .values("offer_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        order.append(Subquery(needs_answered).desc())
    order += [
        F(f"{prefix}reviewed_at").desc(nulls_last=True),
        F(f"{prefix}title").asc(),
        F(ref).asc(),
    ]
    return order


def _exact(answers: Answers, ref: str) -> Q:
    return _for_stages([answers.stage.pk], ref) & _on_place(answers, ref) & _for_sector(answers, ref)


def _top_per_need(links, answers: Answers, limit: int, partition: list, first: tuple = ()) -> list[tuple]:
    """(need id, offer id, kind) of the best `limit` links per partition, best first.

    `first` holds ordering expressions that come before the documented ranking."""
    order = [*first, *_ranking(answers, "offer_id", "offer__")]
    ranked = links.annotate(rank=Window(RowNumber(), partition_by=partition, order_by=order)).filter(
        rank__lte=limit
    )
    return list(ranked.order_by("need_id", "rank").values_list("need_id", "offer_id", "kind"))


# --- The public functions --------------------------------------------------------------------------------


def matching_offers(answers: Answers):
    """Every published offer matching the answers (all needs together), unordered."""
    return Offer.objects.published().filter(
        _linked(OfferNeed, "pk", need_id__in=answers.need_ids) & _exact(answers, "pk")
    )


def match_offers(
    answers: Answers,
    *,
    per_need: int = PER_NEED,
    alternatives_per_kind: int = ALTERNATIVES_PER_KIND,
    next_steps: int = NEXT_STEPS,
) -> Results:
    """The ranked, explained offers for each of the holder's needs (see the module docstring).

    A bounded number of queries whatever the catalogue size: the stages, the counts (per need and
    distinct), the best links per need, the alternatives (only when a need has no match), the
    « Et après ? » offers (unless at the last stage), then the offers shown with their taxonomy.
    """
    stages = list(Stage.objects.order_by("order", "pk"))
    position = next(i for i, s in enumerate(stages) if s.pk == answers.stage.pk)
    next_stage = stages[position + 1] if position + 1 < len(stages) else None

    exact_links = OfferNeed.objects.filter(
        need_id__in=answers.need_ids, offer__status=Offer.Status.PUBLISHED
    ).filter(_exact(answers, "offer_id"))
    # One scan for both the count per need and the number of distinct offers.
    counts = exact_links.aggregate(
        total=Count("offer_id", distinct=True),
        **{f"need_{pk}": Count("pk", filter=Q(need_id=pk)) for pk in answers.need_ids},
    )
    totals = {pk: counts[f"need_{pk}"] for pk in answers.need_ids}
    total = counts["total"]
    shown = _top_per_need(exact_links.annotate(kind=Value("")), answers, per_need, [F("need_id")])

    gap_ids = [need.pk for need in answers.needs if not totals.get(need.pk)]
    alternatives = _alternatives(answers, gap_ids, alternatives_per_kind) if gap_ids else []

    next_ids = []
    if next_stage is not None and next_steps:
        next_ids = list(
            matching_offers(Answers(answers.needs, next_stage, answers.technopole, answers.sector))
            .exclude(_for_stages([answers.stage.pk], "pk"))
            .order_by(*_ranking(answers, "pk", ""))
            .values_list("pk", flat=True)[:next_steps]
        )

    offers = (
        Offer.objects.filter(pk__in={o for _, o, _ in shown + alternatives} | set(next_ids))
        .select_related("actor")
        .prefetch_related("needs", "stages", "technopoles", "sectors")
        .in_bulk()
    )
    groups = []
    for need in sorted(answers.needs, key=lambda n: (n.order, n.name)):
        groups.append(
            NeedResults(
                need=need,
                matches=[explain(offers[o], answers) for n, o, _ in shown if n == need.pk and o in offers],
                total=totals.get(need.pk, 0),
                alternatives=[
                    explain(offers[o], answers, kind)
                    for n, o, kind in alternatives
                    if n == need.pk and o in offers
                ],
            )
        )
    return Results(
        answers=answers,
        by_need=groups,
        total=total,
        next_stage=next_stage,
        # `if … in offers`: an offer deleted between the queries above is simply left out.
        next_steps=[explain(offers[pk], answers) for pk in next_ids if pk in offers],
    )


def cached_match_offers(answers: Answers) -> Results:
    """`match_offers(answers)`, computed once per set of answers and catalogue version.

    Many holders give the same few answers; the results only change with the catalogue, whose version
    is bumped on every change (`offers.cache`), and expire after `PUBLIC_PAGE_CACHE_SECONDS`.
    """
    return cache.get_or_set(
        _match_key(answers), lambda: match_offers(answers), settings.PUBLIC_PAGE_CACHE_SECONDS
    )


def cached_match_totals(answers: Answers) -> Results:
    """The counts of `cached_match_offers(answers)` without the offers: what a questionnaire record needs,
    and quick to read from the cache (unpickling the full results with their offers takes ~7 ms)."""

    def totals() -> Results:
        full = cached_match_offers(answers)
        by_need = [NeedResults(group.need, [], group.total) for group in full.by_need]
        return Results(answers=answers, by_need=by_need, total=full.total)

    key = _match_key(answers) + ":totals"
    return cache.get_or_set(key, totals, settings.PUBLIC_PAGE_CACHE_SECONDS)


def _match_key(answers: Answers) -> str:
    place = answers.technopole.slug if answers.technopole else ""
    sector = answers.sector.slug if answers.sector else ""
    needs = ",".join(need.slug for need in answers.needs)
    return f"orientation-results:{catalogue_version()}:{needs}:{answers.stage.slug}:{place}:{sector}"


def _alternatives(answers: Answers, need_ids: list[int], limit: int) -> list[tuple]:
    """The best `limit` offers of each kind of alternative for the needs without match.

    Offers for another stage come nearest stage first: their distance to the holder's stage leads the
    ordering (it is 0, so neutral, for the other kinds, whose offers are for the holder's stage).
    """
    ref = "offer_id"
    kinds = []
    if answers.technopole is not None:
        kinds.append(
            (
                OTHER_TECHNOPOLE,
                _for_stages([answers.stage.pk], ref)
                & _on_other_place(answers, ref)
                & _for_sector(answers, ref),
            )
        )
    kinds.append(
        (
            OTHER_STAGE,
            ~_for_stages([answers.stage.pk], ref) & _on_place(answers, ref) & _for_sector(answers, ref),
        )
    )
    if answers.sector is not None:
        kinds.append(
            (
                OTHER_SECTOR,
                _for_stages([answers.stage.pk], ref)
                & _on_place(answers, ref)
                & _for_other_sector(answers, ref),
            )
        )
    # Each kind fails exactly one condition, so a link belongs to one kind at most.
    either = Q()
    for _kind, condition in kinds:
        either |= condition
    links = (
        OfferNeed.objects.filter(need_id__in=need_ids, offer__status=Offer.Status.PUBLISHED)
        .filter(either)
        .annotate(
            kind=Case(*(When(condition, then=Value(kind)) for kind, condition in kinds), default=Value(""))
        )
    )
    distance = (
        OfferStage.objects.filter(offer_id=OuterRef("offer_id"))
        .annotate(distance=Abs(F("stage__order") - answers.stage.order))
        .order_by("distance")
        .values("distance")[:1]
    )
    first = (Subquery(distance).asc(nulls_last=True),)
    rows = _top_per_need(links, answers, limit, [F("need_id"), F("kind")], first)
    order = [kind for kind, _condition in kinds]
    return sorted(rows, key=lambda row: (row[0], order.index(row[2])))
