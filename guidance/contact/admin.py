"""Contact requests and re-orientations in the admin, scoped to the structures of the user."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from guidance.contact.forms import ReorientForm
from guidance.contact.reminders import add_working_days
from guidance.contact.services import (
    ANONYMISED,
    TransitionError,
    can_close,
    can_refer,
    can_take_in_charge,
    close,
    refer,
    referral_chain,
    take_in_charge,
)
from guidance.models import ContactRequest, Referral
from offers.admin_scoping import ActorScopedAdminMixin, sees_everything, user_actors
from offers.admin_wording import FrenchAdminMixin
from offers.models import Actor, Offer

# What the holder wrote: structures read it, only the portal's administrators may rectify it (RGPD).
HOLDER_FIELDS = ["name", "email", "phone", "organisation", "stage", "message"]


class DeliveryFilter(admin.SimpleListFilter):
    title = gettext_lazy("courriels")
    parameter_name = "courriels"

    def lookups(self, request, model_admin):
        return [
            ("envoyes", gettext_lazy("envoyés")),
            ("en_attente", gettext_lazy("en attente d'envoi")),
            ("non_remis", gettext_lazy("non remis")),
        ]

    def queryset(self, request, queryset):
        undelivered = queryset.undelivered()
        if self.value() == "envoyes":
            return queryset.exclude(pk__in=queryset.not_fully_notified().values("pk"))
        if self.value() == "en_attente":
            return queryset.not_fully_notified().exclude(pk__in=undelivered.values("pk"))
        if self.value() == "non_remis":
            return undelivered
        return queryset


def is_overdue(contact_request: ContactRequest, now=None) -> bool:
    """« En retard »: still new after CONTACT_REMINDER_DAYS working days, when the structure is reminded
    (guidance.contact.reminders)."""
    if contact_request.status != ContactRequest.Status.NEW:
        return False
    due = add_working_days(contact_request.created_at, settings.CONTACT_REMINDER_DAYS)
    return due <= (now or timezone.now())


def email_link(address: str) -> str:
    return format_html('<a href="mailto:{0}">{0}</a>', address) if address else "—"


def phone_link(number: str) -> str:
    # tel: takes the digits (and a leading +); the page shows the number as typed.
    digits = "".join(c for c in number if c.isdigit() or c == "+")
    return format_html('<a href="tel:{}">{}</a>', digits, number) if digits else "—"


class ChooseStructureForm(forms.Form):
    """Step one of a re-orientation (the query string): the structure whose offers to list."""

    to_actor = forms.ModelChoiceField(
        label=gettext_lazy("Structure vers laquelle réorienter"),
        queryset=Actor.objects.none(),
        empty_label=gettext_lazy("— Choisissez —"),
        error_messages={
            "invalid_choice": gettext_lazy("Cette structure n'existe pas : choisissez-la dans la liste.")
        },
    )

    def __init__(self, *args, current_actor: Actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_actor"].queryset = Actor.objects.exclude(pk=current_actor.pk).only("name")


@admin.register(ContactRequest)
class ContactRequestAdmin(FrenchAdminMixin, ActorScopedAdminMixin, admin.ModelAdmin):
    """A structure sees the requests addressed to its actors, moves them nouvelle → prise en charge →
    clôturée, or re-orients them to another structure; the chain of hand-offs shows on every request of it."""

    feminine = True
    actor_field = "actor"
    list_display = ["reference", "actor", "offer", "holder", "status_and_delay", "created_at", "emails_sent"]
    list_select_related = ["actor", "offer"]
    list_filter = ["status", DeliveryFilter, ("actor", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["reference", "name", "email", "organisation"]
    date_hierarchy = "created_at"
    actions = ["take_in_charge_selected", "close_selected"]
    fieldsets = [
        (None, {"fields": ["reference", "actor", "offer", "status"]}),
        (gettext_lazy("Demande"), {"fields": [*HOLDER_FIELDS, "consent_at"]}),
        (gettext_lazy("Suivi"), {"fields": ["created_at", "taken_at", "taken_by", "closed_at", "closed_by"]}),
        (
            gettext_lazy("Courriels"),
            {
                "fields": [
                    "structure_notified_at",
                    "holder_notified_at",
                    "send_attempts",
                    "last_send_error",
                    "anonymised_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "reference",
        "actor",
        "offer",
        "status",
        "consent_at",
        "created_at",
        "taken_at",
        "taken_by",
        "closed_at",
        "closed_by",
        "structure_notified_at",
        "holder_notified_at",
        "send_attempts",
        "last_send_error",
        "anonymised_at",
    ]

    @admin.display(description=gettext_lazy("porteur"), ordering="name")
    def holder(self, obj: ContactRequest) -> str:
        if obj.anonymised_at:
            return ANONYMISED
        return f"{obj.name} ({obj.organisation})" if obj.organisation else obj.name

    @admin.display(description=gettext_lazy("statut"), ordering="status")
    def status_and_delay(self, obj: ContactRequest) -> str:
        if is_overdue(obj):
            return format_html(
                '{} <span class="flag-missing">{}</span>', obj.get_status_display(), _("en retard")
            )
        return obj.get_status_display()

    @admin.display(description=gettext_lazy("courriel"))
    def email_link(self, obj: ContactRequest) -> str:
        return email_link(obj.email)

    @admin.display(description=gettext_lazy("téléphone"))
    def phone_link(self, obj: ContactRequest) -> str:
        return phone_link(obj.phone)

    def get_fieldsets(self, request, obj=None):
        if sees_everything(request.user):
            return self.fieldsets
        # Members read the holder's address and phone as links: one click to write or call.
        links = {"email": "email_link", "phone": "phone_link"}
        return [
            (title, options | {"fields": [links.get(name, name) for name in options["fields"]]})
            for title, options in self.fieldsets
        ]

    @admin.display(description=gettext_lazy("courriels"))
    def emails_sent(self, obj: ContactRequest) -> str:
        if obj.fully_notified:
            return _("envoyés")
        if obj.undelivered:
            return _("non remis")
        return _("en attente d'envoi")

    def get_readonly_fields(self, request, obj=None):
        if sees_everything(request.user):
            return self.readonly_fields
        return [*self.readonly_fields, *HOLDER_FIELDS, "email_link", "phone_link"]

    def has_add_permission(self, request) -> bool:
        # Requests come from the public form or from a re-orientation, never typed in by a structure.
        return False

    # --- status changes --------------------------------------------------------------------------------

    def _apply_to_selection(self, request, queryset, transition, done: str) -> None:
        count = 0
        for contact_request in queryset:
            try:
                transition(contact_request, request.user)
            except TransitionError:
                continue
            self.log_change(request, contact_request, done)
            count += 1
        skipped = len(queryset) - count
        self.message_user(
            request, _("%(count)d demande(s) mise(s) à jour.") % {"count": count}, messages.SUCCESS
        )
        if skipped:
            self.message_user(
                request,
                _("%(count)d demande(s) ignorée(s) : leur statut ne le permet pas.") % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(
        description=gettext_lazy("Prendre en charge les demandes sélectionnées"), permissions=["change"]
    )
    def take_in_charge_selected(self, request, queryset) -> None:
        self._apply_to_selection(request, queryset, take_in_charge, _("Prise en charge"))

    @admin.action(description=gettext_lazy("Clôturer les demandes sélectionnées"), permissions=["change"])
    def close_selected(self, request, queryset) -> None:
        self._apply_to_selection(request, queryset, close, _("Clôture"))

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/prendre-en-charge/",
                wrap(self.take_in_charge_view),
                name="guidance_contactrequest_take",
            ),
            path("<path:object_id>/cloturer/", wrap(self.close_view), name="guidance_contactrequest_close"),
            path(
                "<path:object_id>/reorienter/",
                wrap(self.reorient_view),
                name="guidance_contactrequest_reorient",
            ),
            *super().get_urls(),
        ]

    def _get_changeable(self, request, object_id: str) -> ContactRequest:
        """The request, if it is addressed to one of the user's structures and they may act on it.

        The scoped `get_object` answers 404 for another structure's request, as for a missing one.
        """
        obj = self.get_object(request, unquote(object_id))
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _change_url(self, obj: ContactRequest) -> str:
        return reverse("admin:guidance_contactrequest_change", args=[obj.pk])

    def _transition(self, request, object_id: str, transition, done: str) -> HttpResponse:
        obj = self._get_changeable(request, object_id)
        try:
            transition(obj, request.user)
        except TransitionError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.log_change(request, obj, done)
            self.message_user(request, done, messages.SUCCESS)
        return redirect(self._change_url(obj))

    @method_decorator(require_POST)
    def take_in_charge_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return self._transition(request, object_id, take_in_charge, _("Demande prise en charge."))

    @method_decorator(require_POST)
    def close_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return self._transition(request, object_id, close, _("Demande clôturée."))

    @method_decorator(require_http_methods(["GET", "HEAD", "POST"]))
    @method_decorator(vary_on_headers("HX-Request"))
    def reorient_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """Two steps: choose the structure (a GET form: its offers are then listed, with htmx as soon as it is
        chosen), then the offer and the note (POST)."""
        obj = self._get_changeable(request, object_id)
        if not can_refer(obj):
            self.message_user(request, _("Cette demande ne peut plus être réorientée."), messages.ERROR)
            return redirect(self._change_url(obj))
        form = ReorientForm(request.POST or None, current_actor=obj.actor)
        choice = ChooseStructureForm(
            request.GET if "to_actor" in request.GET else None, current_actor=obj.actor
        )
        chosen = choice.cleaned_data["to_actor"] if choice.is_valid() else None
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    referred = refer(
                        obj,
                        form.cleaned_data["to_actor"],
                        form.cleaned_data["to_offer"],
                        form.cleaned_data["note"],
                        request.user,
                    )
                except TransitionError as exc:
                    form.add_error(None, str(exc))
                else:
                    message = _(
                        "Demande réorientée vers %(actor)s (nouvelle référence %(reference)s) : la structure "
                        "et la personne sont prévenues par courriel."
                    ) % {"actor": referred.actor.name, "reference": referred.reference}
                    self.log_change(request, obj, message)
                    self.message_user(request, message, messages.SUCCESS)
                    return redirect(self._change_url(obj))
            status = 400
            chosen = form.cleaned_data.get("to_actor") if hasattr(form, "cleaned_data") else None
        elif chosen is not None:
            form = ReorientForm(initial={"to_actor": chosen.pk}, current_actor=obj.actor)
        # Only the chosen structure's published offers are offered (validated by the form whatever is sent).
        form.fields["to_offer"].queryset = (
            Offer.objects.published()
            .filter(actor=chosen)
            .only("title", "actor__name")
            .select_related("actor")
            if chosen is not None
            else Offer.objects.none()
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "form": form,
            "choice": choice,
            "chosen": chosen,
            "title": _("Réorienter la demande %(reference)s") % {"reference": obj.reference},
        }
        template = "admin/guidance/contactrequest/reorient.html"
        if request.htmx and request.method == "GET":
            template += "#step-two"
        return TemplateResponse(request, template, context, status=status)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))  # 404 for another structure's request
        chain = referral_chain(obj)
        ids = {r.from_request_id for r in chain} | {r.to_request_id for r in chain}
        # Links only to the requests this user may open; the others show the structure's name only.
        openable = set(self.get_queryset(request).filter(pk__in=ids).values_list("pk", flat=True))
        can_change = self.has_change_permission(request, obj)
        extra_context = (extra_context or {}) | {
            "chain": chain,
            "openable_ids": openable,
            "can_take": can_change and can_take_in_charge(obj),
            "can_close": can_change and can_close(obj),
            "can_refer": can_change and can_refer(obj),
        }
        if not sees_everything(request.user):
            # Nothing on the page is editable by a structure: status changes go through the buttons.
            extra_context |= {"show_save": False, "show_save_and_continue": False}
        return super().change_view(request, object_id, form_url, extra_context)

    class Media:
        css = {"all": ["css/contact.css"]}


@admin.register(Referral)
class ReferralAdmin(FrenchAdminMixin, ActorScopedAdminMixin, admin.ModelAdmin):
    """Re-orientations, read-only: a structure sees those it made and those it received."""

    feminine = True
    actor_field = "from_actor"
    list_display = ["from_actor", "to_actor", "to_offer", "created_at", "from_reference", "to_reference"]
    list_select_related = ["from_actor", "to_actor", "to_offer", "from_request", "to_request"]
    list_filter = [
        ("from_actor", admin.RelatedOnlyFieldListFilter),
        ("to_actor", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["from_actor__name", "to_actor__name", "note"]
    date_hierarchy = "created_at"
    fields = ["from_actor", "from_reference", "to_actor", "to_reference", "to_offer", "note", "created_at"]
    readonly_fields = fields

    def scope_queryset(self, request, queryset):
        if sees_everything(request.user):
            return queryset
        return queryset.filter(
            Q(from_actor__members=request.user) | Q(to_actor__members=request.user)
        ).distinct()

    @admin.display(description=gettext_lazy("demande d'origine"))
    def from_reference(self, obj: Referral) -> str:
        return obj.from_request.reference

    @admin.display(description=gettext_lazy("nouvelle demande"))
    def to_reference(self, obj: Referral) -> str:
        return obj.to_request.reference

    def has_add_permission(self, request) -> bool:
        return False  # made through « Réorienter » on a request

    def has_change_permission(self, request, obj=None) -> bool:
        return False


# --- The landing page of the admin: requests to answer first ------------------------------------------------

SHOWN = 10


@admin.site.home_panel(order=10)
def requests_to_answer(request) -> dict | None:
    """New requests of the user's structures, the late ones first (« en retard »: see `is_overdue`), with
    the counts of new, late and taken-in-charge requests.

    Queries: the counts by status, the new requests (reference, structure, holder; all of them, to count the
    late ones: a structure has a handful)."""
    if not request.user.has_perm("guidance.view_contactrequest"):
        return None
    requests = ContactRequest.objects.filter(actor__in=user_actors(request.user).values("pk"))
    counts = requests.aggregate(
        new=Count("pk", filter=Q(status=ContactRequest.Status.NEW)),
        taken=Count("pk", filter=Q(status=ContactRequest.Status.TAKEN)),
    )
    now = timezone.now()
    new = list(
        requests.filter(status=ContactRequest.Status.NEW)
        .select_related("actor", "offer")
        .only("reference", "status", "created_at", "name", "anonymised_at", "actor__name", "offer__title")
        .order_by("created_at")
    )
    for contact_request in new:
        contact_request.overdue = is_overdue(contact_request, now)
    new.sort(key=lambda r: (not r.overdue, r.created_at))
    return {
        "template": "admin/home/requests.html",
        "counts": counts | {"overdue": sum(r.overdue for r in new)},
        "new": new[:SHOWN],
        "reminder_days": settings.CONTACT_REMINDER_DAYS,
    }


@admin.site.home_panel(order=40)
def referred_requests(request) -> dict | None:
    """The last re-orientations made by the user's structures, with what became of the new request."""
    if sees_everything(request.user) or not request.user.has_perm("guidance.view_referral"):
        return None  # Métropole staff follow every structure's hand-offs in the reports
    referrals = list(
        Referral.objects.filter(from_actor__in=user_actors(request.user).values("pk"))
        .select_related("from_request", "to_request", "to_actor", "to_offer")
        .order_by("-created_at")[:SHOWN]
    )
    if not referrals:
        return None
    return {"template": "admin/home/referrals.html", "referrals": referrals}
