import pytest

pytestmark = pytest.mark.django_db


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


def test_accessibility_statement_rejects_post(client):
    assert client.post("/accessibilite/").status_code == 405
