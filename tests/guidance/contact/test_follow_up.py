"""« Suivre mes demandes »: the private link in the confirmation, the page with each request's status and
history, an email at each change, the usefulness question once a request is closed."""

import re

import pytest
from django.urls import reverse

from guidance.contact.services import (
    TransitionError,
    anonymise_expired,
    close,
    holder_status,
    open_contact_request,
    record_feedback,
    refer,
    send_pending_notifications,
    take_in_charge,
)
from guidance.models import ContactRequest, HolderFollowUp, QueuedEmail
from tests.factories import make_actor, make_offer, make_user, stage

pytestmark = pytest.mark.django_db


def open_request(actor=None, **overrides) -> ContactRequest:
    fields = {
        "actor": actor or make_actor(name="Impulse", email="contact@impulse.example.org"),
        "name": "Camille Martin",
        "email": "Camille@Example.org",
        "stage": stage("amorcage"),
        "message": "Bonjour, nous cherchons un accompagnement.",
    }
    return open_contact_request(**(fields | overrides))


def follow_up_path(contact_request: ContactRequest) -> str:
    return reverse("contact:follow_up", args=[contact_request.follow_up.token])


def test_requests_of_one_address_share_one_follow_up_whatever_the_case():
    first = open_request()
    second = open_request(email="camille@example.org")
    other = open_request(email="sam@example.org")
    assert first.follow_up_id == second.follow_up_id != other.follow_up_id
    assert HolderFollowUp.objects.get(pk=first.follow_up_id).email == "camille@example.org"


def test_the_confirmation_email_carries_the_private_follow_up_link(mailoutbox, settings):
    contact_request = open_request()
    send_pending_notifications()
    confirmation = next(m for m in mailoutbox if m.to == ["Camille@Example.org"])
    assert "Suivre mes demandes" in confirmation.body
    assert settings.SITE_URL + follow_up_path(contact_request) in confirmation.body


def test_the_follow_up_page_lists_each_request_with_status_and_history(client, django_assert_num_queries):
    user = make_user()
    taken = open_request(offer=None)
    take_in_charge(taken, user)
    referred_from = open_request(actor=make_actor(name="Pépinière du Prado"))
    refer(referred_from, make_actor(name="SATT Sud-Est"), None, "Mieux placée.", user)
    path = follow_up_path(taken)
    # Queries: the follow-up, its requests with structure, offer and incoming re-orientation, the outgoing
    # re-orientations, the demo flag of the site's banner.
    with django_assert_num_queries(4):
        response = client.get(path)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex" and "no-cache" in response["Cache-Control"]
    page = response.content.decode()
    assert "prise en charge" in page
    assert "réorientée vers SATT Sud-Est" in page
    assert "Demande transmise à SATT Sud-Est par Pépinière du Prado" in page
    assert page.count('class="card follow-up"') == 3


def test_an_unknown_follow_up_link_is_a_french_404(client):
    response = client.get(reverse("contact:follow_up", args=["pas-un-vrai-lien"]))
    assert response.status_code == 404
    assert "Suivi introuvable" in response.content.decode()


def test_the_follow_up_page_refuses_other_methods(client):
    contact_request = open_request()
    assert client.post(follow_up_path(contact_request)).status_code == 405


def test_an_email_is_queued_at_each_change_and_sent_after_the_confirmation(mailoutbox):
    user = make_user()
    contact_request = open_request()
    take_in_charge(contact_request, user)
    # The status email waits for the confirmation: nothing is sent before the worker's pass.
    assert QueuedEmail.objects.filter(kind=QueuedEmail.Kind.STATUS).count() == 1
    send_pending_notifications()
    subjects = [m.subject for m in mailoutbox if m.to == ["Camille@Example.org"]]
    assert len(subjects) == 2 and "prise en charge" in subjects[1]
    close(contact_request, user)
    send_pending_notifications()
    closed = mailoutbox[-1]
    assert "vous a-t-elle été utile" in closed.subject
    assert f"#avis-{contact_request.reference}" in closed.body
    assert not QueuedEmail.objects.exists()  # sent emails leave no copy


