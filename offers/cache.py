"""The catalogue version, and the reference taxonomy kept per process under it.

The **catalogue version** is bumped whenever published data changes (an offer or one of its sub-models, a
structure, the taxonomy), whoever changes it: the handlers below listen to every save, delete and
many-to-many change and are connected once in `OffersConfig.ready`. Everything computed from the catalogue
and kept for a while (whole public pages, facet counts, the orientation match, the taxonomy) is keyed by it,
so a published change shows at once.

A fresh version is drawn from the clock, never reused after an eviction, so no stale entry can match it.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "public-pages:catalogue-version"


def catalogue_version() -> int:
    """The current catalogue version; part of the key of every cached page and cached computation."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_catalogue_version() -> None:
    """Make every cached page and computation keyed by the catalogue version stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or evicted): any new value will do
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


# --- The taxonomy, per process ---------------------------------------------------------------------------
# Read on every catalogue and results page: a dict in the process's memory costs nothing, where unpickling
# model instances from a shared cache cost more than the rest of a form's validation. One entry per
# (table, catalogue version); entries of older versions are dead keys, dropped when a new version is read.
_taxonomy: dict[tuple[str, int], tuple[list[models.Model], dict[str, models.Model]]] = {}


def _taxonomy_entry(model: type[models.Model]) -> tuple[list[models.Model], dict[str, models.Model]]:
    """The rows of a reference table in their order, and the same rows by slug, read once per version."""
    version = catalogue_version()
    key = (model._meta.label_lower, version)
    entry = _taxonomy.get(key)
    if entry is None:
        rows = list(model.objects.all())
        entry = (rows, {row.slug: row for row in rows})
        for old in [old for old in _taxonomy if old[1] != version]:
            _taxonomy.pop(old, None)
        _taxonomy[key] = entry
    return entry


def taxonomy(model: type[models.Model]) -> list[models.Model]:
    """Every row of a small reference table (needs, stages, technopôles, sectors), in its order, until the
    catalogue changes."""
    return _taxonomy_entry(model)[0]


def taxonomy_by_slug(model: type[models.Model]) -> dict[str, models.Model]:
    """The rows of a reference table by slug: forms validate query-string slugs against it, without a query
    (and without rebuilding the dict for each field of each request)."""
    return _taxonomy_entry(model)[1]


# --- Invalidation ----------------------------------------------------------------------------------------
# Infrastructure, not business logic: these handlers only bump the version when published data changes.


def _catalogue_models() -> tuple[type, ...]:
    from offers.models import Actor, Audience, Need, Offer, Sector, Stage, Technopole

    return (Offer, Actor, Need, Stage, Technopole, Sector, Audience)


def _bump_now_and_after_commit() -> None:
    # Now, for this process's next read; and again once the change is committed: in between, another server
    # (sharing the cache, not this transaction) may have cached the old data under the new version.
    bump_catalogue_version()
    transaction.on_commit(bump_catalogue_version)


def _on_save_or_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, _catalogue_models()):
        _bump_now_and_after_commit()


def _on_m2m_changed(sender, instance, action: str, **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, _catalogue_models()):
        _bump_now_and_after_commit()


def connect_invalidation() -> None:
    """Called once from `OffersConfig.ready`."""
    post_save.connect(_on_save_or_delete, dispatch_uid="catalogue-version-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="catalogue-version-delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="catalogue-version-m2m")
