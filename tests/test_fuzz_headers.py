"""Hostile values never reach a response header: every public page, every query parameter, with and without
htmx, with CR, LF and NUL in the value, answers without a server error (issue « header injection »)."""

import pytest
from django.test import Client

from tests.factories import make_actor, make_financing_file, make_metropole_user, make_offer, technopole

# Every parameter a public page reads (the catalogues' filters and pagination, the questionnaire, the
# pilotage periods), plus one nobody reads.
PARAMETERS = [
    "page", "q", "besoin", "stade", "technopole", "filiere", "type", "cout", "structure", "tutelle",
    "instrument", "montant", "dossier_unique", "vue", "surface", "bail_souple", "disponible", "etape",
    "profil", "projet", "periode", "debut", "fin", "tri", "inconnu",
]  # fmt: skip
HOSTILE = ["x\r\nX-Injected: oui", "\x00"]
PAGES = [
    "/", "/healthz", "/accessibilite/", "/orientation/", "/orientation/resultats/", "/offres/",
    "/offres/{offer}/", "/offres/export.csv", "/offres/export.json", "/acteurs/", "/acteurs/{actor}/",
    "/financements/", "/hebergement/", "/recrutement/", "/competences/", "/technopoles/luminy/",
    "/contact/offre/{offer}/", "/contact/structure/{actor}/", "/donnees-personnelles/",
    "/financements/dossier/", "/financements/dossier/{file}/", "/financements/dossier/{file}/envoyer/",
]  # fmt: skip
STAFF_PAGES = ["/pilotage/", "/pilotage/offre/", "/pilotage/demande/", "/pilotage/structures/"]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, module_transaction) -> dict:
    with django_db_blocker.unblock():
        actor = make_actor()
        offer = make_offer(actor=actor, technopoles=[technopole("luminy")])
        file = make_financing_file()
        staff = make_metropole_user(username="fuzz-staff")
    return {"actor": actor.slug, "offer": offer.slug, "file": file.token, "staff": staff}


def check(client: Client, path: str, params: dict, **headers) -> None:
    response = client.get(path, params, **headers)
    assert response.status_code < 500, (path, params, headers)
    for name, value in response.items():
        assert "\r" not in value and "\n" not in value and "\x00" not in value, (path, name, value)


def assert_no_server_error(client: Client, path: str) -> int:
    """Each parameter alone with each hostile value, as htmx sends it (htmx answers carry the most headers,
    `HX-Push-Url` among them), then every parameter at once with and without htmx. Returns the count."""
    count = 0
    for name in PARAMETERS:
        for value in HOSTILE:
            check(client, path, {name: value}, HTTP_HX_REQUEST="true")
            count += 1
    for value in HOSTILE:
        check(client, path, dict.fromkeys(PARAMETERS, value))
        check(client, path, dict.fromkeys(PARAMETERS, value), HTTP_HX_REQUEST="true")
        count += 2
    return count


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_hostile_values_never_cause_a_server_error_nor_reach_a_header(client, site, page):
    assert assert_no_server_error(client, page.format(**site)) == (len(PARAMETERS) + 2) * len(HOSTILE)


@pytest.mark.django_db
@pytest.mark.parametrize("page", STAFF_PAGES)
def test_hostile_values_on_the_coverage_reports(client, site, page):
    client.force_login(site["staff"])
    assert_no_server_error(client, page)
