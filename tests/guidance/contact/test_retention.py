"""Personal data in contact requests is anonymised after the retention period."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from guidance.contact.services import ANONYMISED, anonymise_expired, refer
from guidance.models import ContactRequest, Referral
from tests.factories import make_actor, make_contact_request, make_user

pytestmark = pytest.mark.django_db


def age(request: ContactRequest, days: int) -> None:
    then = timezone.now() - timedelta(days=days)
    ContactRequest.objects.filter(pk=request.pk).update(created_at=then, consent_at=then)


def anonymise() -> str:
    out = StringIO()
    call_command("anonymise_contact_requests", stdout=out)
    return out.getvalue()


def test_requests_older_than_the_retention_period_are_anonymised(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 3 * 365
    old = make_contact_request(
        status=ContactRequest.Status.CLOSED, last_send_error="refusé: camille@example.org"
    )
    recent = make_contact_request()
    age(old, 3 * 365 + 1)
    age(recent, 3 * 365 - 1)

    assert anonymise() == "1 demande(s) anonymisée(s) (conservation : 1095 jours).\n"

    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.organisation, old.message) == (
        ANONYMISED,
        "",
        "",
        "",
        ANONYMISED,
    )
    assert old.last_send_error == "" and old.anonymised_at is not None
    # What statistics need stays.
    assert old.status == ContactRequest.Status.CLOSED and old.actor_id and old.stage_id
    recent.refresh_from_db()
    assert recent.name == "Camille Martin" and recent.anonymised_at is None


def test_anonymisation_is_idempotent():
    old = make_contact_request()
    age(old, 5 * 365)
    assert anonymise_expired() == 1
    old.refresh_from_db()
    first_time = old.anonymised_at
    assert anonymise_expired() == 0
    old.refresh_from_db()
    assert old.anonymised_at == first_time


def test_retention_follows_the_setting(settings):
    request = make_contact_request()
    age(request, 40)
    settings.PERSONAL_DATA_RETENTION_DAYS = 60
    assert anonymise_expired() == 0
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    assert anonymise_expired() == 1


def test_referral_notes_and_chain_copies_are_anonymised_with_the_first_request():
    first = make_contact_request()
    age(first, 4 * 365)
    # Re-oriented recently: the copy still goes, retention runs from the holder's consent.
    refer(first, make_actor(), None, "Camille Martin cherche des locaux.", make_user())
    unrelated = make_contact_request()
    refer(unrelated, make_actor(), None, "Récente, gardée.", make_user())

    assert anonymise_expired() == 2
    assert sorted(Referral.objects.values_list("note", flat=True)) == sorted([ANONYMISED, "Récente, gardée."])
    assert ContactRequest.objects.filter(name="Camille Martin").count() == 2  # the recent pair only


def test_anonymised_requests_are_not_emailed_again(mailoutbox):
    request = make_contact_request(send_attempts=1)
    age(request, 4 * 365)
    anonymise_expired()
    call_command("send_notifications", "--once", stdout=StringIO())
    assert mailoutbox == []
