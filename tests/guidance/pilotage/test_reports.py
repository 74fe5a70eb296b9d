from datetime import timedelta

import pytest
from django.utils import timezone

from guidance.models import ContactRequest, ExpectedGap
from guidance.pilotage import reports
from offers.models import Offer
from tests.factories import (
    make_actor,
    make_contact_request,
    make_financing,
    make_housing,
    make_offer,
    make_questionnaire_response,
    need,
    random_catalogue,
    sector,
    stage,
    technopole,
)

pytestmark = pytest.mark.django_db


def period(days: int = 30):
    now = timezone.now()
    return now - timedelta(days=days), now + timedelta(seconds=1)


# --- Supply grid -----------------------------------------------------------------------------------------


def expected_count(specs, need_slug, stage_slug, technopole_slug=None, sector_slug=None) -> int:
    """Counted from the specification, independently of the ORM: the metropolitan-wide rule by hand."""
    return sum(
        1
        for spec in specs
        if spec["status"] == Offer.Status.PUBLISHED
        and need_slug in spec["needs"]
        and stage_slug in spec["stages"]
        and (technopole_slug is None or not spec["technopoles"] or technopole_slug in spec["technopoles"])
        and (sector_slug is None or not spec["sectors"] or sector_slug in spec["sectors"])
    )


@pytest.mark.parametrize(
    ("technopole_slug", "sector_slug"),
    [(None, None), ("luminy", None), (None, "numerique"), ("arbois", "sante-biotech")],
)
def test_supply_grid_counts_equal_direct_counts_on_random_catalogue(technopole_slug, sector_slug):
    specs = random_catalogue(seed=7, size=60)
    place = technopole(technopole_slug) if technopole_slug else None
    branch = sector(sector_slug) if sector_slug else None

    grid = reports.supply_grid(place, branch)

    assert len(grid.rows) == 10 and len(grid.stages) == 6
    for cell in grid.cells:
        # Direct ORM count, one query per cell (what the report must not do).
        direct = Offer.objects.published().filter(needs=cell.need).filter(stages=cell.stage)
        if place:
            direct = direct.for_technopole(place)
        if branch:
            direct = direct.filter(sectors=branch) | direct.filter(sectors__isnull=True)
        assert cell.count == direct.distinct().count(), (cell.need.slug, cell.stage.slug)
        assert cell.count == expected_count(
            specs, cell.need.slug, cell.stage.slug, technopole_slug, sector_slug
        )
    # Never drawn: a whole row and a whole column of gaps, reported as zeros rather than left out.
    assert all(cell.count == 0 for cell in grid.cells if cell.need.slug == "international")
    assert all(cell.count == 0 for cell in grid.cells if cell.stage.slug == "croissance")
    assert any(cell.count > 0 for cell in grid.cells)


def test_supply_grid_counts_metropolitan_offers_under_every_technopole():
    metropolitan = make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[])
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("arbois")])

    def cell(grid):
        return next(c for c in grid.cells if c.need.slug == "financer" and c.stage.slug == "amorcage")

    assert cell(reports.supply_grid()).count == 2
    assert cell(reports.supply_grid(technopole("arbois"))).count == 2
    assert cell(reports.supply_grid(technopole("luminy"))).count == 1
    metropolitan.status = Offer.Status.ARCHIVED
    metropolitan.save()
    assert cell(reports.supply_grid(technopole("luminy"))).count == 0


def test_supply_grid_counts_an_offer_once_per_cell_whatever_its_technopoles_and_sectors():
    make_offer(
        needs=[need("locaux")],
        stages=[stage("creation"), stage("amorcage")],
        technopoles=[technopole("luminy"), technopole("arbois")],
        sectors=[sector("numerique"), sector("energie")],
    )
    grid = reports.supply_grid()
    counts = {(c.need.slug, c.stage.slug): c.count for c in grid.cells}
    assert counts[("locaux", "creation")] == 1
    assert counts[("locaux", "amorcage")] == 1
    assert sum(counts.values()) == 2
    assert grid.gap_count == 58


