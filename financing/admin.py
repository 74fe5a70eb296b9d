from django.contrib import admin

from financing.models import FinancingScheme
from offers.admin import OfferAdminBase


@admin.register(FinancingScheme)
class FinancingSchemeAdmin(OfferAdminBase):
    list_display = [
        "title",
        "actor",
        "instrument",
        "amount_min",
        "amount_max",
        "accepts_single_file",
        "status",
    ]
    list_filter = ["status", "instrument", "accepts_single_file", "stages"]
