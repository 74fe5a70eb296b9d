"""Figures shown on every visit of the home page and the reference taxonomy, cached: they change when a structure publishes an offer,
not at each request, and counting through the whole catalogue grows with it (300 ms at 50,000 offers).
Keyed by the catalogue version (offers/page_cache.py), so a published offer counts at once."""

from django.core.cache import cache
from django.db import models
from django.db.models import Count

from offers.models import Offer, Technopole
from offers.page_cache import catalogue_version

TECHNOPOLE_COUNTS_KEY = "home:technopoles-with-offer-counts"
TECHNOPOLE_COUNTS_SECONDS = 300


def technopoles_with_offer_counts() -> list[Technopole]:
    """The technopôles and sites, each with `offer_count`, its published offers."""

    def count() -> list[Technopole]:
        # Counted on the link table, grouped by its technopôle column (the offer–technopôle pairs are
        # unique): a third of the time of counting from the technopôles with a filtered aggregate.
        links = Offer.technopoles.through.objects.filter(offer__status=Offer.Status.PUBLISHED)
        counts = dict(links.values_list("technopole_id").annotate(n=Count("*")).order_by())
        technopoles = list(Technopole.objects.all())
        for technopole in technopoles:
            technopole.offer_count = counts.get(technopole.pk, 0)
        return technopoles

    key = f"{TECHNOPOLE_COUNTS_KEY}:{catalogue_version()}"
    return cache.get_or_set(key, count, TECHNOPOLE_COUNTS_SECONDS)


# Per process, keyed by the catalogue version (never reused, see page_cache): read on every results page,
# where unpickling model instances from the cache cost more than the rest of the form's validation.
_taxonomy_rows: dict[tuple[str, int], dict[str, models.Model]] = {}


def taxonomy_by_slug(model: type[models.Model]) -> dict[str, models.Model]:
    """Every row of a small reference table (needs, stages, technopôles, sectors) by slug, until the
    catalogue changes: forms validate query-string slugs against it without a query per request."""
    key = (model._meta.label_lower, catalogue_version())
    rows = _taxonomy_rows.get(key)
    if rows is None:
        rows = {row.slug: row for row in model.objects.all()}
        if len(_taxonomy_rows) > 32:  # older versions are dead keys
            _taxonomy_rows.clear()
        _taxonomy_rows[key] = rows
    return rows
