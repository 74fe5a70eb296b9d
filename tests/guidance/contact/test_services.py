"""Contact-request logic: storing, notifying through the worker (and retrying), status changes,
re-orientation."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone

from guidance.contact import services as contact
from guidance.contact.notifications import MAX_SEND_ATTEMPTS, notify_contact_request
from guidance.contact.services import (
    TransitionError,
    close,
    open_contact_request,
    refer,
    referral_chain,
    take_in_charge,
)
from guidance.models import ContactRequest, Referral
from tests.factories import make_actor, make_contact_request, make_offer, make_user, stage

pytestmark = pytest.mark.django_db

FAILING_BACKEND = "tests.guidance.contact.test_services.FailingEmailBackend"


class FailingEmailBackend(BaseEmailBackend):
    """An SMTP server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("serveur SMTP injoignable")


def send_notifications() -> str:
    """One pass of the notification worker, as cron runs it."""
    out = StringIO()
    call_command("send_notifications", "--once", stdout=out)
    return out.getvalue()


def make_due_again() -> None:
    """Let the worker's retry delay pass."""
    ContactRequest.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))


def create(actor, offer=None, **overrides):
    fields = {
        "actor": actor,
        "offer": offer,
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "",
        "organisation": "BioSens",
        "stage": stage("amorcage"),
        "message": "Nous cherchons un accompagnement.",
    } | overrides
    return open_contact_request(**fields)


def test_open_stores_then_the_worker_emails_structure_and_holder(
    mailoutbox, django_capture_on_commit_callbacks
):
    offer = make_offer(title="Incubation Luminy", contact_email="incubation@impulse.example.org")
    with django_capture_on_commit_callbacks(execute=True):
        request = create(offer.actor, offer)
    # Stored, and nothing sent in the request.
    assert ContactRequest.objects.filter(pk=request.pk).exists()
    assert mailoutbox == []
    send_notifications()

    assert len(mailoutbox) == 2
    to_structure, to_holder = mailoutbox
    assert to_structure.to == ["incubation@impulse.example.org"]
    assert to_structure.reply_to == ["camille@example.org"]
    assert request.reference in to_structure.subject
    assert "Nous cherchons un accompagnement." in to_structure.body
    assert "Incubation Luminy" in to_structure.body
    assert f"/admin/guidance/contactrequest/{request.pk}/change/" in to_structure.body
    assert to_holder.to == ["camille@example.org"]
    assert request.reference in to_holder.body
    assert offer.actor.name in to_holder.body
    assert "&#x27;" not in to_holder.body  # plain text, not HTML-escaped
    request.refresh_from_db()
    assert request.structure_notified_at and request.holder_notified_at
    assert request.send_attempts == 1 and request.last_send_error == ""


def test_structure_email_goes_to_the_actor_when_the_offer_has_no_contact(
    mailoutbox, django_capture_on_commit_callbacks
):
    actor = make_actor(email="bonjour@incubateur.example.org")
    offer = make_offer(actor=actor, contact_email="")
    create(actor, offer)
    send_notifications()
    assert mailoutbox[0].to == ["bonjour@incubateur.example.org"]


