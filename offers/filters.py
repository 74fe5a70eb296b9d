"""FilterSets of the public catalogues. Parameter names are the questionnaire's (`besoin`, `stade`,
`technopole`, `filiere`, slugs) so a results link and a catalogue link read alike."""

from __future__ import annotations

import django_filters
import numpy as np
from django import forms
from django.core.cache import cache
from django.db.models import F, Q, QuerySet, Value
from django.utils.translation import gettext_lazy as _

from offers import relevance, search
from offers.cache import catalogue_version, taxonomy_by_slug
from offers.catalogue import (
    FacetSpec,
    filter_related_slug_or_all,
    filter_related_slugs,
    need_choices,
    sector_choices,
    stage_choices,
    taxonomy_choices,
    taxonomy_names,
    technopole_choices,
)
from offers.catalogue_index import COSTS, KINDS, CatalogueIndex, Selection, in_order
from offers.models import (
    Actor,
    Audience,
    Competence,
    Need,
    Offer,
    RecruitmentService,
    Sector,
    Stage,
    Technopole,
)

SEARCH_MAX_LENGTH = 200
PROJECT_MAX_LENGTH = 500
ALL = _("Tous")

BY_RELEVANCE = "pertinence"
BY_NAME = "nom"
BY_UPDATE = "recent"
SORT_CHOICES = [
    (BY_RELEVANCE, _("Pertinence")),
    (BY_NAME, _("Nom")),
    (BY_UPDATE, _("Mise à jour la plus récente")),
]


# The structure facet lists the most represented structures; the others are in /acteurs/.
STRUCTURE_FACET_LIMIT = 50


def actor_names() -> dict[int, tuple[str, str]]:
    """{id: (slug, name)} of every structure, for the structure facet; kept per catalogue version."""
    key = f"catalogue:actor-names:{catalogue_version()}"
    return cache.get_or_set(
        key,
        lambda: {pk: (slug, name) for pk, slug, name in Actor.objects.values_list("pk", "slug", "name")},
        None,
    )


class SearchFilter(django_filters.CharFilter):
    """Free text through the full-text engine (`offers.search`): every word required, else most of them.
    What the search found (a typo corrected, a partial match) is kept on the FilterSet as `found`."""

    def __init__(self, index: search.Index = search.OFFER_INDEX, **kwargs):
        self.index = index
        kwargs.setdefault("label", _("Mots-clés"))
        kwargs.setdefault("max_length", SEARCH_MAX_LENGTH)
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "search", "maxlength": SEARCH_MAX_LENGTH}))
        super().__init__(**kwargs)

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if not value:
            return qs
        found = search.search(qs, value, self.index)
        self.parent.found = found
        return found.queryset


