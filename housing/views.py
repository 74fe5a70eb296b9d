from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from housing.filters import HousingFilter
from housing.models import HousingSite
from offers.catalogue import catalogue_context, offer_cards, render_catalogue


@require_safe
@vary_on_headers("HX-Request")
def housing_list(request: HttpRequest) -> HttpResponse:
    filterset = HousingFilter(request.GET, queryset=HousingSite.objects.published().order_by("title", "pk"))
    context = catalogue_context(request, filterset, prepare_page=offer_cards) | {
        "page_title": _("Trouver des locaux"),
        "intro": _(
            "Le parcours résidentiel des entreprises innovantes dans la métropole : pépinières, hôtels "
            "d'entreprises, bureaux, laboratoires, ateliers et tiers-lieux, avec leurs surfaces et leurs "
            "conditions d'occupation."
        ),
        "card_template": "includes/offer_card.html",
        "card_details": "housing/card.html",
    }
    return render_catalogue(request, context)
