from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Q
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from simple_history.admin import SimpleHistoryAdmin

from offers import publication
from offers.admin_forms import (
    AUDIENCE,
    CHECKBOX_FIELDS,
    CONTACT,
    PRESENTATION,
    PUBLICATION,
    InviteMemberForm,
    OfferAdminForm,
    TaxonomyChoiceField,
)
from offers.admin_scoping import (
    IMPORT_EXPORT_GROUP,
    ActorScopedAdminMixin,
    autocomplete_source_is_open,
    may_import_export,
    sees_everything,
    user_actors,
    user_offers,
)
from offers.admin_wording import FrenchAdminMixin, FrenchHistoryMixin
from offers.invitations import invite_member, send_invitation
from offers.models import (
    Actor,
    Audience,
    Competence,
    Need,
    Offer,
    RecruitmentService,
    Sector,
    Stage,
    Technopole,
)
from offers.resources import PLAIN_KINDS, CompetenceResource, OfferResource, RecruitmentServiceResource

# The import files issued to this session (offers/import_storage.py), per import: {"offers.offer": [name…]}.
IMPORT_FILES_SESSION_KEY = "import_files"
IMPORT_FILES_KEPT = 10


def unwrapped(formfield):
    """The field without the admin's « + / ✎ » links: a structure creates neither a need nor a structure
    from an offer's form (and those links open pop-up windows)."""
    if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
        formfield.widget = formfield.widget.widget
    return formfield


