import pytest

from guidance.pilotage import reports
from guidance.pilotage.site_map import LARGEST, POSITIONS, SMALLEST, level, map_points
from offers.models import Technopole
from offers.taxonomy import TECHNOPOLES
from tests.factories import make_offer, need, stage, technopole

pytestmark = pytest.mark.django_db


def test_every_site_of_the_taxonomy_has_a_place_on_the_map():
    assert {slug for slug, *_rest in TECHNOPOLES} <= set(POSITIONS)


def test_the_site_with_most_gaps_left_is_the_largest_circle_and_each_is_labelled():
    make_offer(
        needs=[need("financer")],
        stages=[stage("idee"), stage("creation")],
        technopoles=[technopole("luminy")],
    )
    Technopole.objects.create(slug="nouveau-site", name="Nouveau site", order=9, is_technopole=False)

    points = {point.name: point for point in map_points(reports.gap_report())}

    assert points["Luminy"].r < points["La Ciotat"].r == LARGEST
    assert points["Luminy"].gaps_text == "58 lacunes" and points["La Ciotat"].gaps_text == "60 lacunes"
    assert points["Euroméditerranée"].title.startswith("Euroméditerranée et centre-ville de Marseille : ")
    # A site the drawing does not know yet is still drawn and labelled, down the right-hand side.
    assert points["Nouveau site"].anchor == "end" and points["Nouveau site"].r >= SMALLEST
    assert all(0 <= point.x <= 560 and 70 <= point.y <= 580 for point in points.values())


def test_levels_are_thirds_of_the_most_gaps_left():
    assert [level(count, 30) for count in (0, 1, 10, 11, 20, 21, 30)] == [0, 1, 1, 2, 2, 3, 3]
    assert level(5, 0) == 0
