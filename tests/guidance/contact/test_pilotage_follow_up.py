"""/pilotage/ counts the reminders and shows the holders' usefulness answers per structure
(`guidance.pilotage.reports.follow_up_summary`, through the include `guidance/pilotage/_follow_up.html`)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from guidance.models import ContactRequest
from guidance.pilotage.reports import follow_up_summary
from tests.factories import make_actor, make_contact_request, make_metropole_user, make_user

pytestmark = pytest.mark.django_db


def closed_request(actor, useful=None, comment="", **overrides):
    return make_contact_request(
        actor=actor,
        status=ContactRequest.Status.CLOSED,
        closed_at=timezone.now(),
        useful=useful,
        usefulness_comment=comment,
        feedback_at=timezone.now() if useful is not None else None,
        **overrides,
    )


def test_summary_counts_reminders_and_usefulness_per_structure(django_assert_num_queries):
    now = timezone.now()
    impulse, satt = make_actor(name="Impulse"), make_actor(name="SATT Sud-Est")
    make_contact_request(actor=impulse, reminded_at=now, escalated_at=now)
    make_contact_request(actor=impulse, reminded_at=now, status=ContactRequest.Status.TAKEN)
    closed_request(impulse, useful=True, comment="Très réactifs")
    closed_request(impulse, useful=False, comment="Jamais rappelé")
    closed_request(impulse)
    closed_request(satt, useful=True)
    old = closed_request(satt, useful=False, comment="Hors période")
    ContactRequest.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=400))

    with django_assert_num_queries(3):
        summary = follow_up_summary(now - timedelta(days=30), now + timedelta(seconds=1))
    assert (summary.received, summary.reminded, summary.escalated, summary.still_waiting) == (6, 2, 1, 1)
    rows = {row.actor_name: row for row in summary.usefulness}
    assert (rows["Impulse"].closed, rows["Impulse"].answered, rows["Impulse"].useful) == (3, 2, 1)
    assert rows["Impulse"].not_useful == 1
    assert sorted(rows["Impulse"].comments) == ["Jamais rappelé", "Très réactifs"]
    assert (rows["SATT Sud-Est"].answered, rows["SATT Sud-Est"].comments) == (1, [])


def test_the_overview_page_shows_the_follow_up_figures(client):
    closed_request(make_actor(name="Impulse"), useful=True, comment="Très réactifs")
    make_contact_request(reminded_at=timezone.now(), escalated_at=timezone.now())
    client.force_login(make_metropole_user())
    page = client.get("/pilotage/").content.decode()
    assert "Suivi des demandes de mise en relation" in page
    assert "1 relance de structure" in page and "1 demande signalée à la Métropole" in page
    assert "« Très réactifs »" in page


def test_a_structure_member_cannot_read_the_overview(client):
    client.force_login(make_user())
    assert client.get("/pilotage/").status_code == 403
