"""An offer's life cycle: draft → published → archived, and the « still up to date » confirmation.

Each change goes through `save()` one object at a time (not `QuerySet.update`) so that django-simple-history
records it with the user who made it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from offers.models import Offer


def _save_each(offers: Iterable[Offer], user, **values) -> int:
    count = 0
    for offer in offers:
        for field, value in values.items():
            setattr(offer, field, value)
        offer._history_user = user
        offer.save(update_fields=[*values, "updated_at"])
        count += 1
    return count


def publish(offers: Iterable[Offer], user=None) -> int:
    """Publish the offers; publishing also confirms they are up to date. Returns how many changed."""
    now = timezone.now()
    pending = [o for o in offers if o.status != Offer.Status.PUBLISHED]
    return _save_each(pending, user, status=Offer.Status.PUBLISHED, reviewed_at=now)


def archive(offers: Iterable[Offer], user=None) -> int:
    """Archive the offers (withdrawn from the public site, kept with their history)."""
    pending = [o for o in offers if o.status != Offer.Status.ARCHIVED]
    return _save_each(pending, user, status=Offer.Status.ARCHIVED)


def confirm_up_to_date(offers: Iterable[Offer], user=None, now: datetime | None = None) -> int:
    """Record that the structure checked the offers are still accurate (resets their freshness)."""
    return _save_each(list(offers), user, reviewed_at=now or timezone.now())
