"""The machinery every public catalogue shares: run a FilterSet, count facets, paginate, render the page or
its htmx partial. Used by the offers, financing and housing views (imports point towards `offers`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django_filters import FilterSet

from offers.cache import catalogue_version, taxonomy
from offers.catalogue_index import CatalogueIndex, OffersById, Selection, catalogue_index
from offers.catalogue_index import facet_counts as catalogue_index_counts
from offers.models import Need, Offer, Sector, Stage, Technopole, fold

PER_PAGE = 20


# --- Reference lists -------------------------------------------------------------------------------------


def taxonomy_rows(model: type[Need | Stage | Technopole | Sector]) -> list[tuple[int, str, str]]:
    """(id, slug, name) of a taxonomy, from the per-process copy kept under the catalogue version."""
    return [(row.pk, row.slug, row.name) for row in taxonomy(model)]


def taxonomy_choices(model: type[Need | Stage | Technopole | Sector]) -> list[tuple[str, str]]:
    """(slug, name) of a taxonomy."""
    return [(slug, name) for _pk, slug, name in taxonomy_rows(model)]


def taxonomy_names(model: type[Need | Stage | Technopole | Sector]) -> Callable[[], dict]:
    """For a facet counted by id: {id: (slug, name)} of a taxonomy."""
    return lambda: {pk: (slug, name) for pk, slug, name in taxonomy_rows(model)}


def need_choices() -> list[tuple[str, str]]:
    return taxonomy_choices(Need)


def stage_choices() -> list[tuple[str, str]]:
    return taxonomy_choices(Stage)


def technopole_choices() -> list[tuple[str, str]]:
    return taxonomy_choices(Technopole)


def sector_choices() -> list[tuple[str, str]]:
    return taxonomy_choices(Sector)


# --- Filters shared by the catalogues --------------------------------------------------------------------


def filter_related_slugs(queryset: QuerySet, relation: str, slugs: list[str] | str) -> QuerySet:
    """Offers linked to any of these slugs through the many-to-many `relation` (a sub-select, so that the
    result needs no DISTINCT and stays cheap to count and paginate)."""
    if not slugs:
        return queryset
    slugs = [slugs] if isinstance(slugs, str) else slugs
    through = queryset.model._meta.get_field(relation).remote_field.through
    source, target = _through_columns(queryset.model, relation)
    linked = through.objects.filter(**{f"{target}__slug__in": slugs}).values(source)
    return queryset.filter(pk__in=linked)


def filter_related_slug_or_all(queryset: QuerySet, relation: str, slug: str) -> QuerySet:
    """Offers linked to `slug`, plus those with no link at all: an offer without technopôle is open to the
    whole metropolitan area, an offer without sector to every sector."""
    if not slug:
        return queryset
    through = queryset.model._meta.get_field(relation).remote_field.through
    source, target = _through_columns(queryset.model, relation)
    linked = through.objects.filter(**{f"{target}__slug": slug}).values(source)
    any_link = through.objects.values(source)
    return queryset.filter(pk__in=linked) | queryset.exclude(pk__in=any_link)


def _through_columns(model, relation: str) -> tuple[str, str]:
    m2m = model._meta.get_field(relation)
    return m2m.m2m_field_name() + "_id", m2m.m2m_reverse_field_name()


# --- Facets ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FacetSpec:
    """One facet of a catalogue: a FilterSet parameter and what to GROUP BY to count its values.

    `choices` lists the values to show (all of them, even at zero); without it the values come from the
    grouped query itself, labelled by `label_lookup` (e.g. the structures present in the results).
    `open_to_all` adds the offers with no value at all to every count (see `filter_related_slug_or_all`).

    With `names`, `lookup` is a relation counted by its id (`"needs"`: the link table's column, no join to
    the needs) and `names()` gives {id: (value, label)}. At 50,000 offers that halves the time of a count.
    """

    param: str
    lookup: str
    choices: Callable[[], list[tuple[str, str]]] | None = None
    label_lookup: str | None = None
    names: Callable[[], dict] | None = None
    open_to_all: bool = False
    widget: str = "radio"  # "checkbox" (several values), "radio" or "select"
    # Without `choices`, show at most this many values (the most frequent, plus the selected ones): a list of
    # thousands of structures helps nobody and would weigh hundreds of kB on every page.
    limit: int | None = None


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    legend: str
    widget: str
    options: list[FacetOption] = field(default_factory=list)
    selected: bool = False
    truncated: bool = False


@lru_cache(maxsize=20_000)
def sort_key(label: str) -> str:
    """A facet label's sort key (folded): the same few thousand labels come back on every page."""
    return fold(label)


