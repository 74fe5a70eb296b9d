"""A route written for some methods answers any other with 405: every view's « wrong method » case, in one place.

Each route is called by someone allowed to open it (anonymous, a member of the structure that owns the data,
or Métropole staff), so that the 405 comes from the method, not from a login redirect or a 403.
"""

import pytest

from tests.factories import (
    make_actor,
    make_contact_request,
    make_draft_financing_file,
    make_financing_file,
    make_metropole_user,
    make_offer,
    make_structure_user,
)

pytestmark = pytest.mark.django_db

# (method, path, who): `{…}` in the path is filled from the `site` fixture; `who` is None (anonymous),
# "member" (of the structure of the offer and of the contact request) or "metropole" (the coverage reports).
ROUTES = [
    # The portal
    ("post", "/", None),
    ("post", "/accessibilite/", None),
    # The catalogue
    ("post", "/offres/", None),
    ("post", "/offres/{offer}/", None),
    ("post", "/offres/export.csv", None),
    ("post", "/offres/export.json", None),
    ("post", "/acteurs/", None),
    ("post", "/acteurs/{actor}/", None),
    ("post", "/recrutement/", None),
    ("post", "/competences/", None),
    ("post", "/financements/", None),
    ("post", "/hebergement/", None),
    ("get", "/admin/offers/offer/{offer_id}/confirmer/", "member"),
    # Orientation
    ("post", "/orientation/", None),
    ("post", "/orientation/resultats/?besoin=financer&stade=amorcage", None),
    # Contact requests
    ("put", "/contact/offre/{offer}/", None),
    ("delete", "/contact/structure/{actor}/", None),
    ("post", "/contact/merci/{reference}/", None),
    ("post", "/donnees-personnelles/", None),
    ("get", "/admin/guidance/contactrequest/{request_id}/prendre-en-charge/", "member"),
    ("get", "/admin/guidance/contactrequest/{request_id}/cloturer/", "member"),
    ("put", "/admin/guidance/contactrequest/{request_id}/reorienter/", "member"),
    # The single financing file
    ("put", "/financements/dossier/", None),
    ("post", "/financements/dossier/{draft}/", None),
    ("delete", "/financements/dossier/{draft}/projet/", None),
    ("post", "/financements/dossier/{file}/imprimer/", None),
    ("put", "/financements/dossier/{file}/envoyer/", None),
    ("put", "/financements/dossier/{file}/retirer/", None),
    # Coverage reports
    ("post", "/pilotage/", "metropole"),
    ("post", "/pilotage/offre/", "metropole"),
    ("post", "/pilotage/demande/", "metropole"),
    ("post", "/pilotage/fraicheur/", "metropole"),
    ("post", "/pilotage/structures/", "metropole"),
    ("post", "/pilotage/synthese/", "metropole"),
    ("post", "/pilotage/offre/export.csv", "metropole"),
    ("post", "/pilotage/demande/export.csv", "metropole"),
    ("post", "/pilotage/demande/besoins.csv", "metropole"),
    ("post", "/pilotage/fraicheur/export.csv", "metropole"),
    ("post", "/pilotage/fraicheur/structures.csv", "metropole"),
    ("post", "/pilotage/structures/export.csv", "metropole"),
]


@pytest.fixture
def site() -> dict:
    """An offer and a contact request of one structure, a member of it, Métropole staff, a financing file
    just started and a complete one: the values of the paths' `{…}` and the users of `who`."""
    actor = make_actor()
    offer = make_offer(actor=actor)
    contact_request = make_contact_request(actor=actor)
    return {
        "actor": actor.slug,
        "offer": offer.slug,
        "offer_id": offer.pk,
        "reference": contact_request.reference,
        "request_id": contact_request.pk,
        "draft": make_draft_financing_file().token,
        "file": make_financing_file().token,
        "member": make_structure_user(actor),
        "metropole": make_metropole_user(),
    }


@pytest.mark.parametrize(("method", "path", "who"), ROUTES, ids=[f"{m.upper()} {p}" for m, p, _ in ROUTES])
def test_a_wrong_method_gives_405(client, site, method, path, who):
    if who is not None:
        client.force_login(site[who])
    assert getattr(client, method)(path.format(**site)).status_code == 405
