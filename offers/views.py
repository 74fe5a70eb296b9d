from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from offers.catalogue import (
    catalogue_context,
    complementary_offers,
    json_ld,
    offer_cards,
    render_catalogue,
    stage_choices,
    subquery_count,
)
from offers.filters import ActorFilter, CompetenceFilter, OfferFilter, RecruitmentFilter
from offers.models import Actor, Competence, Offer, RecruitmentService, Technopole
from offers.opendata import csv_lines, export_columns, export_rows

# --- Offers --------------------------------------------------------------------------------------------


def published_offers() -> QuerySet:
    return Offer.objects.published().order_by("title", "pk")


@require_safe
@vary_on_headers("HX-Request")
def offer_list(request: HttpRequest) -> HttpResponse:
    filterset = OfferFilter(request.GET, queryset=published_offers())
    context = catalogue_context(request, filterset, prepare_page=offer_cards) | {
        "page_title": _("Catalogue des offres"),
        "intro": _(
            "Toutes les offres publiées des structures de l'écosystème : accompagnement, financement, "
            "hébergement, recrutement, recherche. Affinez par besoin, stade, technopôle ou filière."
        ),
        "card_template": "includes/offer_card.html",
        "export_links": True,
    }
    return render_catalogue(request, context)


# The sub-model holding an offer's kind-specific fields (a reverse one-to-one, so `offers` imports neither
# `financing` nor `housing`), and the fragment that shows them.
KIND_DETAILS = {
    Offer.Kind.FINANCING: ("financingscheme", "financing/offer_details.html"),
    Offer.Kind.HOUSING: ("housingsite", "housing/offer_details.html"),
    Offer.Kind.RECRUITMENT: ("recruitmentservice", "offers/recruitment_details.html"),
    Offer.Kind.COMPETENCE: ("competence", "offers/competence_details.html"),
}


@require_safe
def offer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    accessors = [accessor for accessor, _template in KIND_DETAILS.values()]
    offer = get_object_or_404(
        Offer.objects.published()
        .select_related("actor", *accessors)
        .prefetch_related("needs", "stages", "technopoles", "sectors"),
        slug=slug,
    )
    accessor, details_template = KIND_DETAILS.get(offer.kind, (None, None))
    details = getattr(offer, accessor, None) if accessor else None
    supervising_bodies = list(details.supervising_bodies.all()) if isinstance(details, Competence) else []
    context = {
        "offer": offer,
        "contact_stage": contact_stage(request, offer),
        "details": details,
        "details_template": details_template if details else None,
        "supervising_bodies": supervising_bodies,
        "complementary": complementary_offers(offer),
        "json_ld": json_ld(offer_structured_data(request, offer)),
    }
    return render(request, "offers/offer_detail.html", context)


class StageForm(forms.Form):
    stade = forms.ChoiceField(choices=stage_choices, required=False)


def contact_stage(request: HttpRequest, offer: Offer) -> str:
    """The stage to pre-select in the contact form: the one the holder came with (`?stade=`, from the
    questionnaire's results), else the offer's only stage when it targets one; empty otherwise."""
    form = StageForm(request.GET)
    if form.is_valid() and form.cleaned_data["stade"]:
        return form.cleaned_data["stade"]
    stages = list(offer.stages.all())
    return stages[0].slug if len(stages) == 1 else ""


def offer_structured_data(request: HttpRequest, offer: Offer) -> dict:
    technopoles = [t.name for t in offer.technopoles.all()]
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": offer.title,
        "description": offer.summary,
        "url": request.build_absolute_uri(offer.get_absolute_url()),
        "serviceType": offer.get_kind_display(),
        "provider": {
            "@type": "Organization",
            "name": offer.actor.name,
            "url": request.build_absolute_uri(offer.actor.get_absolute_url()),
        },
        "areaServed": technopoles or _("Métropole Aix-Marseille-Provence"),
        "audience": {"@type": "BusinessAudience", "name": _("Porteurs de projets innovants")},
    }
    if offer.reviewed_at:
        data["dateModified"] = offer.reviewed_at.isoformat()
    return data


def _export(request: HttpRequest):
    """The filtered published offers, or the form's errors."""
    filterset = OfferFilter(request.GET, queryset=Offer.objects.published())
    if not filterset.is_valid():
        return None, filterset.errors
    return export_rows(filterset.qs, request.build_absolute_uri), None


def _invalid_export(errors) -> HttpResponse:
    lines = [_("Filtres invalides :")] + [
        f"{field} : {' '.join(messages)}" for field, messages in errors.items()
    ]
    return HttpResponse("\n".join(lines), status=400, content_type="text/plain; charset=utf-8")


@require_safe
def offer_export_csv(request: HttpRequest) -> HttpResponse:
    rows, errors = _export(request)
    if errors:
        return _invalid_export(errors)
    response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="offres-innov-provence.csv"'
    return response


