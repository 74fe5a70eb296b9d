"""Emails around a contact request. Saving a request and notifying about it are separate steps: a request is
stored first, then `notify_contact_request` tries to send; a failure is recorded on the request and the
`retry_notifications` command tries again later."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from guidance.models import ContactRequest

logger = logging.getLogger(__name__)


def recipient_email(request: ContactRequest) -> str:
    """The structure's address for this request: the offer's contact, else the structure's."""
    if request.offer_id and request.offer.contact_email:
        return request.offer.contact_email
    return request.actor.email


def notify_contact_request(request: ContactRequest) -> bool:
    """Notify the structure and confirm to the holder, each once; record what was sent or why it failed.

    Returns True when both emails have been sent (now or earlier).
    """
    now = timezone.now()
    errors = []
    if request.structure_notified_at is None:
        try:
            send_mail(
                subject=f"[Innov Provence] Nouvelle demande de mise en relation {request.reference}",
                message=(
                    f"Une personne souhaite être mise en relation avec {request.actor.name}.\n\n"
                    f"Nom : {request.name}\nCourriel : {request.email}\nTéléphone : {request.phone or '—'}\n"
                    f"Entreprise ou projet : {request.organisation or '—'}\n"
                    f"Offre : {request.offer.title if request.offer_id else '—'}\n\n{request.message}\n\n"
                    f"Gérer la demande : {settings.SITE_URL}/admin/guidance/contactrequest/{request.pk}/change/\n"
                ),
                from_email=None,
                recipient_list=[recipient_email(request)],
            )
            request.structure_notified_at = now
        except Exception as exc:  # any transport error: keep the request, retry later
            logger.warning("Notification to structure failed for %s: %s", request.reference, exc)
            errors.append(f"structure : {exc}")
    if request.holder_notified_at is None:
        try:
            send_mail(
                subject=f"[Innov Provence] Votre demande {request.reference} a bien été transmise",
                message=(
                    f"Bonjour {request.name},\n\nVotre demande a été transmise à {request.actor.name}, "
                    f"qui reviendra vers vous. Votre référence : {request.reference}.\n\nL'équipe Innov Provence\n"
                ),
                from_email=None,
                recipient_list=[request.email],
            )
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
