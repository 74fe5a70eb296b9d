from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group

from offers.admin_scoping import IMPORT_EXPORT_GROUP
from offers.models import Actor
from tests.factories import make_actor, make_structure_user


@dataclass
class TwoStructures:
    a: Actor
    b: Actor
    alice: object  # member of A
    bob: object  # member of B


@pytest.fixture
def world(db) -> TwoStructures:
    """Two structures A and B with one member each, side by side in the admin. Both members were allowed
    to import and export (the « Import-export » group), so that the import and export are scoped too."""
    a = make_actor(name="Incubateur Alpha", slug="alpha")
    b = make_actor(name="Pépinière Bêta", slug="beta")
    alice, bob = make_structure_user(a, username="alice"), make_structure_user(b, username="bob")
    import_export, _ = Group.objects.get_or_create(name=IMPORT_EXPORT_GROUP)
    import_export.user_set.add(alice, bob)
    return TwoStructures(a=a, b=b, alice=alice, bob=bob)
