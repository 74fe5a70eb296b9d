"""Emails around a contact request, sent by a worker, never in the holder's request.

The contact requests are the outbox: a request is stored with its two emails still to send, and the
`send_notifications` worker (a long-running `manage.py` process, or `--once` from cron) sends them. A slow
or silent mail server therefore never holds a web worker. A failed send is recorded on the request and
tried again later, waiting longer after each failure (`retry_delay`); after `MAX_SEND_ATTEMPTS` the
notification is « non remise »: shown so in the admin and in /pilotage/, and Métropole staff are told.

Two emails per request, each sent once: one to the structure that receives it, one to the holder. A request
created by a re-orientation gets the re-orientation wording: the receiving structure learns who handed the
holder over and why, the holder learns who will now contact them. Texts are in
`templates/guidance/contact/emails/`.

Every other email of the portal (the holder told of each status change, the reminders, the alerts, the
results' recap) goes through the same worker from a second outbox, `QueuedEmail`: `queue_email` renders it
and stores it within the caller's transaction, `send_queued_emails` sends what is due, with the same retries.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, mail_managers
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from guidance.models import MAX_SEND_ATTEMPTS, ContactRequest, QueuedEmail, Referral
from offers.admin_scoping import METROPOLE_GROUP

logger = logging.getLogger(__name__)

# After the n-th failure, wait 2^n minutes (2 min, 4 min … 2 h 8 min): the last try comes about 4 hours
# after the first, long enough to outlast a mail server's restart or a short outage.
RETRY_BASE_MINUTES = 2


def retry_delay(attempts: int) -> timedelta:
    return timedelta(minutes=RETRY_BASE_MINUTES ** min(attempts, MAX_SEND_ATTEMPTS))


def recipient_email(contact_request: ContactRequest) -> str:
    """The structure's address for this request: the offer's contact, else the structure's.

    Demo structures carry their real organisations' public addresses: their mail goes to the demo inbox
    instead, so a demo site with a real mail server never writes to them.
    """
    if contact_request.actor.is_demo:
        return settings.DEMO_NOTIFICATION_EMAIL
    if contact_request.offer_id and contact_request.offer.contact_email:
        return contact_request.offer.contact_email
    return contact_request.actor.email


def structure_contact(contact_request: ContactRequest) -> dict[str, str]:
    """Who the holder can reach themselves: the offer's contact if there is one, else the structure's."""
    if contact_request.offer_id:
        return contact_request.offer.contact
    return {"name": "", "email": contact_request.actor.email, "phone": contact_request.actor.phone}


def incoming_referral(contact_request: ContactRequest) -> Referral | None:
    """The re-orientation that created this request, if any."""
    try:
        return contact_request.referral_in
    except Referral.DoesNotExist:
        return None


def _render(name: str, context: dict) -> tuple[str, str]:
    """(subject, body) from `guidance/contact/emails/<name>_subject.txt` and `<name>.txt`."""
    subject = render_to_string(f"guidance/contact/emails/{name}_subject.txt", context)
    # One line whatever a structure's name holds: a line break in a subject is refused by the mail framework.
    return " ".join(subject.split()), render_to_string(
        f"guidance/contact/emails/{name}.txt", context
    ).lstrip()


def _send(name: str, context: dict, to: str, reply_to: str = "") -> None:
    if not to:
        raise ValueError("aucune adresse de destination")
    subject, body = _render(name, context)
    EmailMessage(
        subject=subject,
        body=body,
        from_email=None,
        to=[to],
        reply_to=[reply_to] if reply_to else None,
    ).send()


def notify_contact_request(contact_request: ContactRequest) -> bool:
    """Notify the structure and confirm to the holder, each once; record what was sent or why it failed.

    Returns True when both emails have been sent (now or earlier).
    """
    if contact_request.structure_notified_at and contact_request.holder_notified_at:
        return True
    referral = incoming_referral(contact_request)
    context = {
        "contact_request": contact_request,
        "referral": referral,
        "follow_up_url": follow_up_url(contact_request),
        "site_url": settings.SITE_URL,
        "admin_url": settings.SITE_URL
        + reverse("admin:guidance_contactrequest_change", args=[contact_request.pk]),
        "structure_contact": structure_contact(contact_request),
    }
    now = timezone.now()
    errors = []
    with translation.override(settings.LANGUAGE_CODE):
        if contact_request.structure_notified_at is None:
            template = "structure_referred_request" if referral else "structure_new_request"
            try:
                # Reply-to the holder: the structure answers the email and reaches the person directly.
                _send(template, context, to=recipient_email(contact_request), reply_to=contact_request.email)
                contact_request.structure_notified_at = now
            except Exception as exc:  # any transport error: keep the request, retry later
                logger.warning("Notification to structure failed for %s: %s", contact_request.reference, exc)
                errors.append(f"structure : {exc}")
        if contact_request.holder_notified_at is None:
            template = "holder_referred" if referral else "holder_confirmation"
            try:
                _send(template, context, to=contact_request.email)
                contact_request.holder_notified_at = now
            except Exception as exc:
                logger.warning("Confirmation to holder failed for %s: %s", contact_request.reference, exc)
                errors.append(f"porteur : {exc}")
    contact_request.send_attempts += 1
    contact_request.last_send_error = "\n".join(errors)
    contact_request.next_attempt_at = (
        now + retry_delay(contact_request.send_attempts)
        if errors and contact_request.send_attempts < MAX_SEND_ATTEMPTS
        else None
    )
    contact_request.save(
        update_fields=[
            "structure_notified_at",
            "holder_notified_at",
            "send_attempts",
            "next_attempt_at",
            "last_send_error",
        ]
    )
    if contact_request.undelivered:
        tell_staff_undelivered(contact_request)
    return not errors


def staff_emails() -> list[str]:
    """The addresses of Métropole staff: the active members of the « Métropole » group."""
    users = get_user_model().objects.filter(groups__name=METROPOLE_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def tell_staff_undelivered(contact_request: ContactRequest) -> None:
    """Tell Métropole staff (else the `MANAGERS` of the settings) that a request's email could not be
    delivered, so that someone reaches the structure or the holder another way."""
    context = {
        "contact_request": contact_request,
        "admin_url": settings.SITE_URL
        + reverse("admin:guidance_contactrequest_change", args=[contact_request.pk]),
        "attempts": contact_request.send_attempts,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = _render("staff_undelivered", context)
        try:
            recipients = staff_emails()
            if recipients:
                EmailMessage(subject=subject, body=body, to=recipients).send()
            else:
                mail_managers(subject, body)
        except Exception as exc:  # the same mail server may still be down: the pilotage page shows it too
            logger.error("Staff could not be told that %s is undelivered: %s", contact_request.reference, exc)


# --- The holder kept informed, reminders, alerts: the second outbox -----------------------------------------


def follow_up_url(contact_request: ContactRequest) -> str:
    """The holder's private « Suivre mes demandes » page, or "" for a request without one (anonymised)."""
    if not contact_request.follow_up_id:
        return ""
    return settings.SITE_URL + reverse("contact:follow_up", args=[contact_request.follow_up.token])


