from __future__ import annotations

from dataclasses import dataclass

import pytest

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
    """Two structures A and B with one member each, side by side in the admin."""
    a = make_actor(name="Incubateur Alpha", slug="alpha")
    b = make_actor(name="Pépinière Bêta", slug="beta")
    return TwoStructures(
        a=a, b=b, alice=make_structure_user(a, username="alice"), bob=make_structure_user(b, username="bob")
    )
