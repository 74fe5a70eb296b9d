import csv
import html
import io
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from guidance.models import ExpectedGap
from tests.factories import (
    make_actor,
    make_contact_request,
    make_financing,
    make_offer,
    make_questionnaire_response,
    make_user,
    need,
    random_catalogue,
    stage,
    technopole,
)

pytestmark = pytest.mark.django_db

PAGES = [
    "/pilotage/",
    "/pilotage/offre/",
    "/pilotage/demande/",
    "/pilotage/fraicheur/",
    "/pilotage/structures/",
    "/pilotage/synthese/",
    "/pilotage/lacunes/",
]
CSV_EXPORTS = [
    "/pilotage/offre/export.csv",
    "/pilotage/demande/export.csv",
    "/pilotage/demande/besoins.csv",
    "/pilotage/fraicheur/export.csv",
    "/pilotage/fraicheur/structures.csv",
    "/pilotage/structures/export.csv",
    "/pilotage/lacunes/export.csv",
]


def coverage_permission() -> Permission:
    return Permission.objects.get(codename="view_coverage_reports", content_type__app_label="guidance")


@pytest.fixture
def staff(client):
    """A Métropole staff member: the permission through the « Métropole » group, logged in."""
    group, _ = Group.objects.get_or_create(name="Métropole")
    group.permissions.add(coverage_permission())
    user = make_user()
    user.groups.add(group)
    client.force_login(user)
    return user


