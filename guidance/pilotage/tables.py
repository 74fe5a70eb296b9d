"""The coverage reports as tables: each cell's text is written once here and used both by the pages'
templates and by the CSV exports, so a download holds exactly what the page shows."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Page
from django.http import HttpResponse, QueryDict
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from guidance.pilotage import reports
from guidance.pilotage.forms import Period
from offers.models import Offer
from offers.opendata import spreadsheet_safe


@dataclass(frozen=True)
class Cell:
    text: str
    href: str = ""
    numeric: bool = False
    note: str = ""  # a word shown beside the text on the page (« lacune »), not exported
    state: str = ""  # a class for the page: « gap » or « expected » (a gap « sans objet »)


@dataclass(frozen=True)
class SortHeader:
    """A column header that is a link sorting the table by it; `sort` is its aria-sort, if sorted by it."""

    text: str
    href: str
    sort: str = ""


@dataclass
class Table:
    """A report table: the page renders it with `_table.html`, the CSV export writes the same texts.

    `foot` rows (totals) come after the others, in the page's <tfoot> and at the end of the CSV file;
    `headers`, when set, make the column headers links that sort the table (the page only)."""

    caption: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty_message: str = ""
    foot: list[list[Cell]] = field(default_factory=list)
    headers: list[SortHeader] = field(default_factory=list)


def number(value: int | float | None) -> Cell:
    if value is None:
        return Cell("—", numeric=True)
    if isinstance(value, float):
        return Cell(formats.number_format(value, decimal_pos=1), numeric=True)
    return Cell(str(value), numeric=True)


def date_cell(value) -> Cell:
    if value is None:
        return Cell(_("jamais"))
    return Cell(formats.date_format(timezone.localtime(value), "SHORT_DATE_FORMAT"))


def csv_response(table: Table, filename: str) -> HttpResponse:
    """The table as a CSV file for a French spreadsheet: UTF-8 with BOM, semicolons, the page's texts
    (only a text that a spreadsheet would take for a formula gets a leading apostrophe)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([spreadsheet_safe(str(column)) for column in table.columns])
    writer.writerows([spreadsheet_safe(cell.text) for cell in row] for row in table.rows + table.foot)
    return response


@dataclass(frozen=True)
class HeatCell:
    count: int
    level: int
    href: str
    label: str
    expected: bool = False  # a gap marked « sans objet »


def catalogue_link(need_slug: str, stage_slug: str, grid: reports.SupplyGrid) -> str:
    params = {"besoin": need_slug, "stade": stage_slug}
    if grid.technopole:
        params["technopole"] = grid.technopole.slug
    if grid.sector:
        params["filiere"] = grid.sector.slug
    return f"{reverse('offers:offer_list')}?{urlencode(params)}"


def scope_label(grid: reports.SupplyGrid) -> str:
    place = (
        _("%(name)s (offres métropolitaines comprises)") % {"name": grid.technopole.name}
        if grid.technopole
        else _("toute la métropole")
    )
    sector = grid.sector.name if grid.sector else _("toutes filières")
    return f"{place} · {sector}"


def heat_rows(grid: reports.SupplyGrid) -> list[tuple]:
    """(need, [HeatCell]) per row, for the heatmap template."""
    rows = []
    for row in grid.rows:
        cells = []
        for cell in row.cells:
            label = _("%(count)s offre(s) : %(need)s, stade %(stage)s") % {
                "count": cell.count,
                "need": cell.need.name,
                "stage": cell.stage.name,
            }
            if cell.is_expected_gap:
                label += " " + _("(lacune sans objet : %(reason)s)") % {"reason": cell.expected_reason}
            elif cell.is_gap:
                label += " " + _("(lacune)")
            href = catalogue_link(cell.need.slug, cell.stage.slug, grid)
            cells.append(HeatCell(cell.count, cell.level, href, label, cell.is_expected_gap))
        rows.append((row.need, cells))
    return rows


def heat_legend(grid: reports.SupplyGrid) -> list[tuple[int, str]]:
    """The count range each shade stands for, from the fullest cell of this grid."""
    top = max((cell.count for cell in grid.cells), default=0)
    legend = [(0, _("0 offre : lacune"))]
    for level in range(1, reports.HEAT_LEVELS + 1):
        # heat_level(c) == level exactly for (level - 1) × top / 4 < c ≤ level × top / 4.
        low = (level - 1) * top // reports.HEAT_LEVELS + 1
        high = level * top // reports.HEAT_LEVELS
        if high >= low:
            text = str(low) if low == high else _("%(low)s à %(high)s") % {"low": low, "high": high}
            legend.append((level, text))
    return legend


def supply_table(grid: reports.SupplyGrid) -> Table:
    return Table(
        caption=_("Offres publiées par besoin et par stade : %(scope)s") % {"scope": scope_label(grid)},
        columns=[_("Besoin")] + [stage.name for stage in grid.stages],
        rows=[[Cell(row.need.name)] + [number(cell.count) for cell in row.cells] for row in grid.rows],
    )