def test_supply_grid_runs_four_queries_whatever_the_catalogue_size(django_assert_num_queries):
    place, branch = technopole("luminy"), sector("numerique")
    random_catalogue(seed=1, size=5)
    # needs, stages, the GROUP BY need, stage, the « sans objet » marks.
    with django_assert_num_queries(4):
        reports.supply_grid(place, branch)
    random_catalogue(seed=2, size=40)
    ExpectedGap.objects.create(need=need("financer"), stage=stage("idee"), reason="Attendu")
    with django_assert_num_queries(4):
        reports.supply_grid(place, branch)


def test_heat_level_marks_gaps_and_quarters_of_the_maximum():
    assert reports.heat_level(0, 10) == 0
    assert reports.heat_level(1, 10) == 1
    assert reports.heat_level(3, 10) == 2
    assert reports.heat_level(6, 10) == 3
    assert reports.heat_level(10, 10) == 4
    assert reports.heat_level(0, 0) == 0


# --- Unmet demand ----------------------------------------------------------------------------------------


def test_unmet_demand_ranks_combinations_without_results_first_then_most_asked():
    for count in [2, 3, 2, 2, 2]:
        make_questionnaire_response(["financer"], stage="amorcage", technopole="luminy", result_count=count)
    make_questionnaire_response(["locaux", "financer"], stage="creation", result_count=0)
    make_questionnaire_response(["financer", "locaux"], stage="creation", result_count=1)
    make_questionnaire_response(["recruter"], stage="developpement", sector="numerique", result_count=0)
    for _ in range(10):
        make_questionnaire_response(["etre-accompagne"], stage="idee", result_count=8)
    # Outside the period: ignored, however often asked.
    for _ in range(20):
        make_questionnaire_response(
            ["international"], result_count=0, created_at=timezone.now() - timedelta(days=90)
        )

    rows = reports.unmet_demand(*period(30), limit=10)

    assert [(r.needs_key, r.asked, r.coverage) for r in rows] == [
        ("financer,locaux", 2, "aucun"),
        ("recruter", 1, "aucun"),
        ("financer", 5, "peu"),
        ("etre-accompagne", 10, "ok"),
    ]
    first = rows[0]
    assert (first.min_results, first.max_results, first.avg_results) == (0, 1, 0.5)
    assert first.need_names == ["Financer mon projet", "Trouver des locaux"]
    assert first.stage == "Création" and first.technopole == "" and first.sector == ""
    assert rows[2].technopole == "Luminy" and rows[2].avg_results == 2.2
    assert rows[1].sector == "Numérique"


def test_unmet_demand_separates_combinations_by_stage_technopole_and_sector():
    make_questionnaire_response(["financer"], stage="amorcage", technopole="luminy")
    make_questionnaire_response(["financer"], stage="amorcage", technopole="arbois")
    make_questionnaire_response(["financer"], stage="creation", technopole="luminy")
    make_questionnaire_response(["financer"], stage="creation", technopole="luminy", sector="energie")
    assert len(reports.unmet_demand(*period(), limit=50)) == 4
    assert len(reports.unmet_demand(*period(), limit=2)) == 2


def test_unmet_demand_is_one_group_by_plus_need_names(django_assert_num_queries):
    for index in range(30):
        make_questionnaire_response(["financer", "locaux"][: 1 + index % 2], result_count=index % 4)
    with django_assert_num_queries(2):
        reports.unmet_demand(*period(), limit=50)


def test_needs_searched_in_vain_counts_zero_results_per_need():
    make_questionnaire_response(
        ["financer", "locaux"], result_count=2, results_by_need={"financer": 0, "locaux": 2}
    )
    make_questionnaire_response(["financer"], result_count=0, results_by_need={"financer": 0})
    make_questionnaire_response(["financer"], result_count=3, results_by_need={"financer": 3})
    make_questionnaire_response(["locaux"], result_count=0, results_by_need={"locaux": 0})
    make_questionnaire_response(["recruter"], result_count=0, created_at=timezone.now() - timedelta(days=60))

    rows = {row.need.slug: row for row in reports.needs_searched_in_vain(*period(30))}

    assert (rows["financer"].searched, rows["financer"].in_vain) == (3, 2)
    assert (rows["locaux"].searched, rows["locaux"].in_vain) == (2, 1)
    assert (rows["recruter"].searched, rows["recruter"].in_vain) == (0, 0)
    assert rows["financer"].in_vain_share == 67
    assert reports.needs_searched_in_vain(*period(30))[0].need.slug == "financer"
    assert set(rows) == set(need_slugs())