class TableParser(HTMLParser):
    """The texts of every <table> of a page, row by row, as a reader sees them.

    Text inside `.cell-note` (the « lacune » annotation next to a 0) is an annotation, not data.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self._skip_depth or "cell-note" in classes:
            self._skip_depth += 1
            return
        if tag == "table":
            self.tables.append({"caption": "", "rows": []})
        elif tag == "caption":
            self._caption = []
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = []

    def handle_endtag(self, tag):
        if self._skip_depth:
            self._skip_depth -= 1
            return
        if tag == "caption":
            self.tables[-1]["caption"] = " ".join("".join(self._caption).split())
            self._caption = None
        elif tag in ("th", "td"):
            self.tables[-1]["rows"][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._skip_depth:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._caption is not None:
            self._caption.append(data)


def page_tables(response) -> dict[str, list[list[str]]]:
    parser = TableParser()
    parser.feed(response.content.decode())
    return {table["caption"]: table["rows"] for table in parser.tables}


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def sample_data(size: int) -> None:
    """A catalogue, demand records and contact requests; `size` scales all of them."""
    random_catalogue(seed=size, size=size)
    now = timezone.now()
    for index in range(size):
        make_questionnaire_response(
            ["financer", "locaux", "recruter"][: 1 + index % 3],
            stage=["idee", "creation", "amorcage"][index % 3],
            technopole=[None, "luminy"][index % 2],
            result_count=index % 5,
            created_at=now - timedelta(days=index % 40),
        )
    actor = make_actor(name="Incubateur témoin")
    for index in range(size):
        make_contact_request(
            actor=actor, created_at=now - timedelta(days=index % 20), taken_after=timedelta(hours=index)
        )
    marker = make_user()
    ExpectedGap.objects.create(
        need=need("financer"), stage=stage("idee"), reason="Attendu", created_by=marker
    )
    ExpectedGap.objects.create(
        need=need("international"), stage=stage("idee"), technopole=technopole("luminy"), reason="Attendu"
    )


# --- Access ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES + CSV_EXPORTS)
def test_anonymous_visitor_is_sent_to_the_admin_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


@pytest.mark.parametrize("url", PAGES + CSV_EXPORTS)
def test_logged_in_user_without_the_permission_gets_403(client, url):
    # A structure member (staff, with the admin open to them) is not Métropole staff.
    user = make_user()
    make_actor(members=[user])
    client.force_login(user)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", PAGES + CSV_EXPORTS)
def test_metropole_group_member_sees_every_report(client, staff, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/pilotage/", "/pilotage/offre/", "/pilotage/synthese/"])
def test_superuser_and_direct_permission_see_the_reports(client, url):
    client.force_login(make_user(is_superuser=True))
    assert client.get(url).status_code == 200
    holder = make_user()
    holder.user_permissions.add(coverage_permission())
    client.force_login(holder)
    assert client.get(url).status_code == 200


# --- Supply map ------------------------------------------------------------------------------------------


def test_supply_map_shows_counts_gaps_and_links_to_the_catalogue(client, staff):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[])
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("arbois")])

    response = client.get("/pilotage/offre/", {"technopole": "luminy"})

    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert 'href="/offres/?besoin=financer&amp;stade=amorcage&amp;technopole=luminy"' in body
    assert "<caption>" in body and 'scope="row"' in body and 'scope="col"' in body
    assert 'class="heat heat-4"' in body  # the only non-empty cell is the fullest one
    assert body.count('class="heat heat-0"') == 59
    assert "59 lacunes" in body
    (rows,) = page_tables(response).values()
    financer = next(row for row in rows if row[0] == "Financer mon projet")
    # Only the metropolitan-wide offer counts for Luminy; the Arbois one does not.
    assert financer[rows[0].index("Amorçage")] == "1"
    assert "style=" not in body and "<script>" not in body


def test_supply_map_answers_htmx_with_the_results_fragment_only(client, staff, django_assert_num_queries):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("luminy")])
    # session, user, user and group permissions, demo flag, the technopôle lookup, needs, stages, GROUP BY,
    # the « sans objet » marks; no filter lists: the form is not re-rendered.
    with django_assert_num_queries(10):
        response = client.get("/pilotage/offre/", {"technopole": "luminy"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body and "<form" not in body
    assert 'class="heatmap"' in body and "Luminy" in body
    assert "HX-Request" in response["Vary"]
    full = client.get("/pilotage/offre/", {"technopole": "luminy"}).content.decode()
    assert 'hx-get="/pilotage/offre/"' in full and 'id="resultats-carte"' in full


@pytest.mark.parametrize(
    "query",
    [{"technopole": "atlantide"}, {"filiere": "astrologie"}, {"technopole": ["luminy", "'; drop table"]}],
)
def test_supply_map_rejects_unknown_filters_with_a_french_message(client, staff, query):
    response = client.get("/pilotage/offre/", query)
    assert response.status_code == 400
    body = html.unescape(response.content.decode())
    assert "ne sont pas valides" in body
    assert "n'existe pas" in body
    assert client.get("/pilotage/offre/export.csv", query).status_code == 400


def test_supply_map_csv_equals_the_page_with_the_same_filters(client, staff):
    random_catalogue(seed=11, size=40)
    query = {"technopole": "chateau-gombert", "filiere": "numerique"}

    page = page_tables(client.get("/pilotage/offre/", query))
    exported = csv_rows(client.get("/pilotage/offre/export.csv", query))

    (caption,) = page
    assert "Château-Gombert" in caption and "Numérique" in caption
    assert exported == page[caption]
    assert exported[0][0] == "Besoin" and len(exported) == 11
    assert any(cell == "0" for row in exported[1:] for cell in row[1:])
    assert any(cell not in ("0",) for row in exported[1:] for cell in row[1:])


# --- Demand ----------------------------------------------------------------------------------------------


def test_unmet_demand_page_lists_combinations_without_results_first(client, staff):
    for _ in range(4):
        make_questionnaire_response(["financer"], stage="amorcage", result_count=6)
    make_questionnaire_response(["locaux"], stage="idee", technopole="luminy", result_count=0)

    response = client.get("/pilotage/demande/", {"periode": "30j"})

    assert response.status_code == 200
    tables = page_tables(response)
    combinations = next(rows for caption, rows in tables.items() if caption.startswith("Combinaisons"))
    assert combinations[1][:5] == ["Trouver des locaux", "Idée", "Luminy", "non précisé", "1"]
    assert combinations[1][-1] == "aucun résultat"
    assert combinations[2][0] == "Financer mon projet" and combinations[2][4] == "4"


def test_unmet_demand_period_excludes_older_records(client, staff):
    make_questionnaire_response(["recruter"], result_count=0, created_at=timezone.now() - timedelta(days=100))
    last_month = page_tables(client.get("/pilotage/demande/", {"periode": "30j"}))
    last_year = page_tables(client.get("/pilotage/demande/", {"periode": "12m"}))
    assert not any(caption.startswith("Combinaisons") for caption in last_month)
    assert any(caption.startswith("Combinaisons") for caption in last_year)


def test_custom_period_includes_both_end_days(client, staff):
    day = timezone.localdate() - timedelta(days=10)
    noon = timezone.make_aware(timezone.datetime.combine(day, timezone.datetime.min.time())) + timedelta(
        hours=23
    )
    make_questionnaire_response(["recruter"], result_count=0, created_at=noon)
    response = client.get(
        "/pilotage/demande/", {"periode": "perso", "du": day.isoformat(), "au": day.isoformat()}
    )
    assert response.status_code == 200
    assert any("Recruter" in str(rows) for rows in page_tables(response).values())
    # Dates without an explicit choice mean a custom period.
    response = client.get("/pilotage/demande/", {"du": (day + timedelta(days=1)).isoformat()})
    assert response.status_code == 400
    assert "Indiquez la date de fin" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"periode": "perso", "du": "2026-03-10", "au": "2026-03-01"}, "doit suivre la date de début"),
        ({"periode": "perso", "du": "1815-06-18", "au": "2026-03-01"}, "ne peut pas précéder"),
        ({"periode": "perso", "du": "2026-01-01", "au": "2999-01-01"}, "dans le futur"),
        ({"periode": "perso", "du": "pas-une-date", "au": "2026-03-01"}, "Date de début invalide"),
        ({"periode": "perso"}, "Indiquez la date de début"),
        ({"periode": "siecle"}, "Période inconnue"),
    ],
)
def test_bad_periods_are_a_400_with_a_french_message(client, staff, query, message):
    for url in ["/pilotage/demande/", "/pilotage/structures/", "/pilotage/synthese/", "/pilotage/"]:
        response = client.get(url, query)
        assert response.status_code == 400, url
        assert message in response.content.decode(), url
    for url in [
        "/pilotage/demande/export.csv",
        "/pilotage/demande/besoins.csv",
        "/pilotage/structures/export.csv",
    ]:
        assert client.get(url, query).status_code == 400


def test_demand_csv_exports_equal_the_page_tables(client, staff):
    sample_data(15)
    query = {"periode": "12m"}
    tables = page_tables(client.get("/pilotage/demande/", query))
    combinations = csv_rows(client.get("/pilotage/demande/export.csv", query))
    needs = csv_rows(client.get("/pilotage/demande/besoins.csv", query))
    assert [combinations, needs] == [rows for caption, rows in tables.items()]
    assert len(combinations) > 3 and len(needs) == 11
    assert any("," in row[6] for row in combinations[1:])  # French decimal comma in the averages


# --- Freshness and structures ----------------------------------------------------------------------------


def test_freshness_page_lists_stale_offers_with_the_structure_contact(client, staff):
    actor = make_actor(name="Pépinière oubliée", email="accueil@pepiniere.example.org")
    make_offer(actor=actor, title="Bureaux à l'ancienne", reviewed_at=timezone.now() - timedelta(days=500))
    make_offer(actor=actor, title="Offre confirmée", reviewed_at=timezone.now())

    response = client.get("/pilotage/fraicheur/")

    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "Bureaux à l'ancienne" in body and "Offre confirmée" not in body
    assert 'href="mailto:accueil@pepiniere.example.org"' in body
    tables = page_tables(response)
    assert list(tables.values()) == [
        csv_rows(client.get("/pilotage/fraicheur/structures.csv")),
        csv_rows(client.get("/pilotage/fraicheur/export.csv")),
    ]


def test_csv_export_defuses_spreadsheet_formulas_in_structure_texts(client, staff):
    actor = make_actor(name='=HYPERLINK("http://evil.example")')
    make_offer(actor=actor, title="+33 offre", reviewed_at=None)
    page_rows = page_tables(client.get("/pilotage/fraicheur/"))
    exported = csv_rows(client.get("/pilotage/fraicheur/export.csv"))
    (offers_caption,) = [caption for caption in page_rows if caption.startswith("Offres publiées")]
    assert page_rows[offers_caption][1][:2] == [actor.name, "+33 offre"]
    assert exported[1][:2] == ["'" + actor.name, "'+33 offre"]


def test_structures_page_and_csv_show_requests_and_median(client, staff):
    actor = make_actor(name="Accélérateur Provence")
    make_financing(actor=actor)
    now = timezone.now()
    make_contact_request(actor=actor, created_at=now - timedelta(days=1), taken_after=timedelta(hours=3))
    make_contact_request(actor=actor, created_at=now - timedelta(days=2), taken_after=timedelta(hours=6))

    query = {"periode": "30j"}
    response = client.get("/pilotage/structures/", query)

    (rows,) = page_tables(response).values()
    header, row = rows[0], next(r for r in rows if r[0] == "Accélérateur Provence")
    assert row[header.index("Financement")] == "1"
    assert row[header.index("Demandes reçues")] == "2"
    assert row[header.index("Délai médian de prise en charge (heures)")] == "4,5"
    assert rows == csv_rows(client.get("/pilotage/structures/export.csv", query))


def test_summary_is_a_printable_page_with_every_report(client, staff):
    sample_data(10)
    response = client.get("/pilotage/synthese/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "css/pilotage-print.css" in body and 'media="print"' in body
    assert body.count("<h1") == 1
    assert len(page_tables(response)) == 4


# --- Query counts ----------------------------------------------------------------------------------------

# Every page starts with: session, user, the user's permissions, the group permissions, then the demo flag
# of the base template (CSV exports render no template, so they skip it).
PAGE_BASE_QUERIES = 5
CSV_BASE_QUERIES = 4


@pytest.mark.parametrize("size", [2, 40])
@pytest.mark.parametrize(
    ("url", "query", "report_queries"),
    [
        # grid (needs, stages, GROUP BY, « sans objet » marks), stale offers, demand totals, needs,
        # per-need aggregates, requests whose emails were not delivered, the words written by holders who
        # found nothing, the follow-up of contact requests (reminders, escalations, usefulness: 3).
        ("/pilotage/", {}, 13),
        # the two filter lookups, grid (4), the filter form's technopôle and sector lists.
        ("/pilotage/offre/", {"technopole": "luminy", "filiere": "numerique"}, 8),
        ("/pilotage/offre/export.csv", {"technopole": "luminy"}, 5),
        # combinations GROUP BY, need names, needs, per-need aggregates.
        ("/pilotage/demande/", {"periode": "12m"}, 4),
        ("/pilotage/demande/export.csv", {"periode": "12m"}, 2),
        # stale offers with their structures.
        ("/pilotage/fraicheur/", {}, 1),
        # structures with offers per kind, requests per structure, take-in-charge times: sorted and paged
        # in Python, whatever the column and the page.
        ("/pilotage/structures/", {"periode": "30j"}, 3),
        ("/pilotage/structures/", {"periode": "30j", "tri": "delai", "ordre": "desc", "page": "2"}, 3),
        ("/pilotage/structures/export.csv", {"periode": "30j"}, 3),
        # the overview's queries plus the combinations' GROUP BY and need names.
        ("/pilotage/synthese/", {}, 11),
        # needs, stages, sites, offers per need and site, offers per need, stage and site, the marks; the
        # forms list what is already loaded.
        ("/pilotage/lacunes/", {"site": "luminy", "besoin": "financer", "stade": "idee"}, 6),
        ("/pilotage/lacunes/export.csv", {}, 6),
    ],
)
def test_report_pages_run_a_fixed_number_of_queries(
    client, staff, django_assert_num_queries, size, url, query, report_queries
):
    sample_data(size)
    base = CSV_BASE_QUERIES if url.endswith(".csv") else PAGE_BASE_QUERIES
    with django_assert_num_queries(base + report_queries):
        response = client.get(url, query)
    assert response.status_code == 200


# --- Print -----------------------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is absent")
@pytest.mark.django_db(transaction=True)
def test_summary_fits_the_screen_and_prints_legibly_on_one_or_two_a4_pages(
    live_server, taxonomy, client, monkeypatch
):
    # Playwright's sync API runs an event loop in this thread; the ORM calls are still sequential.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    sample_data(30)
    long_combination = ["etre-accompagne", "financer", "locaux", "recruter", "recherche", "prototyper"]
    for index in range(10):
        make_questionnaire_response(
            long_combination[: 3 + index % 4], stage="maturation", technopole="chateau-gombert"
        )
    client.force_login(make_user(is_superuser=True))
    session = client.cookies["sessionid"].value

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page = context.new_page()
        response = page.goto(live_server.url + "/pilotage/synthese/")
        assert response.status == 200
        # A laptop's window: nothing sticks out to the right.
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366
        page.emulate_media(media="print")
        # The printable width of A4 at 96 px per inch, 10 mm margins: 190 mm portrait, 277 mm landscape.
        for width in (718, 1047):
            page.set_viewport_size({"width": width, "height": 1000})
            assert page.evaluate("document.documentElement.scrollWidth") <= width, width
        smallest = page.evaluate(
            "Math.min(...[...document.querySelectorAll('.summary-page th, .summary-page td')]"
            ".map(cell => parseFloat(getComputedStyle(cell).fontSize)))"
        )
        assert smallest >= 8 * 96 / 72  # 8 pt
        pdfs = [
            page.pdf(format="A4", landscape=landscape, print_background=True) for landscape in (False, True)
        ]
        browser.close()

    for pdf in pdfs:
        assert 1 <= pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") <= 2


def test_freshness_flags_offers_that_name_no_interlocutor(client, staff):
    long_ago = timezone.now() - timedelta(days=500)
    make_offer(title="Offre sans personne", contact_name="", reviewed_at=long_ago)
    make_offer(title="Offre avec personne", contact_name="Camille Durand", reviewed_at=long_ago)
    rows = csv_rows(client.get("/pilotage/fraicheur/export.csv"))
    flags = {row[1]: row[-1] for row in rows[1:]}
    assert rows[0][-1] == "Interlocuteur nommé"
    assert flags == {"Offre sans personne": "non : à compléter", "Offre avec personne": "oui"}


def test_pilotage_links_back_to_the_admin(client, staff):
    body = html.unescape(client.get("/pilotage/").content.decode())
    assert 'href="/admin/"' in body and "Espace structures (administration)" in body


def test_overview_lists_the_words_written_by_holders_who_found_nothing(client):
    make_questionnaire_response(["financer"], result_count=0, project="Recyclage des batteries au lithium")
    make_questionnaire_response(["financer"], result_count=0, project="batteries usagées, seconde vie")
    make_questionnaire_response(["financer"], result_count=4, project="batteries pour vélos")
    client.force_login(make_user(is_superuser=True))
    html = client.get("/pilotage/").content.decode()
    assert "« batteries » : 2 questionnaires" in html
    assert "« recyclage » : 1 questionnaire" in html
    assert "velos" not in html  # that holder found offers


# --- Structures: sorting and pages -----------------------------------------------------------------------


def column_headers(body: str) -> list[tuple[str, str, str]]:
    """(aria-sort or "", href, text) of each column header of the page's sortable table."""
    import re

    return [
        (sort or "", html.unescape(href), text)
        for sort, href, text in re.findall(
            r'<th scope="col"(?: aria-sort="(\w+)")?><a href="([^"]+)"[^>]*>([^<]+)</a></th>', body
        )
    ]


