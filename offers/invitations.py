"""Inviting a structure's staff member: their account, their membership, and an email with a link to choose
their password. Used by the actor's admin page (« Inviter un membre ») and by `manage.py
invite_structure_user`."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from offers.admin_scoping import STRUCTURE_GROUP
from offers.models import Actor


def set_password_url(user) -> str:
    """An absolute link to Django's « set a new password » page, valid for PASSWORD_RESET_TIMEOUT."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"


def invite_member(actor: Actor, email: str):
    """The account of `email` (created without a password if new), staff, in the « Structure » group and a
    member of `actor`. Returns (user, created). An existing account keeps its password and its other
    structures. Raises Group.DoesNotExist if the groups' migration has not run."""
    email = email.strip().lower()
    group = Group.objects.get(name=STRUCTURE_GROUP)
    with transaction.atomic():
        user, created = get_user_model().objects.get_or_create(
            username=email, defaults={"email": email, "is_staff": True}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        elif not user.is_staff or not user.is_active:
            user.is_staff = user.is_active = True
            user.save(update_fields=["is_staff", "is_active"])
        actor.members.add(user)
        user.groups.add(group)
    return user, created


def send_invitation(user, actor: Actor) -> None:
    """Email the member the link to choose their password (Django's email framework: SMTP or console)."""
    context = {
        "actor": actor,
        "user": user,
        "link": set_password_url(user),
        "login_url": f"{settings.SITE_URL}{reverse('admin:index')}",
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    subject = render_to_string("admin/emails/invitation_subject.txt", context).strip()
    send_mail(
        subject=" ".join(subject.split()),
        message=render_to_string("admin/emails/invitation.txt", context),
        from_email=None,
        recipient_list=[user.email or user.username],
    )
