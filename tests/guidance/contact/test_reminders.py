"""Reminders: a request left « nouvelle » for CONTACT_REMINDER_DAYS working days reminds its structure,
twice as long tells Métropole staff; the command is idempotent."""

from datetime import date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from guidance.contact.reminders import (
    ReminderRun,
    add_working_days,
    easter_sunday,
    is_working_day,
    send_reminders,
)
from guidance.contact.services import send_pending_notifications, take_in_charge
from guidance.models import ContactRequest, QueuedEmail
from tests.factories import make_actor, make_contact_request, make_metropole_user, make_user

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def test_easter_and_the_french_public_holidays():
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2027) == date(2027, 3, 28)
    assert not is_working_day(date(2026, 4, 6))  # lundi de Pâques
    assert not is_working_day(date(2026, 5, 14))  # Ascension
    assert not is_working_day(date(2026, 7, 14))
    assert not is_working_day(date(2026, 12, 5))  # a Saturday
    assert is_working_day(date(2026, 12, 4))


def test_working_days_skip_weekends_and_holidays():
    # Friday 4 December 2026, 18:00 → five working days later: Friday 11 December, 18:00.
    assert add_working_days(at(2026, 12, 4, 18), 5) == at(2026, 12, 11, 18)
    # Thursday 24 December: the 25th is a holiday, then a weekend.
    assert add_working_days(at(2026, 12, 24, 9), 1) == at(2026, 12, 28, 9)


def test_the_structure_is_reminded_then_staff_told_once_each(settings, mailoutbox):
    settings.CONTACT_REMINDER_DAYS = 5
    staff = make_metropole_user(email="pilotage@ampmetropole.example.org")
    actor = make_actor(name="Impulse", email="contact@impulse.example.org")
    received = at(2026, 12, 1, 10)  # a Tuesday
    contact_request = make_contact_request(actor=actor, created_at=received)

    assert send_reminders(at(2026, 12, 8, 9)) == ReminderRun(reminded=0, escalated=0)  # not five days yet
    run = send_reminders(at(2026, 12, 8, 10, 1))
    assert (run.reminded, run.escalated) == (1, 0)
    assert (send_reminders(at(2026, 12, 8, 11)).reminded) == 0  # idempotent
    reminder = QueuedEmail.objects.get(kind=QueuedEmail.Kind.REMINDER)
    assert reminder.to == ["contact@impulse.example.org"] and reminder.reply_to == "camille@example.org"
    assert contact_request.reference in reminder.subject and "5 jours ouvrés" in reminder.body

    run = send_reminders(at(2026, 12, 15, 10, 1))  # ten working days
    assert (run.reminded, run.escalated) == (0, 1)
    escalation = QueuedEmail.objects.get(kind=QueuedEmail.Kind.ESCALATION)
    assert escalation.to == [staff.email] and "Impulse" in escalation.subject
    contact_request.refresh_from_db()
    assert contact_request.reminded_at and contact_request.escalated_at
    assert send_reminders(at(2026, 12, 30)).escalated == 0

    send_pending_notifications()
    assert {tuple(m.to) for m in mailoutbox} >= {("contact@impulse.example.org",), (staff.email,)}


def test_a_request_taken_in_charge_or_closed_is_never_reminded(settings):
    settings.CONTACT_REMINDER_DAYS = 5
    received = at(2026, 12, 1, 10)
    taken = make_contact_request(created_at=received)
    take_in_charge(taken, make_user())
    make_contact_request(created_at=received, status=ContactRequest.Status.CLOSED)
    make_contact_request(created_at=received, status=ContactRequest.Status.REFERRED)
    run = send_reminders(at(2027, 1, 30))
    assert (run.reminded, run.escalated) == (0, 0)


def test_demo_structures_are_reminded_in_the_demo_inbox(settings):
    settings.CONTACT_REMINDER_DAYS = 1
    actor = make_actor(email="contact@vraie-structure.fr")
    type(actor).objects.filter(pk=actor.pk).update(is_demo=True)
    make_contact_request(actor=type(actor).objects.get(pk=actor.pk), created_at=at(2026, 12, 1, 10))
    send_reminders(at(2026, 12, 3))
    assert QueuedEmail.objects.get(kind=QueuedEmail.Kind.REMINDER).to == [settings.DEMO_NOTIFICATION_EMAIL]


def test_without_metropole_staff_the_managers_are_told(settings):
    settings.CONTACT_REMINDER_DAYS = 1
    settings.MANAGERS = [("Pilotage", "managers@example.org")]
    make_contact_request(created_at=at(2026, 12, 1, 10))
    send_reminders(at(2026, 12, 10))
    assert QueuedEmail.objects.get(kind=QueuedEmail.Kind.ESCALATION).to == ["managers@example.org"]


def test_the_command_says_what_it_did(settings):
    settings.CONTACT_REMINDER_DAYS = 1
    make_contact_request(created_at=at(2020, 1, 6, 10))
    out = StringIO()
    call_command("send_contact_reminders", stdout=out)
    assert "1 structure(s) relancée(s)" in out.getvalue()
    assert "1 demande(s) signalée(s) à la Métropole" in out.getvalue()
    out = StringIO()
    call_command("send_contact_reminders", stdout=out)
    assert "0 structure(s) relancée(s)" in out.getvalue()