def structures_with_requests(counts: dict[str, int]) -> None:
    now = timezone.now()
    for name, received in counts.items():
        actor = make_actor(name=name)
        for _ in range(received):
            make_contact_request(actor=actor, created_at=now - timedelta(days=1))


def test_structures_table_sorts_by_a_column_and_its_header_link_reverses_the_order(client, staff):
    structures_with_requests({"Bêta": 1, "alpha": 3, "Gamma": 2})

    response = client.get("/pilotage/structures/", {"periode": "30j", "tri": "recues", "ordre": "desc"})

    (rows,) = page_tables(response).values()
    assert [row[0] for row in rows[1:]] == ["alpha", "Gamma", "Bêta"]
    headers = column_headers(response.content.decode())
    assert len(headers) == 14 == len(rows[0])  # every column header is a link
    sorted_headers = [header for header in headers if header[0]]
    assert sorted_headers == [("descending", "?periode=30j&tri=recues&ordre=asc", "Demandes reçues")]
    by_text = {text: href for _sort, href, text in headers}
    # The other columns start from their natural order: texts from A, numbers from the largest.
    assert by_text["Structure"] == "?periode=30j&tri=structure&ordre=asc"
    assert by_text["Prises en charge"] == "?periode=30j&tri=prises&ordre=desc"

    ascending = client.get("/pilotage/structures/" + sorted_headers[0][1])
    (rows,) = page_tables(ascending).values()
    assert [row[0] for row in rows[1:]] == ["Bêta", "Gamma", "alpha"]
    assert 'aria-sort="ascending"' in ascending.content.decode()


