"""The anonymous demand records (one per results page shown), read-only material for the reports."""

from django.contrib import admin

from guidance.models import QuestionnaireResponse


@admin.register(QuestionnaireResponse)
class QuestionnaireResponseAdmin(admin.ModelAdmin):
    list_display = ["created_at", "needs_key", "stage", "technopole", "sector", "result_count"]
    list_filter = ["stage", "technopole", "sector"]
    search_fields = ["needs_key"]
    date_hierarchy = "created_at"
