"""Login protection on /admin/login/: django-axes locks an account out after 5 failures."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "un-mot-de-passe-solide-42"


def attempt(client, password):
    return client.post("/admin/login/?next=/admin/", {"username": "camille", "password": password})


def test_lockout_after_five_failures_even_with_the_right_password(client):
    make_user(username="camille", password=PASSWORD)
    for _ in range(4):
        response = attempt(client, "mauvais")
        assert response.status_code == 200  # the login form again, with its error
    response = attempt(client, "mauvais")
    assert response.status_code == 429
    assert "Connexion temporairement bloquée" in response.text
    assert "5 tentatives de connexion infructueuses" in response.text

    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_successful_login_before_the_limit(client):
    make_user(username="camille", password=PASSWORD)
    for _ in range(3):
        attempt(client, "mauvais")
    response = attempt(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_lockout_is_per_account(client):
    make_user(username="camille", password=PASSWORD)
    make_user(username="dominique", password=PASSWORD)
    for _ in range(5):
        attempt(client, "mauvais")
    response = client.post("/admin/login/", {"username": "dominique", "password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "password, message",
    [
        ("court-1", "trop court"),
        ("password1234", "trop courant"),
        ("12345678901234", "entièrement numérique"),
    ],
)
def test_password_validators_reject_weak_passwords(password, message):
    with pytest.raises(ValidationError, match=message):
        validate_password(password)
    validate_password("un-mot-de-passe-solide-42")