def test_structures_table_sorts_by_every_column_without_error(client, staff):
    structures_with_requests({"Un": 1, "Deux": 0})
    make_financing(actor=make_actor(name="Trois"))
    body = client.get("/pilotage/structures/").content.decode()
    headers = column_headers(body)
    # Without a choice: by structure name, A to Z, and the header says so.
    assert [sort for sort, _href, _text in headers].count("ascending") == 1
    assert headers[0][0] == "ascending"
    for _sort, href, text in headers:
        response = client.get("/pilotage/structures/" + href)
        assert response.status_code == 200, href
        assert column_headers(response.content.decode())[[h[2] for h in headers].index(text)][0], text


def test_structures_sort_puts_names_in_french_order_and_unknown_delays_last(client, staff):
    now = timezone.now()
    for name, hours in [("Zèbre", 5), ("école", None), ("Abeille", 1), ("Étoile", 9)]:
        actor = make_actor(name=name)
        if hours is not None:
            make_contact_request(
                actor=actor, created_at=now - timedelta(days=1), taken_after=timedelta(hours=hours)
            )
    names = [row[0] for row in page_tables(client.get("/pilotage/structures/")).popitem()[1][1:]]
    assert names == ["Abeille", "école", "Étoile", "Zèbre"]
    for order, expected in [
        ("asc", ["Abeille", "Zèbre", "Étoile", "école"]),
        ("desc", ["Étoile", "Zèbre", "Abeille", "école"]),
    ]:
        response = client.get("/pilotage/structures/", {"tri": "delai", "ordre": order})
        assert [row[0] for row in page_tables(response).popitem()[1][1:]] == expected


