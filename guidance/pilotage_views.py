"""Coverage reports for Métropole staff (/pilotage/): pages, their CSV exports and a printable summary.

The numbers come from `guidance.reports`; this module turns them into tables (`Table`), whose cell texts
are written once here and used both by the templates and by the CSV exports, so a download holds exactly
what the page shows.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from guidance import reports
from guidance.forms_pilotage import CoverageFilterForm, Period, PeriodForm
from offers.models import Offer

PERMISSION = "guidance.view_coverage_reports"


def coverage_reports_required(view: Callable) -> Callable:
    """Anonymous visitors go to the admin login; logged-in users without the permission get a 403.

    The permission is granted to superusers (implicitly) and to the « Métropole » group.
    """
    return login_required(permission_required(PERMISSION, raise_exception=True)(view))


# --- Tables ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str
    href: str = ""
    numeric: bool = False


@dataclass
class Table:
    """A report table: the page renders it with `_table.html`, the CSV export writes the same texts."""

    caption: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty_message: str = ""


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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Structures write their own titles: a leading « = » must not run as a formula in a spreadsheet."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(table: Table, filename: str) -> HttpResponse:
    """The table as a CSV file for a French spreadsheet: UTF-8 with BOM, semicolons, the page's texts
    (only a text that a spreadsheet would take for a formula gets a leading apostrophe)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(table.columns)
    writer.writerows([spreadsheet_safe(cell.text) for cell in row] for row in table.rows)
    return response


