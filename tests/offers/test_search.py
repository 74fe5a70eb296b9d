"""Full-text search as people type it, on the database's own engine (FTS5 on SQLite, tsvector on PostgreSQL):
the same tests pass on both."""

from __future__ import annotations

import re

import pytest

from offers import search
from offers.models import Offer
from tests.factories import make_actor, make_competence, make_offer
from tests.offers.catalogue_helpers import listed

pytestmark = pytest.mark.django_db


def titles_in_order(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content.decode()[:300]
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", t) for t in re.findall(r'<h3><a href="/offres/[\w-]+/">(.*?)</a></h3>', html)
    ]


# --- Terms -----------------------------------------------------------------------------------------------


def test_terms_fold_accents_apostrophes_elisions_and_word_forms():
    assert search.index_terms("Prêts d’honneur") == search.index_terms("pret d'honneur") == "pret honneur"
    assert search.index_terms("incubateurs") == search.index_terms("Incubation") == "incub"
    # A hyphenated word: its parts and the whole, so that « startup » finds « start-up ».
    assert search.index_terms("start-up").split() == ["start", "up", "startup"]
    assert search.query_term("start-up") == search.query_term("startup")


def test_a_query_reads_synonym_phrases_and_corrects_one_typo_on_longer_words():
    vocabulary = search.Vocabulary([("incubateur", "incub"), ("hebergement", "heberg")])
    query = search.parse("incubatuer", vocabulary)
    assert query.corrected == {"incubatuer": "incubateur"} and query.suggestion == "incubateur"
    assert ("incub",) in query.groups[0]
    # Short words are not « corrected ».
    assert search.parse("pme", vocabulary).corrected == {}
    # « lever des fonds » is one phrase of the synonym list, with its alternatives.
    [group] = search.parse("lever des fonds").groups
    assert ("leve", "fond") in group and ("investisseur",) in group


def test_search_syntax_is_only_text():
    for text in ['"', "*", "NEAR(a b)", "a OR b", "-x", "') ; DROP TABLE offers_offer; --", "\x00\x1b"]:
        query = search.parse(text)
        assert all(re.fullmatch(r"[a-z0-9]+\*?", t) for g in query.groups for p in g for t in p), text


# --- The catalogue ---------------------------------------------------------------------------------------


@pytest.fixture
def catalogue():
    return {
        "incubator": make_offer(
            title="Incubation des start-up de biotechnologie",
            summary="Deux ans d'accompagnement pour les projets issus des laboratoires.",
            description="Incubateur de la recherche publique, à Luminy.",
        ),
        "premises": make_offer(
            title="Hébergement en pépinière",
            summary="Des bureaux et des laboratoires équipés à Luminy.",
        ),
        "loan": make_offer(title="Prêt d'honneur à taux zéro", summary="Jusqu'à 30 000 € sans garantie."),
        "loan2": make_offer(title="Prêts d'honneur création", summary="Un prêt personnel au créateur."),
        "hydrogen": make_offer(
            title="Démonstrateur énergie",
            summary="Essais de piles à combustible.",
            description="Production d'hydrogène vert et stockage.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("incubation biotech", {"incubator"}),
        ("locaux luminy", {"premises"}),
        ("hydrogene", {"hydrogen"}),
        ("startup", {"incubator"}),
        ("incubatuer", {"incubator"}),
        ("prêts d'honneur", {"loan", "loan2"}),
        ("pret d'honneur", {"loan", "loan2"}),
        ("prêt d’honneur", {"loan", "loan2"}),
    ],
)
def test_the_tracker_s_queries_find_their_offers(client, catalogue, query, expected):
    found = listed(client, f"/offres/?q={query}")
    assert found == {catalogue[key].slug for key in expected}


def test_title_matches_come_before_summary_and_description_matches(client):
    make_offer(title="Atelier de design", description="Un accompagnement en prototypage rapide.")
    make_offer(title="Prototypage rapide", summary="Fabrication numérique.")
    make_offer(title="Fablab", summary="Prototypage et impression 3D.")
    assert titles_in_order(client, "/offres/?q=prototypage") == [
        "Prototypage rapide",
        "Fablab",
        "Atelier de design",
    ]


def test_a_typo_is_forgiven_and_the_page_asks_did_you_mean(client, catalogue):
    html = client.get("/offres/?q=incubatuer").content.decode()
    assert "Vouliez-vous dire" in html and "« incubateur »" in html
    assert 'href="/offres/?q=incubateur"' in html


def test_when_no_offer_has_every_word_those_with_most_of_them_are_shown_and_the_page_says_so(
    client, catalogue
):
    found = listed(client, "/offres/?q=hydrogene+licorne")
    assert found == {catalogue["hydrogen"].slug}
    assert (
        "voici celles qui en contiennent le plus"
        in client.get("/offres/?q=hydrogene+licorne").content.decode()
    )


def test_matched_words_are_highlighted(client, catalogue):
    html = client.get("/offres/?q=incubateur").content.decode()
    assert "<mark>Incubation</mark> des start-up" in html


def test_an_empty_search_says_to_try_other_words_not_to_remove_a_filter(client, catalogue):
    html = client.get("/offres/?q=zzzzzz").content.decode()
    assert "Aucun résultat pour « zzzzzz »" in html
    assert "enlever un filtre" not in html


@pytest.mark.parametrize(
    "query", ['"', "*", "NEAR", "a OR b", "-", "'; DROP TABLE offers_offer; --", "x" * 200, "mot " * 40]
)
def test_search_syntax_and_long_queries_are_harmless(client, catalogue, query):
    response = client.get("/offres/", {"q": query})
    assert response.status_code in (200, 400)
    assert Offer.objects.count() == 5


def test_sort_by_name_and_by_update(client, catalogue):
    by_name = titles_in_order(client, "/offres/?q=pret+honneur&tri=nom")
    assert by_name == sorted(by_name)
    assert client.get("/offres/?tri=recent").status_code == 200
    assert client.get("/offres/?tri=n-importe").status_code == 400


def test_specialised_catalogues_search_too(client):
    lab = make_competence(title="Plateforme de cytométrie", domains="Cytométrie en flux", equipment="Trieur")
    make_competence(title="Spectrométrie", domains="Masse")
    assert listed(client, "/competences/?q=cytometrie") == {lab.slug}


def test_the_structures_directory_searches_names_and_descriptions(client):
    satt = make_actor(name="SATT Sud-Est", description="Transfert de technologie et maturation.")
    make_actor(name="Incubateur Impulse", description="Incubation des projets de la recherche publique.")
    html = client.get("/acteurs/?q=SATT").content.decode()
    assert satt.get_absolute_url() in html and "Impulse" not in html
    html = client.get("/acteurs/?q=transfert+technologique").content.decode()
    assert satt.get_absolute_url() in html
