from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from simple_history.admin import SimpleHistoryAdmin

from offers import publication
from offers.admin_scoping import ActorScopedAdminMixin, autocomplete_source_is_open, sees_everything
from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Sector, Stage, Technopole
from offers.resources import PLAIN_KINDS, CompetenceResource, OfferResource, RecruitmentServiceResource

# The import files issued to this session (offers/import_storage.py), per import: {"offers.offer": [name…]}.
IMPORT_FILES_SESSION_KEY = "import_files"
IMPORT_FILES_KEPT = 10

# The index lists first the offers the user's structures must confirm (see templates/admin/innov_index.html).
admin.site.index_template = "admin/innov_index.html"
admin.site.site_header = _("Innov Provence — administration")
admin.site.site_title = _("Innov Provence")


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
class ActorAdmin(ActorScopedAdminMixin, SimpleHistoryAdmin):
    actor_field = ""
    list_display = ["name", "kind", "technopole", "email"]
    list_filter = ["kind", "technopole", "sectors"]
    search_fields = ["name", "slug", "description", "email"]
    autocomplete_fields = ["technopole", "members"]
    filter_horizontal = ["sectors"]
    prepopulated_fields = {"slug": ["name"]}

    def scope_queryset(self, request, queryset):
        # A field declared open (e.g. a lab's supervising bodies) may search every structure's name.
        if autocomplete_source_is_open(request, self.admin_site):
            return queryset
        return super().scope_queryset(request, queryset)

    def get_exclude(self, request, obj=None):
        # Who may edit a structure is decided by the Métropole, not by the structure itself.
        exclude = list(super().get_exclude(request, obj) or [])
        if not sees_everything(request.user):
            exclude.append("members")
        return exclude


class FreshnessFilter(admin.SimpleListFilter):
    title = _("fraîcheur")
    parameter_name = "fraicheur"

    def lookups(self, request, model_admin):
        return [("a-confirmer", _("À confirmer")), ("a-jour", _("À jour"))]

    def queryset(self, request, queryset):
        stale = Offer.objects.stale().values("pk")
        if self.value() == "a-confirmer":
            return queryset.filter(pk__in=stale)
        if self.value() == "a-jour":
            return queryset.exclude(pk__in=stale)
        return queryset