COVERAGE_LABELS = {
    "aucun": gettext_lazy("aucun résultat"),
    "peu": gettext_lazy("peu de résultats"),
    "ok": gettext_lazy("suffisante"),
}


UNMET_DEMAND_LIMIT = 100


def unspecified(value: str) -> Cell:
    return Cell(value or _("non précisé"))


def demand_table(rows: list[reports.DemandRow], period: Period) -> Table:
    return Table(
        caption=_("Combinaisons de réponses au questionnaire, les moins servies d'abord : %(period)s")
        % {"period": period.label},
        columns=[
            _("Besoins"),
            _("Stade"),
            _("Technopôle ou site"),
            _("Filière"),
            _("Demandes"),
            _("Résultats (min.)"),
            _("Résultats (moy.)"),
            _("Résultats (max.)"),
            _("Couverture"),
        ],
        rows=[
            [
                Cell(", ".join(row.need_names)),
                unspecified(row.stage),
                unspecified(row.technopole),
                unspecified(row.sector),
                number(row.asked),
                number(row.min_results),
                number(row.avg_results),
                number(row.max_results),
                Cell(str(COVERAGE_LABELS[row.coverage])),
            ]
            for row in rows
        ],
        empty_message=_("Aucun questionnaire rempli sur cette période."),
    )


def needs_in_vain_table(rows: list[reports.NeedDemand], period: Period) -> Table:
    return Table(
        caption=_("Besoins cherchés en vain : %(period)s") % {"period": period.label},
        columns=[_("Besoin"), _("Recherches"), _("Sans aucune offre"), _("Part sans offre (%)")],
        rows=[
            [Cell(row.need.name), number(row.searched), number(row.in_vain), number(row.in_vain_share)]
            for row in rows
        ],
    )


def freshness_structures_table(groups: list[reports.StaleGroup]) -> Table:
    return Table(
        caption=_("Structures ayant des offres à confirmer"),
        columns=[
            _("Structure"),
            _("Courriel"),
            _("Téléphone"),
            _("Offres à confirmer"),
            _("Jamais confirmées"),
        ],
        rows=[
            [
                Cell(group.actor.name, href=group.actor.get_absolute_url()),
                Cell(
                    group.actor.email or "—", href=f"mailto:{group.actor.email}" if group.actor.email else ""
                ),
                Cell(group.actor.phone or "—"),
                number(len(group.offers)),
                number(sum(1 for offer in group.offers if offer.reviewed_at is None)),
            ]
            for group in groups
        ],
        empty_message=_("Toutes les offres publiées ont été confirmées récemment."),
    )


def freshness_offers_table(groups: list[reports.StaleGroup]) -> Table:
    return Table(
        caption=_("Offres publiées à confirmer, par structure"),
        columns=[
            _("Structure"),
            _("Offre"),
            _("Type d'offre"),
            _("Confirmée à jour le"),
            _("Contact de l'offre"),
            _("Interlocuteur nommé"),
        ],
        rows=[
            [
                Cell(group.actor.name),
                Cell(offer.title, href=offer.get_absolute_url()),
                Cell(str(offer.get_kind_display())),
                date_cell(offer.reviewed_at),
                Cell(" · ".join(v for v in offer.contact.values() if v) or "—"),
                # « Le bon interlocuteur »: a generic address with nobody named is flagged for the reminder.
                Cell(_("oui") if offer.contact_name else _("non : à compléter")),
            ]
            for group in groups
            for offer in group.offers
        ],
        empty_message=_("Aucune offre à confirmer."),
    )


def gap_count_text(gaps: reports.GapCount) -> str:
    """« 12 lacunes, dont 3 sans objet »."""
    text = ngettext("%(count)s lacune", "%(count)s lacunes", gaps.total) % {"count": gaps.total}
    if gaps.expected:
        text += ", " + _("dont %(count)s sans objet") % {"count": gaps.expected}
    return text


def site_cell(cell: reports.SiteCell) -> Cell:
    """The offers of a need open to a site; a 0 is a gap (« sans objet » if each of its stages is marked)."""
    if cell.offers == 0:
        expected = cell.expected_stages == cell.gap_stages
        return Cell(
            "0",
            numeric=True,
            note=_("sans objet") if expected else _("lacune"),
            state="expected" if expected else "gap",
        )
    open_stages = cell.gap_stages - cell.expected_stages
    note = (
        ngettext("%(count)s stade sans offre", "%(count)s stades sans offre", open_stages)
        % {"count": open_stages}
        if open_stages
        else ""
    )
    return Cell(str(cell.offers), numeric=True, note=note)


