from django.contrib import admin

from housing.models import HousingSite
from offers.admin import FreshnessFilter, OfferAdminBase
from offers.resources import offer_resource


@admin.register(HousingSite)
class HousingSiteAdmin(OfferAdminBase):
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