class OfferAdminBase(ActorScopedAdminMixin, ImportExportMixin, SimpleHistoryAdmin):
    """Shared admin for every kind of offer: scoping, publication actions, freshness, history, import/export."""

    list_display = ["title", "actor", "status", "reviewed_at", "updated_at"]
    list_filter = ["status", FreshnessFilter, "needs", "stages", "technopoles", "sectors"]
    search_fields = ["title", "slug", "summary", "actor__name"]
    autocomplete_fields = ["actor"]
    filter_horizontal = ["needs", "stages", "technopoles", "sectors"]
    prepopulated_fields = {"slug": ["title"]}
    list_select_related = ["actor"]
    date_hierarchy = "updated_at"
    actions = ["publish", "archive", "confirm_up_to_date"]
    change_form_template = "admin/offers/offer_change_form.html"
    resource_classes = [OfferResource]
    formats = [CSV, XLSX]

    def get_readonly_fields(self, request, obj=None):
        # The kind follows the model (a financing scheme is « financement »…): only a plain offer chooses
        # between support and event, so that the catalogue's facets match the sub-model tables.
        readonly = list(super().get_readonly_fields(request, obj))
        if self.model is not Offer or (obj is not None and obj.kind not in PLAIN_KINDS):
            readonly.append("kind")
        return readonly

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            kwargs["choices"] = [(kind.value, kind.label) for kind in PLAIN_KINDS]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "slug":
            # Django's « Un objet Offre avec ce champ Identifiant existe déjà » would confirm that another
            # structure's hidden draft uses this slug: the import gives the same neutral answer.
            kwargs["error_messages"] = {
                "unique": _("Cet identifiant n'est pas disponible : choisissez-en un autre."),
            }
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_resource_kwargs(self, request, *args, **kwargs):
        # The resources read and write only the user's structures' offers.
        return {**kwargs, "user": request.user}

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        import_file = getattr(context.get("form"), "cleaned_data", {}).get("import_file")
        stored_name = getattr(import_file, "tmp_storage_name", None)
        if stored_name and "confirm_form" not in context:
            # A file with errors cannot be confirmed: its copy is of no further use.
            self.import_storage(stored_name).remove()
        return response

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            # Only this session may confirm this import, with this file.
            issued = request.session.get(IMPORT_FILES_SESSION_KEY, {})
            names = [*issued.get(self.opts.label, []), initial["import_file_name"]][-IMPORT_FILES_KEPT:]
            request.session[IMPORT_FILES_SESSION_KEY] = issued | {self.opts.label: names}
        return initial

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """The confirmation reads the file named in the form: only a name issued to this session for this
        import, once, and never a path (django-import-export would read any file of the system's /tmp)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        name = request.POST.get("import_file_name", "")
        issued = request.session.get(IMPORT_FILES_SESSION_KEY, {})
        names = issued.get(self.opts.label, [])
        if name not in names:
            return self.import_file_unavailable(request)
        request.session[IMPORT_FILES_SESSION_KEY] = issued | {
            self.opts.label: [n for n in names if n != name]
        }
        if not self.import_storage(name).exists():
            return self.import_file_unavailable(request)  # removed as abandoned
        return super().process_import(request, **kwargs)

    def import_storage(self, name: str):
        return self.get_tmp_storage_class()(name=name, **self.get_tmp_storage_class_kwargs())

    def import_file_unavailable(self, request):
        context = self.admin_site.each_context(request) | {"title": _("Import"), "opts": self.opts}
        return TemplateResponse(
            request, "admin/import_export/import_file_unavailable.html", context, status=400
        )

    def process_result(self, result, request):
        # The confirm step re-runs the import for real; should it now fail, everything was rolled back.
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                _(
                    "Import annulé : le fichier contient des erreurs, aucune modification n'a été enregistrée."
                ),
                messages.ERROR,
            )
            info = self.opts.app_label, self.opts.model_name
            return HttpResponseRedirect(reverse("admin:{}_{}_import".format(*info)))
        return super().process_result(result, request)

    @admin.action(description=_("Publier"), permissions=["change"])
    def publish(self, request, queryset):
        count = publication.publish(queryset, request.user)
        self.message_user(request, ngettext("%d offre publiée.", "%d offres publiées.", count) % count)

    @admin.action(description=_("Archiver"), permissions=["change"])
    def archive(self, request, queryset):
        count = publication.archive(queryset, request.user)
        self.message_user(request, ngettext("%d offre archivée.", "%d offres archivées.", count) % count)

    @admin.action(description=_("Confirmer que l'offre est à jour"), permissions=["change"])
    def confirm_up_to_date(self, request, queryset):
        count = publication.confirm_up_to_date(queryset, request.user)
        self.message_user(
            request,
            ngettext("%d offre confirmée à jour.", "%d offres confirmées à jour.", count) % count,
        )

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        confirm = path(
            "<path:object_id>/confirmer/",
            self.admin_site.admin_view(self.confirm_view),
            name="{}_{}_confirm".format(*info),
        )
        return [confirm, *super().get_urls()]

    @method_decorator(require_POST)
    def confirm_view(self, request, object_id):
        """One click « confirmer que l'offre est à jour » from the change form or the admin index."""
        obj = self.get_object(request, unquote(object_id))
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        publication.confirm_up_to_date([obj], request.user)
        self.message_user(request, _("« %(offer)s » est confirmée à jour.") % {"offer": obj})
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            info = self.opts.app_label, self.opts.model_name
            next_url = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        return HttpResponseRedirect(next_url)


@admin.register(Offer)
class OfferAdmin(OfferAdminBase):
    list_display = ["title", "actor", "kind", "status", "reviewed_at", "updated_at"]
    list_filter = ["status", FreshnessFilter, "kind", "needs", "stages", "technopoles", "sectors"]


@admin.register(RecruitmentService)
class RecruitmentServiceAdmin(OfferAdminBase):
    list_filter = ["status", FreshnessFilter, "service_type", "technopoles"]
    resource_classes = [RecruitmentServiceResource]


@admin.register(Competence)
class CompetenceAdmin(OfferAdminBase):
    list_display = ["title", "actor", "competence_type", "status", "reviewed_at"]
    list_filter = ["status", FreshnessFilter, "competence_type", "supervising_bodies", "technopoles"]
    search_fields = ["title", "lab_code", "domains", "equipment", "actor__name"]
    filter_horizontal = [*OfferAdminBase.filter_horizontal, "supervising_bodies"]
    resource_classes = [CompetenceResource]
    # Supervising bodies (AMU, CNRS, INSERM…) are a public reference list: a lab names its tutelles among
    # all universities and research bodies, which gives it no right over them.
    open_actor_fields = ("supervising_bodies",)
