"""Who sees what in the admin: a structure's members see only their structures' data; superusers and the
Métropole group see everything. Every scoped ModelAdmin goes through `ActorScopedAdminMixin`."""

from __future__ import annotations

from django.db.models import QuerySet

from offers.models import Actor

METROPOLE_GROUP = "Métropole"
STRUCTURE_GROUP = "Structure"


def sees_everything(user) -> bool:
    """Superusers and Métropole staff see every structure's data (cached on the user for the request)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if not hasattr(user, "_sees_everything"):
        user._sees_everything = user.is_superuser or user.groups.filter(name=METROPOLE_GROUP).exists()
    return user._sees_everything


def user_actors(user) -> QuerySet[Actor]:
    """The structures this user may act for."""
    if sees_everything(user):
        return Actor.objects.all()
    if not getattr(user, "is_authenticated", False):
        return Actor.objects.none()
    return Actor.objects.filter(members=user)


class ActorScopedAdminMixin:
    """Restricts a ModelAdmin to the rows owned by the user's structures.

    `actor_field` is the lookup path from the model to its owning `Actor` (e.g. "actor"); an empty string
    means the model *is* the actor.
    """

    actor_field = "actor"

    def scope_queryset(self, request, queryset: QuerySet) -> QuerySet:
        if sees_everything(request.user):
            return queryset
        prefix = f"{self.actor_field}__" if self.actor_field else ""
        return queryset.filter(**{f"{prefix}members": request.user}).distinct()

    def get_queryset(self, request):
        return self.scope_queryset(request, super().get_queryset(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Actor and not sees_everything(request.user):
            kwargs["queryset"] = user_actors(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
