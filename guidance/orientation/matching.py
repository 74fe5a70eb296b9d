"""Matching a project holder's answers to the published offers, ranking them and saying why.

An offer **matches** the answers when it is published and
- answers at least one of the holder's needs,
- is for the holder's maturity stage,
- is on the holder's technopôle or open to the whole metropolitan area (an offer without technopôle);
  any place will do when the holder has no preference,
- is for the holder's sector or for every sector (an offer without sector); any sector will do when
  the holder gave none,
- is for the holder's profile or for everyone (an offer without audience); an offer reserved to other
  audiences (« réservé aux chercheurs ») is not a match.

The **ranking** is the relevance score of `offers.relevance` (needs answered, audience, the words of the
holder's description of the project, place, sector, specificity, freshness; ties by title then id): the
same score orders the catalogue when it is sorted by relevance, so « voir les N offres » keeps the order.

Results are grouped by need. An offer answering several of the holder's needs is **shown once**, under the
need where it ranks best (the first of them in the needs' order on a tie), and names the others. Only the
best `per_need` offers of each need are shown (with the total, for a « see all » link); `Results.ranked`
lists every offer shown, best first, whatever its need.

When a need has no match, the **nearest alternatives** are offers for that need failing exactly one
condition, labelled with it: on another technopôle or site; for another stage, the nearest first (the
stage just before or after, then further); or specific to another sector. « Et après ? » lists the offers
for the next stage (that are not also for the current one), ranked the same way.

The reasons shown under each offer are written by `guidance.orientation.explanation`.

Filtering, ranking and capping run on the in-memory index of the published catalogue
(`offers.catalogue_index`), so neither the number of queries nor the time grows with the catalogue; only the
offers shown are read from the database. `matching_offers` gives the same matches as a queryset (alerts).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.db.models import (
    Q,
)

from guidance.orientation.answers import Answers
from guidance.orientation.explanation import OTHER_SECTOR, OTHER_STAGE, OTHER_TECHNOPOLE, Match, explain
from offers import relevance, search
from offers.cache import catalogue_version, taxonomy
from offers.catalogue_index import CatalogueIndex, catalogue_index, in_order
from offers.models import Need, Offer, Stage
from offers.relevance import (
    OfferNeed,
    OfferSector,
    OfferStage,
    OfferTechnopole,
    for_audience,
    linked,
    linked_or_open,
)

PER_NEED = 10
ALTERNATIVES_PER_KIND = 3
NEXT_STEPS = 6


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
    ranked: list[Match] = field(default_factory=list)
    """Every offer shown under a need, best first whatever its need."""

    @property
    def gaps(self) -> list[NeedResults]:
        return [group for group in self.by_need if group.is_gap]


# --- The matching conditions in SQL, for `matching_offers` -----------------------------------------------


def _for_stages(stage_ids: list[int], ref: str) -> Q:
    return linked(OfferStage, ref, stage_id__in=stage_ids)


def _on_place(answers: Answers, ref: str) -> Q:
    return linked_or_open(
        OfferTechnopole, "technopole_id", answers.technopole.pk if answers.technopole else None, ref
    )


def _for_sector(answers: Answers, ref: str) -> Q:
    return linked_or_open(OfferSector, "sector_id", answers.sector.pk if answers.sector else None, ref)


def _for_profile(answers: Answers, ref: str) -> Q:
    return for_audience(answers.audience.pk if answers.audience else None, ref)


def _exact(answers: Answers, ref: str) -> Q:
    return (
        _for_stages([answers.stage.pk], ref)
        & _on_place(answers, ref)
        & _for_sector(answers, ref)
        & _for_profile(answers, ref)
    )


def matching_offers(answers: Answers):
    """Every published offer matching the answers (all needs together), unordered."""
    return Offer.objects.published().filter(
        linked(OfferNeed, "pk", need_id__in=answers.need_ids) & _exact(answers, "pk")
    )


def match_offers(
    answers: Answers,
    *,
    per_need: int = PER_NEED,
    alternatives_per_kind: int = ALTERNATIVES_PER_KIND,
    next_steps: int = NEXT_STEPS,
) -> Results:
    """The ranked, explained offers for each of the holder's needs (see the module docstring).

    Filtering and ranking run on the in-memory index of the published catalogue (`offers.catalogue_index`),
    so the cost does not grow with the catalogue: one full-text query for the words of the description (if
    any), then the offers shown with their taxonomy (one query and five prefetches).
    """
    index = catalogue_index()
    stages = sorted(taxonomy(Stage), key=lambda s: (s.order, s.pk))
    position = next(i for i, s in enumerate(stages) if s.pk == answers.stage.pk)
    next_stage = stages[position + 1] if position + 1 < len(stages) else None

    words = search.text_ranks(answers.project, index.size) if answers.project else None
    score = relevance.index_scores(index, answers.profile(), words)
    conditions = _conditions(index, answers)
    exact = conditions["stage"] & conditions["place"] & conditions["sector"] & conditions["audience"]
    by_need = {need.pk: exact & index.linked("needs", [need.pk]) for need in answers.needs}
    totals = {pk: int(np.count_nonzero(mask)) for pk, mask in by_need.items()}
    total = int(np.count_nonzero(exact & index.linked("needs", answers.need_ids)))

    # Enough per need to fill each group once the offers answering several needs keep only their best one.
    top = [
        (need_id, int(index.ids[p]), "", rank, float(score[p]), int(p))
        for need_id, mask in by_need.items()
        for rank, p in enumerate(in_order(index, mask, score)[: per_need * 2], start=1)
    ]
    shown = _once_per_offer(top, answers, per_need)

    gap_ids = [need.pk for need in answers.needs if not totals.get(need.pk)]
    alternatives = (
        _alternatives(index, answers, conditions, score, gap_ids, alternatives_per_kind) if gap_ids else []
    )

    next_ids = []
    if next_stage is not None and next_steps:
        ahead = (
            index.linked("needs", answers.need_ids)
            & index.linked("stages", [next_stage.pk])
            & ~conditions["stage"]
            & conditions["place"]
            & conditions["sector"]
            & conditions["audience"]
        )
        next_ids = [int(index.ids[p]) for p in in_order(index, ahead, score)[:next_steps]]

    offers = (
        Offer.objects.filter(pk__in={row[1] for row in shown + alternatives} | set(next_ids))
        .select_related("actor")
        .prefetch_related("needs", "stages", "technopoles", "sectors", "audiences")
        .in_bulk()
    )
    explained: dict[int, Match] = {}
    groups = []
    for need in sorted(answers.needs, key=lambda n: (n.order, n.name)):
        matches = []
        for row in shown:
            if row[0] == need.pk and row[1] in offers:
                explained[row[1]] = explain(offers[row[1]], answers, shown_under=need)
                matches.append(explained[row[1]])
        groups.append(
            NeedResults(
                need=need,
                matches=matches,
                total=totals.get(need.pk, 0),
                alternatives=[
                    explain(offers[row[1]], answers, row[2])
                    for row in alternatives
                    if row[0] == need.pk and row[1] in offers
                ],
            )
        )
    # Best first whatever the need: by score, then in name order as within a need.
    best_first = sorted(shown, key=lambda row: (-round(row[4], 9), row[5]))
    return Results(
        answers=answers,
        by_need=groups,
        total=total,
        next_stage=next_stage,
        # `if … in offers`: an offer deleted since the index was built is simply left out.
        next_steps=[explain(offers[pk], answers) for pk in next_ids if pk in offers],
        ranked=[explained[row[1]] for row in best_first if row[1] in explained],
    )


def _conditions(index: CatalogueIndex, answers: Answers) -> dict[str, np.ndarray]:
    """Each matching condition of the module docstring as a boolean array over the index's positions."""
    technopole = answers.technopole.pk if answers.technopole else None
    sector = answers.sector.pk if answers.sector else None
    audience = answers.audience.pk if answers.audience else None
    return {
        "stage": index.linked("stages", [answers.stage.pk]),
        "place": index.linked_or_open("technopoles", technopole),
        "sector": index.linked_or_open("sectors", sector),
        "audience": index.linked_or_open("audiences", audience),
        # On a technopôle or site, but not the holder's; specific to sectors, but not the holder's.
        "other_place": ~index.unlinked["technopoles"] & ~index.linked("technopoles", [technopole]),
        "other_sector": ~index.unlinked["sectors"] & ~index.linked("sectors", [sector]),
    }


