"""Builders for the contact-request tests (mise en relation, re-orientation, retention)."""

from __future__ import annotations

import time

from django.contrib.auth.models import Group
from django.utils import timezone

from guidance.contact.forms import sign_timestamp
from guidance.models import ContactRequest
from offers.admin_scoping import STRUCTURE_GROUP
from tests.factories import make_actor, make_user, stage


def form_data(**overrides) -> dict:
    """A valid contact-form submission, shown to the person 10 seconds ago."""
    return {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "06 12 34 56 78",
        "organisation": "BioSens",
        "stage": "amorcage",
        "message": "Nous cherchons un accompagnement pour notre capteur biologique.",
        "consent": "on",
        "website": "",
        "started": sign_timestamp(time.time() - 10),
    } | overrides


def make_contact_request(**overrides) -> ContactRequest:
    fields = {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "06 12 34 56 78",
        "organisation": "BioSens",
        "message": "Bonjour, nous cherchons un accompagnement.",
        "consent_at": timezone.now(),
    } | overrides
    if "actor" not in fields:
        fields["actor"] = make_actor()
    if "stage" not in fields:
        fields["stage"] = stage("amorcage")
    return ContactRequest.objects.create(**fields)


def make_structure_user(*actors, username: str | None = None):
    """A staff account in the « Structure » group (its permissions come from a migration), member of these
    structures."""
    user = make_user(username)
    user.groups.add(Group.objects.get(name=STRUCTURE_GROUP))
    for actor in actors:
        actor.members.add(user)
    return user
