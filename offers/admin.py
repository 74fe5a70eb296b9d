from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Sector, Stage, Technopole


@admin.register(Need, Stage, Sector)
class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Technopole)
class TechnopoleAdmin(TaxonomyAdmin):
    list_display = ["name", "slug", "theme", "city", "is_technopole", "order"]
    list_filter = ["is_technopole"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "technopole", "email"]
    list_filter = ["kind", "technopole", "sectors"]
    search_fields = ["name", "slug", "description", "email"]
    autocomplete_fields = ["technopole", "members"]
    filter_horizontal = ["sectors"]
    prepopulated_fields = {"slug": ["name"]}


class OfferAdminBase(SimpleHistoryAdmin):
    """Shared admin for every kind of offer."""

    list_display = ["title", "actor", "status", "reviewed_at", "updated_at"]
    list_filter = ["status", "needs", "stages", "technopoles", "sectors"]
    search_fields = ["title", "slug", "summary", "actor__name"]
    autocomplete_fields = ["actor"]
    filter_horizontal = ["needs", "stages", "technopoles", "sectors"]
    prepopulated_fields = {"slug": ["title"]}
    list_select_related = ["actor"]
    date_hierarchy = "updated_at"


@admin.register(Offer)
class OfferAdmin(OfferAdminBase):
    list_display = ["title", "actor", "kind", "status", "reviewed_at", "updated_at"]
    list_filter = ["status", "kind", "needs", "stages", "technopoles", "sectors"]


@admin.register(RecruitmentService)
class RecruitmentServiceAdmin(OfferAdminBase):
    list_filter = ["status", "service_type", "technopoles"]


@admin.register(Competence)
class CompetenceAdmin(OfferAdminBase):
    list_display = ["title", "actor", "competence_type", "status", "reviewed_at"]
    list_filter = ["status", "competence_type", "supervising_bodies", "technopoles"]
    search_fields = ["title", "lab_code", "domains", "equipment", "actor__name"]
    filter_horizontal = [*OfferAdminBase.filter_horizontal, "supervising_bodies"]