def queue_email(
    kind: str,
    template: str,
    context: dict,
    to: list[str],
    *,
    contact_request: ContactRequest | None = None,
    reply_to: str = "",
    headers: dict[str, str] | None = None,
) -> QueuedEmail | None:
    """Render `<template>_subject.txt` and `<template>.txt` (paths under templates/) in French and store the
    email for the worker; nothing is stored without a recipient."""
    to = [address for address in to if address]
    if not to:
        logger.warning("No recipient for a %s email (%s)", kind, template)
        return None
    with translation.override(settings.LANGUAGE_CODE):
        context = {"site_url": settings.SITE_URL} | context
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context).lstrip()
    return QueuedEmail.objects.create(
        kind=kind,
        to=to,
        subject=subject[:255],
        body=body,
        reply_to=reply_to,
        headers=headers or {},
        contact_request=contact_request,
    )


def queue_status_email(contact_request: ContactRequest) -> None:
    """Tell the holder their request was taken in charge or closed (a re-orientation has its own email,
    sent with the new request). A request closed also asks whether it was useful."""
    names = {
        ContactRequest.Status.TAKEN: "holder_status_taken",
        ContactRequest.Status.CLOSED: "holder_status_closed",
    }
    if contact_request.status not in names or contact_request.anonymised_at or not contact_request.email:
        return
    queue_email(
        QueuedEmail.Kind.STATUS,
        f"guidance/contact/emails/{names[contact_request.status]}",
        {"contact_request": contact_request, "follow_up_url": follow_up_url(contact_request)},
        [contact_request.email],
        contact_request=contact_request,
    )


def due_queued_emails(now=None):
    """Queued emails due now, oldest first; a holder's status email waits for the request's confirmation,
    so that « prise en charge » never arrives before « bien reçue »."""
    now = now or timezone.now()
    return (
        QueuedEmail.objects.filter(attempts__lt=MAX_SEND_ATTEMPTS)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .exclude(kind=QueuedEmail.Kind.STATUS, contact_request__holder_notified_at__isnull=True)
        .order_by("created_at", "pk")
    )


def send_queued_emails(now=None) -> tuple[int, int]:
    """Send the due queued emails, each under a row lock (skipped if another worker holds it); a sent email
    is deleted, a failed one tried again later (`retry_delay`). Returns (sent, failed)."""
    sent = failed = 0
    for pk in list(due_queued_emails(now).values_list("pk", flat=True)):
        with transaction.atomic():
            email = QueuedEmail.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if email is None:
                continue
            try:
                EmailMessage(
                    subject=email.subject,
                    body=email.body,
                    to=email.to,
                    reply_to=[email.reply_to] if email.reply_to else None,
                    headers=email.headers or None,
                ).send()
            except Exception as exc:  # any transport error: keep it, try again later
                email.attempts += 1
                email.last_error = str(exc)[:1000]
                email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
                email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
                level = logging.ERROR if email.attempts >= MAX_SEND_ATTEMPTS else logging.WARNING
                logger.log(level, "Queued %s email %s failed (%d): %s", email.kind, pk, email.attempts, exc)
                failed += 1
            else:
                email.delete()
                sent += 1
    return sent, failed
