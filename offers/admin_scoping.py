"""Who sees what in the admin: a structure's members see only their structures' data; superusers and the
Métropole group see everything. Every scoped ModelAdmin goes through `ActorScopedAdminMixin`, so the rule
lives here once: changelists, change/delete/history URLs, forms, bulk actions, autocomplete and exports all
read through `get_queryset`, and an object outside the user's structures is a 404 whatever the path,
Django's « voir sur le site » shortcut included (`ScopedAdminSite`).
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from offers.models import Actor, Offer

METROPOLE_GROUP = "Métropole"
STRUCTURE_GROUP = "Structure"
# Structure members who asked to import and export their offers as spreadsheets (granted by the Métropole).
IMPORT_EXPORT_GROUP = "Import-export"


def sees_everything(user) -> bool:
    """Superusers and Métropole staff see every structure's data (cached on the user for the request)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    if not hasattr(user, "_sees_everything"):
        user._sees_everything = user.is_superuser or user.groups.filter(name=METROPOLE_GROUP).exists()
    return user._sees_everything


def may_import_export(user) -> bool:
    """Import and export are for Métropole staff and for the members the Métropole let use them: out of the
    way of everyone else."""
    if sees_everything(user):
        return True
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    if not hasattr(user, "_may_import_export"):
        user._may_import_export = user.groups.filter(name=IMPORT_EXPORT_GROUP).exists()
    return user._may_import_export


def user_actors(user) -> QuerySet[Actor]:
    """The structures this user may act for."""
    if sees_everything(user):
        return Actor.objects.all()
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return Actor.objects.none()
    return Actor.objects.filter(members=user)


def user_offers(user) -> QuerySet[Offer]:
    """The offers (of every kind) of the user's structures."""
    if sees_everything(user):
        return Offer.objects.all()
    return Offer.objects.filter(actor__in=user_actors(user))


def _scoped_form(form_class: type[forms.ModelForm], field_name: str, allowed: QuerySet[Actor]):
    """The admin form, re-checking on submit that the chosen structure is one of the user's.

    The field's queryset is already limited (see `formfield_for_foreignkey`); this second check keeps the
    rule even if a subclass swaps the field or its widget.
    """

    class ActorScopedForm(form_class):
        def clean(self):
            cleaned_data = super().clean()
            actor = cleaned_data.get(field_name)
            if actor is not None and not allowed.filter(pk=actor.pk).exists():
                self.add_error(
                    field_name, _("Vous ne pouvez rattacher cet élément qu'à l'une de vos structures.")
                )
            return cleaned_data

    ActorScopedForm.__name__ = form_class.__name__
    return ActorScopedForm