def test_a_status_change_refused_queues_no_email():
    user = make_user()
    contact_request = open_request()
    close(contact_request, user)
    with pytest.raises(TransitionError):
        take_in_charge(contact_request, user)
    assert QueuedEmail.objects.filter(contact_request=contact_request).count() == 1


def test_a_queued_email_that_fails_is_tried_again_later(settings, mailoutbox):
    contact_request = open_request()
    send_pending_notifications()
    take_in_charge(contact_request, make_user())
    settings.EMAIL_BACKEND = "tests.guidance.contact.test_services.FailingEmailBackend"
    send_pending_notifications()
    queued = QueuedEmail.objects.get()
    assert queued.attempts == 1 and queued.next_attempt_at is not None and "injoignable" in queued.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_pending_notifications()  # not due yet
    assert QueuedEmail.objects.exists()
    QueuedEmail.objects.update(next_attempt_at=None)
    send_pending_notifications()
    assert not QueuedEmail.objects.exists()


def test_holder_answers_the_usefulness_question_once(client):
    contact_request = open_request()
    close(contact_request, make_user())
    path = follow_up_path(contact_request)
    page = client.get(path).content.decode()
    assert "Cette mise en relation vous a-t-elle été utile ?" in page
    feedback = reverse("contact:feedback", args=[contact_request.follow_up.token, contact_request.reference])
    prefix = contact_request.reference
    response = client.post(feedback, {f"{prefix}-useful": "oui", f"{prefix}-comment": " Très réactifs. "})
    assert response.status_code == 302 and response["Location"].endswith(f"#avis-{contact_request.reference}")
    contact_request.refresh_from_db()
    assert contact_request.useful is True and contact_request.usefulness_comment == "Très réactifs."
    assert "Merci pour votre réponse" in client.get(path).content.decode()
    # A second answer is refused, the first kept.
    client.post(feedback, {f"{prefix}-useful": "non"})
    contact_request.refresh_from_db()
    assert contact_request.useful is True


def test_an_invalid_answer_is_shown_again_with_what_was_typed(client):
    contact_request = open_request()
    close(contact_request, make_user())
    prefix = contact_request.reference
    feedback = reverse("contact:feedback", args=[contact_request.follow_up.token, prefix])
    response = client.post(feedback, {f"{prefix}-comment": "Pas encore de nouvelles"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Répondez par oui ou par non." in page and "Pas encore de nouvelles" in page
    assert f'aria-describedby="id_{prefix}-useful_error"' in page


def test_no_usefulness_question_before_the_request_is_closed(client):
    contact_request = open_request()
    assert "vous a-t-elle été utile" not in client.get(follow_up_path(contact_request)).content.decode()
    with pytest.raises(TransitionError):
        record_feedback(contact_request, useful=True)


def test_feedback_on_another_holders_request_is_a_404(client):
    mine = open_request()
    theirs = open_request(email="sam@example.org")
    close(theirs, make_user())
    feedback = reverse("contact:feedback", args=[mine.follow_up.token, theirs.reference])
    response = client.post(feedback, {f"{theirs.reference}-useful": "oui"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.useful is None


def test_feedback_refuses_a_get(client):
    contact_request = open_request()
    feedback = reverse("contact:feedback", args=[contact_request.follow_up.token, contact_request.reference])
    assert client.get(feedback).status_code == 405


def test_anonymisation_removes_the_comment_and_the_follow_up_link(settings):
    from datetime import timedelta

    from django.utils import timezone

    contact_request = open_request()
    close(contact_request, make_user())
    record_feedback(contact_request, useful=False, comment="Jamais rappelé")
    ContactRequest.objects.update(
        consent_at=timezone.now() - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS + 1)
    )
    assert anonymise_expired() == 1
    contact_request.refresh_from_db()
    assert contact_request.useful is False and contact_request.usefulness_comment == ""
    assert contact_request.follow_up is None
    assert not HolderFollowUp.objects.exists() and not QueuedEmail.objects.exists()


def test_holder_status_words():
    contact_request = open_request(offer=make_offer())
    assert holder_status(contact_request) == "reçue"
    take_in_charge(contact_request, make_user())
    assert holder_status(contact_request) == "prise en charge"
    close(contact_request, make_user())
    assert holder_status(contact_request) == "close"
    assert re.search(r"\bclose\b", holder_status(contact_request))
