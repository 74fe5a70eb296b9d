"""Alerts and recaps: « Être prévenu des nouvelles offres » and « Recevoir ce résumé par e-mail ».

Alerts (no account, double opt-in):
- A visitor gives an address for a search: the catalogue's query string (run through the catalogue's
  FilterSet, `offers.filters.OfferFilter`) or the questionnaire's answers (the results' query string, read by
  `ResultsForm` and run through `matching_offers`). The subscription is stored unconfirmed and only a
  confirmation email is sent; one not confirmed within ALERT_CONFIRMATION_DAYS is deleted.
- `send_alerts` (daily, from cron) mails each confirmed subscription the offers of its search first seen
  published since its last digest (`OfferPublication`: offers carry no publication date). Every digest has a
  one-click unsubscribe link (`List-Unsubscribe` and `List-Unsubscribe-Post` headers, RFC 8058); unsubscribing
  deletes the subscription.

Recap: the results of a questionnaire mailed once to the address given, nothing kept once sent.

Every email leaves through the notification worker's outbox (`guidance.contact.notifications.queue_email`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from guidance.contact.notifications import queue_email
from guidance.models import AlertSubscription, OfferPublication, QueuedEmail
from guidance.orientation.answers import Answers
from guidance.orientation.forms import ANYWHERE, MAX_QUERY_STRING_LENGTH, ResultsForm
from guidance.orientation.matching import cached_match_offers, matching_offers
from offers.filters import OfferFilter
from offers.models import Offer

DIGEST_MAX_OFFERS = 20
MAX_SUBSCRIPTIONS_PER_ADDRESS = 20
# Catalogue parameters that are not search criteria (the page shown, the order, the output format).
NOT_CRITERIA = {"page", "tri", "ordre", "format", "recherche"}


# --- Saved searches ------------------------------------------------------------------------------------------


@dataclass
class SavedSearch:
    source: str
    query: str  # normalised: only the criteria, in a stable order
    criteria: list[tuple[str, str]] = field(default_factory=list)  # (label, value) for people
    answers: Answers | None = None
    filterset: OfferFilter | None = None

    def offers(self) -> QuerySet[Offer]:
        """The published offers of this search, today."""
        if self.answers is not None:
            return matching_offers(self.answers)
        return self.filterset.qs

    @property
    def path(self) -> str:
        """The page of this search on the site (catalogue or results)."""
        if self.source == AlertSubscription.Source.ORIENTATION:
            return f"{reverse('guidance:results')}?{self.query}"
        return f"{reverse('offers:offer_list')}?{self.query}" if self.query else reverse("offers:offer_list")


def _query_dict(query: str) -> QueryDict | None:
    if len(query) > MAX_QUERY_STRING_LENGTH:
        return None
    try:
        return QueryDict(query)
    except Exception:  # too many fields, undecodable: not a search of ours
        return None


def answers_from_query(query: str) -> Answers | None:
    """The questionnaire's answers of a results query string, None when they are not valid answers."""
    data = _query_dict(query)
    if data is None:
        return None
    form = ResultsForm(data)
    return form.answers() if form.is_valid() else None


def answers_query(answers: Answers) -> str:
    """The results query string of these answers, profile and project words included (they narrow the
    match), in a stable order: the same search is stored once."""
    pairs = [("besoin", need.slug) for need in answers.needs] + [("stade", answers.stage.slug)]
    pairs.append(("technopole", answers.technopole.slug if answers.technopole else ANYWHERE))
    if answers.sector:
        pairs.append(("filiere", answers.sector.slug))
    if getattr(answers, "audience", None):
        pairs.append(("profil", answers.audience.slug))
    if getattr(answers, "project", ""):
        pairs.append(("projet", answers.project))
    return urlencode(pairs)


def answers_criteria(answers: Answers) -> list[tuple[str, str]]:
    criteria = [
        (_("Besoins"), ", ".join(need.name for need in answers.needs)),
        (_("Stade"), answers.stage.name),
        (
            _("Technopôle ou site"),
            answers.technopole.name if answers.technopole else _("Partout dans la métropole"),
        ),
        (_("Filière"), answers.sector.name if answers.sector else _("Toutes les filières")),
    ]
    if getattr(answers, "audience", None):
        criteria.append((_("Profil"), answers.audience.name))
    if getattr(answers, "project", ""):
        criteria.append((_("Projet"), answers.project))
    return criteria


def parse_search(source: str, query: str) -> SavedSearch | None:
    """The search a subscription stands for, or None when the query string is not a valid search."""
    if source == AlertSubscription.Source.ORIENTATION:
        answers = answers_from_query(query)
        if answers is None:
            return None
        return SavedSearch(source, answers_query(answers), answers_criteria(answers), answers=answers)
    if source != AlertSubscription.Source.CATALOGUE:
        return None
    data = _query_dict(query)
    if data is None:
        return None
    data = data.copy()
    for name in NOT_CRITERIA:
        data.pop(name, None)
    filterset = OfferFilter(data, queryset=Offer.objects.published().order_by("title", "pk"))
    if not filterset.is_valid():
        return None
    pairs, criteria = [], []
    for name, form_field in filterset.form.fields.items():
        value = filterset.form.cleaned_data.get(name)
        if value in (None, "", [], ()):
            continue
        values = value if isinstance(value, list | tuple) else [value]
        # A structure is an object (its name is its label); other criteria are choices (slug → name).
        is_object = hasattr(values[0], "slug")
        choices = (
            {} if is_object else {str(key): label for key, label in iter(getattr(form_field, "choices", ()))}
        )
        shown = []
        for item in values:
            raw = str(getattr(item, "slug", item))
            pairs.append((name, raw))
            shown.append(str(item) if is_object else str(choices.get(raw, raw)))
        criteria.append((str(form_field.label), ", ".join(shown)))
    return SavedSearch(source, urlencode(pairs), criteria, filterset=filterset)


