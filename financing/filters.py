"""The filters of `/financements/`: instrument, stage, amount sought, single financing file, technopôle."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from financing.models import FinancingScheme
from offers.catalogue import FacetSpec
from offers.filters import (
    ALL,
    STAGE_FACET,
    TECHNOPOLE_FACET,
    CatalogueFilterSet,
    CheckboxFilter,
    IntegerFilter,
    SearchFilter,
    range_contains,
    stage_filter,
    technopole_filter,
)

# The amount columns are 32-bit integers; beyond this no scheme can match anyway.
AMOUNT_MAX = 2_000_000_000

VIEW_LIST = "liste"
VIEW_CHAIN = "chaine"


class FinancingFilter(CatalogueFilterSet):
    q = SearchFilter()
    montant = IntegerFilter(
        label=_("Montant recherché (€)"),
        method=range_contains("amount_min", "amount_max"),
        min_value=0,
        max_value=AMOUNT_MAX,
        widget=forms.NumberInput(attrs={"min": 0, "max": AMOUNT_MAX, "step": 1000, "inputmode": "numeric"}),
        help_text=_("Les dispositifs dont la fourchette de montants contient ce montant."),
    )
    dossier_unique = CheckboxFilter(
        label=_("Accepte le dossier unique de financement"), field_name="accepts_single_file"
    )
    vue = django_filters.ChoiceFilter(
        label=_("Affichage"),
        choices=[
            (VIEW_LIST, _("Liste")),
            (VIEW_CHAIN, _("Chaîne de financement, de l'idée à la croissance")),
        ],
        method="keep_all",
        empty_label=None,
        widget=forms.RadioSelect,
    )
    instrument = django_filters.ChoiceFilter(
        label=_("Instrument"), choices=FinancingScheme.Instrument.choices, empty_label=ALL
    )
    stade = stage_filter()
    technopole = technopole_filter()

    facets = [
        FacetSpec("instrument", "instrument", lambda: FinancingScheme.Instrument.choices),
        STAGE_FACET,
        TECHNOPOLE_FACET,
    ]

    class Meta:
        model = FinancingScheme
        fields: list[str] = []

    def keep_all(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The display mode is validated with the filters but filters nothing.
        return queryset

    def wants_chain(self) -> bool:
        return self.is_valid() and self.form.cleaned_data.get("vue") == VIEW_CHAIN