def _once_per_offer(top: list[tuple], answers: Answers, per_need: int) -> list[tuple]:
    """Each offer under the one need where it ranks best (the first need in order on a tie), then the best
    `per_need` of each need; rows as `_top_per_need` gives them."""
    need_order = {need.pk: (need.order, need.name) for need in answers.needs}
    best: dict[int, tuple] = {}
    for row in top:
        need_id, offer_id, _kind, rank, _score, _position = row
        current = best.get(offer_id)
        if current is None or (rank, need_order[need_id]) < (current[3], need_order[current[0]]):
            best[offer_id] = row
    kept: list[tuple] = []
    count: dict[int, int] = {}
    for row in sorted(best.values(), key=lambda r: (need_order[r[0]], r[3])):
        if count.get(row[0], 0) < per_need:
            count[row[0]] = count.get(row[0], 0) + 1
            kept.append(row)
    return kept


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
    """The cache key of these answers: a digest, since ten needs, a profile and a description would make a
    key longer than a cache backend accepts (250 characters for memcached, 255 for the database cache)."""
    parts = [
        ",".join(need.slug for need in answers.needs),
        answers.stage.slug,
        answers.technopole.slug if answers.technopole else "",
        answers.sector.slug if answers.sector else "",
        answers.audience.slug if answers.audience else "",
        answers.project,
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]
    return f"orientation-results:{catalogue_version()}:{digest}"


def _alternatives(index, answers: Answers, conditions: dict, score, need_ids: list[int], limit: int) -> list:
    """The best `limit` offers of each kind of alternative for the needs without match, rows as `top`.

    Offers for another stage come nearest stage first: their distance to the holder's stage leads the
    ordering (it is 0, so neutral, for the other kinds, whose offers are for the holder's stage)."""
    c = conditions
    kinds = []
    if answers.technopole is not None:
        kinds.append((OTHER_TECHNOPOLE, c["stage"] & c["other_place"] & c["sector"] & c["audience"]))
    kinds.append((OTHER_STAGE, ~c["stage"] & c["place"] & c["sector"] & c["audience"]))
    if answers.sector is not None:
        kinds.append((OTHER_SECTOR, c["stage"] & c["place"] & c["other_sector"] & c["audience"]))
    distance = np.full(index.size, np.inf)
    for stage in taxonomy(Stage):
        linked = index.links["stages"].get(stage.pk)
        if linked is not None:
            distance[linked] = np.minimum(distance[linked], abs(stage.order - answers.stage.order))
    rows = []
    for need_id in need_ids:
        for_need = index.linked("needs", [need_id])
        for kind, condition in kinds:
            positions = np.flatnonzero(for_need & condition)
            order = positions[np.lexsort((positions, -np.round(score[positions], 9), distance[positions]))]
            rows += [
                (need_id, int(index.ids[p]), kind, rank, float(score[p]), int(p))
                for rank, p in enumerate(order[:limit], start=1)
            ]
    return rows
