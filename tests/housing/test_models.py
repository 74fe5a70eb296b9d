import pytest
from django.db import IntegrityError, transaction

from tests.factories import make_housing

pytestmark = pytest.mark.django_db


def test_housing_rejects_minimum_surface_above_maximum():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_housing(surface_min=200, surface_max=20)
    assert make_housing(surface_min=20, surface_max=20).pk
