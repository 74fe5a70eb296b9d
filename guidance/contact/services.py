"""Mise en relation: how a contact request is created, moves through its statuses, is handed over to another
structure, and is finally anonymised.

Rules:
- A request is stored first, in its own transaction; the emails go out after the commit
  (`notify_contact_request`), so an email outage never loses a request (`retry_notifications` sends later).
- Statuses move forward only: nouvelle → prise en charge → clôturée; a request still open (nouvelle or prise
  en charge) may instead be re-oriented (« réorientée »), which creates a new request for the receiving
  structure, linked to the first by a `Referral`.
- After `PERSONAL_DATA_RETENTION_DAYS`, the holder's personal data is replaced; the structure, offer, status
  and dates are kept for statistics.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from guidance.contact.notifications import MAX_SEND_ATTEMPTS, notify_contact_request
from guidance.models import ContactRequest, Referral, new_reference
from offers.models import Actor, Offer, Stage

ANONYMISED = "[anonymisé]"
REFERENCE_ATTEMPTS = 5

# Per-IP limit on stored requests: enough for a person writing to several structures, too few to flood them.
RATE_LIMIT_REQUESTS = 5
RATE_LIMIT_WINDOW_SECONDS = 10 * 60


OPEN_STATUSES = (ContactRequest.Status.NEW, ContactRequest.Status.TAKEN)


class TransitionError(ValueError):
    """A status change that the request's current status does not allow (the message is for the user)."""


def can_take_in_charge(request: ContactRequest) -> bool:
    return request.status == ContactRequest.Status.NEW


def can_close(request: ContactRequest) -> bool:
    return request.status in OPEN_STATUSES


def can_refer(request: ContactRequest) -> bool:
    return request.status in OPEN_STATUSES and request.anonymised_at is None


def create_contact_request(
    *,
    actor: Actor,
    offer: Offer | None = None,
    name: str,
    email: str,
    phone: str = "",
    organisation: str = "",
    stage: Stage | None = None,
    message: str,
) -> ContactRequest:
    """Store a holder's request (consent given now) and schedule its emails for after the commit.

    The reference is random; on the rare collision with an existing one, a new reference is drawn.
    """
    request = ContactRequest(
        actor=actor,
        offer=offer,
        name=name,
        email=email,
        phone=phone,
        organisation=organisation,
        stage=stage,
        message=message,
        consent_at=timezone.now(),
    )
    with transaction.atomic():
        _insert_with_fresh_reference(request)
        transaction.on_commit(partial(notify_contact_request, request), robust=True)
    return request


def _insert_with_fresh_reference(request: ContactRequest) -> None:
    """Insert with a new random reference, drawing another on a collision (each try in a savepoint)."""
    for attempt in range(REFERENCE_ATTEMPTS):
        request.reference = new_reference()
        try:
            with transaction.atomic():
                request.save(force_insert=True)
            return
        except IntegrityError:
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise


def take_in_charge(request: ContactRequest, user) -> None:
    if not can_take_in_charge(request):
        raise TransitionError(_("Seule une demande nouvelle peut être prise en charge."))
    request.status = ContactRequest.Status.TAKEN
    request.taken_at = timezone.now()
    request.taken_by = user
    request.save(update_fields=["status", "taken_at", "taken_by"])


def close(request: ContactRequest, user) -> None:
    if not can_close(request):
        raise TransitionError(_("Seule une demande nouvelle ou prise en charge peut être clôturée."))
    request.status = ContactRequest.Status.CLOSED
    request.closed_at = timezone.now()
    request.closed_by = user
    request.save(update_fields=["status", "closed_at", "closed_by"])


def refer(
    request: ContactRequest, to_actor: Actor, to_offer: Offer | None, note: str, user
) -> ContactRequest:
    """Hand the holder over to another structure: a new request for it, linked to this one by a Referral.

    The receiving structure is notified and the holder told who will now contact them, after the commit.
    """
    with transaction.atomic():
        # Lock the row so that two people of the same structure cannot re-orient the request twice.
        current = ContactRequest.objects.select_for_update().get(pk=request.pk)
        if not can_refer(current):
            raise TransitionError(_("Seule une demande nouvelle ou prise en charge peut être réorientée."))
        if to_actor.pk == current.actor_id:
            raise TransitionError(_("Choisissez une autre structure que celle qui a reçu la demande."))
        if to_offer is not None and to_offer.actor_id != to_actor.pk:
            raise TransitionError(_("Cette offre n'appartient pas à la structure choisie."))
        referred = ContactRequest(
            actor=to_actor,
            offer=to_offer,
            name=current.name,
            email=current.email,
            phone=current.phone,
            organisation=current.organisation,
            stage_id=current.stage_id,
            message=current.message,
            consent_at=current.consent_at,
        )
        _insert_with_fresh_reference(referred)
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
        transaction.on_commit(partial(notify_contact_request, referred), robust=True)
    request.refresh_from_db()
    return referred


def referral_chain(request: ContactRequest) -> list[Referral]:
    """Every hand-off of the chain this request belongs to, from the first request down, in date order.

    A chain is short (a few hand-offs), so it is walked one level at a time: up to the first request, then
    down through every re-orientation.
    """
    root_id = request.pk
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
    return count


def pending_notifications(now: datetime | None = None) -> QuerySet[ContactRequest]:
    """Requests whose structure or holder has not been emailed yet, tried fewer than MAX_SEND_ATTEMPTS times.

    A request younger than a minute that was never tried is left to its own after-commit send, so that the
    cron job and the web process don't email the same person twice.
    """
    recent = (now or timezone.now()) - timedelta(minutes=1)
    return (
        ContactRequest.objects.filter(
            Q(structure_notified_at__isnull=True) | Q(holder_notified_at__isnull=True),
            anonymised_at__isnull=True,
            send_attempts__lt=MAX_SEND_ATTEMPTS,
        )
        .exclude(send_attempts=0, created_at__gte=recent)
        .order_by("created_at")
    )


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
    """The address the rate limit counts against.

    `REMOTE_ADDR` is the direct peer. Behind a reverse proxy or load balancer every request comes from the
    proxy (and all visitors would share one limit), so set `CONTACT_CLIENT_IP_HEADER` to the header the proxy
    writes (e.g. `HTTP_X_FORWARDED_FOR`); its right-most address is the one our own proxy saw, the others
    come from the client and can be forged.
    """
    header = settings.CONTACT_CLIENT_IP_HEADER
    value = request.META.get(header, "") or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[-1].strip() or "unknown"