def test_structures_table_is_paged_by_25_and_the_csv_keeps_every_structure(client, staff):
    for index in range(30):
        make_actor(name=f"Structure {index:02d}")

    query = {"periode": "12m", "tri": "structure", "ordre": "desc"}
    first = client.get("/pilotage/structures/", query)
    body = html.unescape(first.content.decode())
    (rows,) = page_tables(first).values()
    assert len(rows) == 1 + 25 and rows[1][0] == "Structure 29"
    assert "Structures 1 à 25 sur 30 (page 1 sur 2)." in body
    assert 'aria-label="Pages du tableau des structures"' in body
    assert 'href="?periode=12m&tri=structure&ordre=desc&page=2" aria-current' not in body
    assert 'href="?periode=12m&tri=structure&ordre=desc&page=2" rel="next"' in body
    assert 'href="?periode=12m&tri=structure&ordre=desc&page=1" aria-current="page"' in body

    second = client.get("/pilotage/structures/", query | {"page": "2"})
    (rows,) = page_tables(second).values()
    assert [row[0] for row in rows[1:]] == [f"Structure {index:02d}" for index in range(4, -1, -1)]
    # A page past the end (structures removed since): the last one.
    assert page_tables(client.get("/pilotage/structures/", query | {"page": "9"})) == page_tables(second)

    # The export: every structure, by name, whatever the page and the sort of the table.
    exported = csv_rows(client.get("/pilotage/structures/export.csv", query | {"page": "2"}))
    assert [row[0] for row in exported[1:]] == [f"Structure {index:02d}" for index in range(30)]
    assert 'href="/pilotage/structures/export.csv?periode=12m"' in body


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"tri": "astrologie"}, "Colonne de tri inconnue"),
        ({"tri": "recues", "ordre": "haut"}, "Ordre de tri inconnu"),
        ({"page": "abc"}, "Numéro de page invalide"),
        ({"page": "0"}, "la première page est la page 1"),
        ({"page": "-3"}, "la première page est la page 1"),
    ],
)
def test_structures_bad_sort_or_page_is_a_400_with_a_french_message(client, staff, query, message):
    response = client.get("/pilotage/structures/", {"periode": "30j"} | query)
    body = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert message in body
    assert 'href="?periode=30j">Afficher le tableau trié par structure' in body
    assert "<table" not in body


