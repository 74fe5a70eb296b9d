"""Coverage reports for Métropole staff (/pilotage/): where the offer has gaps, what holders asked for and
did not find, which offers are stale, how structures answer contact requests.

Every report aggregates in SQL (GROUP BY, `Count(..., filter=Q(...))`) and runs a fixed number of queries,
whatever the size of the catalogue and of the demand records. The functions return plain data; the views
turn it into tables, pages and CSV files.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Avg, Case, Count, IntegerField, Max, Min, Q, Value, When

from guidance.models import ContactRequest, ExpectedGap, QuestionnaireResponse
from offers.models import Actor, Need, Offer, Sector, Stage, Technopole

# A combination whose poorest answer listed this many offers or fewer is « peu couverte ».
FEW_RESULTS = 3
HEAT_LEVELS = 4


# --- Supply map ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridCell:
    need: Need
    stage: Stage
    count: int
    level: int  # 0 (gap) … HEAT_LEVELS, for the heatmap shading
    expected_reason: str | None = None  # the reason of a « sans objet » mark that holds for this cell

    @property
    def is_gap(self) -> bool:
        return self.count == 0

    @property
    def is_expected_gap(self) -> bool:
        """A gap marked « sans objet »: still a gap, counted apart."""
        return self.count == 0 and self.expected_reason is not None


@dataclass(frozen=True)
class GridRow:
    need: Need
    cells: list[GridCell]


@dataclass(frozen=True)
class SupplyGrid:
    stages: list[Stage]
    rows: list[GridRow]
    technopole: Technopole | None = None
    sector: Sector | None = None

    @property
    def cells(self) -> list[GridCell]:
        return [cell for row in self.rows for cell in row.cells]

    @property
    def gap_count(self) -> int:
        """Every gap, those marked « sans objet » included."""
        return sum(1 for cell in self.cells if cell.is_gap)

    @property
    def expected_gap_count(self) -> int:
        return sum(1 for cell in self.cells if cell.is_expected_gap)


def heat_level(count: int, max_count: int) -> int:
    """Shade relative to the fullest cell: 0 for a gap, then quarters of the maximum (1 … 4)."""
    if count <= 0 or max_count <= 0:
        return 0
    return min(HEAT_LEVELS, math.ceil(HEAT_LEVELS * count / max_count))


def offers_in_scope(technopole: Technopole | None = None, sector: Sector | None = None):
    """Published offers a holder on this technopôle and in this sector could use.

    An offer with no technopôle covers the whole metropolitan area, so it counts for every technopôle;
    an offer with no sector is open to all sectors.
    """
    offers = Offer.objects.published()
    if technopole is not None:
        offers = offers.filter(Q(technopoles=technopole) | Q(technopoles__isnull=True))
    if sector is not None:
        offers = offers.filter(Q(sectors=sector) | Q(sectors__isnull=True))
    return offers


def supply_grid(technopole: Technopole | None = None, sector: Sector | None = None) -> SupplyGrid:
    """The need × stage matrix of published offers within the scope of `offers_in_scope`.

    A cell counts the distinct offers tagged with both the need and the stage: an offer tagged with two
    needs and three stages counts once in each of the six cells, so cells do not add up to the number
    of offers. Every need × stage pair is present, with 0 where nothing is offered (a gap).

    A gap is « sans objet » when an `ExpectedGap` holds for it (`ExpectedGaps`): in the scope of a
    technopôle, a mark on that technopôle or on every site; for the whole metropolitan area, a mark on
    every site only (a gap marked on one site is still a gap on the others).

    Queries: needs, stages, one GROUP BY need, stage over the offers in scope (a sub-query), the marks.
    """
    needs = list(Need.objects.all())
    stages = list(Stage.objects.all())
    scope = offers_in_scope(technopole, sector).values("pk")
    counts = {
        (row["needs"], row["stages"]): row["offer_count"]
        for row in Offer.objects.filter(pk__in=scope, needs__isnull=False, stages__isnull=False)
        .values("needs", "stages")
        .annotate(offer_count=Count("pk", distinct=True))
        .order_by()
    }
    marks = ExpectedGaps.load(technopole)
    max_count = max(counts.values(), default=0)
    rows = []
    for need in needs:
        cells = []
        for stage in stages:
            count = counts.get((need.pk, stage.pk), 0)
            mark = marks.find(need.pk, stage.pk, technopole.pk if technopole else None)
            reason = mark.reason if mark else None
            cells.append(GridCell(need, stage, count, heat_level(count, max_count), reason))
        rows.append(GridRow(need, cells))
    return SupplyGrid(stages=stages, rows=rows, technopole=technopole, sector=sector)


# --- Gaps by technopôle ----------------------------------------------------------------------------------


class ExpectedGaps:
    """The « sans objet » marks, looked up per cell: a mark on a site holds for that site, a mark without
    technopôle for every site and for the whole metropolitan area."""

    def __init__(self, marks: list[ExpectedGap]) -> None:
        self.marks = marks
        self._everywhere = {(m.need_id, m.stage_id): m for m in marks if m.technopole_id is None}
        self._per_site = {(m.need_id, m.stage_id, m.technopole_id): m for m in marks if m.technopole_id}

    @classmethod
    def load(cls, technopole: Technopole | None = None, *, every_site: bool = False) -> ExpectedGaps:
        """The marks that can hold in a scope (one query): those of every site, plus those of `technopole`,
        or of all sites with `every_site`."""
        marks = ExpectedGap.objects.select_related("need", "stage", "technopole", "created_by")
        if not every_site:
            scope = Q(technopole__isnull=True)
            if technopole is not None:
                scope |= Q(technopole=technopole)
            marks = marks.filter(scope)
        return cls(list(marks))

    def find(self, need_id: int, stage_id: int, technopole_id: int | None = None) -> ExpectedGap | None:
        if technopole_id is not None and (need_id, stage_id, technopole_id) in self._per_site:
            return self._per_site[(need_id, stage_id, technopole_id)]
        return self._everywhere.get((need_id, stage_id))


@dataclass(frozen=True)
class Gap:
    """A need × stage cell without any published offer in a scope (a site, or the whole metropolitan area)."""

    need: Need
    stage: Stage
    technopole: Technopole | None
    mark: ExpectedGap | None = None

    @property
    def is_expected(self) -> bool:
        return self.mark is not None


@dataclass(frozen=True)
class GapCount:
    """The gaps of a scope: `total` need × stage cells without offer, `expected` of them « sans objet »."""

    total: int
    expected: int

    @property
    def open(self) -> int:
        """The gaps left to fill."""
        return self.total - self.expected


@dataclass(frozen=True)
class SiteCell:
    technopole: Technopole
    offers: int  # published offers for this need open to this site (its own and the metropolitan ones)
    gap_stages: int  # stages with no such offer
    expected_stages: int  # … of which marked « sans objet »


@dataclass(frozen=True)
class SiteRow:
    need: Need
    cells: list[SiteCell]


@dataclass(frozen=True)
class SiteGaps:
    technopole: Technopole
    gaps: GapCount


@dataclass(frozen=True)
class GapReport:
    needs: list[Need]
    stages: list[Stage]
    sites: list[Technopole]
    rows: list[SiteRow]  # need × site: offers open to the site
    by_site: list[SiteGaps]  # per site, its need × stage gaps
    metropole: GapCount  # need × stage cells with no offer anywhere
    marks: ExpectedGaps
    gap_lists: dict[int | None, list[Gap]] = field(repr=False, default_factory=dict)

    def gaps(self, technopole: Technopole | None = None) -> list[Gap]:
        """The need × stage gaps of a site, or of the whole metropolitan area, needs then stages in order."""
        return self.gap_lists.get(technopole.pk if technopole else None, [])


def gap_report() -> GapReport:
    """Where the offer has gaps, site by site: the technopôle × need view of the coverage.

    As in the matching, an offer open to the whole metropolitan area (no technopôle) counts for every
    site: an offer is open to a site when it names the site or names none. Per need and site, the number
    of published offers open to it (distinct offers, all stages); per site, the need × stage cells with no
    such offer (its gaps, those marked « sans objet » counted apart, see `ExpectedGaps`). A cell of the
    whole metropolitan area is a gap when no published offer at all has its need and stage.

    Queries: needs, stages, sites, one GROUP BY need, technopôle, one GROUP BY need, stage, technopôle
    (the metropolitan offers in the rows without technopôle), every mark.
    """
    needs = list(Need.objects.all())
    stages = list(Stage.objects.all())
    # The three technopôles first, then the other sites.
    sites = sorted(Technopole.objects.all(), key=lambda site: (not site.is_technopole, site.order, site.name))
    published = Offer.objects.published().filter(needs__isnull=False)
    by_need: dict[tuple[int, int | None], int] = {
        (row["needs"], row["technopoles"]): row["offer_count"]
        for row in published.values("needs", "technopoles")
        .annotate(offer_count=Count("pk", distinct=True))
        .order_by()
    }
    by_cell: dict[tuple[int, int, int | None], int] = {
        (row["needs"], row["stages"], row["technopoles"]): row["offer_count"]
        for row in published.filter(stages__isnull=False)
        .values("needs", "stages", "technopoles")
        .annotate(offer_count=Count("pk", distinct=True))
        .order_by()
    }
    marks = ExpectedGaps.load(every_site=True)
    anywhere = {(need_id, stage_id) for need_id, stage_id, _site in by_cell}

    gaps: dict[int | None, list[Gap]] = {None: []}
    for need in needs:
        for stage in stages:
            if (need.pk, stage.pk) not in anywhere:
                gaps[None].append(Gap(need, stage, None, marks.find(need.pk, stage.pk)))
    rows = []
    for need in needs:
        cells = []
        for site in sites:
            missing = [
                stage
                for stage in stages
                # Distinct offers: an offer names the site or names none, never both, so the two add up.
                if not by_cell.get((need.pk, stage.pk, site.pk), 0)
                + by_cell.get((need.pk, stage.pk, None), 0)
            ]
            site_gaps = [Gap(need, stage, site, marks.find(need.pk, stage.pk, site.pk)) for stage in missing]
            gaps.setdefault(site.pk, []).extend(site_gaps)
            offers = by_need.get((need.pk, site.pk), 0) + by_need.get((need.pk, None), 0)
            cells.append(SiteCell(site, offers, len(site_gaps), sum(gap.is_expected for gap in site_gaps)))
        rows.append(SiteRow(need, cells))

    def count(items: list[Gap]) -> GapCount:
        return GapCount(len(items), sum(gap.is_expected for gap in items))

    return GapReport(
        needs=needs,
        stages=stages,
        sites=sites,
        rows=rows,
        by_site=[SiteGaps(site, count(gaps.get(site.pk, []))) for site in sites],
        metropole=count(gaps[None]),
        marks=marks,
        gap_lists=gaps,
    )


# --- Unmet demand ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemandRow:
    needs_key: str
    need_names: list[str]
    stage: str
    technopole: str
    sector: str
    asked: int
    min_results: int
    max_results: int
    avg_results: float

    @property
    def coverage(self) -> str:
        """« aucun » if the combination once found nothing, « peu » if at most FEW_RESULTS, else « ok »."""
        if self.min_results == 0:
            return "aucun"
        if self.min_results <= FEW_RESULTS:
            return "peu"
        return "ok"


@dataclass(frozen=True)
class NeedDemand:
    need: Need
    searched: int  # questionnaires that asked for this need
    in_vain: int  # … and got no offer at all for it

    @property
    def in_vain_share(self) -> int:
        """Percentage of the searches for this need that found nothing (0 when nobody searched)."""
        return round(100 * self.in_vain / self.searched) if self.searched else 0


def responses_between(start: datetime, end: datetime):
    """Questionnaire records of the half-open period [start, end)."""
    return QuestionnaireResponse.objects.filter(created_at__gte=start, created_at__lt=end)


def unmet_demand(start: datetime, end: datetime, limit: int = 50) -> list[DemandRow]:
    """The answer combinations (needs + stage + technopôle + sector) asked in [start, end), poorest first.

    Ranking: first the combinations that once got no result at all (smallest `result_count` = 0), then
    those that got at most FEW_RESULTS offers, then the others; within each band, the most often asked
    first, then the lowest average result. `min_results`/`avg_results` are over the records of the period
    (the catalogue may have changed in between). One query: a GROUP BY over the records, joined to the
    taxonomy names; the need names come from one query on the needs.
    """
    band = Case(
        When(min_results=0, then=Value(0)),
        When(min_results__lte=FEW_RESULTS, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    groups = (
        responses_between(start, end)
        .values("needs_key", "stage__name", "technopole__name", "sector__name")
        .annotate(
            asked=Count("pk"),
            min_results=Min("result_count"),
            max_results=Max("result_count"),
            avg_results=Avg("result_count"),
        )
        .annotate(band=band)
        .order_by(
            "band", "-asked", "avg_results", "needs_key", "stage__name", "technopole__name", "sector__name"
        )
    )[:limit]
    names = dict(Need.objects.values_list("slug", "name"))
    return [
        DemandRow(
            needs_key=group["needs_key"],
            need_names=[names.get(slug, slug) for slug in group["needs_key"].split(",") if slug],
            stage=group["stage__name"] or "",
            technopole=group["technopole__name"] or "",
            sector=group["sector__name"] or "",
            asked=group["asked"],
            min_results=group["min_results"],
            max_results=group["max_results"],
            avg_results=round(float(group["avg_results"]), 1),
        )
        for group in groups
    ]


def needs_searched_in_vain(start: datetime, end: datetime) -> list[NeedDemand]:
    """Per need, how many questionnaires of [start, end) asked for it and how many found no offer for it.

    Read from `results_by_need` ({need slug: offers found}): a need is « searched » when its key is
    present and « in vain » when its count is 0. One query on the needs, then one query with two
    conditional aggregates per need over the records (JSON key lookups, on SQLite and PostgreSQL).
    Sorted by searches in vain, then by searches.
    """
    needs = list(Need.objects.all())
    aggregates = {}
    for index, need in enumerate(needs):
        aggregates[f"searched_{index}"] = Count("pk", filter=Q(results_by_need__has_key=need.slug))
        aggregates[f"in_vain_{index}"] = Count("pk", filter=Q(**{f"results_by_need__{need.slug}": 0}))
    totals = responses_between(start, end).aggregate(**aggregates) if needs else {}
    rows = [
        NeedDemand(need, totals[f"searched_{index}"], totals[f"in_vain_{index}"])
        for index, need in enumerate(needs)
    ]
    return sorted(rows, key=lambda row: (-row.in_vain, -row.searched, row.need.order))


@dataclass(frozen=True)
class DemandSummary:
    responses: int
    without_result: int


def demand_summary(start: datetime, end: datetime) -> DemandSummary:
    """How many questionnaires were answered in [start, end) and how many found nothing (one query)."""
    totals = responses_between(start, end).aggregate(
        responses=Count("pk"), without_result=Count("pk", filter=Q(result_count=0))
    )
    return DemandSummary(**totals)


# --- Freshness -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaleGroup:
    actor: Actor
    offers: list[Offer] = field(default_factory=list)


def stale_offers(now: datetime | None = None) -> list[StaleGroup]:
    """Published offers not confirmed up to date for OFFER_STALE_AFTER_DAYS days (or never), by structure.

    Only published offers: drafts and archives are not shown to holders. Structures by name, their offers
    never confirmed first, then the oldest confirmation. One query (offers joined to their structure).
    """
    offers = (
        Offer.objects.published()
        .stale(now)
        .select_related("actor")
        .only(
            "actor",
            "title",
            "slug",
            "kind",
            "reviewed_at",
            "contact_name",
            "contact_email",
            "contact_phone",
            "actor__name",
            "actor__slug",
            "actor__email",
            "actor__phone",
        )
        .order_by("actor__name", "actor_id", "reviewed_at", "title")
    )
    # reviewed_at NULL sorts last on PostgreSQL and first on SQLite: put "never" first everywhere.
    groups = []
    for _actor_id, items in itertools.groupby(offers, key=lambda offer: offer.actor_id):
        items = sorted(items, key=lambda offer: (offer.reviewed_at is not None, offer.reviewed_at or 0))
        groups.append(StaleGroup(items[0].actor, items))
    return groups


# --- Structures ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StructureActivity:
    actor: Actor
    offers_by_kind: dict[str, int]
    received: int = 0
    taken: int = 0
    closed: int = 0
    referred: int = 0
    median_time_to_take: timedelta | None = None

    @property
    def published_offers(self) -> int:
        return sum(self.offers_by_kind.values())

    @property
    def median_hours(self) -> float | None:
        if self.median_time_to_take is None:
            return None
        return round(self.median_time_to_take.total_seconds() / 3600, 1)


def structure_activity(start: datetime, end: datetime) -> list[StructureActivity]:
    """Per structure: its published offers by kind, and the contact requests it received in [start, end).

    Of the requests received in the period: `taken` have been taken in charge (a `taken_at`, whatever
    happened next), `closed` have been closed (a `closed_at`), `referred` were re-oriented to another
    structure (status « réorientée »). The median time to take in charge is over the requests of the
    period that were taken in charge, from reception to `taken_at`.

    Three queries: structures with offer counts per kind (conditional aggregates), request counts per
    structure (GROUP BY), and the reception/take-in-charge times of the period, whose medians are
    computed in Python (portable across SQLite and PostgreSQL).
    """
    kind_counts = {
        f"kind_{kind}": Count("offers", filter=Q(offers__status=Offer.Status.PUBLISHED, offers__kind=kind))
        for kind in Offer.Kind.values
    }
    actors = Actor.objects.only("name", "slug", "kind").annotate(**kind_counts).order_by("name", "pk")
    requests = ContactRequest.objects.filter(created_at__gte=start, created_at__lt=end)
    request_counts = {
        row["actor"]: row
        for row in requests.values("actor")
        .annotate(
            received=Count("pk"),
            taken=Count("pk", filter=Q(taken_at__isnull=False)),
            closed=Count("pk", filter=Q(closed_at__isnull=False)),
            referred=Count("pk", filter=Q(status=ContactRequest.Status.REFERRED)),
        )
        .order_by()
    }
    delays: dict[int, list[timedelta]] = defaultdict(list)
    for actor_id, created_at, taken_at in requests.filter(taken_at__isnull=False).values_list(
        "actor_id", "created_at", "taken_at"
    ):
        delays[actor_id].append(max(taken_at - created_at, timedelta(0)))
    rows = []
    for actor in actors:
        counts = request_counts.get(actor.pk, {})
        rows.append(
            StructureActivity(
                actor=actor,
                offers_by_kind={kind: getattr(actor, f"kind_{kind}") for kind in Offer.Kind.values},
                received=counts.get("received", 0),
                taken=counts.get("taken", 0),
                closed=counts.get("closed", 0),
                referred=counts.get("referred", 0),
                median_time_to_take=statistics.median(delays[actor.pk]) if delays.get(actor.pk) else None,
            )
        )
    return rows


def undelivered_contact_requests() -> int:
    """Contact requests whose emails are still unsent after the worker's last attempt (« non remises »)."""
    return ContactRequest.objects.undelivered().count()


