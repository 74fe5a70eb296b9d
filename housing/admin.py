from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from housing.models import HousingSite
from offers.admin import FreshnessFilter, OfferAdminBase
from offers.resources import offer_resource


@admin.register(HousingSite)
class HousingSiteAdmin(OfferAdminBase):
    feminine = False  # « le site d'hébergement »
    details_title = _("Les locaux")
    list_display = ["title", "actor", "premises_type", "surface_min", "surface_max", "availability", "status"]
    list_filter = [
        "status",
        FreshnessFilter,
        "premises_type",
        "availability",
        "flexible_lease",
        "technopoles",
    ]
    resource_classes = [
        offer_resource(
            HousingSite,
            [
                "premises_type",
                "address",
                "surface_min",
                "surface_max",
                "flexible_lease",
                "lease_terms",
                "availability",
                "available_from",
            ],
        )
    ]