# --- Gaps by site, and gaps « sans objet » ---------------------------------------------------------------


def gap_catalogue() -> None:
    """Financer: one offer on Luminy (amorçage), one for the whole metropolitan area (création);
    Trouver des locaux: one offer on the Arbois (idée); a draft on La Ciotat that counts nowhere."""
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("luminy")])
    make_offer(needs=[need("financer")], stages=[stage("creation")], technopoles=[])
    make_offer(needs=[need("locaux")], stages=[stage("idee")], technopoles=[technopole("arbois")])
    make_offer(
        needs=[need("recruter")],
        stages=[stage("idee")],
        technopoles=[technopole("la-ciotat")],
        status="draft",
    )


def test_gaps_page_counts_offers_per_need_and_site_metropolitan_offers_everywhere(client, staff):
    gap_catalogue()

    response = client.get("/pilotage/lacunes/")

    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    assert body.count("<h1") == 1
    (caption,) = [
        caption for caption in page_tables(response) if caption.startswith("Offres publiées par besoin")
    ]
    rows = page_tables(response)[caption]
    header = rows[0]
    assert header[:4] == ["Besoin", "Arbois-Méditerranée", "Luminy", "Château-Gombert"]  # technopôles first
    by_need = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_need["Financer mon projet"]["Luminy"] == "2"
    assert by_need["Financer mon projet"]["La Ciotat"] == "1"  # the metropolitan offer
    assert by_need["Trouver des locaux"]["Arbois-Méditerranée"] == "1"
    assert by_need["Trouver des locaux"]["Luminy"] == "0"
    assert by_need["Recruter et structurer mes RH"]["La Ciotat"] == "0"  # a draft is not offered
    # At the foot, each site's need × stage gaps (10 needs × 6 stages = 60 cells).
    assert by_need["Lacunes besoin × stade"]["Luminy"] == "58"
    assert by_need["Lacunes besoin × stade"]["Arbois-Méditerranée"] == "58"
    assert by_need["Lacunes besoin × stade"]["La Ciotat"] == "59"
    assert by_need["dont sans objet"]["Luminy"] == "0"
    # Gaps are hatched and said in words; the table has its headers and caption.
    assert 'class="num gap">0 <span class="cell-note">lacune</span>' in body
    assert "<tfoot>" in body and 'scope="row"' in body and 'scope="col"' in body
    assert "<strong>57 lacunes</strong> pour toute la métropole" in body
    assert page_tables(response)[caption] == csv_rows(client.get("/pilotage/lacunes/export.csv"))
    assert "style=" not in body and "<script>" not in body