def facet_counts(queryset: QuerySet, spec: FacetSpec) -> tuple[dict, dict]:
    """One grouped query: {value: count} and {value: label} over the (filtered) queryset."""
    columns = [spec.lookup] + ([spec.label_lookup] if spec.label_lookup else [])
    rows = list(queryset.order_by().values(*columns).annotate(n=Count("pk")).order_by())
    return labelled_counts(spec, rows)


def indexed_facet_counts(index: CatalogueIndex, selection: Selection, spec: FacetSpec) -> tuple[dict, dict]:
    """`facet_counts` over the in-memory index: no query."""
    counts = catalogue_index_counts(index, spec.lookup, selection.mask, spec.open_to_all)
    return labelled_counts(spec, [{spec.lookup: value, "n": n} for value, n in counts.items()])


def labelled_counts(spec: FacetSpec, rows: list[dict]) -> tuple[dict, dict]:
    """{value: count} and {value: label} from grouped rows ({lookup: value, "n": count})."""
    names = spec.names() if spec.names is not None and rows else {}
    counts, labels = {}, {}
    for row in rows:
        value = row[spec.lookup]
        if names and value is not None:
            if value not in names:  # added since the names were cached: shown once they are refreshed
                continue
            value, label = names[value]
            labels[value] = label
        elif spec.label_lookup:
            labels[value] = row[spec.label_lookup]
        counts[value] = counts.get(value, 0) + row["n"]
    return counts, labels


def build_facets(filterset: FilterSet, queryset: QuerySet | None, counter=None) -> list[Facet]:
    """The facets declared on the FilterSet (`Meta`-less attribute `facets`), counted over `queryset`, or by
    `counter(spec)` (None for both when the filters are invalid: the values are shown without counts)."""
    facets = []
    data = filterset.form.data
    for spec in getattr(filterset, "facets", []):
        selected = [v for v in data.getlist(spec.param) if v]
        if counter is not None:
            counts, labels = counter(spec)
        else:
            counts, labels = facet_counts(queryset, spec) if queryset is not None else ({}, {})
        everywhere = counts.pop(None, 0) if spec.open_to_all else 0
        truncated = False
        if spec.choices is not None:
            values = list(spec.choices())
        else:
            present = [v for v in counts if v is not None]
            if spec.limit is not None and len(present) > spec.limit:
                truncated = True
                most_frequent = sorted(present, key=lambda v: (-counts[v], sort_key(labels[v])))[: spec.limit]
                present = set(most_frequent) | {v for v in present if str(v) in selected}
            values = sorted(((v, labels[v]) for v in present), key=lambda pair: sort_key(pair[1]))
        options = [
            FacetOption(str(value), str(label), counts.get(value, 0) + everywhere, str(value) in selected)
            for value, label in values
        ]
        legend = filterset.form.fields[spec.param].label
        facets.append(Facet(spec.param, legend, spec.widget, options, bool(selected), truncated))
    return facets


def cached_facets(request: HttpRequest, filterset: FilterSet, queryset: QuerySet) -> list[Facet]:
    """`build_facets`, kept per page, filters and catalogue version: the other pages of the same results and
    the htmx partial of filters already shown reuse the counts, the costly part of a catalogue page."""
    filters = hashlib.sha256(query_string_without_page(request).encode()).hexdigest()[:32]
    key = f"catalogue:facets:{catalogue_version()}:{get_language()}:{request.path}:{filters}"
    return cache.get_or_set(
        key, lambda: build_facets(filterset, queryset), settings.PUBLIC_PAGE_CACHE_SECONDS
    )


# --- Running a catalogue page ----------------------------------------------------------------------------


def query_string_without_page(request: HttpRequest) -> str:
    """The current filters, without the page number and without the empty fields a submitted form sends."""
    params = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        kept = [value for value in values if value]
        if key != "page" and kept:
            params.setlist(key, kept)
    return params.urlencode()


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int = PER_PAGE) -> Page:
    # get_page() turns a malformed number into the first page and a too large one into the last.
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def offer_cards(queryset: QuerySet) -> QuerySet:
    """What an offer card shows: its structure (joined), its stages and technopôles (one query each)."""
    return queryset.select_related("actor").prefetch_related("stages", "technopoles")


