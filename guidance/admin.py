from django.contrib import admin

from guidance.models import ContactRequest, QuestionnaireResponse, Referral


@admin.register(QuestionnaireResponse)
class QuestionnaireResponseAdmin(admin.ModelAdmin):
    list_display = ["created_at", "needs_key", "stage", "technopole", "sector", "result_count"]
    list_filter = ["stage", "technopole", "sector"]
    search_fields = ["needs_key"]
    date_hierarchy = "created_at"


@admin.register(ContactRequest)
class ContactRequestAdmin(admin.ModelAdmin):
    list_display = ["reference", "actor", "offer", "name", "status", "created_at"]
    list_filter = ["status", "actor"]
    search_fields = ["reference", "name", "email", "organisation"]
    autocomplete_fields = ["actor", "offer", "stage"]
    date_hierarchy = "created_at"


@admin.register(Referral)
class ReferralAdmin(admin.ModelAdmin):
    list_display = ["from_actor", "to_actor", "created_at", "created_by"]
    search_fields = ["from_actor__name", "to_actor__name", "note"]
    autocomplete_fields = ["from_request", "to_request", "from_actor", "to_actor", "to_offer"]