def test_gaps_page_draws_an_accessible_map_of_the_sites(client, staff):
    gap_catalogue()
    body = html.unescape(client.get("/pilotage/lacunes/").content.decode())
    svg = body[body.index("<svg") : body.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="carte-lacunes-titre carte-lacunes-texte"' in svg
    assert '<title id="carte-lacunes-titre">' in svg and '<desc id="carte-lacunes-texte">' in svg
    assert svg.count("<circle") == 6
    for name in [
        "Arbois-Méditerranée",
        "Luminy",
        "Château-Gombert",
        "Belle de Mai",
        "Euroméditerranée",
        "La Ciotat",
    ]:
        assert f">{name}</tspan>" in svg, name
    assert "<title>Luminy : 58 lacunes</title>" in svg
    assert "<figcaption>" in body


def test_gaps_page_links_from_the_navigation_and_the_overview(client, staff):
    for url in ["/pilotage/", "/pilotage/offre/", "/pilotage/structures/"]:
        assert 'href="/pilotage/lacunes/"' in client.get(url).content.decode(), url
    body = client.get("/pilotage/lacunes/").content.decode()
    assert 'href="/pilotage/lacunes/" aria-current="page"' in body


def test_gaps_list_of_a_site_links_each_gap_to_the_form_filled_in(client, staff):
    gap_catalogue()
    response = client.get("/pilotage/lacunes/", {"site": "luminy"})
    body = html.unescape(response.content.decode())
    assert "Lacunes besoin × stade : Luminy" in body
    gaps = page_tables(response)["Cases besoin × stade sans offre publiée ouverte à Luminy"]
    assert len(gaps) == 1 + 58
    assert gaps[1] == [
        "Être accompagné",
        "Idée",
        "Lacune à combler",
        "Marquer sans objet : Être accompagné × Idée",
    ]
    assert ["Financer mon projet", "Idée", "Lacune à combler"] in [row[:3] for row in gaps]
    link = "?site=luminy&besoin=financer&stade=idee#marquer-sans-objet"
    assert f'href="{link}"' in body

    filled = client.get("/pilotage/lacunes/" + link.split("#")[0]).content.decode()
    assert '<option value="financer" selected>' in filled
    assert '<option value="idee" selected>' in filled
    form = filled[filled.index('id="marquer-sans-objet"') :]
    assert '<option value="luminy" selected>' in form


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"site": "atlantide"}, "Ce technopôle ou site n'existe pas"),
        ({"besoin": "licornes"}, "Ce besoin n'existe pas"),
    ],
)
def test_gaps_page_bad_query_is_a_400_with_a_french_message(client, staff, query, message):
    response = client.get("/pilotage/lacunes/", query)
    assert response.status_code == 400
    assert message in html.unescape(response.content.decode())


def mark(client, **fields):
    data = {
        "besoin": "financer",
        "stade": "idee",
        "site": "",
        "motif": "Les investisseurs n'interviennent pas à l'idée.",
    }
    return client.post("/pilotage/lacunes/sans-objet/", data | fields)


def test_staff_marks_a_gap_sans_objet_and_it_is_counted_apart_everywhere(client, staff):
    gap_catalogue()
    overview_before = html.unescape(client.get("/pilotage/").content.decode())
    assert "57 lacunes<" in overview_before

    response = mark(client)

    assert response.status_code == 302
    assert response["Location"] == "/pilotage/lacunes/#lacunes-du-site"
    (gap,) = ExpectedGap.objects.all()
    assert (gap.need.slug, gap.stage.slug, gap.technopole, gap.created_by) == (
        "financer",
        "idee",
        None,
        staff,
    )
    assert gap.reason == "Les investisseurs n'interviennent pas à l'idée."

    page = client.get(response["Location"])
    body = html.unescape(page.content.decode())
    assert "Financer mon projet × Idée est marquée sans objet (tous les sites)." in body
    assert "57 lacunes, dont 1 sans objet" in body
    gaps = page_tables(page)["Cases besoin × stade sans aucune offre publiée dans la métropole"]
    status = next(row[2] for row in gaps if row[:2] == ["Financer mon projet", "Idée"])
    assert status.startswith("Sans objet (tous les sites) : Les investisseurs n'interviennent pas à l'idée.")
    assert status.endswith(f"Marquée par {staff.username} le {timezone.localdate():%d/%m/%Y}.")
    # Every site counts it apart, as the whole metropolitan area does.
    rows = page_tables(page)[next(c for c in page_tables(page) if c.startswith("Offres publiées par besoin"))]
    assert rows[-1] == ["dont sans objet"] + ["1"] * 6
    for url in ["/pilotage/", "/pilotage/synthese/"]:
        assert "57 lacunes, dont 1 sans objet" in html.unescape(client.get(url).content.decode()), url
    supply = html.unescape(client.get("/pilotage/offre/").content.decode())
    assert "57 lacunes sur la grille, dont 1 sans objet" in supply
    assert supply.count('class="heat heat-0 expected"') == 1
    assert "(lacune sans objet : Les investisseurs n'interviennent pas à l'idée.)" in supply


