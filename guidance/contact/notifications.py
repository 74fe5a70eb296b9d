"""Emails around a contact request. Saving a request and notifying about it are separate steps: a request is
stored first, then `notify_contact_request` tries to send; a failure is recorded on the request and the
`retry_notifications` command tries again later (at most `MAX_SEND_ATTEMPTS` times).

Two emails per request, each sent once: one to the structure that receives it, one to the holder. A request
created by a re-orientation gets the re-orientation wording: the receiving structure learns who handed the
holder over and why, the holder learns who will now contact them. Texts are in
`templates/guidance/contact/emails/`.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from guidance.models import ContactRequest, Referral

logger = logging.getLogger(__name__)

MAX_SEND_ATTEMPTS = 10


def recipient_email(request: ContactRequest) -> str:
    """The structure's address for this request: the offer's contact, else the structure's.

    Demo structures carry their real organisations' public addresses: their mail goes to the demo inbox
    instead, so a demo site with a real mail server never writes to them.
    """
    if request.actor.is_demo:
        return settings.DEMO_NOTIFICATION_EMAIL
    if request.offer_id and request.offer.contact_email:
        return request.offer.contact_email
    return request.actor.email


def structure_contact(request: ContactRequest) -> dict[str, str]:
    """Who the holder can reach themselves: the offer's contact if there is one, else the structure's."""
    if request.offer_id:
        return request.offer.contact
    return {"name": "", "email": request.actor.email, "phone": request.actor.phone}


def incoming_referral(request: ContactRequest) -> Referral | None:
    """The re-orientation that created this request, if any."""
    try:
        return request.referral_in
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


def notify_contact_request(request: ContactRequest) -> bool:
    """Notify the structure and confirm to the holder, each once; record what was sent or why it failed.

    Returns True when both emails have been sent (now or earlier).
    """
    if request.structure_notified_at and request.holder_notified_at:
        return True
    referral = incoming_referral(request)
    context = {
        "request": request,
        "referral": referral,
        "site_url": settings.SITE_URL,
        "admin_url": f"{settings.SITE_URL}/admin/guidance/contactrequest/{request.pk}/change/",
        "structure_contact": structure_contact(request),
    }
    now = timezone.now()
    errors = []
    with translation.override(settings.LANGUAGE_CODE):
        if request.structure_notified_at is None:
            template = "structure_referred_request" if referral else "structure_new_request"
            try:
                # Reply-to the holder: the structure answers the email and reaches the person directly.
                _send(template, context, to=recipient_email(request), reply_to=request.email)
                request.structure_notified_at = now
            except Exception as exc:  # any transport error: keep the request, retry later
                logger.warning("Notification to structure failed for %s: %s", request.reference, exc)
                errors.append(f"structure : {exc}")
        if request.holder_notified_at is None:
            template = "holder_referred" if referral else "holder_confirmation"
            try:
                _send(template, context, to=request.email)
                request.holder_notified_at = now
            except Exception as exc:
                logger.warning("Confirmation to holder failed for %s: %s", request.reference, exc)
                errors.append(f"porteur : {exc}")
    request.send_attempts += 1
    request.last_send_error = "\n".join(errors)
    request.save(
        update_fields=["structure_notified_at", "holder_notified_at", "send_attempts", "last_send_error"]
    )
    return not errors
