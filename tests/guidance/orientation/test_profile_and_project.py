"""The first step of the questionnaire: who the holder is (`profil`) and their own words about the project
(`projet`), carried through the steps, checked, ranked with, recorded, and blanked after the retention time."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from guidance.models import QuestionnaireResponse
from guidance.orientation.forms import MAX_NEEDS, MAX_QUERY_STRING_LENGTH, PROJECT_MAX_LENGTH
from offers.models import Audience, Need, Offer
from offers.taxonomy import AUDIENCES
from tests.factories import make_offer, make_questionnaire_response, need, stage

pytestmark = pytest.mark.django_db

QUESTIONNAIRE = "/orientation/"
RESULTS = "/orientation/resultats/"
HX = {"HTTP_HX_REQUEST": "true"}
CHERCHEUR = "Chercheur·e ou doctorant·e"
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
ACTION = re.compile(r'<form class="step-form" method="get" action="([^"]+)"')
TEXTAREA = re.compile(r'<textarea name="projet" id="projet"[^>]*>(.*?)</textarea>', re.DOTALL)


def body(response) -> str:
    return response.content.decode()


def get(client, path: str, pairs: list[tuple[str, str]] | dict, **headers):
    """GET `path` with these parameters, percent-encoded as a browser submitting the form would."""
    return client.get(f"{path}?{urlencode(pairs)}", **headers)


def hidden_fields(html: str) -> list[tuple[str, str]]:
    return [(name, unescape(value)) for name, value in HIDDEN.findall(html)]


def textarea(html: str) -> str:
    found = TEXTAREA.search(html)
    assert found, "no projet textarea on the page"
    return unescape(found.group(1))


def articles(html: str) -> dict[str, str]:
    """{offer title: its card's HTML} of the results page, in the page's order."""
    cards = re.findall(r'<article class="card match.*?</article>', html, re.DOTALL)
    titled = {}
    for card in cards:
        title = re.search(r'<h3[^>]*><a href="[^"]*">(.*?)</a></h3>', card).group(1)
        titled.setdefault(unescape(title), card)
    return titled


def reasons(card: str) -> str:
    return unescape(re.search(r'<p class="reasons">(.*?)</p>', card, re.DOTALL).group(1))


# --- The first step ----------------------------------------------------------------------------------------


def test_first_step_lists_the_seven_profiles_each_with_its_label(client):
    html = body(client.get(QUESTIONNAIRE))
    assert "Étape 1 sur 5" in html
    assert "Vous et votre projet" in html
    assert "Qui êtes-vous ?" in html
    assert len(AUDIENCES) == 7
    for slug, name, description in AUDIENCES:
        assert f'<input type="radio" name="profil" value="{slug}" id="profil-{slug}"' in html
        assert f'<label for="profil-{slug}">{escape(name)}</label>' in html
        assert escape(description) in html
    # Not saying is a choice of its own, and the one checked at first.
    assert '<input type="radio" name="profil" value="" id="profil-aucun" checked>' in html
    assert '<label for="profil-aucun">Je préfère ne pas le préciser</label>' in html
    assert html.count('type="radio" name="profil"') == 8
    assert html.count(" checked") == 1


def test_first_step_has_the_project_textarea_with_its_label_help_and_maxlength(client):
    html = body(client.get(QUESTIONNAIRE))
    assert '<label for="projet"><strong>Décrivez votre projet en quelques mots</strong></label>' in html
    help_text = re.search(r'<p class="helptext" id="projet-aide">(.*?)</p>', html, re.DOTALL)
    assert help_text
    help_words = unescape(help_text.group(1))
    assert "Facultatif, 500 caractères au plus" in help_words
    assert "N'écrivez rien de confidentiel" in help_words
    textarea_tag = re.search(r"<textarea [^>]*>", html).group(0)
    assert 'name="projet"' in textarea_tag
    assert f'maxlength="{PROJECT_MAX_LENGTH}"' in textarea_tag
    assert 'aria-describedby="projet-aide"' in textarea_tag
    assert "aria-invalid" not in textarea_tag
    assert textarea(html) == ""
    # The description goes with the first step: it is not a hidden field there.
    assert hidden_fields(html) == [("etape", "2")]


def test_first_step_is_swapped_in_place_with_htmx(client):
    html = body(client.get(QUESTIONNAIRE, **HX))
    assert "<html" not in html
    assert '<p id="annonce-etape" hx-swap-oob="innerHTML">Étape 1 sur 5 : Qui êtes-vous ?</p>' in html
    assert 'name="profil"' in html
    assert 'name="projet"' in html


# --- Carried through the steps, shown in the summary, modified ---------------------------------------------


def test_profile_and_project_are_carried_and_summarised_at_the_next_step(client):
    project = "Anticorps monoclonaux pour le diagnostic, l’équipe « Luminy »"
    response = get(client, QUESTIONNAIRE, [("profil", "chercheur"), ("projet", project), ("etape", "2")])
    html = body(response)
    assert response.status_code == 200
    assert "Étape 2 sur 5" in html
    assert 'type="checkbox" name="besoin"' in html
    assert ("profil", "chercheur") in hidden_fields(html)
    assert ("projet", project) in hidden_fields(html)
    assert f"{escape(CHERCHEUR)} · « {escape(project)} »" in html
    # The step itself is marked answered, with a link back to it.
    first = f"/orientation/?{urlencode([('profil', 'chercheur'), ('projet', project), ('etape', 1)])}"
    assert f'href="{escape(first)}"' in html
    assert ">modifier<" in html


def test_the_later_steps_carry_profile_and_project_as_hidden_fields(client):
    project = "capteur cardiaque connecté"
    common = [("profil", "pme"), ("projet", project)]
    for step, answers in [
        (3, [("besoin", "financer")]),
        (4, [("besoin", "financer"), ("stade", "amorcage")]),
        (5, [("besoin", "financer"), ("stade", "amorcage"), ("technopole", "luminy")]),
    ]:
        html = body(get(client, QUESTIONNAIRE, common + answers + [("etape", str(step))]))
        assert f"Étape {step} sur 5" in html
        fields = hidden_fields(html)
        assert ("profil", "pme") in fields
        assert ("projet", project) in fields
        assert f"TPE ou PME · « {project} »" in html
    # The last step sends them to the results.
    assert ACTION.search(html).group(1) == RESULTS


def test_not_saying_is_an_answer_too(client):
    html = body(get(client, QUESTIONNAIRE, [("profil", ""), ("projet", ""), ("etape", "2")]))
    assert "Étape 2 sur 5" in html
    assert "Profil non précisé" in html
    assert not [name for name, _value in hidden_fields(html) if name in ("profil", "projet")]
    assert 'class="step-done"' in html


def test_modifier_goes_back_to_the_first_step_with_the_answers_in_place(client):
    project = "Plateforme d'imagerie <3D> & IA"
    html = body(get(client, QUESTIONNAIRE, [("profil", "chercheur"), ("projet", project), ("etape", "3")]))
    back = re.search(r'<dd>[^<]*<a href="([^"]+)"[^>]*>modifier', html)
    assert back, "no « modifier » link in the summary"
    url = unescape(back.group(1))
    assert url.endswith("etape=1")
    html = body(client.get(url))
    assert "Étape 1 sur 5" in html
    assert '<input type="radio" name="profil" value="chercheur" id="profil-chercheur" checked' in html
    assert 'id="profil-aucun" checked' not in html
    assert textarea(html) == project
    assert "<3D>" not in html  # escaped wherever it is shown
    # The other answers wait in hidden fields; the description is in its textarea only.
    fields = hidden_fields(html)
    assert ("profil", "chercheur") not in fields
    assert "projet" not in dict(fields)


def test_a_whole_journey_through_the_forms_ends_on_results_for_the_profile_and_project(client):
    project = "Anticorps thérapeutiques, premiers essais précliniques"
    choices = [
        [("profil", "chercheur"), ("projet", project)],
        [("besoin", "financer")],
        [("stade", "amorcage")],
        [("technopole", "partout")],
        [("filiere", "")],
    ]
    html = body(client.get(QUESTIONNAIRE))
    for step, chosen in enumerate(choices, start=1):
        assert f"Étape {step} sur 5" in html
        action = ACTION.search(html).group(1)
        response = get(client, action, hidden_fields(html) + chosen)
        html = body(response)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == RESULTS
    query = urlencode(
        [("profil", "chercheur"), ("projet", project), ("besoin", "financer"), ("stade", "amorcage")]
    )
    assert f'value="http://testserver{RESULTS}?{escape(query)}&amp;technopole=partout"' in html
    recap = re.search(r'<section class="recap".*?</section>', html, re.DOTALL).group(0)
    assert "<dt>Vous et votre projet</dt>" in recap
    assert f"{escape(CHERCHEUR)} · « {escape(project)} »" in recap
    assert f'href="/orientation/?{escape(query)}&amp;technopole=partout&amp;etape=1"' in recap
    record = QuestionnaireResponse.objects.get()
    assert (record.audience.slug, record.project) == ("chercheur", project)


# --- Wrong or odd input ------------------------------------------------------------------------------------


def test_an_unknown_profile_reshows_the_first_step_with_a_french_message(client):
    message = "Le profil « inconnu » n&#x27;existe pas. Choisissez dans la liste."
    response = get(client, QUESTIONNAIRE, [("profil", "inconnu"), ("projet", "robotique"), ("etape", "3")])
    html = body(response)
    assert response.status_code == 200
    assert "Étape 1 sur 5" in html
    assert message in html
    assert 'role="alert"' in html
    assert textarea(html) == "robotique"

    response = get(client, RESULTS, [("profil", "inconnu"), ("besoin", "financer"), ("stade", "amorcage")])
    html = body(response)
    assert response.status_code == 400
    assert "Étape 1 sur 5" in html
    assert message in html
    assert not QuestionnaireResponse.objects.exists()


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ([("profil", "chercheur"), ("profil", "pme")], "Un seul profil peut être choisi."),
        ([("projet", "un"), ("projet", "deux")], "Décrivez votre projet dans un seul champ."),
        ([("profil", "cherch%eur")], "n&#x27;existe pas"),
        ([("profil", "\x00")], "n&#x27;existe pas"),
        ([("profil", "x" * 300)], "n&#x27;existe pas"),
    ],
)
def test_bad_profiles_get_a_400_with_a_french_message_on_the_results_page(client, pairs, message):
    response = get(client, RESULTS, pairs + [("besoin", "financer"), ("stade", "amorcage")])
    html = body(response)
    assert response.status_code == 400
    assert "Étape 1 sur 5" in html
    assert message in html
    assert not QuestionnaireResponse.objects.exists()


def test_a_project_over_500_characters_reshows_the_first_step_with_the_text_kept(client):
    project = ("Biocapteur connecté pour la qualité de l’eau. " * 11).strip()
    assert len(project) > PROJECT_MAX_LENGTH
    message = escape(f"Décrivez votre projet en 500 caractères au plus (vous en avez écrit {len(project)}).")
    response = get(client, QUESTIONNAIRE, [("profil", "createur"), ("projet", project), ("etape", "2")])
    html = body(response)
    assert response.status_code == 200
    assert "Étape 1 sur 5" in html
    assert message in html
    assert textarea(html) == project
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="projet-aide projet-erreur"' in html
    # The profile, valid, stays chosen; the text, too long, is not carried to the other steps' links.
    assert 'value="createur" id="profil-createur" checked' in html
    assert "projet" not in dict(hidden_fields(html))

    response = get(client, RESULTS, [("projet", project), ("besoin", "financer"), ("stade", "amorcage")])
    html = body(response)
    assert response.status_code == 400
    assert "Étape 1 sur 5" in html
    assert message in html
    assert textarea(html) == project


def test_a_project_of_exactly_500_characters_is_accepted(client):
    project = "a" * PROJECT_MAX_LENGTH
    response = get(client, RESULTS, [("projet", project), ("besoin", "financer"), ("stade", "amorcage")])
    assert response.status_code == 200
    assert QuestionnaireResponse.objects.get().project == project


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("anti\x00corps", "anti corps"),
        ("\x1b[31mrouge\x1b[0m", "[31mrouge [0m"),
        ("mot\u200bcaché", "mot caché"),
        ("ligne\r\nsuivante\ttab", "ligne suivante tab"),
        ("\x00\x1b\u200b", ""),
    ],
)
def test_control_characters_become_spaces_not_an_error(client, typed, kept):
    response = get(client, QUESTIONNAIRE, [("profil", "pme"), ("projet", typed), ("etape", "2")])
    html = body(response)
    assert response.status_code == 200
    assert "Étape 2 sur 5" in html
    assert dict(hidden_fields(html)).get("projet", "") == kept
    for character in ("\x00", "\x1b", "\u200b"):
        assert character not in html

    response = get(client, RESULTS, [("projet", typed), ("besoin", "financer"), ("stade", "amorcage")])
    html = body(response)
    assert response.status_code == 200
    for character in ("\x00", "\x1b", "\u200b"):
        assert character not in html
    assert QuestionnaireResponse.objects.get().project == kept


@pytest.mark.parametrize("path", [QUESTIONNAIRE, RESULTS])
def test_ten_thousand_words_are_refused_with_a_message_not_a_crash(client, path):
    project = " ".join(["innovation"] * 10_000)
    response = get(client, path, [("projet", project), ("besoin", "financer"), ("stade", "amorcage")])
    html = body(response)
    assert response.status_code == 400
    assert "trop longue" in html
    assert 'role="alert"' in html
    assert not QuestionnaireResponse.objects.exists()


def test_a_long_project_under_the_query_string_cap_gets_the_length_message(client):
    project = "mot " * 300  # 1,200 characters, far under the cap once encoded
    query = urlencode([("projet", project), ("besoin", "financer"), ("stade", "amorcage")])
    assert len(query) < MAX_QUERY_STRING_LENGTH
    response = client.get(f"{RESULTS}?{query}")
    html = body(response)
    assert response.status_code == 400
    assert "Décrivez votre projet en 500 caractères au plus (vous en avez écrit 1199)." in html


def test_just_over_the_query_string_cap_is_too_long(client):
    query = urlencode([("besoin", "financer"), ("stade", "amorcage"), ("projet", "’" * 800)])
    assert len(query) > MAX_QUERY_STRING_LENGTH
    response = client.get(f"{RESULTS}?{query}")
    assert response.status_code == 400
    assert "trop longue" in body(response)


@pytest.mark.parametrize(
    "project",
    [
        "\" * NEAR OR - ' ; DROP TABLE offers_offer; --",
        "NEAR(anticorps capteur, 2) AND NOT -incubateur*",
        '"unterminated',
        "anticorps OR 1=1 --",
        "col:title ^ * ) ( {} [] & | ! <-> :*",
        "'; DELETE FROM guidance_questionnaireresponse; SELECT '",
    ],
)
def test_search_syntax_in_the_project_is_only_text(client, project):
    make_offer(
        title="Plateforme anticorps",
        description="Production d'anticorps pour la recherche",
        needs=[need("financer")],
        stages=[stage("amorcage")],
    )
    response = get(client, RESULTS, [("projet", project), ("besoin", "financer"), ("stade", "amorcage")])
    assert response.status_code == 200
    assert "Plateforme anticorps" in body(response)
    assert Offer.objects.count() == 1
    assert QuestionnaireResponse.objects.get().project == project


def test_a_500_character_description_with_accents_fits_under_the_cap(client):
    sentence = "Thérapie génique à l’échelle préclinique, équipe d’Aix-Marseille « Hôpital » ; "
    project = (sentence * 10)[:PROJECT_MAX_LENGTH]
    assert len(project) == PROJECT_MAX_LENGTH
    needs = list(Need.objects.values_list("slug", flat=True))[:MAX_NEEDS]
    pairs = [("profil", "entreprise-etrangere"), ("projet", project)]
    pairs += [("besoin", slug) for slug in needs]
    pairs += [("stade", "amorcage"), ("technopole", "luminy"), ("filiere", "sante-biotech")]
    response = get(client, RESULTS, pairs)
    assert response.status_code == 200
    # The worst case: every character three bytes long once encoded, with ten needs.
    worst = pairs[:1] + [("projet", "’" * PROJECT_MAX_LENGTH)] + pairs[2:]
    assert len(urlencode(worst)) <= MAX_QUERY_STRING_LENGTH
    assert get(client, RESULTS, worst).status_code == 200
    # And the questionnaire's steps, which also carry the text, accept it as well.
    assert get(client, QUESTIONNAIRE, worst + [("etape", "5")]).status_code == 200


# --- The profile in the results ----------------------------------------------------------------------------


def _offer_for(title: str, *slugs: str, **fields) -> Offer:
    offer = make_offer(title=title, needs=[need("financer")], stages=[stage("amorcage")], **fields)
    offer.audiences.set([Audience.objects.get(slug=slug) for slug in slugs])
    return offer


def test_an_offer_reserved_to_other_audiences_is_not_shown(client):
    _offer_for("Réservé aux PME", "pme")
    _offer_for("Ouvert à tous")
    _offer_for("Pour les chercheurs", "chercheur")
    _offer_for("Chercheurs et étudiants", "chercheur", "etudiant")

    html = body(
        get(client, RESULTS, [("profil", "chercheur"), ("besoin", "financer"), ("stade", "amorcage")])
    )
    shown = articles(html)
    assert "Réservé aux PME" not in shown
    assert {"Ouvert à tous", "Pour les chercheurs", "Chercheurs et étudiants"} <= set(shown)
    assert "3 offres correspondent à vos réponses." in html
    # Made for the profile first, then open to everyone.
    assert list(shown)[-1] == "Ouvert à tous"
    assert f"conçu pour votre profil : {CHERCHEUR}" in reasons(shown["Pour les chercheurs"])
    assert "conçu pour votre profil" not in reasons(shown["Ouvert à tous"])

    # Without a profile every offer is for the holder; with another one, its own offers.
    html = body(get(client, RESULTS, [("besoin", "financer"), ("stade", "amorcage")]))
    assert "4 offres correspondent à vos réponses." in html
    assert "conçu pour votre profil" not in html
    shown = articles(
        body(get(client, RESULTS, [("profil", "pme"), ("besoin", "financer"), ("stade", "amorcage")]))
    )
    assert set(shown) == {"Réservé aux PME", "Ouvert à tous"}
    assert "conçu pour votre profil : TPE ou PME" in reasons(shown["Réservé aux PME"])


def test_the_words_of_the_project_rank_the_offer_that_speaks_of_them_first(client):
    # Equal in every other way; « Accompagnement » comes first by title when no words are given.
    _offer_for("Accompagnement scientifique", description="Conseil en propriété intellectuelle.")
    _offer_for("Programme biotech", description="Développement d'anticorps thérapeutiques.")
    plain = articles(body(get(client, RESULTS, [("besoin", "financer"), ("stade", "amorcage")])))
    assert list(plain) == ["Accompagnement scientifique", "Programme biotech"]

    html = body(
        get(client, RESULTS, [("projet", "anticorps"), ("besoin", "financer"), ("stade", "amorcage")])
    )
    shown = articles(html)
    assert list(shown) == ["Programme biotech", "Accompagnement scientifique"]
    assert "Vous avez écrit « anticorps » : ce mot figure dans sa présentation" in reasons(
        shown["Programme biotech"]
    )
    assert "anticorps" not in reasons(shown["Accompagnement scientifique"])


def test_the_record_keeps_the_profile_and_the_project(client):
    project = "Jumeau numérique pour la maintenance portuaire"
    get(
        client,
        RESULTS,
        [("profil", "eti-grand-groupe"), ("projet", project), ("besoin", "financer"), ("stade", "amorcage")],
    )
    record = QuestionnaireResponse.objects.get()
    assert record.audience == Audience.objects.get(slug="eti-grand-groupe")
    assert record.project == project
    assert record.needs_key == "financer"


# --- Retention of the descriptions -------------------------------------------------------------------------


def _record_with_project(project: str, age: timedelta) -> QuestionnaireResponse:
    record = make_questionnaire_response(["financer"], created_at=timezone.now() - age)
    QuestionnaireResponse.objects.filter(pk=record.pk).update(
        project=project, audience=Audience.objects.get(slug="chercheur")
    )
    return record


def test_purge_blanks_the_old_projects_only(client, settings):
    assert settings.QUESTIONNAIRE_TEXT_RETENTION_DAYS == 365
    old = _record_with_project("ancien projet", timedelta(days=400))
    almost = _record_with_project("presque ancien", timedelta(days=364))
    recent = _record_with_project("projet récent", timedelta(days=2))
    out = StringIO()
    call_command("purge_questionnaire_texts", stdout=out)
    assert "1 description(s) effacée(s)" in out.getvalue()
    projects = dict(QuestionnaireResponse.objects.values_list("pk", "project"))
    assert projects == {old.pk: "", almost.pk: "presque ancien", recent.pk: "projet récent"}
    # The rest of the record is kept.
    old.refresh_from_db()
    assert (old.audience.slug, old.needs_key, old.stage.slug) == ("chercheur", "financer", "creation")

    out = StringIO()
    call_command("purge_questionnaire_texts", stdout=out)  # idempotent
    assert "0 description(s) effacée(s)" in out.getvalue()

    settings.QUESTIONNAIRE_TEXT_RETENTION_DAYS = 30
    call_command("purge_questionnaire_texts", stdout=StringIO())
    projects = dict(QuestionnaireResponse.objects.values_list("pk", "project"))
    assert projects == {old.pk: "", almost.pk: "", recent.pk: "projet récent"}


def test_see_all_offers_of_a_need_keeps_the_results_order(client):
    """« Voir les N offres » opens the catalogue sorted by the same relevance as the results page."""
    from guidance.orientation.matching import PER_NEED

    financer, locaux = need("financer"), need("locaux")
    for i in range(PER_NEED + 4):
        offer = make_offer(
            title=f"Offre {i:02d}",
            needs=[financer, locaux] if i % 3 == 0 else [financer],
            stages=[stage("amorcage")] if i % 2 else [stage("amorcage"), stage("creation")],
            description="Prêt d'honneur pour les anticorps." if i % 4 == 0 else "",
        )
        if i % 5 == 0:
            offer.audiences.set([Audience.objects.get(slug="chercheur")])
    query = "profil=chercheur&projet=anticorps&besoin=financer&besoin=locaux&stade=amorcage"
    html = client.get(f"/orientation/resultats/?{query}").content.decode()
    shown = re.findall(r'class="match-title"><a href="/offres/([\w-]+)/', html.split('id="besoin-locaux"')[0])
    link = re.search(r'href="(/offres/\?besoin=financer&amp;[^"]+)"', html).group(1).replace("&amp;", "&")
    listed = re.findall(r'<h3><a href="/offres/([\w-]+)/">', client.get(link).content.decode())
    # The catalogue lists every offer of the need in the same order; those answering both needs are shown
    # under « financer » only when they rank best there, so compare the order of the ones shown.
    assert shown and [slug for slug in listed if slug in shown] == shown
