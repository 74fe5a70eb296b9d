"""`offer|is_single_file_offer`: whether an offer's page shows the single financing file's callout.

The « Dossier unique de financement #AMFT » is a network's offer (Aix-Marseille French Tech), not a financing
scheme: no flag of `FinancingScheme` can mark it, so the offers that present the single file are named in the
settings (`SINGLE_FILE_OFFER_SLUGS`). Schemes that accept the file link to it from their own details
(templates/financing/offer_details.html)."""

from django import template
from django.conf import settings

register = template.Library()


@register.filter
def is_single_file_offer(offer) -> bool:
    return getattr(offer, "slug", None) in settings.SINGLE_FILE_OFFER_SLUGS
