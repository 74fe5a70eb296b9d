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
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, mail_managers
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from guidance.models import MAX_SEND_ATTEMPTS, ContactRequest, Referral
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
