"""Mise en relation: how a contact request is created, moves through its statuses, is handed over to another
structure, and is finally anonymised.

Rules:
- A request is opened by `open_contact_request` only (the public form, a re-orientation, the financing
  file). It is stored with its emails still to send: the `send_notifications` worker sends them
  (`guidance.contact.notifications`), so a slow or failing mail server neither delays the holder's page nor
  loses a request. The same form sent twice (its `submission_key`) opens one request.
- Statuses move forward only: nouvelle → prise en charge → clôturée; a request still open (nouvelle or prise
  en charge) may instead be re-oriented (« réorientée »), which creates a new request for the receiving
  structure, linked to the first by a `Referral`.
- Each request belongs to its holder's follow-up (« Suivre mes demandes », one private link per address);
  the holder is emailed at each change of status, and asked, once the request is closed, whether it was
  useful.
- After `PERSONAL_DATA_RETENTION_DAYS`, the holder's personal data is replaced; the structure, offer, status,
  dates and the yes/no usefulness answer are kept for statistics.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from financing.models import FinancingFile
from guidance.contact.notifications import notify_contact_request, queue_status_email, send_queued_emails
from guidance.models import (
    MAX_SEND_ATTEMPTS,
    ContactRequest,
    HolderFollowUp,
    QueuedEmail,
    Referral,
    new_reference,
)
from innov_provence.client_ip import client_ip as request_client_ip
from offers.models import Actor, Offer, Stage

ANONYMISED = "[anonymisé]"
REFERENCE_ATTEMPTS = 5

# Per-IP limit on stored requests: enough for a person writing to several structures, too few to flood them.
RATE_LIMIT_REQUESTS = 5
RATE_LIMIT_WINDOW_SECONDS = 10 * 60


OPEN_STATUSES = (ContactRequest.Status.NEW, ContactRequest.Status.TAKEN)


class TransitionError(ValueError):
    """A status change that the request's current status does not allow (the message is for the user)."""


def can_take_in_charge(contact_request: ContactRequest) -> bool:
    return contact_request.status == ContactRequest.Status.NEW


def can_close(contact_request: ContactRequest) -> bool:
    return contact_request.status in OPEN_STATUSES


def can_refer(contact_request: ContactRequest) -> bool:
    return contact_request.status in OPEN_STATUSES and contact_request.anonymised_at is None


def open_contact_request(
    *,
    actor: Actor,
    offer: Offer | None = None,
    name: str,
    email: str,
    phone: str = "",
    organisation: str = "",
    stage: Stage | None = None,
    message: str,
    consent_at: datetime | None = None,
    financing_file: FinancingFile | None = None,
    submission_key: str | None = None,
) -> ContactRequest:
    """The one way a contact request comes into being: the public form, a re-orientation and the single
    financing file all call it.

    The request is stored (within the caller's transaction, if any) with a fresh random reference, drawing
    another on the rare collision; the holder's consent is given now unless `consent_at` carries an earlier
    one (a re-orientation keeps the first). Its emails wait for the `send_notifications` worker.

    `submission_key` identifies one sending of the public form: when a request was already opened with it
    (the holder sent again after an error page, or clicked twice), that request is returned, not a copy.
    """
    if submission_key and (existing := ContactRequest.objects.filter(submission_key=submission_key).first()):
        return existing
    contact_request = ContactRequest(
        actor=actor,
        offer=offer,
        financing_file=financing_file,
        follow_up=follow_up_for(email),
        name=name,
        email=email,
        phone=phone,
        organisation=organisation,
        stage=stage,
        message=message,
        consent_at=consent_at or timezone.now(),
        submission_key=submission_key,
    )
    try:
        _insert_with_fresh_reference(contact_request)
    except IntegrityError:
        # Two sendings of the same form at once: the other one stored it first.
        if submission_key and (same := ContactRequest.objects.filter(submission_key=submission_key).first()):
            return same
        raise
    return contact_request


