"""HEAD is a safe method like GET: monitors and link checkers use it. Every page that answers GET answers
HEAD the same way, without a body."""

import pytest
from django.utils import timezone

from guidance.models import ContactRequest
from tests.factories import (
    make_actor,
    make_contact_request,
    make_financing_file,
    make_metropole_user,
    make_offer,
    technopole,
)

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/healthz",
    "/",
    "/accessibilite/",
    "/mentions-legales/",
    "/orientation/",
    "/orientation/resultats/?besoin=financer&stade=amorcage&technopole=luminy",
    "/offres/",
    "/offres/{offer}/",
    "/offres/export.csv",
    "/offres/export.json",
    "/acteurs/",
    "/acteurs/{actor}/",
    "/financements/",
    "/hebergement/",
    "/recrutement/",
    "/competences/",
    "/technopoles/luminy/",
    "/contact/offre/{offer}/",
    "/contact/structure/{actor}/",
    "/contact/merci/{reference}/",
    "/donnees-personnelles/",
    "/financements/dossier/",
    "/financements/dossier/{file}/",
    "/financements/dossier/{file}/projet/",
    "/financements/dossier/{file}/imprimer/",
    "/financements/dossier/{file}/envoyer/",
    "/financements/dossier/{file}/retirer/",
    "/financements/dossier/{file}/nouveau-lien/",
]
STAFF = [
    "/pilotage/",
    "/pilotage/offre/",
    "/pilotage/demande/",
    "/pilotage/fraicheur/",
    "/pilotage/synthese/",
]


@pytest.fixture
def site() -> dict:
    actor = make_actor()
    offer = make_offer(actor=actor, technopoles=[technopole("luminy")])
    contact_request = make_contact_request(actor=actor, offer=offer)
    ContactRequest.objects.filter(pk=contact_request.pk).update(structure_notified_at=timezone.now())
    file = make_financing_file()
    return {
        "actor": actor.slug,
        "offer": offer.slug,
        "reference": contact_request.reference,
        "file": file.token,
    }


@pytest.mark.parametrize("path", PUBLIC)
def test_head_answers_like_get_without_a_body(client, site, path):
    url = path.format(**site)
    get = client.get(url)
    head = client.head(url)
    assert get.status_code == 200, url
    assert head.status_code == 200, url
    body = b"".join(head.streaming_content) if head.streaming else head.content
    assert body == b""
    assert head["Content-Type"] == get["Content-Type"]


@pytest.mark.parametrize("path", STAFF)
def test_head_answers_on_the_coverage_reports(client, path):
    client.force_login(make_metropole_user())
    assert client.head(path).status_code == 200