@require_safe
def offer_export_json(request: HttpRequest) -> HttpResponse:
    rows, errors = _export(request)
    if errors:
        return JsonResponse({"erreurs": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    payload = {
        "licence": "Licence Ouverte / Open Licence 2.0",
        "champs": dict(export_columns()),
        "nombre": len(rows),
        "offres": rows,
    }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


# --- Structures ----------------------------------------------------------------------------------------


@require_safe
@vary_on_headers("HX-Request")
def actor_list(request: HttpRequest) -> HttpResponse:
    filterset = ActorFilter(request.GET, queryset=Actor.objects.order_by("name", "pk"))
    context = catalogue_context(
        request,
        filterset,
        # Counted per structure of the page (a subquery on the (status, actor) index), not over every offer.
        prepare_page=lambda qs: qs.select_related("technopole").annotate(
            offer_count=subquery_count(Offer.objects.published(), "actor")
        ),
    ) | {
        "page_title": _("Les structures de l'écosystème"),
        "intro": _(
            "Incubateurs, pépinières, financeurs, laboratoires, pôles de compétitivité… par type de structure "
            "et par technopôle, avec leurs offres publiées."
        ),
        "card_template": "offers/actor_card.html",
    }
    return render_catalogue(request, context)


ACTOR_OFFERS_LIMIT = 100


@require_safe
def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(
        Actor.objects.select_related("technopole").prefetch_related("sectors"), slug=slug
    )
    offers = list(offer_cards(actor.offers.published().order_by("title", "pk"))[: ACTOR_OFFERS_LIMIT + 1])
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": actor.name,
        "description": actor.description,
        "url": actor.website or request.build_absolute_uri(actor.get_absolute_url()),
        "email": actor.email,
        "telephone": actor.phone,
        "address": actor.address,
    }
    context = {
        "actor": actor,
        "offers": offers[:ACTOR_OFFERS_LIMIT],
        "more_offers": len(offers) > ACTOR_OFFERS_LIMIT,
        "json_ld": json_ld({key: value for key, value in data.items() if value}),
    }
    return render(request, "offers/actor_detail.html", context)


# --- Recruitment and competences -------------------------------------------------------------------------


@require_safe
@vary_on_headers("HX-Request")
def recruitment_list(request: HttpRequest) -> HttpResponse:
    queryset = RecruitmentService.objects.published().order_by("title", "pk")
    filterset = RecruitmentFilter(request.GET, queryset=queryset)
    context = catalogue_context(request, filterset, prepare_page=offer_cards) | {
        "page_title": _("Recruter et structurer ses ressources humaines"),
        "intro": _(
            "Détecter et attirer des talents, accueillir stagiaires et alternants, structurer la fonction RH : "
            "l'accompagnement au recrutement proposé dans la métropole."
        ),
        "card_template": "includes/offer_card.html",
        "card_details": "offers/recruitment_card.html",
    }
    return render_catalogue(request, context)


@require_safe
@vary_on_headers("HX-Request")
def competence_list(request: HttpRequest) -> HttpResponse:
    queryset = Competence.objects.published().order_by("title", "pk")
    filterset = CompetenceFilter(request.GET, queryset=queryset)
    context = catalogue_context(
        request, filterset, prepare_page=lambda qs: offer_cards(qs).prefetch_related("supervising_bodies")
    ) | {
        "page_title": _("Compétences scientifiques et technologiques"),
        "intro": _(
            "Les laboratoires et plateformes technologiques ouverts aux entreprises : cherchez un domaine ou un "
            "équipement, filtrez par tutelle (AMU, CNRS, INSERM, IRD, AP-HM…) et par technopôle."
        ),
        "card_template": "includes/offer_card.html",
        "card_details": "offers/competence_card.html",
    }
    return render_catalogue(request, context)


# --- Technopôles ---------------------------------------------------------------------------------------

TECHNOPOLE_LIST_LIMIT = 12


@require_safe
def technopole_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The technopôle's structures, housing sites and offers located there; each list is capped and links
    to the catalogue filtered on this technopôle."""
    technopole = get_object_or_404(Technopole, slug=slug)
    limit = TECHNOPOLE_LIST_LIMIT
    located_here = Offer.technopoles.through.objects.filter(technopole=technopole).values("offer_id")
    here = published_offers().filter(pk__in=located_here).select_related("actor")
    actors = list(Actor.objects.filter(technopole=technopole).only("name", "slug", "kind")[: limit * 2 + 1])
    housing = list(here.filter(kind=Offer.Kind.HOUSING)[: limit + 1])
    offers = list(here.exclude(kind=Offer.Kind.HOUSING)[: limit + 1])
    context = {
        "technopole": technopole,
        "actors": actors[: limit * 2],
        "more_actors": len(actors) > limit * 2,
        "housing": housing[:limit],
        "more_housing": len(housing) > limit,
        "offers": offers[:limit],
        "more_offers": len(offers) > limit,
    }
    return render(request, "offers/technopole_detail.html", context)