def follow_up_for(email: str) -> HolderFollowUp:
    """The holder's follow-up link for this address, created with their first request."""
    address = email.strip().lower()
    follow_up = HolderFollowUp.objects.filter(email=address).first()
    if follow_up is not None:
        return follow_up
    try:
        with transaction.atomic():
            return HolderFollowUp.objects.create(email=address)
    except IntegrityError:  # the same address at the same time, from another request
        return HolderFollowUp.objects.get(email=address)


def _insert_with_fresh_reference(contact_request: ContactRequest) -> None:
    """Insert with a new random reference, drawing another on a collision (each try in a savepoint)."""
    for attempt in range(REFERENCE_ATTEMPTS):
        contact_request.reference = new_reference()
        try:
            with transaction.atomic():
                contact_request.save(force_insert=True)
            return
        except IntegrityError:
            taken = ContactRequest.objects.filter(reference=contact_request.reference).exists()
            if not taken or attempt == REFERENCE_ATTEMPTS - 1:
                raise


def _lock(contact_request: ContactRequest) -> ContactRequest:
    """The request's row, locked until the end of the transaction: two people of the same structure acting
    on it at once see each other's change, and the second is refused by the status rules."""
    return ContactRequest.objects.select_for_update().get(pk=contact_request.pk)


def _move(contact_request: ContactRequest, user, *, allowed, refusal: str, to: str, at: str, by: str) -> None:
    """Move the request to status `to` under its row lock, stamping when (`at`) and by whom (`by`)."""
    with transaction.atomic():
        current = _lock(contact_request)
        if not allowed(current):
            raise TransitionError(refusal)
        current.status = to
        setattr(current, at, timezone.now())
        setattr(current, by, user)
        current.save(update_fields=["status", at, by])
        # In the same transaction: the holder is told of exactly the changes that were committed.
        queue_status_email(current)
    contact_request.refresh_from_db()


def take_in_charge(contact_request: ContactRequest, user) -> None:
    _move(
        contact_request,
        user,
        allowed=can_take_in_charge,
        refusal=_("Seule une demande nouvelle peut être prise en charge."),
        to=ContactRequest.Status.TAKEN,
        at="taken_at",
        by="taken_by",
    )


def close(contact_request: ContactRequest, user) -> None:
    _move(
        contact_request,
        user,
        allowed=can_close,
        refusal=_("Seule une demande nouvelle ou prise en charge peut être clôturée."),
        to=ContactRequest.Status.CLOSED,
        at="closed_at",
        by="closed_by",
    )


def refer(
    contact_request: ContactRequest, to_actor: Actor, to_offer: Offer | None, note: str, user
) -> ContactRequest:
    """Hand the holder over to another structure: a new request for it, linked to this one by a Referral.

    The receiving structure is notified and the holder told who will now contact them, after the commit.
    """
    with transaction.atomic():
        current = _lock(contact_request)
        if not can_refer(current):
            raise TransitionError(_("Seule une demande nouvelle ou prise en charge peut être réorientée."))
        if to_actor.pk == current.actor_id:
            raise TransitionError(_("Choisissez une autre structure que celle qui a reçu la demande."))
        if to_offer is not None and to_offer.actor_id != to_actor.pk:
            raise TransitionError(_("Cette offre n'appartient pas à la structure choisie."))
        referred = open_contact_request(
            actor=to_actor,
            offer=to_offer,
            name=current.name,
            email=current.email,
            phone=current.phone,
            organisation=current.organisation,
            stage=current.stage,
            message=current.message,
            consent_at=current.consent_at,
        )
        Referral.objects.create(
            from_request=current,
            to_request=referred,
            from_actor_id=current.actor_id,
            to_actor=to_actor,
            to_offer=to_offer,
            note=note,
            created_by=user,
        )
        current.status = ContactRequest.Status.REFERRED
        current.closed_at = timezone.now()
        current.closed_by = user
        current.save(update_fields=["status", "closed_at", "closed_by"])
    contact_request.refresh_from_db()
    return referred