class TaxonomyAdmin(FrenchAdminMixin, admin.ModelAdmin):
    """The reference lists, kept by the Métropole; structures read them only through the offer form."""

    list_display = ["name", "slug", "order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def has_module_permission(self, request) -> bool:
        return sees_everything(request.user) and super().has_module_permission(request)


@admin.register(Need, Stage, Audience)
class MasculineTaxonomyAdmin(TaxonomyAdmin):
    pass  # « le besoin », « le stade de maturité », « le public »


@admin.register(Sector)
class SectorAdmin(TaxonomyAdmin):
    feminine = True


@admin.register(Technopole)
class TechnopoleAdmin(TaxonomyAdmin):
    list_display = ["name", "slug", "theme", "city", "is_technopole", "order"]
    list_filter = ["is_technopole"]


@admin.register(Actor)
class ActorAdmin(FrenchAdminMixin, FrenchHistoryMixin, ActorScopedAdminMixin, SimpleHistoryAdmin):
    feminine = True
    actor_field = ""
    list_display = ["name", "kind", "technopole", "email_link"]
    list_filter = ["kind", "technopole", "sectors"]
    search_fields = ["name", "slug", "description", "email"]
    prepopulated_fields = {"slug": ["name"]}
    change_form_template = "admin/offers/actor_change_form.html"
    fieldsets = [
        (_("Présentation"), {"fields": ["name", "kind", "description", "website", "technopole", "sectors"]}),
        (_("Coordonnées"), {"fields": ["email", "phone", "address"]}),
        (_("Administration"), {"fields": ["slug"]}),
    ]

    @admin.display(description=_("courriel"), ordering="email")
    def email_link(self, obj: Actor) -> str:
        return format_html('<a href="mailto:{0}">{0}</a>', obj.email) if obj.email else "—"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "sectors":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return unwrapped(super().formfield_for_dbfield(db_field, request, **kwargs))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not sees_everything(request.user):
            # The address of its public page and its type are the Métropole's to change.
            readonly += ["slug", "kind"]
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if sees_everything(request.user) else {}

    # --- Members, under the form: Métropole staff invite and remove them; members see who else belongs --

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/membres/inviter/", wrap(self.invite_view), name="offers_actor_invite"),
            path(
                "<path:object_id>/membres/<int:user_id>/retirer/",
                wrap(self.remove_member_view),
                name="offers_actor_remove_member",
            ),
            path(
                "<path:object_id>/membres/<int:user_id>/import-export/",
                wrap(self.import_export_view),
                name="offers_actor_member_import_export",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        actor = self.get_object(request, unquote(object_id))  # 404 for another structure
        in_group = Group.user_set.through.objects.filter(user=OuterRef("pk"), group__name=IMPORT_EXPORT_GROUP)
        members = actor.members.annotate(may_import_export=Exists(in_group)).order_by("email", "pk")
        extra_context = (extra_context or {}) | {
            "members": list(members),
            "can_manage_members": sees_everything(request.user)
            and self.has_change_permission(request, actor),
            "invite_form": InviteMemberForm(auto_id="invitation_%s"),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def _managed_actor(self, request, object_id: str) -> Actor:
        """The structure, if the user is Métropole staff who may change it (members are the Métropole's)."""
        actor = self.get_object(request, unquote(object_id))
        if not sees_everything(request.user) or not self.has_change_permission(request, actor):
            raise PermissionDenied
        return actor

    def _members_url(self, actor: Actor) -> str:
        return reverse("admin:offers_actor_change", args=[actor.pk]) + "#membres"

    @method_decorator(require_POST)
    def invite_view(self, request, object_id):
        actor = self._managed_actor(request, object_id)
        form = InviteMemberForm(request.POST)
        if not form.is_valid():
            for error in form.errors.get("email", []):
                self.message_user(request, error, messages.ERROR)
            return HttpResponseRedirect(self._members_url(actor))
        user, created = invite_member(actor, form.cleaned_data["email"])
        send_invitation(user, actor)
        message = (
            _("Invitation envoyée à %(email)s : le courriel contient un lien pour choisir son mot de passe.")
            if created
            else _(
                "%(email)s avait déjà un compte : le voici membre de la structure, et un courriel lui donne un "
                "lien pour choisir un nouveau mot de passe s'il le souhaite."
            )
        ) % {"email": user.email}
        self.log_change(request, actor, _("Invitation de %(email)s") % {"email": user.email})
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(self._members_url(actor))

    def _member(self, actor: Actor, user_id: int):
        member = actor.members.filter(pk=user_id).first()
        if member is None:
            raise Http404(_("Cette personne n'est pas membre de la structure."))
        return member

    @method_decorator(require_POST)
    def remove_member_view(self, request, object_id, user_id):
        actor = self._managed_actor(request, object_id)
        member = self._member(actor, user_id)
        actor.members.remove(member)
        self.log_change(request, actor, _("Retrait de %(email)s") % {"email": member.email})
        self.message_user(
            request,
            _("%(email)s n'est plus membre de « %(actor)s » : ses données ne lui sont plus accessibles.")
            % {"email": member.email or member.get_username(), "actor": actor.name},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._members_url(actor))

    @method_decorator(require_POST)
    def import_export_view(self, request, object_id, user_id):
        actor = self._managed_actor(request, object_id)
        member = self._member(actor, user_id)
        group, _created = Group.objects.get_or_create(name=IMPORT_EXPORT_GROUP)
        if request.POST.get("allow") == "1":
            member.groups.add(group)
            text = _("%(email)s peut maintenant importer et exporter les offres de ses structures.")
        else:
            member.groups.remove(group)
            text = _("%(email)s n'importe ni n'exporte plus d'offres.")
        self.message_user(request, text % {"email": member.email or member.get_username()}, messages.SUCCESS)
        return HttpResponseRedirect(self._members_url(actor))

    def scope_queryset(self, request, queryset):
        # A field declared open (e.g. a lab's supervising bodies) may search every structure's name.
        if autocomplete_source_is_open(request, self.admin_site):
            return queryset
        return super().scope_queryset(request, queryset)


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


class ContactFilter(admin.SimpleListFilter):
    """« Le bon interlocuteur »: offers that name no person or role to write to."""

    title = _("interlocuteur")
    parameter_name = "interlocuteur"

    def lookups(self, request, model_admin):
        return [("a-completer", _("À compléter")), ("indique", _("Indiqué"))]

    def queryset(self, request, queryset):
        if self.value() == "a-completer":
            return queryset.filter(contact_name="")
        if self.value() == "indique":
            return queryset.exclude(contact_name="")
        return queryset


class OfferAdminBase(
    FrenchAdminMixin, FrenchHistoryMixin, ActorScopedAdminMixin, ImportExportMixin, SimpleHistoryAdmin
):
    """Shared admin for every kind of offer: scoping, publication actions, freshness, history, import/export.

    A structure member gets a short list (title, status, contact, freshness) with three filters, and a form
    in plain sections (admin_forms.py); Métropole staff get every column and filter as well.
    """

    feminine = True
    form = OfferAdminForm
    list_display = ["title", "actor", "status", "contact_status", "reviewed_at", "updated_at"]
    member_list_display = ["title", "status", "contact_status", "reviewed_at"]
    list_display_links = ["title"]
    list_filter = ["status", FreshnessFilter, ContactFilter, "needs", "stages", "technopoles", "sectors"]
    member_list_filter = ["status", FreshnessFilter, ContactFilter]
    search_fields = ["title", "slug", "summary", "actor__name"]
    list_select_related = ["actor"]
    actions = ["publish", "archive", "confirm_up_to_date"]
    change_form_template = "admin/offers/offer_change_form.html"
    resource_classes = [OfferResource]
    formats = [CSV, XLSX]
    # The fields of a sub-model (amounts, surfaces…) get their own section, named for the kind of offer.
    details_title = _("Détails")

    # --- The list -------------------------------------------------------------------------------------

    def get_list_display(self, request):
        if sees_everything(request.user):
            return self.list_display
        return self.member_list_display

    def get_list_filter(self, request):
        if sees_everything(request.user):
            return self.list_filter
        return self.member_list_filter

    @admin.display(description=_("interlocuteur"), ordering="contact_name")
    def contact_status(self, obj: Offer) -> str:
        if obj.contact_name:
            return obj.contact_name
        return format_html('<span class="flag-missing">{}</span>', _("à compléter"))

    # --- The form -------------------------------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        fields = list(self.get_fields(request, obj))
        if obj is None:
            fields = [name for name in fields if name != "reviewed_at"]
        known = set(PRESENTATION + AUDIENCE + CONTACT + PUBLICATION)

        def present(names):
            return [name for name in names if name in fields]

        details = [name for name in dict.fromkeys(fields) if name not in known]
        contact_note = None
        if obj is not None and not obj.contact_name:
            contact_note = _(
                "Aucune personne ni fonction n'est indiquée : les porteurs de projet écriront à l'adresse de "
                "la structure sans savoir qui la lit. Indiquez un interlocuteur et une adresse directe."
            )
        sections = [
            (_("Présentation"), {"fields": present(PRESENTATION)}),
            (self.details_title, {"fields": details}) if details else None,
            (
                _("Pour qui"),
                {
                    "fields": present(AUDIENCE),
                    "description": _(
                        "Cochez ce qui correspond : les porteurs de projet trouvent l'offre par ces critères."
                    ),
                },
            ),
            (_("Contact"), {"fields": present(CONTACT), "description": contact_note, "classes": ["contact"]}),
            (_("Publication"), {"fields": present(PUBLICATION)}),
        ]
        return [section for section in sections if section]

    def get_readonly_fields(self, request, obj=None):
        # The kind follows the model (a financing scheme is « financement »…): only a plain offer chooses
        # between support and event, so that the catalogue's facets match the sub-model tables.
        readonly = list(super().get_readonly_fields(request, obj))
        if self.model is not Offer or (obj is not None and obj.kind not in PLAIN_KINDS):
            readonly.append("kind")
        # « Confirmée à jour le » moves only with the « Confirmer » button (or on publication).
        readonly.append("reviewed_at")
        if obj is not None:
            readonly += ["public_address", "public_card"]
        return readonly

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if obj is not None and not sees_everything(request.user):
            # Changing the address would break the links already given out: members read it only.
            fields.remove("slug")
        return fields

    @admin.display(description=_("Adresse de la fiche"))
    def public_address(self, obj: Offer) -> str:
        url = obj.get_absolute_url()
        if obj.status == Offer.Status.PUBLISHED:
            return format_html('<a href="{0}">{0}</a>', url)
        return format_html('{} <span class="muted">({})</span>', url, _("en ligne une fois l'offre publiée"))

    @admin.display(description=_("Aperçu dans le catalogue"))
    def public_card(self, obj: Offer) -> str:
        card = render_to_string("includes/offer_card.html", {"offer": obj})
        note = (
            _("Voici la carte telle qu'elle paraît dans les résultats et le catalogue.")
            if obj.status == Offer.Status.PUBLISHED
            else _("Voici la carte telle qu'elle paraîtra une fois l'offre publiée.")
        )
        return format_html('<p class="help">{}</p><div class="card-preview">{}</div>', note, card)

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            kwargs["choices"] = [(kind.value, kind.label) for kind in PLAIN_KINDS]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in CHECKBOX_FIELDS:
            kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
            kwargs.setdefault("form_class", TaxonomyChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "slug":
            # Django's « Un objet Offre avec ce champ Identifiant existe déjà » would confirm that another
            # structure's hidden draft uses this slug: the import gives the same neutral answer.
            kwargs["error_messages"] = {
                "unique": _("Cette adresse n'est pas disponible : choisissez-en une autre, ou laissez vide."),
            }
            kwargs["label"] = _("Adresse de la fiche")
        return unwrapped(super().formfield_for_dbfield(db_field, request, **kwargs))

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if "actor" not in initial and not sees_everything(request.user):
            # A member of one structure does not have to choose it.
            actors = list(user_actors(request.user)[:2])
            if len(actors) == 1:
                initial["actor"] = actors[0].pk
        return initial

    # --- Import and export, for those who asked for them ----------------------------------------------

    def has_import_permission(self, request) -> bool:
        return may_import_export(request.user) and super().has_import_permission(request)

    def has_export_permission(self, request) -> bool:
        return may_import_export(request.user) and super().has_export_permission(request)

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
    list_display = ["title", "actor", "kind", "status", "contact_status", "reviewed_at", "updated_at"]
    member_list_display = ["title", "kind", "status", "contact_status", "reviewed_at"]
    list_filter = [
        "status",
        FreshnessFilter,
        ContactFilter,
        "kind",
        "needs",
        "stages",
        "audiences",
        "technopoles",
        "sectors",
    ]


@admin.register(RecruitmentService)
class RecruitmentServiceAdmin(OfferAdminBase):
    feminine = False
    details_title = _("Le service")
    list_filter = ["status", FreshnessFilter, "service_type", "technopoles"]
    resource_classes = [RecruitmentServiceResource]


@admin.register(Competence)
class CompetenceAdmin(OfferAdminBase):
    details_title = _("Le laboratoire ou la plateforme")
    list_display = ["title", "actor", "competence_type", "status", "reviewed_at"]
    list_filter = ["status", FreshnessFilter, "competence_type", "supervising_bodies", "technopoles"]
    search_fields = ["title", "lab_code", "domains", "equipment", "actor__name"]
    resource_classes = [CompetenceResource]
    # Supervising bodies (AMU, CNRS, INSERM…) are a public reference list: a lab names its tutelles among
    # all universities and research bodies, which gives it no right over them.
    open_actor_fields = ("supervising_bodies",)


# --- The landing page of the admin: what the user's structures have to do ----------------------------------

SHOWN = 10


@admin.site.home_panel(order=20)
def offers_to_look_at(request) -> dict | None:
    """Offers to confirm (not confirmed for OFFER_STALE_AFTER_DAYS), drafts, offers naming no interlocutor.

    Queries: one for the three counts (conditional aggregates), then one per list shown (at most SHOWN rows
    each, with their structure).
    """
    stale = Q(pk__in=Offer.objects.stale().values("pk"))
    offers = user_offers(request.user).exclude(status=Offer.Status.ARCHIVED)
    counts = offers.aggregate(
        stale=Count("pk", filter=stale),
        drafts=Count("pk", filter=Q(status=Offer.Status.DRAFT)),
        no_contact=Count("pk", filter=Q(contact_name="")),
    )
    if not any(counts.values()):
        return None
    rows = offers.select_related("actor").only("title", "status", "reviewed_at", "actor__name")
    return {
        "template": "admin/home/offers.html",
        "counts": counts,
        "stale": list(rows.filter(stale).order_by(F("reviewed_at").asc(nulls_first=True), "title")[:SHOWN])
        if counts["stale"]
        else [],
        "drafts": list(rows.filter(status=Offer.Status.DRAFT).order_by("-updated_at")[:SHOWN])
        if counts["drafts"]
        else [],
        "no_contact": list(rows.filter(contact_name="").order_by("title")[:SHOWN])
        if counts["no_contact"]
        else [],
        "shown": SHOWN,
    }
