from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from financing.chain import financing_chain
from financing.filters import FinancingFilter
from financing.models import FinancingScheme
from offers.catalogue import catalogue_context, offer_cards, render_catalogue


@require_safe
@vary_on_headers("HX-Request")
def financing_list(request: HttpRequest) -> HttpResponse:
    filterset = FinancingFilter(
        request.GET, queryset=FinancingScheme.objects.published().order_by("title", "pk")
    )
    context = catalogue_context(request, filterset, prepare_page=offer_cards) | {
        "page_title": _("Financer son projet"),
        "intro": _(
            "La chaîne de financement de l'idée à la croissance : subventions, prêts d'honneur, prêts bancaires, "
            "avances remboursables, fonds propres. Indiquez le montant recherché pour ne voir que les "
            "dispositifs adaptés."
        ),
        "card_template": "includes/offer_card.html",
        "card_details": "financing/card.html",
        "aside_template": "financing/dossier_callout.html",
    }
    if filterset.wants_chain():
        context |= {"results_body": "financing/chain.html", "chain": financing_chain(filterset.qs)}
    return render_catalogue(request, context)
