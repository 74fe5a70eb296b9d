from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from financing.models import FinancingScheme
from offers.admin import FreshnessFilter, OfferAdminBase
from offers.resources import offer_resource


@admin.register(FinancingScheme)
class FinancingSchemeAdmin(OfferAdminBase):
    feminine = False  # « le dispositif de financement »
    details_title = _("Le financement")
    list_display = [
        "title",
        "actor",
        "instrument",
        "amount_min",
        "amount_max",
        "accepts_single_file",
        "status",
    ]
    list_filter = ["status", FreshnessFilter, "instrument", "accepts_single_file", "stages"]
    resource_classes = [
        offer_resource(
            FinancingScheme, ["instrument", "amount_min", "amount_max", "funding_rate", "accepts_single_file"]
        )
    ]