def need_slugs():
    from offers.models import Need

    return Need.objects.values_list("slug", flat=True)


def test_demand_summary_counts_responses_and_those_without_result():
    make_questionnaire_response(["financer"], result_count=0)
    make_questionnaire_response(["financer"], result_count=4)
    make_questionnaire_response(["financer"], result_count=0, created_at=timezone.now() - timedelta(days=400))
    summary = reports.demand_summary(*period(30))
    assert (summary.responses, summary.without_result) == (2, 1)


# --- Freshness -------------------------------------------------------------------------------------------


def test_stale_offers_lists_published_offers_not_confirmed_for_a_year_by_structure(settings):
    settings.OFFER_STALE_AFTER_DAYS = 365
    now = timezone.now()
    beta = make_actor(name="Beta Incubateur")
    alpha = make_actor(name="Alpha Pépinière")
    old = make_offer(actor=beta, title="Ancienne", reviewed_at=now - timedelta(days=400))
    never = make_offer(actor=beta, title="Jamais confirmée", reviewed_at=None)
    other = make_offer(actor=alpha, title="Autre", reviewed_at=now - timedelta(days=366))
    make_offer(actor=beta, title="Récente", reviewed_at=now - timedelta(days=10))
    make_offer(actor=alpha, title="Brouillon", reviewed_at=None, status=Offer.Status.DRAFT)

    groups = reports.stale_offers()

    assert [group.actor for group in groups] == [alpha, beta]
    assert groups[0].offers == [other]
    assert groups[1].offers == [never, old]
    assert groups[1].actor.email == beta.email


def test_stale_offers_is_one_query(django_assert_num_queries):
    random_catalogue(seed=3, size=30)
    with django_assert_num_queries(1):
        groups = reports.stale_offers()
        [offer.actor.email for group in groups for offer in group.offers]
    assert groups


# --- Structures ------------------------------------------------------------------------------------------


def test_structure_activity_counts_offers_by_kind_and_requests_of_the_period():
    now = timezone.now()
    actor = make_actor(name="Incubateur A")
    quiet = make_actor(name="Structure B")
    make_offer(actor=actor)
    make_financing(actor=actor)
    make_financing(actor=actor, status=Offer.Status.DRAFT)
    make_housing(actor=quiet)
    hour = timedelta(hours=1)
    make_contact_request(actor=actor, created_at=now - timedelta(days=2), taken_after=2 * hour)
    make_contact_request(
        actor=actor, created_at=now - timedelta(days=3), taken_after=4 * hour, closed_after=50 * hour
    )
    make_contact_request(
        actor=actor,
        created_at=now - timedelta(days=4),
        taken_after=30 * hour,
        status=ContactRequest.Status.CLOSED,
    )
    make_contact_request(
        actor=actor, created_at=now - timedelta(days=5), status=ContactRequest.Status.REFERRED
    )
    make_contact_request(actor=actor, created_at=now - timedelta(days=6))
    # Before the period: neither counted nor in the median.
    make_contact_request(actor=actor, created_at=now - timedelta(days=60), taken_after=1000 * hour)

    rows = {row.actor: row for row in reports.structure_activity(*period(30))}

    busy = rows[actor]
    assert busy.offers_by_kind[Offer.Kind.SUPPORT] == 1
    assert busy.offers_by_kind[Offer.Kind.FINANCING] == 1
    assert busy.published_offers == 2
    assert (busy.received, busy.taken, busy.closed, busy.referred) == (5, 3, 1, 1)
    assert busy.median_time_to_take == 4 * hour
    assert busy.median_hours == 4.0
    assert rows[quiet].offers_by_kind[Offer.Kind.HOUSING] == 1
    assert (rows[quiet].received, rows[quiet].median_time_to_take) == (0, None)


def test_structure_activity_median_of_an_even_number_of_delays():
    actor = make_actor()
    now = timezone.now()
    for hours in [1, 2, 4, 10]:
        make_contact_request(
            actor=actor, created_at=now - timedelta(days=1), taken_after=timedelta(hours=hours)
        )
    (row,) = [r for r in reports.structure_activity(*period(30)) if r.actor == actor]
    assert row.median_time_to_take == timedelta(hours=3)


