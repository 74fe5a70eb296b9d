"""Contact-request emails leave through the outbox: stored with the request, sent by the
`send_notifications` worker, retried with a growing delay, « non remis » after the last attempt."""

import socket
import threading
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from guidance.contact.notifications import retry_delay
from guidance.contact.services import open_contact_request, send_pending_notifications
from guidance.models import MAX_SEND_ATTEMPTS, ContactRequest
from tests.factories import make_actor, make_metropole_user, make_offer, stage
from tests.guidance.contact.test_views import form_data

pytestmark = pytest.mark.django_db

FAILING_ADDRESS = "injoignable@example.org"


class FailingForOneAddressBackend:
    """An email backend that refuses any message to `FAILING_ADDRESS` and keeps the others in the outbox."""

    def __init__(self, *args, **kwargs):
        from django.core.mail.backends.locmem import EmailBackend

        self.inner = EmailBackend(*args, **kwargs)

    def send_messages(self, messages):
        for message in messages:
            if FAILING_ADDRESS in message.to:
                raise ConnectionRefusedError("serveur de courriel injoignable")
        return self.inner.send_messages(messages)


def open_request(**overrides) -> ContactRequest:
    fields = {
        "actor": make_actor(name="Impulse", email="contact@impulse.example.org"),
        "name": "Camille Martin",
        "email": "camille@example.org",
        "stage": stage("amorcage"),
        "message": "Bonjour, nous cherchons un accompagnement.",
    }
    return open_contact_request(**(fields | overrides))


@pytest.fixture
def silent_smtp_server():
    """A mail server that accepts the connection and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(timeout=2)
    for connection in accepted:
        connection.close()
    server.close()


def test_a_contact_post_answers_at_once_when_the_mail_server_never_answers(
    client, settings, silent_smtp_server, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", silent_smtp_server, 2
    offer = make_offer(actor=make_actor(email="contact@impulse.example.org"))
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/contact/offre/{offer.slug}/", form_data())
    elapsed = time.monotonic() - started
    assert response.status_code == 302
    # Sending in the request would wait for the server twice (structure, holder): 4 s with this timeout.
    assert elapsed < 1.5, f"the contact POST took {elapsed:.1f} s"
    contact_request = ContactRequest.objects.get()
    assert contact_request.send_attempts == 0 and not contact_request.fully_notified


def test_the_worker_sends_both_emails_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        contact_request = open_request()
    assert mail.outbox == []  # nothing leaves in the request
    call_command("send_notifications", "--once")
    assert sorted(m.to[0] for m in mail.outbox) == ["camille@example.org", "contact@impulse.example.org"]
    call_command("send_notifications", "--once")
    assert len(mail.outbox) == 2
    contact_request.refresh_from_db()
    assert contact_request.fully_notified and contact_request.send_attempts == 1


def test_a_failed_send_is_tried_again_later_and_only_what_failed(settings):
    settings.EMAIL_BACKEND = f"{__name__}.FailingForOneAddressBackend"
    contact_request = open_request(actor=make_actor(email=FAILING_ADDRESS))
    assert send_pending_notifications() == (0, 1)
    contact_request.refresh_from_db()
    assert contact_request.holder_notified_at is not None and contact_request.structure_notified_at is None
    assert "injoignable" in contact_request.last_send_error
    assert contact_request.next_attempt_at > timezone.now() + retry_delay(1) - timedelta(seconds=5)
    # Not due yet: the worker leaves it alone.
    assert send_pending_notifications() == (0, 0)
    # Due, and the server is back: only the structure's email goes out.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = contact_request.next_attempt_at + timedelta(seconds=1)
    assert send_pending_notifications(now=later) == (1, 0)
    assert [m.to for m in mail.outbox] == [["camille@example.org"], [FAILING_ADDRESS]]


def test_delays_grow_between_attempts():
    delays = [retry_delay(n) for n in range(1, MAX_SEND_ATTEMPTS)]
    assert delays == sorted(delays) and delays[0] < delays[-1]


def test_after_the_last_attempt_the_request_is_undelivered_everywhere_and_staff_are_told(client, settings):
    settings.EMAIL_BACKEND = f"{__name__}.FailingForOneAddressBackend"
    staff = make_metropole_user(email="pilotage@ampmetropole.example.org")
    contact_request = open_request(actor=make_actor(email=FAILING_ADDRESS))
    ContactRequest.objects.filter(pk=contact_request.pk).update(send_attempts=MAX_SEND_ATTEMPTS - 1)
    assert send_pending_notifications() == (0, 1)
    contact_request.refresh_from_db()
    assert contact_request.undelivered and contact_request.next_attempt_at is None
    told = [m for m in mail.outbox if m.to == [staff.email]]
    assert len(told) == 1 and contact_request.reference in told[0].subject
    assert "non remis" in told[0].subject
    # Never tried again.
    assert send_pending_notifications(now=timezone.now() + timedelta(days=7)) == (0, 0)

    client.force_login(staff)
    changelist = client.get("/admin/guidance/contactrequest/?courriels=non_remis")
    assert changelist.status_code == 200
    page = changelist.content.decode()
    assert contact_request.reference in page and "non remis" in page
    overview = client.get("/pilotage/")
    assert "1 demande aux courriels non remis" in overview.content.decode()


def test_pending_requests_are_not_listed_as_undelivered(client):
    open_request()
    assert ContactRequest.objects.undelivered().count() == 0
    assert ContactRequest.objects.not_fully_notified().count() == 1