def bad_request(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    """The page again, with the form's French error messages and no data, as a 400."""
    return render(request, template, context, status=400)


def with_period(template: str, section: str) -> Callable:
    """Hand the view the period chosen in the query string; an invalid one re-shows `template`, as a 400."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest) -> HttpResponse:
            form = PeriodForm(request.GET)
            if not form.is_valid():
                return bad_request(request, template, {"form": form, "section": section})
            return view(request, form, form.period())

        return wrapped

    return decorate


# --- Supply map ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatCell:
    count: int
    level: int
    href: str
    label: str


def catalogue_link(need_slug: str, stage_slug: str, grid: reports.SupplyGrid) -> str:
    params = {"besoin": need_slug, "stade": stage_slug}
    if grid.technopole:
        params["technopole"] = grid.technopole.slug
    if grid.sector:
        params["filiere"] = grid.sector.slug
    return "/offres/?" + urlencode(params)


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
            if cell.count == 0:
                label += " " + _("(lacune)")
            href = catalogue_link(cell.need.slug, cell.stage.slug, grid)
            cells.append(HeatCell(cell.count, cell.level, href, label))
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


def _supply(request: HttpRequest) -> tuple[CoverageFilterForm, reports.SupplyGrid | None]:
    form = CoverageFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    return form, reports.supply_grid(form.cleaned_data["technopole"], form.cleaned_data["filiere"])


@require_GET
@coverage_reports_required
@vary_on_headers("HX-Request")
def supply_map(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, permissions (none for a superuser), demo flag, technopôle/sector lookups
    # for the filters given, needs, stages, the grid's GROUP BY, then the filter form's two lists.
    form, grid = _supply(request)
    context = {"form": form, "section": "offre"}
    if grid is None:
        return bad_request(request, "guidance/pilotage/supply.html", context)
    context |= {
        "grid": grid,
        "table": supply_table(grid),
        "heat_rows": heat_rows(grid),
        "legend": heat_legend(grid),
        "query": request.GET.urlencode(),
    }
    template = "guidance/pilotage/supply.html#results" if request.htmx else "guidance/pilotage/supply.html"
    return render(request, template, context)


@require_GET
@coverage_reports_required
def supply_map_csv(request: HttpRequest) -> HttpResponse:
    form, grid = _supply(request)
    if grid is None:
        return bad_request(request, "guidance/pilotage/supply.html", {"form": form, "section": "offre"})
    return csv_response(supply_table(grid), "offre-besoins-stades.csv")


# --- Unmet demand ----------------------------------------------------------------------------------------

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


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/demand.html", "demande")
def unmet_demand(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, the combinations' GROUP BY, need names,
    # needs, the per-need conditional aggregates.
    context = {"form": form, "section": "demande"}
    rows = reports.unmet_demand(period.start, period.end, UNMET_DEMAND_LIMIT)
    context |= {
        "period": period,
        "table": demand_table(rows, period),
        "needs_table": needs_in_vain_table(reports.needs_searched_in_vain(period.start, period.end), period),
        "query": request.GET.urlencode(),
        "limit": UNMET_DEMAND_LIMIT,
    }
    return render(request, "guidance/pilotage/demand.html", context)


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/demand.html", "demande")
def unmet_demand_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.unmet_demand(period.start, period.end, UNMET_DEMAND_LIMIT)
    return csv_response(demand_table(rows, period), "demande-non-satisfaite.csv")


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/demand.html", "demande")
def needs_in_vain_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.needs_searched_in_vain(period.start, period.end)
    return csv_response(needs_in_vain_table(rows, period), "besoins-cherches-en-vain.csv")


# --- Freshness -------------------------------------------------------------------------------------------


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
                Cell(group.actor.name, href=f"/acteurs/{group.actor.slug}/"),
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
        ],
        rows=[
            [
                Cell(group.actor.name),
                Cell(offer.title, href=f"/offres/{offer.slug}/"),
                Cell(str(offer.get_kind_display())),
                date_cell(offer.reviewed_at),
                Cell(" · ".join(v for v in offer.contact.values() if v) or "—"),
            ]
            for group in groups
            for offer in group.offers
        ],
        empty_message=_("Aucune offre à confirmer."),
    )


@require_GET
@coverage_reports_required
def freshness(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, the stale offers with their structures.
    groups = reports.stale_offers()
    return render(
        request,
        "guidance/pilotage/freshness.html",
        {
            "section": "fraicheur",
            "stale_after_days": settings.OFFER_STALE_AFTER_DAYS,
            "structures_table": freshness_structures_table(groups),
            "offers_table": freshness_offers_table(groups),
        },
    )


@require_GET
@coverage_reports_required
def freshness_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(freshness_offers_table(reports.stale_offers()), "offres-a-confirmer.csv")


@require_GET
@coverage_reports_required
def freshness_structures_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(
        freshness_structures_table(reports.stale_offers()), "structures-offres-a-confirmer.csv"
    )


# --- Structures ------------------------------------------------------------------------------------------


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
                Cell(row.actor.name, href=f"/acteurs/{row.actor.slug}/"),
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


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/structures.html", "structures")
def structures(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, structures with offer counts per kind,
    # request counts per structure, the take-in-charge times of the period.
    context = {"form": form, "section": "structures"}
    rows = reports.structure_activity(period.start, period.end)
    context |= {"period": period, "table": structures_table(rows, period), "query": request.GET.urlencode()}
    return render(request, "guidance/pilotage/structures.html", context)


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/structures.html", "structures")
def structures_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.structure_activity(period.start, period.end)
    return csv_response(structures_table(rows, period), "structures-activite.csv")


# --- Overview and printable summary ----------------------------------------------------------------------

SUMMARY_ROWS = 6


def key_figures(period: Period) -> dict:
    """The figures of the overview and of the summary: gaps, demand without result, stale offers."""
    grid = reports.supply_grid()
    groups = reports.stale_offers()
    return {
        "grid": grid,
        "cell_count": len(grid.cells),
        "demand": reports.demand_summary(period.start, period.end),
        "needs_in_vain": reports.needs_searched_in_vain(period.start, period.end),
        "stale_groups": groups,
        "stale_count": sum(len(group.offers) for group in groups),
    }


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/overview.html", "accueil")
def overview(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, the grid (needs, stages, GROUP BY),
    # stale offers, demand totals, needs, per-need aggregates.
    context = {"form": form, "section": "accueil"}
    figures = key_figures(period)
    context |= figures | {
        "period": period,
        "needs_in_vain": [row for row in figures["needs_in_vain"] if row.in_vain][:SUMMARY_ROWS],
    }
    return render(request, "guidance/pilotage/overview.html", context)


@require_GET
@coverage_reports_required
@with_period("guidance/pilotage/summary.html", "synthese")
def summary(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: those of the overview, plus the combinations' GROUP BY and the need names.
    context = {"form": form, "section": "synthese"}
    figures = key_figures(period)
    demand_rows = reports.unmet_demand(period.start, period.end, SUMMARY_ROWS)
    stale_top = sorted(figures["stale_groups"], key=lambda group: -len(group.offers))[:SUMMARY_ROWS]
    context |= figures | {
        "period": period,
        "generated_at": timezone.now(),
        "supply_table": supply_table(figures["grid"]),
        "heat_rows": heat_rows(figures["grid"]),
        "demand_table": demand_table(demand_rows, period),
        "needs_table": needs_in_vain_table(figures["needs_in_vain"][:SUMMARY_ROWS], period),
        "stale_table": freshness_structures_table(stale_top),
    }
    return render(request, "guidance/pilotage/summary.html", context)
