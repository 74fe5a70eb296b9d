"""`manage.py invite_structure_user`: account, membership, group and a working set-password link."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from offers.admin_scoping import STRUCTURE_GROUP
from tests.factories import make_actor, make_user

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/reset/[^/\s]+/[^/\s]+/)")


def invite(*args) -> str:
    out = StringIO()
    call_command("invite_structure_user", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "http://testserver"


def test_invite_creates_staff_member_with_structure_group_and_link(client):
    actor = make_actor(slug="alpha", name="Incubateur Alpha")
    output = invite("--actor", "alpha", "--email", "Camille@Example.org")

    user = get_user_model().objects.get(username="camille@example.org")
    assert user.email == "camille@example.org"
    assert user.is_staff and not user.is_superuser
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == [STRUCTURE_GROUP]
    assert list(actor.members.all()) == [user]
    assert "Compte créé" in output

    # The link opens Django's « set a new password » form, and the new password lets the user into the admin.
    path = LINK.search(output).group(1)
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "un-mot-de-passe-solide-42", "new_password2": "un-mot-de-passe-solide-42"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("un-mot-de-passe-solide-42")
    client.force_login(user)
    assert "Incubateur Alpha" in client.get("/admin/offers/actor/").text


def test_invite_reuses_existing_user_and_adds_second_structure():
    make_actor(slug="alpha")
    beta = make_actor(slug="beta")
    invite("--actor", "alpha", "--email", "camille@example.org")
    output = invite("--actor", "beta", "--email", "camille@example.org")
    user = get_user_model().objects.get(username="camille@example.org")
    assert "Compte existant" in output
    assert set(user.actors.values_list("slug", flat=True)) == {"alpha", "beta"}
    assert beta.members.filter(pk=user.pk).exists()


def test_invite_keeps_existing_password():
    make_actor(slug="alpha")
    user = make_user(username="camille@example.org", is_staff=False, password="ancien-mot-de-passe-42")
    invite("--actor", "alpha", "--email", "camille@example.org")
    user.refresh_from_db()
    assert user.is_staff
    assert user.check_password("ancien-mot-de-passe-42")


def test_invite_sends_link_by_email():
    make_actor(slug="alpha", name="Incubateur Alpha")
    output = invite("--actor", "alpha", "--email", "camille@example.org", "--send-email")
    assert "envoyé" in output
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["camille@example.org"]
    assert "Incubateur Alpha" in message.subject
    assert LINK.search(message.body)
    assert not LINK.search(output)


def test_unknown_actor_is_a_clear_error():
    with pytest.raises(CommandError, match="Aucune structure n'a l'identifiant « inconnue »"):
        invite("--actor", "inconnue", "--email", "camille@example.org")
    assert not get_user_model().objects.filter(username="camille@example.org").exists()


def test_invalid_email_is_a_clear_error():
    make_actor(slug="alpha")
    with pytest.raises(CommandError, match="Adresse de courriel invalide"):
        invite("--actor", "alpha", "--email", "pas-une-adresse")
