"""The questionnaire steps (with and without htmx), the results page, bad input and the demand records."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guidance.models import QuestionnaireResponse
from guidance.orientation.views import RECORDED_COOKIE
from tests.factories import bulk_offers, make_actor, make_offer, need, sector, stage, technopole

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
RESULTS = "/orientation/resultats/"


def body(response) -> str:
    return response.content.decode()


# --- The questionnaire, step by step ---------------------------------------------------------------------

STEPS = [
    (1, "/orientation/", "Qui êtes-vous ?", 'name="profil"'),
    (2, "/orientation/?profil=createur&etape=2", "De quoi avez-vous besoin ?", 'name="besoin"'),
    (3, "/orientation/?besoin=financer&etape=3", "À quel stade en est votre projet ?", 'name="stade"'),
    (
        4,
        "/orientation/?besoin=financer&stade=amorcage&etape=4",
        "Où souhaitez-vous être accompagné ?",
        'name="technopole"',
    ),
    (
        5,
        "/orientation/?besoin=financer&stade=amorcage&technopole=luminy&etape=5",
        "Dans quelle filière ?",
        'name="filiere"',
    ),
]


@pytest.mark.parametrize(("number", "url", "question", "field"), STEPS)
def test_each_step_is_a_full_page_without_htmx(client, number, url, question, field):
    response = client.get(url)
    html = body(response)
    assert response.status_code == 200
    assert "<html" in html
    assert html.count("<h1") == 1
    assert f"Étape {number} sur 5" in html
    assert f'<progress max="5" value="{number}"' in html
    assert html.count('aria-current="step"') == 1
    assert question in html
    assert field in html
    assert "autofocus" not in html
    assert '<p id="annonce-etape" class="visually-hidden" aria-live="polite"></p>' in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(("number", "url", "question", "field"), STEPS)
def test_each_step_is_swapped_in_place_with_htmx(client, number, url, question, field):
    response = client.get(url, **HX)
    html = body(response)
    assert response.status_code == 200
    assert "<html" not in html
    assert "<h1" not in html
    assert f"<title>Étape {number} sur 5" in html
    assert question in html
    assert field in html
    # The question takes the focus and the live region outside the swapped part announces the step.
    assert 'id="question" class="question" tabindex="-1" autofocus' in html
    assert f'<p id="annonce-etape" hx-swap-oob="innerHTML">Étape {number} sur 5 : {question}</p>' in html


def test_htmx_history_restore_gets_the_full_page(client):
    response = client.get(STEPS[1][1], HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert "<html" in body(response)


def test_first_step_lists_every_profile_and_goes_on_with_htmx(client, django_assert_num_queries):
    # 2 queries: demo-banner flag, audiences (the needs are the second step's).
    with django_assert_num_queries(2):
        response = client.get("/orientation/")
    html = body(response)
    assert html.count('type="radio" name="profil"') == 7 + 1  # « Je préfère ne pas le préciser »
    assert 'type="checkbox" name="besoin"' not in html
    assert 'action="/orientation/"' in html
    assert 'hx-get="/orientation/"' in html
    assert 'hx-target="#step"' in html
    assert 'hx-push-url="true"' in html
    assert '<input type="hidden" name="etape" value="2">' in html
    assert "Étape précédente" not in html


def test_needs_step_lists_every_need_with_its_description(client, django_assert_num_queries):
    # 2 queries: demo-banner flag, needs.
    with django_assert_num_queries(2):
        response = client.get("/orientation/?etape=2")
    html = body(response)
    assert html.count('type="checkbox" name="besoin"') == 10
    assert "Incubation, accélération, mentorat" in html
    assert 'action="/orientation/"' in html
    assert 'hx-get="/orientation/"' in html
    assert '<input type="hidden" name="etape" value="3">' in html
    assert 'href="/orientation/?etape=1"' in html
    assert "Étape précédente" in html


def test_a_step_carries_the_previous_answers_and_offers_a_way_back(client):
    html = body(client.get("/orientation/?besoin=financer&besoin=locaux&stade=amorcage&etape=4"))
    assert '<input type="hidden" name="besoin" value="financer">' in html
    assert '<input type="hidden" name="besoin" value="locaux">' in html
    assert '<input type="hidden" name="stade" value="amorcage">' in html
    assert 'href="/orientation/?besoin=financer&amp;besoin=locaux&amp;stade=amorcage&amp;etape=3"' in html
    # The summary so far, each answer with its « modifier » link.
    assert "Financer mon projet, Trouver des locaux" in html
    assert "Amorçage" in html
    assert html.count(">modifier<") == 2
    # « Anywhere » is the default place.
    assert 'value="partout" id="technopole-partout" checked' in html


def test_modifying_an_earlier_answer_keeps_the_later_ones(client):
    url = "/orientation/?besoin=financer&stade=amorcage&technopole=luminy&filiere=numerique&etape=3"
    html = body(client.get(url))
    assert 'value="amorcage" id="stade-amorcage" checked' in html
    for hidden in ['besoin" value="financer', 'technopole" value="luminy', 'filiere" value="numerique']:
        assert f'name="{hidden}"' in html


def test_last_step_leads_to_the_results_as_a_plain_get(client, django_assert_num_queries):
    url = STEPS[4][1]
    # 5 queries: the chosen needs, stage and technopôle (validation), demo-banner flag, sectors.
    with django_assert_num_queries(5):
        response = client.get(url)
    html = body(response)
    assert '<form class="step-form" method="get" action="/orientation/resultats/" novalidate>' in html
    assert "Voir les offres adaptées" in html
    assert 'value="" id="filiere-toutes" checked' in html
    assert "Luminy" in html


def test_moving_on_without_choosing_a_need_reshows_the_needs_step(client):
    for headers in ({}, HX):
        response = client.get("/orientation/?etape=3", **headers)
        html = body(response)
        assert response.status_code == 200
        assert "Étape 2 sur 5" in html
        assert "Choisissez au moins un besoin." in html
        assert 'role="alert"' in html
        if headers:
            assert response["HX-Push-Url"] == "false"


def test_moving_on_without_a_stage_reshows_the_stage_step(client):
    html = body(client.get("/orientation/?besoin=financer&etape=4"))
    assert "Étape 3 sur 5" in html
    assert "Choisissez le stade de votre projet." in html


@pytest.mark.parametrize(
    ("query", "step", "message"),
    [
        ("besoin=inconnu&etape=3", 2, "Le besoin « inconnu » n&#x27;existe pas"),
        ("besoin=financer&stade=amorcage&stade=creation&etape=4", 3, "Un seul stade peut être choisi."),
        ("besoin=financer&stade=amorcage&technopole=lune&etape=5", 4, "« lune » n&#x27;existe pas"),
        ("etape=6", 1, "Cette étape du questionnaire n&#x27;existe pas."),
        ("etape=9", 1, "Cette étape du questionnaire n&#x27;existe pas."),
        ("etape=deux", 1, "Cette étape du questionnaire n&#x27;existe pas."),
        ("besoin=%00&etape=3", 2, "n&#x27;existe pas"),
    ],
)
def test_invalid_answers_reshow_the_questionnaire_with_a_french_message(client, query, step, message):
    response = client.get(f"/orientation/?{query}")
    html = body(response)
    assert response.status_code == 200
    assert f"Étape {step} sur 5" in html
    assert message in html


# --- Results ---------------------------------------------------------------------------------------------


def test_results_explain_each_offer_and_give_the_contact(client):
    offer = make_offer(
        title="Prêt d'honneur Luminy",
        slug="pret-honneur-luminy",
        needs=[need("financer")],
        stages=[stage("amorcage")],
        technopoles=[technopole("luminy")],
        sectors=[sector("sante-biotech")],
        contact_name="Jeanne Martin",
        contact_email="jeanne.martin@example.org",
        contact_phone="04 91 11 22 33",
    )
    make_offer(title="Hors sujet", needs=[need("recruter")])
    response = client.get(f"{RESULTS}?besoin=financer&stade=amorcage&technopole=luminy&filiere=sante-biotech")
    html = body(response)
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert (
        "Répond à votre besoin Financer mon projet · adapté au stade Amorçage · "
        "sur le technopôle de Luminy · spécifique à la filière Santé et biotech"
    ) in html
    assert "Jeanne Martin" in html
    assert 'href="mailto:jeanne.martin@example.org"' in html
    assert 'href="tel:0491112233"' in html
    assert f'href="/offres/{offer.slug}/?stade=amorcage"' in html
    assert f'href="/contact/offre/{offer.slug}/?stade=amorcage"' in html
    assert "Contacter cette structure" in html
    assert "Hors sujet" not in html
    assert "1 offre correspond à vos réponses." in html


def test_results_fall_back_on_the_structure_contact(client):
    actor = make_actor(email="accueil@incubateur.example.org", phone="04 42 00 00 00")
    make_offer(actor=actor, needs=[need("financer")], stages=[stage("amorcage")])
    html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage"))
    assert 'href="mailto:accueil@incubateur.example.org"' in html
    assert 'href="tel:0442000000"' in html


def test_results_are_a_saved_journey(client):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")])
    html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage&technopole=luminy&utm_source=x"))
    canonical = "besoin=financer&amp;stade=amorcage&amp;technopole=luminy"
    assert f'value="http://testserver/orientation/resultats/?{canonical}"' in html
    assert "Le lien de ces résultats, à copier" in html
    # The recap and alert links carry the canonical answers, not the raw query string.
    assert f"par-courriel/?{canonical}" in html
    assert "utm_source" not in html
    assert f'href="/orientation/?{canonical}&amp;etape=1">Modifier mes réponses' in html
    assert f'href="/orientation/?{canonical}&amp;etape=4"' in html  # « modifier » the technopôle
    assert 'href="/static/css/orientation-print.css" media="print"' in html


def test_a_need_without_offer_is_said_plainly_with_labelled_alternatives(client):
    make_offer(title="Prêt", needs=[need("financer")], stages=[stage("amorcage")])
    make_offer(
        title="Pépinière d'Arbois",
        needs=[need("locaux")],
        stages=[stage("amorcage")],
        technopoles=[technopole("arbois")],
    )
    html = body(client.get(f"{RESULTS}?besoin=financer&besoin=locaux&stade=amorcage&technopole=luminy"))
    assert "Aucune offre ne correspond exactement à ce besoin" in html
    assert "Alternative proche : sur un autre site (Arbois-Méditerranée)" in html
    assert "Pépinière d&#x27;Arbois" in html
    assert "Un besoin reste sans offre exacte" in html


def test_a_need_without_anything_close_links_to_the_catalogue(client):
    html = body(client.get(f"{RESULTS}?besoin=international&stade=idee"))
    assert "Aucune offre ne correspond exactement à ce besoin" in html
    assert "Aucune alternative proche non plus" in html
    assert "Aucune offre ne correspond exactement à vos réponses." in html
    assert 'href="/offres/?besoin=international"' in html


def test_et_apres_shows_offers_for_the_next_stage(client):
    make_offer(title="Pour plus tard", needs=[need("financer")], stages=[stage("developpement")])
    html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage"))
    assert "Et après ?" in html
    assert "le stade Développement" in html
    assert "Pour plus tard" in html
    assert "prévu pour le stade Développement" in html


def test_long_lists_are_capped_with_a_link_to_the_catalogue(client):
    bulk_offers(12, needs=["financer"], stages=["amorcage"], technopoles=["luminy"], sectors=[])
    html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage&technopole=luminy"))
    assert html.count('<article class="card match') == 10
    assert (
        'href="/offres/?besoin=financer&amp;stade=amorcage&amp;tri=pertinence&amp;technopole=luminy">'
        "Voir les 12 offres" in html
    )


def test_a_need_shows_its_best_three_then_the_rest_of_its_best_ten_behind_voir_plus(client):
    # Equal in every respect but their title, which then orders them.
    letters = "ABCDEFGHIJKL"
    for letter in reversed(letters):
        make_offer(title=f"Offre {letter}", needs=[need("financer")], stages=[stage("amorcage")])
    html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage"))
    group = html.split('id="besoin-financer"')[1].split("</section>")[0]
    first, rest = group.split('<details class="more-matches">')
    titles = re.findall(r'<h3[^>]*><a href="[^"]*">Offre (\w)</a></h3>', group)
    assert titles == list(letters[:10])  # the best ten, in the ranking's order
    assert first.count('<article class="card match') == 3
    assert rest.count('<article class="card match') == 7
    assert "Voir plus : 7 autres offres, dans le même ordre" in rest
    # After them, the catalogue sorted the same way.
    assert rest.index("</details>") < rest.index("Voir les 12 offres")


BAD_RESULTS_QUERIES = [
    ("besoin=inconnu&stade=amorcage", "Le besoin « inconnu » n&#x27;existe pas"),
    ("besoin=financer", "Choisissez le stade de votre projet."),
    ("stade=amorcage", "Choisissez au moins un besoin."),
    ("besoin=financer&stade=amorcage&stade=creation", "Un seul stade peut être choisi."),
    ("besoin=financer&stade=amorcage&technopole=luminy&technopole=arbois", "Un seul technopôle"),
    ("besoin=financer&stade=amorcage&filiere=numerique&filiere=energie", "Une seule filière"),
    ("besoin=financer&stade=lune", "Le stade « lune » n&#x27;existe pas"),
    ("besoin=financer&stade=amorcage&technopole=nulle-part", "« nulle-part » n&#x27;existe pas"),
    ("besoin=financer&stade=amorcage&filiere=cuisine", "La filière « cuisine » n&#x27;existe pas"),
    ("besoin=financer&stade=%00", "Le stade"),
    ("besoin=%FF%FE&stade=amorcage", "Le besoin"),
    ("besoin=caf%C3%A9&stade=amorcage", "Le besoin « café » n&#x27;existe pas"),
    ("besoin=financer&stade=amor%0Acage", "Le stade"),
    ("besoin=" + "x" * 300 + "&stade=amorcage", "Le besoin"),
    ("&".join(f"besoin=b{i}" for i in range(11)) + "&stade=amorcage", "Choisissez au plus 10 besoins."),
    ("&".join(["besoin=financer"] * 10_000) + "&stade=amorcage", "trop longue"),
    ("&" * 1999, "trop longue"),
]


@pytest.mark.parametrize(("query", "message"), BAD_RESULTS_QUERIES)
def test_bad_results_queries_get_a_400_with_a_french_message_on_the_questionnaire(client, query, message):
    response = client.get(f"{RESULTS}?{query}")
    html = body(response)
    assert response.status_code == 400
    assert message in html
    assert 'role="alert"' in html
    assert 'class="step-form"' in html
    assert not QuestionnaireResponse.objects.exists()


PARAMETER_VALUES = st.one_of(
    st.sampled_from(["financer", "amorcage", "luminy", "partout", "numerique", "chercheur", "", "1", "5"]),
    st.text(max_size=30),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(
                ["profil", "projet", "besoin", "stade", "technopole", "filiere", "etape", "autre"]
            ),
            PARAMETER_VALUES,
        ),
        max_size=8,
    )
)
def test_no_query_string_makes_either_page_fail(client, params):
    for path in ("/orientation/", RESULTS):
        response = client.get(path, params and {k: [v for key, v in params if key == k] for k, _ in params})
        assert response.status_code in (200, 400)
        assert "Innov Provence" in body(response)


def test_repeated_need_counts_once(client):
    response = client.get(f"{RESULTS}?besoin=financer&besoin=financer&stade=amorcage")
    assert response.status_code == 200
    assert QuestionnaireResponse.objects.get().needs_key == "financer"


def test_partout_and_empty_mean_the_whole_metropolitan_area(client):
    make_offer(
        title="À Arbois",
        needs=[need("financer")],
        stages=[stage("amorcage")],
        technopoles=[technopole("arbois")],
    )
    for place in ("partout", ""):
        html = body(client.get(f"{RESULTS}?besoin=financer&stade=amorcage&technopole={place}"))
        assert "À Arbois" in html
        assert "Partout dans la métropole" in html


# --- Demand records --------------------------------------------------------------------------------------


def test_results_are_recorded_anonymously_once_per_browser(client):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")])
    url = f"{RESULTS}?besoin=locaux&besoin=financer&stade=amorcage&technopole=luminy&filiere=numerique"
    response = client.get(url)
    record = QuestionnaireResponse.objects.get()
    assert record.needs_key == "financer,locaux"
    assert (record.stage, record.technopole, record.sector) == (
        stage("amorcage"),
        technopole("luminy"),
        sector("numerique"),
    )
    assert (record.audience, record.project) == (None, "")  # no profile, no description given
    assert record.result_count == 1
    assert record.results_by_need == {"financer": 1, "locaux": 0}
    cookie = response.cookies[RECORDED_COOKIE]
    assert cookie["httponly"] and cookie["path"] == "/orientation/"

    client.get(url)  # a reload
    assert QuestionnaireResponse.objects.count() == 1
    client.get(f"{RESULTS}?besoin=financer&stade=creation")  # other answers
    assert QuestionnaireResponse.objects.count() == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "WhatsApp/2.23.20.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "TelegramBot (like TwitterBot)",
        "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
        "curl/8.5.0",
    ],
)
def test_crawlers_and_link_previews_are_not_recorded(client, agent):
    response = client.get(f"{RESULTS}?besoin=financer&stade=amorcage", HTTP_USER_AGENT=agent)
    assert response.status_code == 200
    assert not QuestionnaireResponse.objects.exists()


def test_a_browser_is_recorded(client):
    firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
    client.get(f"{RESULTS}?besoin=financer&stade=amorcage", HTTP_USER_AGENT=firefox)
    assert QuestionnaireResponse.objects.count() == 1


def test_htmx_prefetch_and_head_requests_are_not_recorded(client):
    client.get(f"{RESULTS}?besoin=financer&stade=amorcage", **HX)
    client.get(f"{RESULTS}?besoin=financer&stade=amorcage", HTTP_SEC_PURPOSE="prefetch")
    assert client.head(f"{RESULTS}?besoin=financer&stade=amorcage").status_code == 200
    assert not QuestionnaireResponse.objects.exists()


# --- Query count -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("catalogue_size", [100, 5_000])
def test_results_page_query_count_does_not_grow_with_the_catalogue(
    client, django_assert_num_queries, catalogue_size
):
    bulk_offers(
        catalogue_size,
        needs=["financer", "locaux"],
        stages=["amorcage", "developpement"],
        technopoles=[],
        sectors=[],
    )
    bulk_offers(3, needs=["financer"], stages=["developpement"], technopoles=["luminy"], sectors=[])
    url = f"{RESULTS}?besoin=financer&besoin=recruter&stade=amorcage&technopole=luminy&filiere=numerique"
    # 18 queries — form: needs, stages, technopôles, sectors, loaded once into the taxonomy cache (4; no
    # profile given: the audiences are not read); demo-banner flag (1); the in-memory index of the catalogue,
    # built at the first use of a catalogue version (6: the offers, then their needs, stages, technopôles,
    # sectors and audiences, ids only); matching (6): the offers shown with their actor, their needs, stages,
    # technopôles, sectors, audiences; the anonymous record (1).
    with django_assert_num_queries(18):
        response = client.get(url)
    html = body(response)
    assert response.status_code == 200
    assert html.count('<article class="card match') == 10 + 3  # financer, then « Et après ? »
    assert f"Voir les {catalogue_size} offres" in html


def test_answers_are_validated_against_the_cached_taxonomy(client, django_assert_num_queries):
    from django.http import QueryDict

    from guidance.orientation.forms import ResultsForm

    query = (
        "profil=chercheur&besoin=financer&besoin=locaux&stade=amorcage&technopole=luminy&filiere=numerique"
    )
    assert ResultsForm(QueryDict(query)).is_valid()  # loads the five reference tables once
    with django_assert_num_queries(0):
        form = ResultsForm(QueryDict(query))
        assert form.is_valid()
    answers = form.answers()
    assert answers.audience.slug == "chercheur"
    assert [n.slug for n in answers.needs] == ["financer", "locaux"]
    assert (answers.stage.slug, answers.technopole.slug, answers.sector.slug) == (
        "amorcage",
        "luminy",
        "numerique",
    )
    # An unknown slug is still refused, by name.
    bad = ResultsForm(QueryDict("besoin=financer&besoin=voler&stade=amorcage"))
    assert not bad.is_valid()
    assert "voler" in str(bad.errors)