def test_structure_activity_runs_three_queries_whatever_the_volume(django_assert_num_queries):
    actors = [make_actor() for _ in range(3)]
    now = timezone.now()
    for index in range(20):
        make_contact_request(
            actor=actors[index % 3],
            created_at=now - timedelta(days=index),
            taken_after=timedelta(hours=index),
        )
    # structures with offer counts per kind, request counts per structure, take-in-charge times.
    with django_assert_num_queries(3):
        reports.structure_activity(*period(30))


# --- Gaps by site and « sans objet » marks ----------------------------------------------------------------


def test_gap_report_counts_offers_open_to_each_site_as_the_matching_does():
    specs = random_catalogue(seed=5, size=40)
    report = reports.gap_report()

    for row in report.rows:
        for cell in row.cells:
            expected = sum(
                1
                for spec in specs
                if spec["status"] == Offer.Status.PUBLISHED
                and row.need.slug in spec["needs"]
                and (not spec["technopoles"] or cell.technopole.slug in spec["technopoles"])
            )
            assert cell.offers == expected, (row.need.slug, cell.technopole.slug)
    # A site's gaps are the need × stage cells its scope of the supply grid leaves empty.
    for site_gaps in report.by_site:
        grid = reports.supply_grid(site_gaps.technopole)
        assert site_gaps.gaps.total == grid.gap_count, site_gaps.technopole.slug
    assert report.metropole.total == reports.supply_grid().gap_count
    assert [site.is_technopole for site in report.sites] == [True, True, True, False, False, False]


def test_gap_report_runs_six_queries_whatever_the_catalogue_size(django_assert_num_queries):
    random_catalogue(seed=1, size=5)
    # needs, stages, sites, offers per need and site, per need, stage and site, the marks.
    with django_assert_num_queries(6):
        reports.gap_report()
    random_catalogue(seed=2, size=60)
    ExpectedGap.objects.create(need=need("international"), stage=stage("idee"), reason="Attendu")
    with django_assert_num_queries(6):
        reports.gap_report()


def test_a_mark_on_every_site_holds_everywhere_a_mark_on_one_site_there_only():
    everywhere = ExpectedGap.objects.create(need=need("international"), stage=stage("idee"), reason="Partout")
    luminy = ExpectedGap.objects.create(
        need=need("international"), stage=stage("croissance"), technopole=technopole("luminy"), reason="Ici"
    )
    report = reports.gap_report()

    def mark_of(site_slug, stage_slug):
        site = next((s for s in report.sites if s.slug == site_slug), None) if site_slug else None
        return next(
            gap.mark
            for gap in report.gaps(site)
            if (gap.need.slug, gap.stage.slug) == ("international", stage_slug)
        )

    assert mark_of(None, "idee") == everywhere and mark_of("arbois", "idee") == everywhere
    assert mark_of("luminy", "croissance") == luminy
    assert mark_of("arbois", "croissance") is None and mark_of(None, "croissance") is None
    by_site = {site_gaps.technopole.slug: site_gaps.gaps for site_gaps in report.by_site}
    assert (by_site["luminy"].total, by_site["luminy"].expected, by_site["luminy"].open) == (60, 2, 58)
    assert by_site["arbois"].expected == 1
    assert (report.metropole.total, report.metropole.expected) == (60, 1)


def test_supply_grid_counts_marked_gaps_apart_and_ignores_marks_on_cells_with_offers():
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[])
    ExpectedGap.objects.create(need=need("financer"), stage=stage("idee"), reason="Pas d'investisseur")
    ExpectedGap.objects.create(need=need("financer"), stage=stage("amorcage"), reason="Marquée, mais pourvue")
    ExpectedGap.objects.create(
        need=need("locaux"), stage=stage("idee"), technopole=technopole("luminy"), reason="X"
    )

    metropole = reports.supply_grid()
    luminy = reports.supply_grid(technopole("luminy"))

    assert (metropole.gap_count, metropole.expected_gap_count) == (59, 1)
    assert (luminy.gap_count, luminy.expected_gap_count) == (59, 2)
    cell = next(c for c in metropole.cells if (c.need.slug, c.stage.slug) == ("financer", "idee"))
    assert cell.is_expected_gap and cell.expected_reason == "Pas d'investisseur"
    filled = next(c for c in metropole.cells if (c.need.slug, c.stage.slug) == ("financer", "amorcage"))
    assert not filled.is_gap and not filled.is_expected_gap