def test_a_gap_marked_on_one_site_is_sans_objet_there_only(client, staff):
    gap_catalogue()
    response = mark(
        client, besoin="locaux", stade="croissance", site="luminy", motif="Pas de locaux à Luminy"
    )
    assert response["Location"] == "/pilotage/lacunes/?site=luminy#lacunes-du-site"
    page = client.get("/pilotage/lacunes/", {"site": "luminy"})
    rows = page_tables(page)[next(c for c in page_tables(page) if c.startswith("Offres publiées par besoin"))]
    header = rows[0]
    assert dict(zip(header, rows[-1], strict=True))["Luminy"] == "1"
    assert dict(zip(header, rows[-1], strict=True))["Arbois-Méditerranée"] == "0"
    # The whole metropolitan area still lacks it: not « sans objet » there.
    overview = html.unescape(client.get("/pilotage/").content.decode())
    assert "<strong>57 lacunes</strong>" in overview and "sans objet</strong>" not in overview


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"motif": "   "}, "Indiquez le motif"),
        ({"motif": "x" * 501}, "500 caractères au plus"),
        ({"besoin": ""}, "Choisissez le besoin de la case."),
        ({"besoin": "licornes"}, "Ce besoin n'existe pas"),
        ({"stade": "apogee"}, "Ce stade n'existe pas"),
        ({"site": "atlantide"}, "Ce technopôle ou site n'existe pas"),
    ],
)
def test_marking_without_a_reason_or_with_unknown_cells_is_a_400_in_french(client, staff, fields, message):
    response = mark(client, **fields)
    body = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert "La lacune n'a pas pu être marquée sans objet" in body
    assert message in body
    assert not ExpectedGap.objects.exists()


def test_marking_a_gap_twice_is_refused(client, staff):
    assert mark(client).status_code == 302
    response = mark(client)
    assert response.status_code == 400
    assert "Financer mon projet × Idée est déjà sans objet sur tous les sites." in html.unescape(
        response.content.decode()
    )
    assert mark(client, site="luminy").status_code == 400
    assert mark(client, besoin="locaux", site="luminy").status_code == 302
    response = mark(client, besoin="locaux", site="luminy")
    assert "est déjà sans objet pour Luminy" in html.unescape(response.content.decode())
    assert ExpectedGap.objects.count() == 2


def test_staff_removes_a_sans_objet_mark(client, staff):
    gap = ExpectedGap.objects.create(need=need("financer"), stage=stage("idee"), reason="Attendu")
    body = client.get("/pilotage/lacunes/").content.decode()
    assert f'action="/pilotage/lacunes/sans-objet/{gap.pk}/retirer/"' in body
    response = client.post(f"/pilotage/lacunes/sans-objet/{gap.pk}/retirer/", {"site": "luminy"})
    assert response.status_code == 302
    assert response["Location"] == "/pilotage/lacunes/?site=luminy#lacunes-du-site"
    assert not ExpectedGap.objects.exists()
    assert "n'est plus marquée sans objet" in html.unescape(client.get(response["Location"]).content.decode())
    assert client.post(f"/pilotage/lacunes/sans-objet/{gap.pk}/retirer/").status_code == 404


def test_only_coverage_report_users_may_mark_or_remove(client):
    gap = ExpectedGap.objects.create(need=need("financer"), stage=stage("idee"), reason="Attendu")
    urls = ["/pilotage/lacunes/sans-objet/", f"/pilotage/lacunes/sans-objet/{gap.pk}/retirer/"]
    for url in urls:
        response = client.post(url, {"besoin": "locaux", "stade": "idee", "motif": "Non"})
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
    member = make_user()
    make_actor(members=[member])
    client.force_login(member)
    for url in urls:
        assert client.post(url, {"besoin": "locaux", "stade": "idee", "motif": "Non"}).status_code == 403, url
    assert client.get("/pilotage/lacunes/").status_code == 403
    assert list(ExpectedGap.objects.values_list("need__slug", flat=True)) == ["financer"]


def test_marking_needs_a_post_with_the_csrf_token(staff):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff)
    assert browser.get("/pilotage/lacunes/sans-objet/").status_code == 405
    assert mark(browser).status_code == 403
    page = browser.get("/pilotage/lacunes/")
    token = (
        page.cookies["csrftoken"].value if "csrftoken" in page.cookies else browser.cookies["csrftoken"].value
    )
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    assert mark(browser, csrfmiddlewaretoken=token).status_code == 302
