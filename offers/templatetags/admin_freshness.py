"""The admin index's « Offres à confirmer » list: the user's offers not confirmed for a year."""

from django import template
from django.db.models import F

from offers.admin_scoping import user_offers
from offers.models import Offer

register = template.Library()

SHOWN = 20


@register.simple_tag
def offers_to_confirm(user) -> dict:
    """Up to `SHOWN` of the user's stale, non-archived offers (never confirmed first), and how many in all."""
    stale = user_offers(user).stale().exclude(status=Offer.Status.ARCHIVED)
    offers = list(
        stale.select_related("actor").order_by(F("reviewed_at").asc(nulls_first=True), "title")[:SHOWN]
    )
    count = len(offers) if len(offers) < SHOWN else stale.count()
    return {"offers": offers, "count": count}
