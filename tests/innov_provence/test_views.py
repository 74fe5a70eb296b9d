"""The portal's own pages: home, health check, accessibility statement, error pages, the main menu."""

import pytest
from django.db import DatabaseError

from tests.factories import make_offer, technopole

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_healthz_answers_503_when_database_fails(client, monkeypatch):
    from innov_provence import views

    def broken_cursor():
        raise DatabaseError("down")

    monkeypatch.setattr(views.connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_home_shows_technopoles_and_entry_points(client, django_assert_num_queries):
    make_offer(technopoles=[technopole("luminy")])
    # 4 queries: demo-banner flag, offers per technopôle, the technopôles, needs.
    with django_assert_num_queries(4):
        response = client.get("/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in body
    assert "Luminy" in body
    assert 'href="/orientation/"' in body
    assert 'href="#contenu"' in body


def test_unknown_technopole_is_a_french_404(client):
    response = client.get("/technopoles/nulle-part/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/offres/", 'href="/offres/" aria-current="page"'),
        ("/financements/?vue=chaine", 'href="/financements/" aria-current="page"'),
    ],
)
def test_main_menu_marks_the_current_section(client, path, current):
    assert current in client.get(path).content.decode()


def test_main_menu_marks_the_section_of_a_page_inside_it(client):
    offer = make_offer()
    body = client.get(f"/offres/{offer.slug}/").content.decode()
    assert 'href="/offres/" aria-current="true"' in body
    assert 'href="/acteurs/" aria-current' not in body


def test_accessibility_statement_gives_status_checks_contact_and_recourse(client, settings):
    settings.ACCESSIBILITY_CONTACT_EMAIL = "a11y@example.org"
    response = client.get("/accessibilite/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<strong>non conforme</strong>" in body
    assert "axe-core" in body  # the automated checks actually run
    assert 'href="mailto:a11y@example.org"' in body
    assert "Défenseur des droits" in body
    assert body.count("<h1") == 1


def test_accessibility_statement_is_linked_from_every_page(client):
    assert 'href="/accessibilite/"' in client.get("/").content.decode()