class ActorScopedAdminMixin:
    """Restricts a ModelAdmin to the rows owned by the user's structures.

    `actor_field` is the lookup path from the model to its owning `Actor` (e.g. "actor"); an empty string
    means the model *is* the actor. `open_actor_fields` names foreign keys / many-to-many fields to `Actor`
    that may list every structure (a reference list such as a lab's supervising bodies, or the target of a
    re-orientation): choosing one gives no right over that structure.

    Members of a structure cannot delete: they archive. Deletion is kept for the Métropole and superusers.
    """

    actor_field = "actor"
    open_actor_fields: tuple[str, ...] = ()

    def scope_queryset(self, request, queryset: QuerySet) -> QuerySet:
        if sees_everything(request.user):
            return queryset
        actors = user_actors(request.user).values("pk")
        if not self.actor_field:
            return queryset.filter(pk__in=actors)
        if "__" in self.actor_field:
            # A path through a multi-valued relation (e.g. "contact_requests__actor") would repeat a row once
            # per matching structure: select the owned primary keys in a subquery instead.
            owned = queryset.model._default_manager.filter(**{f"{self.actor_field}__in": actors})
            return queryset.filter(pk__in=owned.values("pk"))
        return queryset.filter(**{f"{self.actor_field}__in": actors})

    def get_queryset(self, request):
        return self.scope_queryset(request, super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        # Django's admin answers a missing object with a redirect and a message; another structure's
        # object must not be distinguishable from a missing one, and must be a real 404.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("Aucun élément ne correspond à cette adresse."))
        return obj

    def history_view(self, request, object_id, extra_context=None):
        # django-simple-history falls back to the history table when the object is not in get_queryset,
        # which would show another structure's (or a deleted object's) history: check ownership first.
        if not sees_everything(request.user):
            self.get_object(request, unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # One version of an object (and the « revert » form): simple-history loads it without scoping.
        if not sees_everything(request.user):
            self.get_object(request, unquote(object_id))
        return super().history_form_view(request, object_id, version_id, extra_context)

    def has_delete_permission(self, request, obj=None):
        return sees_everything(request.user) and super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        if sees_everything(request.user) or not self.actor_field or "__" in self.actor_field:
            return form_class
        return _scoped_form(form_class, self.actor_field, user_actors(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if not sees_everything(request.user) and db_field.name not in self.open_actor_fields:
            if db_field.related_model is Actor:
                kwargs["queryset"] = user_actors(request.user)
            elif issubclass(db_field.related_model, Offer):
                kwargs["queryset"] = db_field.related_model._default_manager.filter(
                    actor__in=user_actors(request.user)
                )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if (
            not sees_everything(request.user)
            and db_field.name not in self.open_actor_fields
            and db_field.related_model is Actor
        ):
            kwargs["queryset"] = user_actors(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def autocomplete_source_is_open(request, admin_site) -> bool:
    """Whether an admin autocomplete request comes from a field listed in its admin's `open_actor_fields`."""
    if request.resolver_match is None or request.resolver_match.url_name != "autocomplete":
        return False
    app_label = request.GET.get("app_label")
    model_name = request.GET.get("model_name")
    field_name = request.GET.get("field_name")
    for model, model_admin in admin_site._registry.items():
        if model._meta.app_label == app_label and model._meta.model_name == model_name:
            return field_name in getattr(model_admin, "open_actor_fields", ())
    return False


HomePanel = Callable[[HttpRequest], dict | None]


class ScopedAdminSite(admin.AdminSite):
    """The admin site (see `offers.apps.ScopedAdminConfig`): Django's, with its « voir sur le site » shortcut
    scoped like every other admin URL, and a landing page made of panels.

    Each feature adds its panels to the landing page with `@admin.site.home_panel(order)`: a function of the
    request that returns the panel's context, with the `template` that renders it, or None to show nothing.
    The admin of `offers` so never imports the features above it (contact requests live in `guidance`).
    """

    site_header = _lazy("Espace structures — Innov Provence")
    site_title = _lazy("Espace structures — Innov Provence")
    index_title = _lazy("Tableau de bord")
    index_template = "admin/innov_index.html"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._home_panels: list[tuple[int, HomePanel]] = []

    def home_panel(self, order: int) -> Callable[[HomePanel], HomePanel]:
        def register(panel: HomePanel) -> HomePanel:
            self._home_panels.append((order, panel))
            return panel

        return register

    def index(self, request, extra_context=None):
        panels = [panel(request) for _order, panel in sorted(self._home_panels, key=lambda item: item[0])]
        context = {"home_panels": [panel for panel in panels if panel]}
        return super().index(request, context | (extra_context or {}))

    def get_urls(self):
        return [
            path(
                "r/<path:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site_redirect),
                name="view_on_site",
            )
            if getattr(pattern, "name", None) == "view_on_site"
            else pattern
            for pattern in super().get_urls()
        ]

    def view_on_site_redirect(self, request, content_type_id, object_id):
        """Django's shortcut redirects to the public address of any object, another structure's draft
        included (whose address tells its slug): here only for an object that the user may see through its
        admin's scoped queryset. Anything else, a model outside the admin too, is a 404 like a missing one."""
        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except (ContentType.DoesNotExist, ValueError):
            raise Http404(_("Aucun élément ne correspond à cette adresse.")) from None
        model_admin = self._registry.get(model)
        # An admin that turned the « voir sur le site » link off has no shortcut either.
        obj = (
            model_admin.get_object(request, unquote(object_id))
            if model_admin and model_admin.view_on_site
            else None
        )
        if obj is None or not model_admin.has_view_or_change_permission(request, obj):
            raise Http404(_("Aucun élément ne correspond à cette adresse."))
        return contenttype_views.shortcut(request, content_type_id, object_id)
