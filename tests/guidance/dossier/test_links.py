"""The single financing file is within reach: linked from the financing catalogue, the home page and the
« Financer mon projet » group of the results; the legal notice is linked from every page's footer."""

import pytest
from django.urls import reverse

from tests.factories import make_offer, need, stage

pytestmark = pytest.mark.django_db

DOSSIER = reverse("dossier:start")


@pytest.mark.parametrize("path", ["/", "/financements/"])
def test_pages_link_to_the_financing_file(client, path):
    page = client.get(path).content.decode()
    assert f'href="{DOSSIER}"' in page


def test_the_financing_group_of_the_results_links_to_the_financing_file(client):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")])
    page = client.get("/orientation/resultats/?besoin=financer&stade=amorcage").content.decode()
    group = page.split('id="besoin-financer"')[1].split("</section>")[0]
    assert f'href="{DOSSIER}"' in group
    assert "<h3" in group.split(DOSSIER)[0]  # a sub-heading of the group, not a second h2


def test_other_groups_of_the_results_do_not(client):
    make_offer(needs=[need("locaux")], stages=[stage("amorcage")])
    page = client.get("/orientation/resultats/?besoin=locaux&stade=amorcage").content.decode()
    assert f'href="{DOSSIER}"' not in page


def test_the_legal_notice_is_linked_from_every_page_and_names_the_publisher(client):
    assert 'href="/mentions-legales/"' in client.get("/offres/").content.decode()
    page = client.get("/mentions-legales/").content.decode()
    assert "<h1>Mentions légales</h1>" in page
    for heading in ["Éditeur", "Directeur ou directrice de la publication", "Hébergeur"]:
        assert heading in page
