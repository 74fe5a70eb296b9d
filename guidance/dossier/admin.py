"""The single financing file in the admin: what financers read, scoped to the structures it was sent to.

The model lives in `financing`; the scope goes through the contact requests of `guidance.contact`, which is
why the admin lives with the feature."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from financing.models import FinancingFile
from offers.admin_scoping import ActorScopedAdminMixin, sees_everything, user_actors


@admin.register(FinancingFile)
class FinancingFileAdmin(ActorScopedAdminMixin, admin.ModelAdmin):
    """Read-only: a structure sees the files sent to it (through a contact request), never a withdrawn one.

    A file reaches a structure only through `ContactRequest.financing_file` (guidance), hence the scope path.
    """

    actor_field = "contact_requests__actor"
    list_display = ["__str__", "holder_name", "stage", "amount_sought", "status", "updated_at"]
    list_filter = ["status", "stage"]
    list_select_related = ["stage"]
    search_fields = ["company_name", "holder_name", "siren"]
    date_hierarchy = "updated_at"
    fields = ["content", "sent_to"]
    view_on_site = False
    readonly_fields = ["content", "sent_to"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).live()
        if sees_everything(request.user):
            return queryset
        return queryset.exclude(status=FinancingFile.Status.WITHDRAWN)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # A file not sent to the user's structures does not exist for them: 404, not the admin's redirect.
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404(_("Ce dossier n'existe pas ou ne vous a pas été transmis."))
        return super().change_view(request, object_id, form_url, extra_context)

    def has_view_permission(self, request, obj=None) -> bool:
        # Every structure member may read what was sent to their structure; the queryset does the scoping.
        return super().has_view_permission(request, obj) or (
            request.user.is_active and request.user.is_staff and user_actors(request.user).exists()
        )

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_add_permission(self, request) -> bool:
        return False  # files are created by holders on the public site

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return sees_everything(request.user) and super().has_delete_permission(request, obj)

    @admin.display(description=_("dossier"))
    def content(self, obj: FinancingFile) -> str:
        return render_to_string("guidance/dossier/_content.html", {"file": obj})

    @admin.display(description=_("transmis à"))
    def sent_to(self, obj: FinancingFile) -> str:
        rows = obj.contact_requests.select_related("actor").order_by("created_at")
        return (
            format_html_join(
                mark_safe("<br>"),
                "{} · {} · {}",
                ((r.actor.name, r.reference, r.get_status_display()) for r in rows),
            )
            or "—"
        )