def catalogue_context(
    request: HttpRequest,
    filterset: FilterSet,
    *,
    prepare_page: Callable[[QuerySet], QuerySet] | None = None,
    per_page: int = PER_PAGE,
) -> dict:
    """Filter, count the facets, paginate. `prepare_page` adds the select/prefetch the cards need, applied
    to the page only. Invalid filters give an empty page and the form's errors, shown above the list.

    A FilterSet with a `select(index)` method (the whole catalogue's) runs on the in-memory index of the
    published catalogue (`offers.catalogue_index`): its filters, facets and order cost no query, and only the
    offers of the page are read. The others run their filters in SQL."""
    valid = filterset.is_valid()
    if valid and hasattr(filterset, "select"):
        index = catalogue_index()
        selection = filterset.select(index)
        filterset.found = selection.found
        facets = build_facets(filterset, None, lambda spec: indexed_facet_counts(index, selection, spec))
        listed = OffersById(index, selection.order, prepare_page)
    else:
        queryset = filterset.qs if valid else filterset.queryset.none()
        facets = cached_facets(request, filterset, queryset) if valid else build_facets(filterset, None)
        listed = prepare_page(queryset) if prepare_page else queryset
    facet_params = {facet.param for facet in facets}
    return {
        "search": _search_notice(request, getattr(filterset, "found", None)),
        "filter": filterset,
        "form": filterset.form,
        "facets": facets,
        "plain_fields": [filterset.form[name] for name in filterset.form.fields if name not in facet_params],
        "page_obj": paginate(request, listed, per_page),
        "query_string": query_string_without_page(request),
        "filters_valid": valid,
    }


def _search_notice(request: HttpRequest, found) -> dict | None:
    """What the page says about the words typed: the terms to highlight, a corrected typo (« Vouliez-vous
    dire … ? », with the link to it and to the words as typed), results matching only some of the words."""
    if found is None:
        return None
    suggestion = found.query.suggestion
    link = ""
    if suggestion:
        params = request.GET.copy()
        params["q"] = suggestion
        params.pop("page", None)
        link = f"{request.path}?{params.urlencode()}"
    return {
        "terms": found.query.terms,
        "typed": found.query.text,
        "suggestion": suggestion,
        "suggestion_url": link,
        "partial": found.partial,
    }


CATALOGUE_TEMPLATE = "offers/catalogue_page.html"


def render_catalogue(request: HttpRequest, context: dict, template: str = CATALOGUE_TEMPLATE) -> HttpResponse:
    """The full page, or only its `results` partial for htmx; 400 when the filters were invalid.

    The context names the page: `page_title`, `intro`, `card_template` (and optionally `card_details`,
    a fragment of extra facts for each card, `results_body` to replace the list, `export_links`)."""
    status = 200 if context.get("filters_valid", True) else 400
    if not request.htmx:
        return render(request, template, context, status=status)
    response = render(request, f"{template}#results", context, status=status)
    # The address htmx pushes to the history: the filters that are set, not every empty field of the form,
    # and the page number the paginator settled on. Only validated, encoded values reach a header: a raw
    # `page=%0d%0a` would make the header invalid (and the response a 500).
    page_obj = context.get("page_obj")
    page = f"page={page_obj.number}" if request.GET.get("page") and page_obj is not None else ""
    query = "&".join(part for part in [context.get("query_string", ""), page] if part)
    response["HX-Push-Url"] = f"{request.path}?{query}" if query else request.path
    return response


# --- Structured data -------------------------------------------------------------------------------------

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """A schema.org JSON-LD block. A data block, not a script: browsers do not run it, so the CSP's
    `script-src 'self'` does not apply; `<`, `>` and `&` are escaped so no text can close the tag."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


# --- The « offre intégrée » ------------------------------------------------------------------------------


def complementary_offers(offer: Offer, limit: int = 4) -> QuerySet:
    """Published offers of *other* structures for a holder at the same stage: together they make the
    « offre intégrée », a path without seams across structures. Those of the same sector come first, then
    those addressing the same needs.

    Reads the offer's prefetched stages, needs and sectors; one query."""
    stage_ids = [s.pk for s in offer.stages.all()]
    need_ids = [n.pk for n in offer.needs.all()]
    sector_ids = [s.pk for s in offer.sectors.all()]
    at_same_stage = Offer.stages.through.objects.filter(stage_id__in=stage_ids).values("offer_id")
    return (
        Offer.objects.published()
        .exclude(actor_id=offer.actor_id)
        .filter(pk__in=at_same_stage)
        .annotate(
            shared_sectors=_links_to(Offer.sectors.through, "sector_id", sector_ids),
            shared_needs=_links_to(Offer.needs.through, "need_id", need_ids),
        )
        .select_related("actor")
        .order_by("-shared_sectors", "-shared_needs", "title")[:limit]
    )


def _links_to(through, column: str, ids: list[int]) -> Coalesce:
    """How many of `ids` an offer is linked to: a subquery on the link table's (offer, value) index, half the
    time of joining both link tables and counting distinct values at 50,000 offers."""
    return subquery_count(through.objects.filter(**{f"{column}__in": ids}), "offer_id")


def subquery_count(queryset: QuerySet, column: str) -> Coalesce:
    """How many rows of `queryset` have `column` equal to the outer row's primary key (0 for none): a
    correlated subquery, so only the rows a page shows are counted, not every row of the table."""
    rows = queryset.filter(**{column: OuterRef("pk")}).order_by().values(column)
    return Coalesce(Subquery(rows.annotate(n=Count("*")).values("n")), 0)
