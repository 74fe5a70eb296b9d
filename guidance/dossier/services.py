"""Rules of the « dossier unique de financement » that reach into guidance: sending a file to financers
(one contact request per structure, to every financer that accepts the file), withdrawing it, mailing the
holder their private link, and its attachments (who may read them)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from financing.models import FinancingFile, FinancingFileAttachment, FinancingScheme, new_file_token
from guidance.contact.services import open_contact_request
from guidance.models import ContactRequest
from offers.models import Actor

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
    """Withdraw the file: financers lose access, its documents are deleted and its open requests are closed.
    Returns how many requests were closed."""
    now = timezone.now()
    with transaction.atomic():
        file.status = FinancingFile.Status.WITHDRAWN
        file.withdrawn_at = now
        file.save(update_fields=["status", "withdrawn_at", "updated_at"])
        # Nobody may read them any more: the documents go at once (their stored PDFs after the commit).
        for attachment in file.attachments.all():
            attachment.delete()
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


# --- Who may receive the file, and what happens next ---------------------------------------------------------

# What a holder can expect once the file is sent, by instrument: the steps every structure of that kind
# follows (the structure's own contact is shown beside it on the send page).
NEXT_STEPS = {
    FinancingScheme.Instrument.GRANT: _(
        "Un chargé d'affaires étudie l'éligibilité de votre projet et vous recontacte ; s'il est éligible, "
        "il vous aide à monter la demande, examinée ensuite en comité (souvent plusieurs semaines)."
    ),
    FinancingScheme.Instrument.REPAYABLE_ADVANCE: _(
        "Un chargé d'affaires étudie l'éligibilité de votre projet et vous recontacte ; s'il est éligible, "
        "il vous aide à monter la demande, examinée ensuite en comité (souvent plusieurs semaines)."
    ),
    FinancingScheme.Instrument.HONOUR_LOAN: _(
        "Un chargé de mission vous propose un rendez-vous pour affiner votre plan de financement, puis vous "
        "présentez votre projet devant un comité d'agrément ; le prêt d'honneur facilite ensuite le prêt "
        "bancaire."
    ),
    FinancingScheme.Instrument.BANK_LOAN: _(
        "Un conseiller vous propose un rendez-vous pour étudier votre besoin ; la banque demande souvent le "
        "prévisionnel et le business plan, que vous pouvez joindre à votre dossier."
    ),
    FinancingScheme.Instrument.GUARANTEE: _(
        "La garantie se met en place avec votre banque : la structure vous recontacte pour vérifier "
        "l'éligibilité et vous indiquer les démarches avec votre banquier."
    ),
    FinancingScheme.Instrument.EQUITY: _(
        "L'équipe d'investissement lit votre dossier et votre présentation ; si le projet correspond à sa "
        "stratégie, elle vous propose un premier échange, puis une analyse approfondie avant le comité "
        "d'investissement."
    ),
    FinancingScheme.Instrument.PRIZE: _(
        "La structure vous indique le calendrier et le règlement du prochain appel à candidatures, et "
        "comment y présenter votre projet."
    ),
}
DEFAULT_NEXT_STEPS = _("La structure étudie votre dossier et vous recontacte pour convenir de la suite.")


def next_steps(scheme: FinancingScheme) -> str:
    return str(NEXT_STEPS.get(scheme.instrument, DEFAULT_NEXT_STEPS))


@dataclass
class FinancerGroup:
    actor: Actor
    schemes: list[FinancingScheme]


@dataclass
class OfferedSchemes:
    fitting: list[FinancerGroup]  # stage and amount match the file
    others: list[FinancerGroup]  # accept the single file, but not for this stage or amount

    def __bool__(self) -> bool:
        return bool(self.fitting or self.others)


def offered_schemes(file: FinancingFile) -> OfferedSchemes:
    """Every published scheme accepting the single file, by structure: first those matching the file's stage
    and amount (`FinancingFile.eligible_schemes`), then the others, each with what happens next.

    One query: the schemes with their structure, the match computed by a sub-query."""
    fits = ExpressionWrapper(Q(pk__in=file.eligible_schemes().values("pk")), output_field=BooleanField())
    schemes = (
        FinancingScheme.objects.published()
        .filter(accepts_single_file=True)
        .select_related("actor")
        .annotate(fits=fits)
        .order_by("actor__name", "actor_id", "title")
    )
    groups: dict[bool, list[FinancerGroup]] = {True: [], False: []}
    for (fit, _actor_id), items in groupby(schemes, key=lambda s: (s.fits, s.actor_id)):
        items = list(items)
        for scheme in items:
            scheme.next_steps = next_steps(scheme)
        target = groups[bool(fit)]
        if target and target[-1].actor.pk == items[0].actor_id:
            target[-1].schemes.extend(items)
        else:
            target.append(FinancerGroup(items[0].actor, items))
    return OfferedSchemes(fitting=groups[True], others=groups[False])


# --- Attachments ---------------------------------------------------------------------------------------------


def add_attachment(file: FinancingFile, kind: str, document) -> FinancingFileAttachment:
    """Store a checked PDF (AttachmentForm) under a random name; the file counts as modified."""
    with transaction.atomic():
        attachment = FinancingFileAttachment(
            file=file, kind=kind, original_name=_safe_name(document.name), size=document.size
        )
        attachment.document.save(attachment.original_name, document, save=False)
        try:
            attachment.save()
        except Exception:
            attachment.document.storage.delete(attachment.document.name)
            raise
        file.save(update_fields=["updated_at"])
    return attachment


def _safe_name(name: str) -> str:
    """The name shown and offered on download: no path, no control characters, ending in .pdf."""
    name = "".join(ch for ch in name.replace("\\", "/").rsplit("/", 1)[-1] if ch.isprintable()).strip()
    name = name[:150] or "document"
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def delete_attachment(attachment: FinancingFileAttachment) -> None:
    """Delete the document and its stored PDF (after the commit: see financing.models)."""
    file = attachment.file
    with transaction.atomic():
        attachment.delete()
        file.save(update_fields=["updated_at"])


def financer_may_read(user, file: FinancingFile) -> bool:
    """A member of a structure the file was sent to, while the file is still visible to financers (sent,
    not withdrawn, within retention). Not Métropole staff as such: the documents are for the financers."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    if not FinancingFile.objects.visible_to_financers().filter(pk=file.pk).exists():
        return False
    return ContactRequest.objects.filter(financing_file=file, actor__members=user).exists()