def referral_chain(contact_request: ContactRequest) -> list[Referral]:
    """Every hand-off of the chain this request belongs to, from the first request down, in date order.

    A chain is short (a few hand-offs), so it is walked one level at a time: up to the first request, then
    down through every re-orientation.
    """
    root_id = contact_request.pk
    seen = {root_id}
    while True:
        parent = (
            Referral.objects.filter(to_request_id=root_id).values_list("from_request_id", flat=True).first()
        )
        if parent is None or parent in seen:
            break
        seen.add(parent)
        root_id = parent
    referrals: list[Referral] = []
    level = [root_id]
    visited = {root_id}
    while level:
        found = list(
            Referral.objects.filter(from_request_id__in=level)
            .select_related("from_actor", "to_actor", "to_offer", "from_request", "to_request")
            .order_by("created_at", "pk")
        )
        referrals.extend(found)
        level = [r.to_request_id for r in found if r.to_request_id not in visited]
        visited.update(level)
    return sorted(referrals, key=lambda r: (r.created_at, r.pk))


def anonymise_expired(now: datetime | None = None) -> int:
    """Replace the holder's personal data in requests older than the retention period; returns how many.

    The period runs from the holder's consent, so the copies a re-orientation made go at the same time as
    the request they came from, and so do the notes of its re-orientations, since structures may have
    written the holder's name in them; the send error may quote the holder's address. Idempotent: requests
    already anonymised are left alone.
    """
    now = now or timezone.now()
    limit = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
    with transaction.atomic():
        count = ContactRequest.objects.filter(consent_at__lt=limit, anonymised_at__isnull=True).update(
            name=ANONYMISED,
            email="",
            phone="",
            organisation="",
            message=ANONYMISED,
            last_send_error="",
            anonymised_at=now,
        )
        Referral.objects.filter(from_request__consent_at__lt=limit).exclude(note=ANONYMISED).update(
            note=ANONYMISED
        )
        # What the holder wrote in the usefulness answer goes too (the yes/no stays, for statistics), with
        # the emails still waiting for them and, once none of their requests is left, their follow-up link.
        anonymised = ContactRequest.objects.filter(anonymised_at__isnull=False)
        anonymised.exclude(usefulness_comment="").update(usefulness_comment="")
        QueuedEmail.objects.filter(contact_request__in=anonymised).delete()
        anonymised.filter(follow_up__isnull=False).update(follow_up=None)
        HolderFollowUp.objects.filter(contact_requests__isnull=True).delete()
    return count


def pending_notifications(now: datetime | None = None) -> QuerySet[ContactRequest]:
    """Requests with an email still to send whose next try is due, oldest first; « non remise » ones (tried
    `MAX_SEND_ATTEMPTS` times) are left alone."""
    now = now or timezone.now()
    return (
        ContactRequest.objects.not_fully_notified()
        .filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
            anonymised_at__isnull=True,
            send_attempts__lt=MAX_SEND_ATTEMPTS,
        )
        .order_by("created_at")
    )


def send_pending_notifications(now: datetime | None = None) -> tuple[int, int]:
    """One pass of the worker: send every due notification; returns (sent, failed).

    Each request is locked while its emails go out and skipped if another worker holds it, so two workers
    (or a worker and a cron run) never email the same person twice.
    """
    sent = failed = 0
    for pk in list(pending_notifications(now).values_list("pk", flat=True)):
        with transaction.atomic():
            contact_request = (
                ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("actor", "offer", "stage")
                .filter(pk=pk)
                .first()
            )
            if contact_request is None or contact_request.fully_notified:
                continue
            if notify_contact_request(contact_request):
                sent += 1
            else:
                failed += 1
    # Then the second outbox (status changes, reminders, alerts, recaps): after the confirmations above.
    send_queued_emails(now)
    return sent, failed


def rate_limit_key(ip: str) -> str:
    return f"contact-rate:{ip}"


def is_rate_limited(ip: str) -> bool:
    return (cache.get(rate_limit_key(ip)) or 0) >= RATE_LIMIT_REQUESTS