class CatalogueFilterSet(django_filters.FilterSet):
    """A public catalogue's filters, and its order (« Trier par ») applied once every filter has run:
    by relevance when words were typed (or a profile given), else by name."""

    tri = django_filters.ChoiceFilter(
        label=_("Trier par"),
        choices=SORT_CHOICES,
        method="sort_later",
        # Empty, the default: by relevance when words were typed, else by name (an address without `tri`).
        empty_label=_("Pertinence si des mots sont saisis, sinon nom"),
    )

    found: search.Found | None = None

    def sort_later(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset

    def profile(self) -> relevance.Profile | None:
        """What the relevance score reads of the filters (the orientation's answers), if anything."""
        return None

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        self.found = None
        queryset = super().filter_queryset(queryset)
        profile = self.profile()
        default = BY_RELEVANCE if self.found is not None or profile is not None else BY_NAME
        choice = self.form.cleaned_data.get("tri") or default
        if choice == BY_UPDATE and "reviewed_at" in {f.name for f in queryset.model._meta.get_fields()}:
            return queryset.order_by(F("reviewed_at").desc(nulls_last=True), *self.by_name)
        if choice == BY_RELEVANCE and (self.found is not None or profile is not None):
            words = F("relevance") * Value(relevance.WORDS_WEIGHT) if self.found is not None else Value(0.0)
            fit = relevance.score(profile) if profile is not None else Value(0.0)
            return queryset.annotate(fit=words + fit).order_by("-fit", *self.by_name)
        return queryset.order_by(*self.by_name)

    by_name = ("title", "pk")


class IntegerFilter(django_filters.Filter):
    """A whole number (the default NumberFilter accepts « 1e999 » as a decimal)."""

    field_class = forms.IntegerField


class CheckboxFilter(django_filters.Filter):
    """A tick box: ticked keeps the rows where `field_name` is true (or runs `method`); unticked filters
    nothing (a NullBooleanField would filter on False)."""

    field_class = forms.BooleanField

    def filter(self, qs: QuerySet, value: bool) -> QuerySet:
        return super().filter(qs, True) if value else qs


def range_contains(low: str, high: str):
    """A filter method: rows whose [`low`, `high`] contains the value, a missing bound being open (a scheme's
    amounts, a site's surfaces)."""

    def method(queryset: QuerySet, name: str, value: int | None) -> QuerySet:
        if value is None:
            return queryset
        return queryset.filter(
            Q(**{f"{low}__isnull": True}) | Q(**{f"{low}__lte": value}),
            Q(**{f"{high}__isnull": True}) | Q(**{f"{high}__gte": value}),
        )

    return method


def related_slugs(relation: str):
    """A filter method: offers linked to any of the given slugs through `relation`."""

    def method(queryset: QuerySet, name: str, value) -> QuerySet:
        return filter_related_slugs(queryset, relation, value)

    return method


def related_slug_or_all(relation: str):
    def method(queryset: QuerySet, name: str, value: str) -> QuerySet:
        return filter_related_slug_or_all(queryset, relation, value)

    return method


def stage_filter() -> django_filters.ChoiceFilter:
    return django_filters.ChoiceFilter(
        label=_("Stade de maturité"), choices=stage_choices, method=related_slugs("stages"), empty_label=ALL
    )


def technopole_filter() -> django_filters.ChoiceFilter:
    return django_filters.ChoiceFilter(
        label=_("Technopôle ou site"),
        choices=technopole_choices,
        method=related_slug_or_all("technopoles"),
        empty_label=ALL,
    )


STAGE_FACET = FacetSpec("stade", "stages", stage_choices, names=taxonomy_names(Stage))
TECHNOPOLE_FACET = FacetSpec(
    "technopole", "technopoles", technopole_choices, names=taxonomy_names(Technopole), open_to_all=True
)


def pk(model, slug: str | None) -> int | None:
    """The id of a taxonomy row by its slug (from the per-process taxonomy), None for none or unknown."""
    row = taxonomy_by_slug(model).get(slug or "")
    return row.pk if row else None


def audience_choices() -> list[tuple[str, str]]:
    return taxonomy_choices(Audience)


class OfferFilter(CatalogueFilterSet):
    q = SearchFilter()
    besoin = django_filters.MultipleChoiceFilter(
        label=_("Besoin"), choices=need_choices, method=related_slugs("needs")
    )
    stade = stage_filter()
    technopole = technopole_filter()
    filiere = django_filters.ChoiceFilter(
        label=_("Filière"), choices=sector_choices, method=related_slug_or_all("sectors"), empty_label=ALL
    )
    type = django_filters.ChoiceFilter(
        label=_("Type d'offre"), field_name="kind", choices=Offer.Kind.choices, empty_label=ALL
    )
    structure = django_filters.ModelChoiceFilter(
        label=_("Structure"),
        field_name="actor",
        queryset=Actor.objects.all(),
        to_field_name="slug",
        empty_label=_("Toutes"),
    )
    cout = django_filters.ChoiceFilter(
        label=_("Coût"), field_name="cost", choices=Offer.Cost.choices, empty_label=ALL
    )
    profil = django_filters.ChoiceFilter(
        label=_("Pour qui"), choices=audience_choices, method="filter_audience", empty_label=ALL
    )
    # The orientation's description of the project and all the holder's needs (« voir les N offres » of one
    # need): they order the offers by relevance as the results did, they filter nothing.
    projet = django_filters.CharFilter(
        method="sort_later", max_length=PROJECT_MAX_LENGTH, widget=forms.HiddenInput
    )
    besoins_projet = django_filters.MultipleChoiceFilter(
        choices=need_choices, method="sort_later", widget=forms.MultipleHiddenInput
    )

    facets = [
        FacetSpec("besoin", "needs", need_choices, names=taxonomy_names(Need), widget="checkbox"),
        STAGE_FACET,
        TECHNOPOLE_FACET,
        FacetSpec("filiere", "sectors", sector_choices, names=taxonomy_names(Sector), open_to_all=True),
        FacetSpec("type", "kind", lambda: Offer.Kind.choices),
        FacetSpec("cout", "cost", lambda: Offer.Cost.choices),
        FacetSpec(
            "structure",
            "actor",
            names=actor_names,
            widget="select",
            limit=STRUCTURE_FACET_LIMIT,
        ),
    ]

    class Meta:
        model = Offer
        fields: list[str] = []

    def filter_audience(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        audience = taxonomy_by_slug(Audience).get(value)
        return queryset.filter(relevance.for_audience(audience.pk)) if audience else queryset

    def select(self, index: CatalogueIndex) -> Selection:
        """The same filters and order as `qs`, on the in-memory index (see `offers.catalogue.catalogue_context`)."""
        data = self.form.cleaned_data

        needs = taxonomy_by_slug(Need)
        mask = index.everything()
        if data.get("besoin"):
            mask &= index.linked("needs", [needs[slug].pk for slug in data["besoin"] if slug in needs])
        if data.get("stade"):
            mask &= index.linked("stages", [pk(Stage, data["stade"])])
        mask &= index.linked_or_open("technopoles", pk(Technopole, data.get("technopole")))
        mask &= index.linked_or_open("sectors", pk(Sector, data.get("filiere")))
        mask &= index.linked_or_open("audiences", pk(Audience, data.get("profil")))
        if data.get("type"):
            mask &= index.kind == KINDS.index(data["type"])
        if data.get("cout"):
            mask &= index.cost == COSTS.index(data["cout"])
        if data.get("structure"):
            mask &= index.actor == data["structure"].pk
        found, words = None, None
        if data.get("q"):
            query = search.parse(data["q"], search.vocabulary())
            found = search.Found(None, query)
            if query:
                ranks = search.ranked_ids(query)
                if len(query.groups) > 1 and not (mask & index.hits(ranks.keys())).any():
                    ranks = search.ranked_ids(query, any_group=True)
                    found.partial = True
                mask &= index.hits(ranks.keys())
                words = index.values(ranks)
        profile = self.profile()
        choice = data.get("tri") or (BY_RELEVANCE if found is not None or profile is not None else BY_NAME)
        score = None
        if choice == BY_RELEVANCE and (found is not None or profile is not None):
            score = np.zeros(index.size)
            if words is not None:
                score += words * relevance.WORDS_WEIGHT
            if profile is not None:
                text = search.text_ranks(profile.text, index.size) if profile.text else None
                score += relevance.index_scores(index, profile, text)
        return Selection(in_order(index, mask, score, recent=choice == BY_UPDATE), mask, found)

    def profile(self) -> relevance.Profile | None:
        data = self.form.cleaned_data
        if not (data.get("profil") or data.get("projet")):
            return None

        needs = taxonomy_by_slug(Need)
        holder_needs = data.get("besoins_projet") or data.get("besoin") or []
        return relevance.Profile(
            need_ids=[needs[slug].pk for slug in holder_needs if slug in needs],
            technopole_id=pk(Technopole, data.get("technopole")),
            sector_id=pk(Sector, data.get("filiere")),
            audience_id=pk(Audience, data.get("profil")),
            text=data.get("projet") or "",
        )


class ActorFilter(CatalogueFilterSet):
    q = SearchFilter(index=search.ACTOR_INDEX, label=_("Nom ou mot-clé"))
    type = django_filters.ChoiceFilter(
        label=_("Type de structure"), field_name="kind", choices=Actor.Kind.choices, empty_label=ALL
    )
    technopole = django_filters.ChoiceFilter(
        label=_("Technopôle ou site"),
        field_name="technopole__slug",
        choices=technopole_choices,
        empty_label=ALL,
    )

    facets = [
        FacetSpec("type", "kind", lambda: Actor.Kind.choices),
        FacetSpec("technopole", "technopole__slug", technopole_choices),
    ]

    class Meta:
        model = Actor
        fields: list[str] = []

    by_name = ("name", "pk")


class RecruitmentFilter(CatalogueFilterSet):
    q = SearchFilter()
    type = django_filters.ChoiceFilter(
        label=_("Type de service"),
        field_name="service_type",
        choices=RecruitmentService.ServiceType.choices,
        empty_label=ALL,
    )
    technopole = technopole_filter()
    stade = stage_filter()

    facets = [
        FacetSpec("type", "service_type", lambda: RecruitmentService.ServiceType.choices),
        TECHNOPOLE_FACET,
        STAGE_FACET,
    ]

    class Meta:
        model = RecruitmentService
        fields: list[str] = []


SUPERVISING_KINDS = [Actor.Kind.UNIVERSITY, Actor.Kind.RESEARCH_BODY]


class CompetenceFilter(CatalogueFilterSet):
    q = SearchFilter(
        label=_("Domaine ou équipement"),
        help_text=_("Par exemple : microscopie, génomique, robotique."),
    )
    type = django_filters.ChoiceFilter(
        label=_("Laboratoire ou plateforme"),
        field_name="competence_type",
        choices=Competence.CompetenceType.choices,
        empty_label=ALL,
    )
    tutelle = django_filters.ModelChoiceFilter(
        label=_("Tutelle"),
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_supervising_body",
        empty_label=_("Toutes"),
    )
    technopole = technopole_filter()

    facets = [
        FacetSpec("type", "competence_type", lambda: Competence.CompetenceType.choices),
        FacetSpec(
            "tutelle", "supervising_bodies__slug", label_lookup="supervising_bodies__name", widget="select"
        ),
        TECHNOPOLE_FACET,
    ]

    class Meta:
        model = Competence
        fields: list[str] = []

    def filter_supervising_body(self, queryset: QuerySet, name: str, value: Actor) -> QuerySet:
        return filter_related_slugs(queryset, "supervising_bodies", value.slug) if value else queryset
