"""Reminders for contact requests left « nouvelle »: the structure is reminded after `CONTACT_REMINDER_DAYS`
working days, Métropole staff are told after twice as many (`manage.py send_contact_reminders`, from cron).

Working days are Monday to Friday, French public holidays excepted (a request received on a Friday evening
before a long weekend is not late on Tuesday). Each reminder is stamped on the request (`reminded_at`,
`escalated_at`) in the transaction that queues its email, so running the command twice sends nothing twice;
the emails leave through the notification worker's outbox. /pilotage/ counts both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from guidance.contact.notifications import queue_email, recipient_email, staff_emails
from guidance.models import ContactRequest, QueuedEmail


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the « anonymous » algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def french_public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    movable = [easter + timedelta(days=n) for n in (1, 39, 50)]  # lundi de Pâques, Ascension, Pentecôte
    return frozenset([date(year, month, day) for month, day in fixed] + movable)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in french_public_holidays(day.year)


def add_working_days(start: datetime, days: int) -> datetime:
    """The same time of day, `days` working days later (in the portal's time zone)."""
    moment = timezone.localtime(start)
    counted = 0
    while counted < days:
        moment += timedelta(days=1)
        if is_working_day(moment.date()):
            counted += 1
    return moment


@dataclass(frozen=True)
class ReminderRun:
    reminded: int
    escalated: int


def _waiting(now: datetime, days: int, stamp: str):
    """Requests still « nouvelle » whose `stamp` is unset and that arrived at least `days` calendar days
    ago (a working day is never shorter); the working days are checked on each of them."""
    return (
        ContactRequest.objects.filter(
            status=ContactRequest.Status.NEW,
            anonymised_at__isnull=True,
            created_at__lte=now - timedelta(days=days),
            **{f"{stamp}__isnull": True},
        )
        .order_by("created_at")
        .values_list("pk", flat=True)
    )


def _admin_url(contact_request: ContactRequest) -> str:
    return settings.SITE_URL + reverse("admin:guidance_contactrequest_change", args=[contact_request.pk])


def _remind(pk: int, now: datetime, days: int, stamp: str) -> bool:
    """Queue one reminder under the request's row lock, if it is (still) due; True when queued."""
    with transaction.atomic():
        contact_request = (
            ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("actor", "offer")
            .filter(pk=pk, status=ContactRequest.Status.NEW, **{f"{stamp}__isnull": True})
            .first()
        )
        if contact_request is None or add_working_days(contact_request.created_at, days) > now:
            return False
        context = {
            "contact_request": contact_request,
            "admin_url": _admin_url(contact_request),
            "working_days": days,
        }
        if stamp == "reminded_at":
            queue_email(
                QueuedEmail.Kind.REMINDER,
                "guidance/contact/emails/structure_reminder",
                context,
                [recipient_email(contact_request)],
                contact_request=contact_request,
                reply_to=contact_request.email,
            )
        else:
            queue_email(
                QueuedEmail.Kind.ESCALATION,
                "guidance/contact/emails/staff_escalation",
                context,
                staff_emails() or [email for _name, email in settings.MANAGERS],
                contact_request=contact_request,
            )
        setattr(contact_request, stamp, now)
        contact_request.save(update_fields=[stamp])
    return True


def send_reminders(now: datetime | None = None) -> ReminderRun:
    """Remind the structures and tell Métropole staff, each once per request (idempotent)."""
    now = now or timezone.now()
    days = settings.CONTACT_REMINDER_DAYS
    reminded = sum(_remind(pk, now, days, "reminded_at") for pk in list(_waiting(now, days, "reminded_at")))
    escalated = sum(
        _remind(pk, now, 2 * days, "escalated_at") for pk in list(_waiting(now, 2 * days, "escalated_at"))
    )
    return ReminderRun(reminded=reminded, escalated=escalated)
