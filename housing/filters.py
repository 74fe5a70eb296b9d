"""The filters of `/hebergement/`: technopôle, premises type, surface needed, flexible lease, available now."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from housing.models import HousingSite
from offers.catalogue import FacetSpec
from offers.filters import (
    ALL,
    TECHNOPOLE_FACET,
    CatalogueFilterSet,
    CheckboxFilter,
    IntegerFilter,
    SearchFilter,
    range_contains,
    technopole_filter,
)

SURFACE_MAX = 1_000_000


def available_now(today) -> Q:
    """Available now: said so, or announced as available soon from a date already reached."""
    available = HousingSite.Availability
    return Q(availability=available.AVAILABLE) | Q(availability=available.SOON, available_from__lte=today)


class HousingFilter(CatalogueFilterSet):
    q = SearchFilter()
    surface = IntegerFilter(
        label=_("Surface recherchée (m²)"),
        method=range_contains("surface_min", "surface_max"),
        min_value=1,
        max_value=SURFACE_MAX,
        widget=forms.NumberInput(attrs={"min": 1, "max": SURFACE_MAX, "inputmode": "numeric"}),
        help_text=_("Les sites dont la fourchette de surfaces contient cette surface."),
    )
    bail_souple = CheckboxFilter(label=_("Bail souple"), field_name="flexible_lease")
    disponible = CheckboxFilter(label=_("Disponible maintenant"), method="filter_available_now")
    technopole = technopole_filter()
    type = django_filters.ChoiceFilter(
        label=_("Type de locaux"),
        field_name="premises_type",
        choices=HousingSite.PremisesType.choices,
        empty_label=ALL,
    )

    facets = [TECHNOPOLE_FACET, FacetSpec("type", "premises_type", lambda: HousingSite.PremisesType.choices)]

    class Meta:
        model = HousingSite
        fields: list[str] = []

    def filter_available_now(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(available_now(timezone.localdate())) if value else queryset