def words_without_results(limit: int = 20, since=None) -> list[tuple[str, int]]:
    """The words most often written in their description of the project by holders whose answers found no
    offer at all: what the ecosystem is asked for and does not offer (stop words left out)."""
    from collections import Counter

    from offers.search import words

    records = QuestionnaireResponse.objects.filter(result_count=0).exclude(project="")
    if since is not None:
        records = records.filter(created_at__gte=since)
    counts: Counter[str] = Counter()
    for text in records.order_by("-created_at").values_list("project", flat=True)[:5000]:
        counts.update(set(words(text)))
    return counts.most_common(limit)


# --- Holder follow-up: reminders and usefulness (issue 19) ---------------------------------------------------


@dataclass(frozen=True)
class UsefulnessRow:
    actor_name: str
    closed: int  # requests received in the period and closed
    answered: int
    useful: int
    comments: list[str] = field(default_factory=list)

    @property
    def not_useful(self) -> int:
        return self.answered - self.useful


@dataclass(frozen=True)
class FollowUpSummary:
    received: int
    reminded: int  # structures reminded after CONTACT_REMINDER_DAYS working days
    escalated: int  # … and Métropole staff told after twice as many
    still_waiting: int  # reminded and still « nouvelle » today
    usefulness: list[UsefulnessRow] = field(default_factory=list)


