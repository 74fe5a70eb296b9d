from django.contrib import admin

from housing.models import HousingSite
from offers.admin import OfferAdminBase


@admin.register(HousingSite)
class HousingSiteAdmin(OfferAdminBase):
    list_display = ["title", "actor", "premises_type", "surface_min", "surface_max", "availability", "status"]
    list_filter = ["status", "premises_type", "availability", "flexible_lease", "technopoles"]
