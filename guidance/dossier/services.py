"""Rules of the « dossier unique de financement » that reach into guidance: sending a file to financers
(one contact request per structure), withdrawing it, and mailing the holder their private link."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from financing.models import FinancingFile, FinancingScheme, new_file_token
from guidance.contact.services import open_contact_request
from guidance.models import ContactRequest

logger = logging.getLogger(__name__)


class AlreadySent(Exception):
    """The file has already been sent for one of these schemes (e.g. a double submission)."""


def staff_url(file: FinancingFile) -> str:
    """Where a financer reads the file: its admin page, scoped to the structures it was sent to."""
    return settings.SITE_URL + reverse("admin:financing_financingfile_change", args=[file.pk])


def holder_url(file: FinancingFile) -> str:
    return settings.SITE_URL + file.private_path


def sent_scheme_ids(file: FinancingFile) -> set[int]:
    return set(
        ContactRequest.objects.filter(financing_file=file, offer__isnull=False).values_list(
            "offer_id", flat=True
        )
    )


def send_file(file: FinancingFile, schemes: Iterable[FinancingScheme]) -> list[ContactRequest]:
    """Open one contact request per chosen scheme's structure, all or none; each is notified once committed."""
    now = timezone.now()
    schemes = list(schemes)
    with transaction.atomic():
        # Lock the file so that a double click cannot send twice to the same scheme.
        FinancingFile.objects.select_for_update().filter(pk=file.pk).exists()
        if sent_scheme_ids(file) & {s.pk for s in schemes}:
            raise AlreadySent
        contact_requests = [
            open_contact_request(
                actor=scheme.actor,
                offer=scheme,
                financing_file=file,
                name=file.holder_name,
                email=file.holder_email,
                phone=file.holder_phone,
                organisation=file.company_name,
                stage=file.stage,
                message=render_to_string(
                    "guidance/dossier/emails/dossier_request_message.txt",
                    {"file": file, "scheme": scheme, "staff_url": staff_url(file)},
                ).strip(),
                consent_at=now,
            )
            for scheme in schemes
        ]
        file.status = FinancingFile.Status.SENT
        file.save(update_fields=["status", "updated_at"])
    return contact_requests


def withdraw_file(file: FinancingFile) -> int:
    """Withdraw the file: financers lose access and its open requests are closed. Returns how many."""
    now = timezone.now()
    with transaction.atomic():
        file.status = FinancingFile.Status.WITHDRAWN
        file.withdrawn_at = now
        file.save(update_fields=["status", "withdrawn_at", "updated_at"])
        return (
            ContactRequest.objects.filter(financing_file=file)
            # A request already handed over to another structure keeps its « réorientée » status.
            .exclude(status__in=[ContactRequest.Status.CLOSED, ContactRequest.Status.REFERRED])
            .update(status=ContactRequest.Status.CLOSED, closed_at=now)
        )


def renew_link(file: FinancingFile) -> None:
    """Replace the file's private token: the old link answers « not found » from now on."""
    file.token = new_file_token()
    file.save(update_fields=["token", "updated_at"])


def send_file_link(file: FinancingFile) -> bool:
    """Mail the holder the private link to their file; False (logged) when the mail server fails."""
    try:
        send_mail(
            subject="[Innov Provence] Votre dossier unique de financement : sauvegardez ce lien",
            message=render_to_string(
                "guidance/dossier/emails/dossier_link.txt", {"file": file, "holder_url": holder_url(file)}
            ),
            from_email=None,
            recipient_list=[file.holder_email],
        )
    except Exception as exc:  # any transport error: the holder still sees the link on the page
        logger.warning("Financing file link could not be mailed (file %s): %s", file.pk, exc)
        return False
    return True