COMMENTS_PER_STRUCTURE = 3


def follow_up_summary(start: datetime, end: datetime) -> FollowUpSummary:
    """Of the contact requests received in [start, end): how many reminded their structure, how many were
    signalled to Métropole staff, how many of those are still waiting; and per structure, the holders'
    answers to « Cette mise en relation vous a-t-elle été utile ? » with the latest few words they wrote.

    Three queries: one aggregate, one GROUP BY structure over the closed requests, the latest comments
    (at most COMMENTS_PER_STRUCTURE kept per structure, from the newest 500 of the period).
    """
    requests = ContactRequest.objects.filter(created_at__gte=start, created_at__lt=end)
    totals = requests.aggregate(
        received=Count("pk"),
        reminded=Count("pk", filter=Q(reminded_at__isnull=False)),
        escalated=Count("pk", filter=Q(escalated_at__isnull=False)),
        still_waiting=Count("pk", filter=Q(reminded_at__isnull=False, status=ContactRequest.Status.NEW)),
    )
    closed = requests.filter(status=ContactRequest.Status.CLOSED)
    groups = (
        closed.values("actor", "actor__name")
        .annotate(
            closed=Count("pk"),
            answered=Count("pk", filter=Q(useful__isnull=False)),
            useful=Count("pk", filter=Q(useful=True)),
        )
        .order_by("-answered", "actor__name", "actor")
    )
    comments: dict[int, list[str]] = defaultdict(list)
    for actor_id, comment in (
        closed.exclude(usefulness_comment="")
        .order_by("-feedback_at", "-pk")
        .values_list("actor_id", "usefulness_comment")[:500]
    ):
        if len(comments[actor_id]) < COMMENTS_PER_STRUCTURE:
            comments[actor_id].append(comment)
    rows = [
        UsefulnessRow(
            actor_name=group["actor__name"],
            closed=group["closed"],
            answered=group["answered"],
            useful=group["useful"],
            comments=comments.get(group["actor"], []),
        )
        for group in groups
    ]
    return FollowUpSummary(**totals, usefulness=rows)