def site_grid_table(report: reports.GapReport) -> Table:
    """Needs × sites: the published offers open to each site, and at the foot the need × stage gaps of each
    site (the numbers of the map)."""
    return Table(
        caption=_(
            "Offres publiées par besoin, ouvertes à chaque technopôle ou site (offres métropolitaines comprises)"
        ),
        columns=[_("Besoin")] + [site.name for site in report.sites],
        rows=[[Cell(row.need.name)] + [site_cell(cell) for cell in row.cells] for row in report.rows],
        foot=[
            [Cell(_("Lacunes besoin × stade"))] + [number(site.gaps.total) for site in report.by_site],
            [Cell(_("dont sans objet"))] + [number(site.gaps.expected) for site in report.by_site],
        ],
    )


def structures_table(rows: list[reports.StructureActivity], period: Period) -> Table:
    kinds = Offer.Kind.choices
    return Table(
        caption=_("Offres publiées et demandes de mise en relation par structure : %(period)s")
        % {"period": period.label},
        columns=[_("Structure"), _("Type de structure")]
        + [str(label) for _kind, label in kinds]
        + [
            _("Offres publiées"),
            _("Demandes reçues"),
            _("Prises en charge"),
            _("Clôturées"),
            _("Réorientées"),
            _("Délai médian de prise en charge (heures)"),
        ],
        rows=[
            [
                Cell(row.actor.name, href=row.actor.get_absolute_url()),
                Cell(str(row.actor.get_kind_display())),
            ]
            + [number(row.offers_by_kind[kind]) for kind, _label in kinds]
            + [
                number(row.published_offers),
                number(row.received),
                number(row.taken),
                number(row.closed),
                number(row.referred),
                number(row.median_hours),
            ]
            for row in rows
        ],
        empty_message=_("Aucune structure enregistrée."),
    )


SUMMARY_ROWS = 6


# --- Sorting and paging the structures table -------------------------------------------------------------

STRUCTURES_PER_PAGE = 25


def folded(text: str) -> str:
    """A text as it sorts in French: case and accents left out (« École » between « eau » and « entreprise »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class SortColumn:
    key: str  # the value of `?tri=`
    value: Callable[[reports.StructureActivity], Any]
    numeric: bool = True  # numbers sort from the largest first at the first click, texts from A


def structure_sort_columns() -> list[SortColumn]:
    """The sort keys of the structures table's columns, in the order of `structures_table`'s columns."""
    return (
        [
            SortColumn("structure", lambda row: folded(row.actor.name), numeric=False),
            SortColumn("type", lambda row: folded(str(row.actor.get_kind_display())), numeric=False),
        ]
        + [SortColumn(kind, lambda row, kind=kind: row.offers_by_kind[kind]) for kind in Offer.Kind.values]
        + [
            SortColumn("offres", lambda row: row.published_offers),
            SortColumn("recues", lambda row: row.received),
            SortColumn("prises", lambda row: row.taken),
            SortColumn("cloturees", lambda row: row.closed),
            SortColumn("reorientees", lambda row: row.referred),
            SortColumn("delai", lambda row: row.median_hours),
        ]
    )


def sort_structures(
    rows: list[reports.StructureActivity], column: SortColumn, descending: bool
) -> list[reports.StructureActivity]:
    """The rows sorted by `column`, ties by name; an empty value (no median delay) comes last either way."""
    by_name = sorted(rows, key=lambda row: (folded(row.actor.name), row.actor.pk))
    present = [row for row in by_name if column.value(row) is not None]
    missing = [row for row in by_name if column.value(row) is None]
    # Python's sort is stable, reversed too: equal values keep the order of the names.
    return sorted(present, key=column.value, reverse=descending) + missing


def sort_headers(
    table: Table, columns: list[SortColumn], sorted_by: SortColumn, descending: bool, query: QueryDict
) -> list[SortHeader]:
    """Each column header as a link sorting by it: the sorted column's link reverses the order, the others
    start from their natural order. The links keep `query` (the period) and go back to the first page."""
    headers = []
    for text, column in zip(table.columns, columns, strict=True):
        if column is sorted_by:
            next_descending = not descending
            state = "descending" if descending else "ascending"
        else:
            next_descending, state = column.numeric, ""
        params = query.copy()
        params["tri"] = column.key
        params["ordre"] = "desc" if next_descending else "asc"
        headers.append(SortHeader(text, f"?{params.urlencode()}", state))
    return headers


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: the ellipsis between distant pages
    href: str = ""
    current: bool = False


def page_href(query: QueryDict, number: int) -> str:
    params = query.copy()
    params["page"] = str(number)
    return f"?{params.urlencode()}"


def page_links(page: Page, query: QueryDict) -> list[PageLink]:
    """The links to the pages of a table, keeping `query` (period and sort)."""
    return [
        PageLink(None)
        if number == page.paginator.ELLIPSIS
        else PageLink(number, page_href(query, number), number == page.number)
        for number in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    ]


def previous_next(page: Page, query: QueryDict) -> tuple[str, str]:
    """The addresses of the previous and the next page ("" at either end)."""
    return (
        page_href(query, page.previous_page_number()) if page.has_previous() else "",
        page_href(query, page.next_page_number()) if page.has_next() else "",
    )
