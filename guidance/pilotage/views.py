"""Coverage reports for Métropole staff (/pilotage/): pages, their CSV exports and a printable summary.

The numbers come from `guidance.pilotage.reports`, the tables the pages and the CSV files share from
`guidance.pilotage.tables`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from guidance.models import ExpectedGap
from guidance.pilotage import reports
from guidance.pilotage.forms import (
    CoverageFilterForm,
    ExpectedGapForm,
    GapScopeForm,
    Period,
    PeriodForm,
    StructureTableForm,
)
from guidance.pilotage.site_map import map_points
from guidance.pilotage.tables import (
    STRUCTURES_PER_PAGE,
    SUMMARY_ROWS,
    UNMET_DEMAND_LIMIT,
    csv_response,
    demand_table,
    freshness_offers_table,
    freshness_structures_table,
    gap_count_text,
    heat_legend,
    heat_rows,
    needs_in_vain_table,
    page_links,
    previous_next,
    site_grid_table,
    sort_headers,
    sort_structures,
    structure_sort_columns,
    structures_table,
    supply_table,
)

PERMISSION = "guidance.view_coverage_reports"


def coverage_reports_required(view: Callable) -> Callable:
    """Anonymous visitors go to the admin login; logged-in users without the permission get a 403.

    The permission is granted to superusers (implicitly) and to the « Métropole » group.
    """
    return login_required(permission_required(PERMISSION, raise_exception=True)(view))


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


def _supply(request: HttpRequest) -> tuple[CoverageFilterForm, reports.SupplyGrid | None]:
    form = CoverageFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    return form, reports.supply_grid(form.cleaned_data["technopole"], form.cleaned_data["filiere"])


@require_safe
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


@require_safe
@coverage_reports_required
def supply_map_csv(request: HttpRequest) -> HttpResponse:
    form, grid = _supply(request)
    if grid is None:
        return bad_request(request, "guidance/pilotage/supply.html", {"form": form, "section": "offre"})
    return csv_response(supply_table(grid), "offre-besoins-stades.csv")


@require_safe
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


@require_safe
@coverage_reports_required
@with_period("guidance/pilotage/demand.html", "demande")
def unmet_demand_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.unmet_demand(period.start, period.end, UNMET_DEMAND_LIMIT)
    return csv_response(demand_table(rows, period), "demande-non-satisfaite.csv")


@require_safe
@coverage_reports_required
@with_period("guidance/pilotage/demand.html", "demande")
def needs_in_vain_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.needs_searched_in_vain(period.start, period.end)
    return csv_response(needs_in_vain_table(rows, period), "besoins-cherches-en-vain.csv")


@require_safe
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


@require_safe
@coverage_reports_required
def freshness_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(freshness_offers_table(reports.stale_offers()), "offres-a-confirmer.csv")


@require_safe
@coverage_reports_required
def freshness_structures_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(
        freshness_structures_table(reports.stale_offers()), "structures-offres-a-confirmer.csv"
    )


def without(query: QueryDict, *names: str) -> QueryDict:
    """The query string less some of its parameters (the period alone, for the links of a table)."""
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return query


@require_safe
@coverage_reports_required
@with_period("guidance/pilotage/structures.html", "structures")
def structures(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, structures with offer counts per kind,
    # request counts per structure, the take-in-charge times of the period. Sorted and paged in Python:
    # every structure is in the rows anyway (a few hundred at most).
    period_query = without(request.GET, "tri", "ordre", "page")
    context = {"form": form, "section": "structures", "period_query": period_query.urlencode()}
    columns = structure_sort_columns()
    table_form = StructureTableForm(
        request.GET, sort_keys=[column.key for column in columns], default_sort=columns[0].key
    )
    if not table_form.is_valid():
        return bad_request(request, "guidance/pilotage/structures.html", context | {"table_form": table_form})
    key, order = table_form.sort()
    column = next(column for column in columns if column.key == key)
    descending = order == "desc" if order else column.numeric
    rows = sort_structures(reports.structure_activity(period.start, period.end), column, descending)
    # Past the last page (fewer structures since the link was made): the last page.
    page = Paginator(rows, STRUCTURES_PER_PAGE).get_page(table_form.cleaned_data["page"] or 1)
    table = structures_table(list(page.object_list), period)
    table.headers = sort_headers(table, columns, column, descending, period_query)
    sort_query = without(request.GET, "page")
    previous_href, next_href = previous_next(page, sort_query)
    context |= {
        "period": period,
        "table": table,
        "page": page,
        "page_links": page_links(page, sort_query) if page.paginator.num_pages > 1 else [],
        "previous_href": previous_href,
        "next_href": next_href,
    }
    return render(request, "guidance/pilotage/structures.html", context)


@require_safe
@coverage_reports_required
@with_period("guidance/pilotage/structures.html", "structures")
def structures_csv(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    rows = reports.structure_activity(period.start, period.end)
    return csv_response(structures_table(rows, period), "structures-activite.csv")


def key_figures(period: Period) -> dict:
    """The figures of the overview and of the summary: gaps, demand without result, stale offers."""
    grid = reports.supply_grid()
    groups = reports.stale_offers()
    return {
        "grid": grid,
        "cell_count": len(grid.cells),
        "gaps_text": gap_count_text(reports.GapCount(grid.gap_count, grid.expected_gap_count)),
        "demand": reports.demand_summary(period.start, period.end),
        "needs_in_vain": reports.needs_searched_in_vain(period.start, period.end),
        "stale_groups": groups,
        "stale_count": sum(len(group.offers) for group in groups),
        "undelivered_count": reports.undelivered_contact_requests(),
    }


@require_safe
@coverage_reports_required
@with_period("guidance/pilotage/overview.html", "accueil")
def overview(request: HttpRequest, form: PeriodForm, period: Period) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, the grid (needs, stages, GROUP BY),
    # stale offers, demand totals, needs, per-need aggregates, the words of the descriptions found nothing for.
    context = {"form": form, "section": "accueil"}
    figures = key_figures(period)
    context |= figures | {
        "period": period,
        "needs_in_vain": [row for row in figures["needs_in_vain"] if row.in_vain][:SUMMARY_ROWS],
        "words_in_vain": reports.words_without_results(SUMMARY_ROWS, since=period.start),
    }
    return render(request, "guidance/pilotage/overview.html", context)


@require_safe
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


# --- Gaps by technopôle, and the gaps « sans objet » ------------------------------------------------------


def gaps_context(report: reports.GapReport, scope: GapScopeForm, mark_form: ExpectedGapForm) -> dict:
    site = scope.site() if scope.is_bound and scope.is_valid() else None
    return {
        "section": "lacunes",
        "report": report,
        "metropole_text": gap_count_text(report.metropole),
        "table": site_grid_table(report),
        "points": map_points(report),
        "scope": scope,
        "site": site,
        "gaps": report.gaps(site),
        "mark_form": mark_form,
    }


def taxonomy(report: reports.GapReport) -> dict:
    return {"needs": report.needs, "stages": report.stages, "sites": report.sites}


@require_safe
@coverage_reports_required
def gaps(request: HttpRequest) -> HttpResponse:
    # Queries: session, user, permissions, demo flag, needs, stages, sites, offers per need and site,
    # offers per need, stage and site, the « sans objet » marks. The forms list what is already loaded.
    report = reports.gap_report()
    scope = GapScopeForm(request.GET, **taxonomy(report))
    valid = scope.is_valid()
    initial = {}
    if valid:
        initial = {name: scope.cleaned_data[name] for name in ("besoin", "stade", "site")}
    mark_form = ExpectedGapForm(initial=initial, **taxonomy(report))
    context = gaps_context(report, scope, mark_form)
    return render(request, "guidance/pilotage/gaps.html", context, status=200 if valid else 400)


@require_safe
@coverage_reports_required
def gaps_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(site_grid_table(reports.gap_report()), "lacunes-besoins-sites.csv")


def gaps_page_url(site_slug: str = "") -> str:
    query = QueryDict(mutable=True)
    if site_slug:
        query["site"] = site_slug
    return reverse("pilotage:gaps") + (f"?{query.urlencode()}" if query else "") + "#lacunes-du-site"


@require_POST
@coverage_reports_required
def expected_gap_add(request: HttpRequest) -> HttpResponse:
    """Mark a gap « sans objet »: back to the gaps page with a message, or the page again with the form's
    French errors (a 400)."""
    report = reports.gap_report()
    form = ExpectedGapForm(request.POST, marks=report.marks.marks, **taxonomy(report))
    if form.is_valid():
        data = form.cleaned_data
        mark = ExpectedGap(
            need=data["need"],
            stage=data["stage"],
            technopole=data["technopole"],
            reason=data["motif"],
            created_by=request.user,
        )
        try:
            with transaction.atomic():
                mark.save()
        except IntegrityError:
            # Marked meanwhile from another window (the unique constraints).
            form.add_error(None, _("Cette case vient d'être marquée sans objet : rechargez la page."))
        else:
            place = data["technopole"].name if data["technopole"] else _("tous les sites")
            messages.success(
                request,
                _("%(need)s × %(stage)s est marquée sans objet (%(place)s).")
                % {"need": mark.need.name, "stage": mark.stage.name, "place": place},
            )
            return HttpResponseRedirect(gaps_page_url(data["site"]))
    scope = GapScopeForm({"site": request.POST.get("site", "")}, **taxonomy(report))
    return render(request, "guidance/pilotage/gaps.html", gaps_context(report, scope, form), status=400)


@require_POST
@coverage_reports_required
def expected_gap_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """The gap is one to fill again: the mark is deleted (the admin keeps no history of it either)."""
    mark = get_object_or_404(ExpectedGap.objects.select_related("need", "stage", "technopole"), pk=pk)
    mark.delete()
    messages.success(
        request,
        _("%(need)s × %(stage)s n'est plus marquée sans objet : c'est de nouveau une lacune à combler.")
        % {"need": mark.need.name, "stage": mark.stage.name},
    )
    # Back to the list the button was in; the slug only goes into a query string of our own page, where
    # an unknown one is that page's 400.
    return HttpResponseRedirect(gaps_page_url(request.POST.get("site", "")))