def test_demo_structures_are_mailed_at_the_demo_inbox_not_the_real_organisation(
    mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.DEMO_NOTIFICATION_EMAIL = "demo@portail.example.org"
    actor = make_actor(email="contact@vraie-structure.fr", is_demo=True)
    offer = make_offer(actor=actor, contact_email="personne@vraie-structure.fr")
    create(actor, offer)
    send_notifications()
    assert mailoutbox[0].to == ["demo@portail.example.org"]
    assert mailoutbox[1].to == ["camille@example.org"]


def test_reference_collision_draws_a_new_reference(monkeypatch):
    existing = make_contact_request(reference="IP-AAAAAAAA")
    drawn = iter(["IP-AAAAAAAA", "IP-BBBBBBBB"])
    monkeypatch.setattr(contact, "new_reference", lambda: next(drawn))
    request = create(existing.actor)
    assert request.reference == "IP-BBBBBBBB"
    assert ContactRequest.objects.count() == 2


def test_email_outage_keeps_the_request_and_the_worker_sends_it_later(settings, mailoutbox):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    actor = make_actor()
    request = create(actor)
    assert send_notifications() == "0 demande(s) notifiée(s), 1 en échec.\n"
    request.refresh_from_db()
    assert request.structure_notified_at is None and request.holder_notified_at is None
    assert request.send_attempts == 1
    assert "injoignable" in request.last_send_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_due_again()
    assert send_notifications() == "1 demande(s) notifiée(s), 0 en échec.\n"
    request.refresh_from_db()
    assert request.structure_notified_at and request.holder_notified_at
    assert request.send_attempts == 2 and request.last_send_error == ""
    assert sorted(m.to[0] for m in mailoutbox) == sorted([actor.email, "camille@example.org"])

    # Nothing left to send: a second run sends nothing more.
    make_due_again()
    send_notifications()
    assert len(mailoutbox) == 2


def test_retry_sends_only_the_missing_email(mailoutbox):
    make_contact_request(structure_notified_at=timezone.now(), send_attempts=1)
    send_notifications()
    assert [m.to for m in mailoutbox] == [["camille@example.org"]]


def test_retry_gives_up_after_the_maximum_attempts(mailoutbox):
    make_contact_request(send_attempts=MAX_SEND_ATTEMPTS)
    send_notifications()
    assert mailoutbox == []


def test_the_worker_sends_a_brand_new_request_at_once(mailoutbox):
    make_contact_request()
    send_notifications()
    assert len(mailoutbox) == 2


def test_structure_without_address_is_recorded_and_holder_still_confirmed(mailoutbox):
    request = make_contact_request(actor=make_actor(email=""))
    assert notify_contact_request(request) is False
    request.refresh_from_db()
    assert request.structure_notified_at is None
    assert "aucune adresse" in request.last_send_error
    assert request.holder_notified_at is not None
    assert [m.to for m in mailoutbox] == [["camille@example.org"]]


def test_notify_twice_sends_each_email_once(mailoutbox):
    request = make_contact_request()
    assert notify_contact_request(request) is True
    assert notify_contact_request(request) is True
    assert len(mailoutbox) == 2


def test_status_moves_forward_only():
    user = make_user()
    request = make_contact_request()
    take_in_charge(request, user)
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.TAKEN
    assert request.taken_at is not None and request.taken_by == user
    with pytest.raises(TransitionError):
        take_in_charge(request, user)
    close(request, user)
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.CLOSED
    assert request.closed_at is not None and request.closed_by == user
    with pytest.raises(TransitionError):
        close(request, user)


def test_refer_creates_a_linked_request_and_tells_everyone(mailoutbox, django_capture_on_commit_callbacks):
    first = make_contact_request(structure_notified_at=timezone.now(), holder_notified_at=timezone.now())
    receiving = make_actor(
        name="Marseille Innovation", email="accueil@mi.example.org", website="https://mi.example.org"
    )
    offer = make_offer(actor=receiving, title="Mi'pass", contact_email="")
    user = make_user()
    with django_capture_on_commit_callbacks(execute=True):
        referred = refer(first, receiving, offer, "Projet prêt pour une pépinière.", user)
    send_notifications()

    first.refresh_from_db()
    assert first.status == ContactRequest.Status.REFERRED
    assert referred.actor == receiving and referred.offer == offer
    assert (referred.name, referred.email, referred.message) == (first.name, first.email, first.message)
    assert referred.reference != first.reference
    referral = Referral.objects.get()
    assert (referral.from_request, referral.to_request) == (first, referred)
    assert (referral.from_actor, referral.to_actor, referral.created_by) == (first.actor, receiving, user)

    to_structure, to_holder = mailoutbox
    assert to_structure.to == ["accueil@mi.example.org"]
    assert first.actor.name in to_structure.subject
    assert "Projet prêt pour une pépinière." in to_structure.body
    assert to_holder.to == ["camille@example.org"]
    assert "Marseille Innovation va maintenant vous contacter" in to_holder.subject
    assert "accueil@mi.example.org" in to_holder.body and "Mi'pass" in to_holder.body
    # The note is for the structure, not for the holder.
    assert "Projet prêt pour une pépinière." not in to_holder.body


@pytest.mark.parametrize("status", [ContactRequest.Status.CLOSED, ContactRequest.Status.REFERRED])
def test_refer_refuses_a_request_no_longer_open(status):
    request = make_contact_request(status=status)
    with pytest.raises(TransitionError):
        refer(request, make_actor(), None, "note", make_user())
    assert not Referral.objects.exists()


def test_refer_refuses_the_same_structure_and_another_structures_offer():
    request = make_contact_request()
    with pytest.raises(TransitionError):
        refer(request, request.actor, None, "note", make_user())
    with pytest.raises(TransitionError):
        refer(request, make_actor(), make_offer(), "note", make_user())
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.NEW
    assert ContactRequest.objects.count() == 1


def test_referral_chain_is_the_same_from_every_request_of_it():
    user = make_user()
    first = make_contact_request()
    second = refer(first, make_actor(), None, "vers B", user)
    third = refer(second, make_actor(), None, "vers C", user)
    unrelated = make_contact_request()
    refer(unrelated, make_actor(), None, "ailleurs", user)

    for request in (first, second, third):
        assert [r.note for r in referral_chain(request)] == ["vers B", "vers C"]


def test_a_line_break_in_a_structure_name_does_not_block_the_emails(mailoutbox):
    first = make_contact_request(actor=make_actor(name="Impulse\r\nBcc: x@example.org"))
    referred = refer(first, make_actor(email="b@example.org"), None, "note", make_user())
    assert notify_contact_request(referred) is True
    assert "Impulse Bcc: x@example.org" in mailoutbox[0].subject
    assert all(m.bcc == [] for m in mailoutbox)


def test_subjects_are_not_html_escaped(mailoutbox):
    request = make_contact_request(actor=make_actor(name="L'Incubateur d'Arbois"))
    referred = refer(request, make_actor(name="Centre d'affaires"), None, "note", make_user())
    notify_contact_request(referred)
    assert mailoutbox[0].subject.endswith("réorientée vers vous par L'Incubateur d'Arbois")
    assert mailoutbox[1].subject == "[Innov Provence] Centre d'affaires va maintenant vous contacter"