# --- Subscriptions -----------------------------------------------------------------------------------------


def _alert_url(name: str, subscription: AlertSubscription) -> str:
    return settings.SITE_URL + reverse(name, args=[subscription.token])


def subscribe(email: str, search: SavedSearch, now: datetime | None = None) -> AlertSubscription | None:
    """Store an unconfirmed subscription and queue its confirmation email. The same address and search
    again: the confirmation is sent again if still unconfirmed, nothing if confirmed (the page says the
    same either way, so it tells nobody whether an address is subscribed). None past
    MAX_SUBSCRIPTIONS_PER_ADDRESS."""
    now = now or timezone.now()
    address = email.strip().lower()
    with transaction.atomic():
        existing = AlertSubscription.objects.filter(
            email=address, source=search.source, query=search.query
        ).first()
        if existing is not None and existing.confirmed_at is not None:
            return existing
        if existing is None:
            if AlertSubscription.objects.filter(email=address).count() >= MAX_SUBSCRIPTIONS_PER_ADDRESS:
                return None
            existing = AlertSubscription.objects.create(
                email=address, source=search.source, query=search.query, consent_at=now
            )
        queue_email(
            QueuedEmail.Kind.ALERT_CONFIRMATION,
            "guidance/alerts/emails/confirmation",
            {
                "criteria": search.criteria,
                "confirm_url": _alert_url("alerts:confirm", existing),
                "days": settings.ALERT_CONFIRMATION_DAYS,
            },
            [address],
        )
    return existing


def note_publications(now: datetime | None = None) -> int:
    """Note when each published offer was first seen published; returns how many were new."""
    now = now or timezone.now()
    unseen = Offer.objects.published().exclude(pk__in=OfferPublication.objects.values("offer_id"))
    created = OfferPublication.objects.bulk_create(
        (OfferPublication(offer_id=pk, seen_at=now) for pk in unseen.values_list("pk", flat=True).iterator()),
        batch_size=500,
        ignore_conflicts=True,
    )
    return len(created)


def confirm(subscription: AlertSubscription, now: datetime | None = None) -> bool:
    """Confirm (double opt-in); False if it already was. The offers published now are not news to it."""
    if subscription.confirmed_at is not None:
        return False
    now = now or timezone.now()
    note_publications(now)
    subscription.confirmed_at = now
    subscription.last_digest_at = now
    subscription.save(update_fields=["confirmed_at", "last_digest_at"])
    return True


def unsubscribe(subscription: AlertSubscription) -> None:
    subscription.delete()


def expired_unconfirmed(now: datetime | None = None) -> QuerySet[AlertSubscription]:
    now = now or timezone.now()
    return AlertSubscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - timedelta(days=settings.ALERT_CONFIRMATION_DAYS)
    )


@dataclass(frozen=True)
class AlertRun:
    digests: int
    offers: int
    purged: int
    invalid: int


def send_alerts(now: datetime | None = None) -> AlertRun:
    """Queue one digest per confirmed subscription with new offers, each once (idempotent): the offers of
    its search first seen published after its last digest. One query per subscription."""
    now = now or timezone.now()
    purged, _details = expired_unconfirmed(now).delete()
    note_publications(now)
    digests = offers_sent = invalid = 0
    for subscription in (
        AlertSubscription.objects.filter(confirmed_at__isnull=False).order_by("pk").iterator()
    ):
        search = parse_search(subscription.source, subscription.query)
        if search is None:  # the taxonomy changed under it: nothing to match any more
            invalid += 1
            continue
        since = subscription.last_digest_at or subscription.confirmed_at
        fresh = OfferPublication.objects.filter(seen_at__gt=since, seen_at__lte=now).values("offer_id")
        new = list(
            search.offers()
            .filter(pk__in=fresh)
            .select_related("actor")
            .order_by("title", "pk")[: DIGEST_MAX_OFFERS + 1]
        )
        with transaction.atomic():
            if new:
                queue_digest(subscription, search, new[:DIGEST_MAX_OFFERS], more=len(new) > DIGEST_MAX_OFFERS)
                digests += 1
                offers_sent += min(len(new), DIGEST_MAX_OFFERS)
            subscription.last_digest_at = now
            subscription.save(update_fields=["last_digest_at"])
    return AlertRun(digests=digests, offers=offers_sent, purged=purged, invalid=invalid)


def queue_digest(
    subscription: AlertSubscription, search: SavedSearch, offers: list[Offer], more: bool
) -> None:
    unsubscribe_url = _alert_url("alerts:unsubscribe", subscription)
    queue_email(
        QueuedEmail.Kind.ALERT_DIGEST,
        "guidance/alerts/emails/digest",
        {
            "offers": offers,
            "more": more,
            "criteria": search.criteria,
            "search_url": settings.SITE_URL + search.path,
            "unsubscribe_url": unsubscribe_url,
        },
        [subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


# --- Recap of a results page --------------------------------------------------------------------------------


def queue_recap(email: str, answers: Answers) -> None:
    """Mail the results of these answers once: the best offers of each need with whom to contact."""
    query = answers_query(answers)
    queue_email(
        QueuedEmail.Kind.RECAP,
        "guidance/alerts/emails/recap",
        {
            "results": cached_match_offers(answers),
            "criteria": answers_criteria(answers),
            "results_url": f"{settings.SITE_URL}{reverse('guidance:results')}?{query}",
        },
        [email],
    )