def record_submission(ip: str) -> None:
    """Count one stored request for this address in the current window (fixed window, cache-based)."""
    key = rate_limit_key(ip)
    cache.add(key, 0, timeout=RATE_LIMIT_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # the key expired between add and incr: start a new window
        cache.set(key, 1, timeout=RATE_LIMIT_WINDOW_SECONDS)


def client_ip(request) -> str:
    """The address the rate limit counts against: the client's, behind our proxies too (`TRUSTED_PROXY_COUNT`,
    `innov_provence.client_ip`, which the admin's login lockout reads as well)."""
    return request_client_ip(request) or "unknown"


# --- The holder's follow-up (« Suivre mes demandes ») ---------------------------------------------------------


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    label: str


def holder_requests(follow_up: HolderFollowUp) -> list[ContactRequest]:
    """The holder's requests, newest first, with what their history needs (structure, offer, the
    re-orientations in and out): three queries whatever their number."""
    return list(
        follow_up.contact_requests.filter(anonymised_at__isnull=True)
        .select_related("actor", "offer", "referral_in__from_actor")
        .prefetch_related(
            Prefetch("referrals_out", queryset=Referral.objects.select_related("to_actor").order_by("pk"))
        )
        .order_by("-created_at", "-pk")
    )


def _referred_to(contact_request: ContactRequest) -> Referral | None:
    referrals = list(contact_request.referrals_out.all())
    return referrals[-1] if referrals else None


def holder_status(contact_request: ContactRequest) -> str:
    """The status in the holder's words: reçue, prise en charge, réorientée vers…, close."""
    status = contact_request.status
    if status == ContactRequest.Status.TAKEN:
        return _("prise en charge")
    if status == ContactRequest.Status.CLOSED:
        return _("close")
    if status == ContactRequest.Status.REFERRED:
        referral = _referred_to(contact_request)
        if referral is not None:
            return _("réorientée vers %(actor)s") % {"actor": referral.to_actor.name}
        return _("réorientée")
    return _("reçue")


def holder_history(contact_request: ContactRequest) -> list[HistoryEvent]:
    """What happened to the request, oldest first, from its dates and re-orientations (no extra query once
    `holder_requests` has loaded it)."""
    try:
        incoming = contact_request.referral_in
    except Referral.DoesNotExist:
        incoming = None
    if incoming is not None:
        received = _("Demande transmise à %(actor)s par %(from)s") % {
            "actor": contact_request.actor.name,
            "from": incoming.from_actor.name,
        }
    else:
        received = _("Demande reçue par %(actor)s") % {"actor": contact_request.actor.name}
    events = [HistoryEvent(contact_request.created_at, received)]
    if contact_request.taken_at:
        events.append(HistoryEvent(contact_request.taken_at, _("Prise en charge")))
    if contact_request.closed_at:
        referral = _referred_to(contact_request)
        if contact_request.status == ContactRequest.Status.REFERRED and referral is not None:
            label = _("Réorientée vers %(actor)s") % {"actor": referral.to_actor.name}
        else:
            label = _("Close")
        events.append(HistoryEvent(contact_request.closed_at, label))
    return sorted(events, key=lambda event: event.at)


def can_give_feedback(contact_request: ContactRequest) -> bool:
    return (
        contact_request.status == ContactRequest.Status.CLOSED
        and contact_request.feedback_at is None
        and contact_request.anonymised_at is None
    )


def record_feedback(contact_request: ContactRequest, *, useful: bool, comment: str = "") -> None:
    """« Cette mise en relation vous a-t-elle été utile ? »: one answer per closed request."""
    with transaction.atomic():
        current = _lock(contact_request)
        if not can_give_feedback(current):
            raise TransitionError(_("Vous avez déjà répondu, ou cette demande n'est pas close."))
        current.useful = useful
        current.usefulness_comment = comment.strip()
        current.feedback_at = timezone.now()
        current.save(update_fields=["useful", "usefulness_comment", "feedback_at"])
    contact_request.refresh_from_db()
