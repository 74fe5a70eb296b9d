"""The gaps marked « sans objet » in the admin: for Métropole staff only, like the coverage reports."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from guidance.models import ExpectedGap
from guidance.pilotage.views import PERMISSION
from offers.admin_wording import FrenchAdminMixin


@admin.register(ExpectedGap)
class ExpectedGapAdmin(FrenchAdminMixin, admin.ModelAdmin):
    feminine = True  # « la lacune sans objet »
    list_display = ["need", "stage", "place", "reason", "created_by", "created_at"]
    list_filter = ["need", "stage", "technopole"]
    search_fields = ["reason"]
    list_select_related = ["need", "stage", "technopole", "created_by"]
    fields = ["need", "stage", "technopole", "reason", "created_by", "created_at"]
    readonly_fields = ["created_by", "created_at"]

    @admin.display(description=_("technopôle ou site"), ordering="technopole__order")
    def place(self, obj: ExpectedGap) -> str:
        return obj.technopole.name if obj.technopole_id else _("Tous les sites")

    # Who may see and mark the gaps of the reports, and only they: the coverage-report permission (the
    # « Métropole » group, superusers), whatever the model permissions say.
    def _allowed(self, request) -> bool:
        return request.user.is_active and request.user.has_perm(PERMISSION)

    def has_module_permission(self, request) -> bool:
        return self._allowed(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return self._allowed(request)

    def has_add_permission(self, request) -> bool:
        return self._allowed(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._allowed(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._allowed(request)

    def save_model(self, request, obj: ExpectedGap, form, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
