import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from financing.models import FinancingScheme
from offers.catalogue import PER_PAGE
from offers.models import Competence, Offer, RecruitmentService
from tests.factories import (
    bulk_offers,
    make_actor,
    make_competence,
    make_financing,
    make_housing,
    make_offer,
    make_recruitment,
    need,
    sector,
    stage,
    technopole,
)
from tests.offers.catalogue_helpers import assert_query_counts

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode()


def listed_slugs(response) -> set[str]:
    return set(re.findall(r'<h3><a href="/offres/([\w-]+)/">', body(response)))


def json_ld(response) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', body(response), re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


# --- /offres/ --------------------------------------------------------------------------------------------


def test_offer_list_shows_published_offers_only(client):
    published = make_offer(title="Incubation Luminy")
    draft = make_offer(status=Offer.Status.DRAFT)
    archived = make_offer(status=Offer.Status.ARCHIVED)
    response = client.get("/offres/")
    assert response.status_code == 200
    assert listed_slugs(response) == {published.slug}
    assert draft.slug not in body(response) and archived.slug not in body(response)


def test_offer_list_filters_and_searches_through_the_query_string(client):
    nursery = make_offer(title="Pépinière Marseille Innovation", needs=[need("locaux")])
    make_offer(title="Pépinière ailleurs", needs=[need("financer")])
    response = client.get("/offres/?q=pepiniere&besoin=locaux")
    assert response.status_code == 200
    assert listed_slugs(response) == {nursery.slug}
    page = body(response)
    assert 'value="locaux" checked' in page
    assert 'value="pepiniere"' in page


def test_offer_list_form_works_with_and_without_javascript(client):
    page = body(client.get("/offres/"))
    assert '<form class="filter-form" method="get" action="/offres/"' in page
    assert 'hx-get="/offres/"' in page and 'hx-push-url="true"' in page and 'hx-target="#resultats"' in page
    assert 'hx-trigger="change, submit"' in page
    assert 'aria-live="polite"' in page
    assert ">Filtrer</button>" in page
    assert "<legend>Besoin</legend>" in page


def test_offer_list_shows_facet_counts(client):
    make_offer(needs=[need("financer")])
    make_offer(needs=[need("financer"), need("locaux")])
    page = body(client.get("/offres/"))
    assert re.search(r'Financer mon projet <span class="facet-count">2<', page)
    assert re.search(r'Trouver des locaux <span class="facet-count">1<', page)


def test_offer_list_htmx_request_gets_the_results_partial_and_new_counts(client):
    make_offer(title="Prêt d'honneur", needs=[need("financer")])
    response = client.get("/offres/?besoin=financer", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in body(response)
    assert "Prêt d&#x27;honneur" in body(response)
    assert '<div id="facettes" hx-swap-oob="true">' in body(response)
    assert 'id="statut-resultats" hx-swap-oob="innerHTML">1 résultat' in body(response)
    assert "HX-Request" in response["Vary"]


def test_offer_list_htmx_pushes_the_address_without_empty_fields(client):
    response = client.get("/offres/?q=&besoin=financer&stade=&page=", headers={"HX-Request": "true"})
    assert response["HX-Push-Url"] == "/offres/?besoin=financer"
    response = client.get("/offres/?q=&stade=", headers={"HX-Request": "true"})
    assert response["HX-Push-Url"] == "/offres/"


def test_offer_list_htmx_request_with_bad_filters_gets_the_message_with_400(client):
    response = client.get("/offres/?stade=demain", headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert "<html" not in body(response)
    assert "Stade de maturité : Sélectionnez un choix valide" in body(response)


def test_offer_list_paginates_and_keeps_the_filters(client):
    bulk_offers(PER_PAGE * 2 + 5)
    first = body(client.get("/offres/?cout=gratuit&type=accompagnement"))
    assert "Page 1 sur" in first
    assert 'href="?cout=gratuit&amp;type=accompagnement&amp;page=2"' in first
    second = client.get("/offres/?cout=gratuit&type=accompagnement&page=2")
    assert second.status_code == 200
    assert "Page 2 sur" in body(second)


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "1e999", ""])
def test_offer_list_survives_any_page_number(client, page):
    bulk_offers(PER_PAGE + 1)
    response = client.get(f"/offres/?page={page}")
    assert response.status_code == 200
    assert len(listed_slugs(response)) >= 1


@pytest.mark.parametrize(
    "params, message",
    [
        ("technopole=atlantide", "Technopôle ou site : Sélectionnez un choix valide"),
        ("besoin=voler", "Besoin : Sélectionnez un choix valide"),
        ("structure=inconnue", "Structure : Sélectionnez un choix valide"),
        ("q=" + "a" * 500, "Mots-clés : Assurez-vous"),
    ],
)
def test_offer_list_answers_400_with_a_french_message_on_bad_filters(client, params, message):
    make_offer()
    response = client.get(f"/offres/?{params}")
    assert response.status_code == 400
    assert message in body(response)
    assert listed_slugs(response) == set()


def test_export_links_carry_the_current_filters(client):
    page = body(client.get("/offres/?besoin=financer&stade=idee"))
    assert 'href="/offres/export.csv?besoin=financer&amp;stade=idee"' in page
    assert 'href="/offres/export.json?besoin=financer&amp;stade=idee"' in page


# --- /offres/<slug>/ ---------------------------------------------------------------------------------------


def test_offer_detail_shows_the_offer_its_structure_and_contact(client):
    actor = make_actor(name="Provence Promotion", email="info@provence.example.org")
    offer = make_offer(
        actor=actor,
        title="Accélérateur",
        eligibility="Start-up de moins de 3 ans",
        cost=Offer.Cost.PAID,
        cost_details="1 000 € par an",
        contact_name="Camille Martin",
    )
    response = client.get(f"/offres/{offer.slug}/")
    page = body(response)
    assert response.status_code == 200
    assert "<h1>Accélérateur</h1>" in page
    assert "Start-up de moins de 3 ans" in page
    assert "Payant : 1 000 € par an" in page
    assert "Camille Martin" in page and "mailto:info@provence.example.org" in page
    assert (
        f'href="/contact/offre/{offer.slug}/?stade=creation"' in page and "Contacter cette structure" in page
    )
    assert "Dernière confirmation" in page
    assert "Information à vérifier" not in page


def test_offer_detail_contact_link_carries_the_holders_stage(client):
    offer = make_offer(stages=[stage("idee"), stage("creation")])
    single = make_offer(stages=[stage("amorcage")])
    assert f'href="/contact/offre/{offer.slug}/"' in body(client.get(f"/offres/{offer.slug}/"))
    page = body(client.get(f"/offres/{offer.slug}/?stade=creation"))
    assert f'href="/contact/offre/{offer.slug}/?stade=creation"' in page
    # An unknown stage is ignored; an offer for one stage pre-selects it.
    assert f'href="/contact/offre/{offer.slug}/"' in body(client.get(f"/offres/{offer.slug}/?stade=<b>"))
    assert f'href="/contact/offre/{single.slug}/?stade=amorcage"' in body(
        client.get(f"/offres/{single.slug}/")
    )


def test_offer_detail_flags_stale_information(client):
    offer = make_offer(reviewed_at=timezone.now() - timedelta(days=800))
    assert "Information à vérifier" in body(client.get(f"/offres/{offer.slug}/"))


@pytest.mark.parametrize("status", [Offer.Status.DRAFT, Offer.Status.ARCHIVED])
def test_offer_detail_hides_unpublished_offers(client, status):
    offer = make_offer(status=status)
    assert client.get(f"/offres/{offer.slug}/").status_code == 404


def test_offer_detail_unknown_slug_is_404(client):
    assert client.get("/offres/nulle-part/").status_code == 404


def test_offer_detail_shows_kind_specific_fields(client):
    scheme = make_financing(
        instrument=FinancingScheme.Instrument.GRANT,
        amount_min=5000,
        amount_max=30000,
        accepts_single_file=True,
    )
    site = make_housing(
        surface_min=12, surface_max=80, flexible_lease=True, lease_terms="Convention de 23 mois"
    )
    service = make_recruitment(service_type=RecruitmentService.ServiceType.INTERNSHIPS)
    body_ = make_actor(kind="universite", name="Aix-Marseille Université")
    lab = make_competence(
        domains="Génomique fonctionnelle", equipment="Séquenceur", supervising_bodies=[body_]
    )
    page = body(client.get(f"/offres/{scheme.slug}/"))
    assert "Subvention" in page and "de 5\xa0000 € à 30\xa0000 €" in page and "Accepté" in page
    page = body(client.get(f"/offres/{site.slug}/"))
    assert "de 12 à 80 m²" in page and "Bail souple" in page and "Convention de 23 mois" in page
    assert "Stages, alternance et jeunes diplômés" in body(client.get(f"/offres/{service.slug}/"))
    page = body(client.get(f"/offres/{lab.slug}/"))
    assert "Génomique fonctionnelle" in page and "Séquenceur" in page and "Aix-Marseille Université" in page


def test_offer_detail_suggests_complementary_offers_of_other_structures(client):
    actor = make_actor()
    offer = make_offer(actor=actor, needs=[need("financer")], stages=[stage("amorcage")])
    same_actor = make_offer(actor=actor, stages=[stage("amorcage")])
    same_need = make_offer(needs=[need("financer")], stages=[stage("amorcage")], title="Z même besoin")
    same_stage = make_offer(needs=[need("locaux")], stages=[stage("amorcage")], title="A même stade")
    other_stage = make_offer(needs=[need("financer")], stages=[stage("croissance")])
    draft = make_offer(stages=[stage("amorcage")], status=Offer.Status.DRAFT)
    section = body(client.get(f"/offres/{offer.slug}/")).split('id="titre-complementaires"')[1]
    assert same_need.slug in section and same_stage.slug in section
    # Offers addressing the same needs come first.
    assert section.index(same_need.slug) < section.index(same_stage.slug)
    for absent in (same_actor, other_stage, draft):
        assert absent.slug not in section


def test_complementary_offers_of_the_same_sector_come_first(client):
    offer = make_offer(needs=[need("financer")], stages=[stage("idee")], sectors=[sector("sante-biotech")])
    same_need = make_offer(needs=[need("financer")], stages=[stage("idee")], title="A même besoin")
    same_sector = make_offer(
        needs=[need("locaux")],
        stages=[stage("idee")],
        sectors=[sector("sante-biotech")],
        title="Z même filière",
    )
    section = body(client.get(f"/offres/{offer.slug}/")).split('id="titre-complementaires"')[1]
    assert section.index(same_sector.slug) < section.index(same_need.slug)


def test_offer_detail_has_escaped_schema_org_json_ld(client):
    offer = make_offer(title="</script><script>alert(1)</script>", technopoles=[technopole("luminy")])
    response = client.get(f"/offres/{offer.slug}/")
    assert "</script><script>alert(1)" not in body(response)
    data = json_ld(response)
    assert data["@type"] == "Service"
    assert data["name"] == offer.title
    assert data["provider"]["name"] == offer.actor.name
    assert data["areaServed"] == ["Luminy"]


# --- Open data ---------------------------------------------------------------------------------------------


def test_csv_export_matches_the_filtered_list(client):
    kept = make_offer(needs=[need("financer")], title="Prêt, « d'honneur »")
    make_offer(needs=[need("locaux")])
    make_offer(needs=[need("financer")], status=Offer.Status.DRAFT)
    response = client.get("/offres/export.csv?besoin=financer")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = body(response)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["identifiant"] for row in rows] == [kept.slug]
    assert rows[0]["titre"] == "Prêt, « d'honneur »"
    assert rows[0]["besoins"] == "Financer mon projet"
    assert rows[0]["courriel de contact"] == kept.actor.email
    assert set(rows[0]) >= {"structure", "stades", "technopôles", "coût", "dernière confirmation"}
    assert listed_slugs(client.get("/offres/?besoin=financer")) == {row["identifiant"] for row in rows}


def test_json_export_matches_the_filtered_list(client):
    luminy = make_offer(technopoles=[technopole("luminy")])
    everywhere = make_offer()
    make_offer(technopoles=[technopole("arbois")])
    response = client.get("/offres/export.json?technopole=luminy")
    data = json.loads(body(response))
    assert {o["identifiant"] for o in data["offres"]} == {luminy.slug, everywhere.slug}
    assert data["nombre"] == 2
    assert listed_slugs(client.get("/offres/?technopole=luminy")) == {luminy.slug, everywhere.slug}
    entry = next(o for o in data["offres"] if o["identifiant"] == luminy.slug)
    assert entry["technopoles"] == ["Luminy"]
    assert entry["url"].endswith(f"/offres/{luminy.slug}/")


@pytest.mark.parametrize("url", ["/offres/export.csv?stade=demain", "/offres/export.json?stade=demain"])
def test_exports_reject_bad_filters_with_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in body(response)


# --- Structures --------------------------------------------------------------------------------------------


def test_actor_list_filters_by_kind_and_technopole_with_counts(client):
    bank = make_actor(name="Banque Provençale", kind="banque", technopole=technopole("luminy"))
    make_actor(name="Incubateur Impulse", kind="incubateur", technopole=technopole("luminy"))
    make_actor(name="Pôle Arbois", kind="pole", technopole=technopole("arbois"))
    make_offer(actor=bank)
    make_offer(actor=bank, status=Offer.Status.DRAFT)
    response = client.get("/acteurs/?technopole=luminy&type=banque")
    page = body(response)
    assert response.status_code == 200
    assert "Banque Provençale" in page and "Incubateur Impulse" not in page and "Pôle Arbois" not in page
    assert "1 offre publiée" in page
    all_page = body(client.get("/acteurs/"))
    assert re.search(r'Luminy <span class="facet-count">2<', all_page)
    assert re.search(r'Banque <span class="facet-count">1<', all_page)


def test_actor_list_rejects_unknown_values(client):
    response = client.get("/acteurs/?type=licorne")
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in body(response)


def test_actor_detail_lists_its_published_offers_with_json_ld(client):
    actor = make_actor(name="Belle de Mai Incubateur", website="https://incubateur.example.org")
    mine = make_offer(actor=actor)
    draft = make_offer(actor=actor, status=Offer.Status.DRAFT)
    other = make_offer()
    response = client.get(f"/acteurs/{actor.slug}/")
    page = body(response)
    assert response.status_code == 200
    assert mine.slug in page and draft.slug not in page and other.slug not in page
    assert f'href="/contact/structure/{actor.slug}/"' in page
    data = json_ld(response)
    assert data["@type"] == "Organization" and data["url"] == "https://incubateur.example.org"
    assert client.get("/acteurs/inconnue/").status_code == 404


# --- Recruitment and competences -----------------------------------------------------------------------------


def test_recruitment_list_filters_by_service_type_technopole_and_stage(client):
    interns = make_recruitment(
        service_type=RecruitmentService.ServiceType.INTERNSHIPS, stages=[stage("creation")]
    )
    advice = make_recruitment(
        service_type=RecruitmentService.ServiceType.HR_ADVICE,
        stages=[stage("croissance")],
        technopoles=[technopole("arbois")],
    )
    make_offer(needs=[need("recruter")])  # not a recruitment service
    assert listed_slugs(client.get("/recrutement/")) == {interns.slug, advice.slug}
    assert listed_slugs(client.get("/recrutement/?type=alternance")) == {interns.slug}
    assert listed_slugs(client.get("/recrutement/?stade=croissance&technopole=arbois")) == {advice.slug}
    assert client.get("/recrutement/?type=chasse").status_code == 400


def test_competence_list_searches_domains_and_filters_by_supervising_body_and_type(client):
    inserm = make_actor(kind="organisme_recherche", name="INSERM", slug="inserm")
    imaging = make_competence(
        title="Plateforme d'imagerie",
        domains="Imagerie in vivo",
        equipment="IRM préclinique",
        competence_type=Competence.CompetenceType.PLATFORM,
        supervising_bodies=[inserm],
        technopoles=[technopole("luminy")],
    )
    lab = make_competence(
        title="Laboratoire de mécanique",
        domains="Mécanique des fluides",
        competence_type=Competence.CompetenceType.LAB,
        technopoles=[technopole("chateau-gombert")],
    )
    assert listed_slugs(client.get("/competences/?q=irm preclinique")) == {imaging.slug}
    assert listed_slugs(client.get("/competences/?q=MECANIQUE")) == {lab.slug}
    assert listed_slugs(client.get("/competences/?tutelle=inserm")) == {imaging.slug}
    assert listed_slugs(client.get("/competences/?type=laboratoire")) == {lab.slug}
    assert listed_slugs(client.get("/competences/?technopole=chateau-gombert")) == {lab.slug}
    page = body(client.get("/competences/"))
    assert re.search(r'<option value="inserm">INSERM \(1\)</option>', page)
    assert client.get("/competences/?tutelle=hogwarts").status_code == 400


# --- Technopôles -----------------------------------------------------------------------------------------------


def test_technopole_detail_shows_structures_housing_and_offers_located_there(client):
    actor = make_actor(name="Luminy Biotech Entreprises", technopole=technopole("luminy"))
    site = make_housing(title="Hôtel d'entreprises Luminy", technopoles=[technopole("luminy")])
    offer = make_offer(title="Incubation santé", technopoles=[technopole("luminy")])
    elsewhere = make_offer(technopoles=[technopole("arbois")])
    draft = make_offer(technopoles=[technopole("luminy")], status=Offer.Status.DRAFT)
    page = body(client.get("/technopoles/luminy/"))
    assert "Biotech et healthtech" in page
    assert actor.name in page
    housing, offers = page.split('id="titre-hebergement"')[1].split('id="titre-offres"')
    assert site.slug in housing and site.slug not in offers
    assert offer.slug in offers
    assert elsewhere.slug not in page and draft.slug not in page
    assert 'href="/offres/?technopole=luminy"' in page and 'href="/hebergement/?technopole=luminy"' in page


def test_technopole_detail_caps_its_lists(client):
    bulk_offers(60)
    page = body(client.get("/technopoles/luminy/"))
    assert page.count('<li><a href="/offres/offre-masse-') <= 12 * 2


# --- Query counts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [100, 5000])
def test_query_counts_do_not_grow_with_the_catalogue(client, django_assert_num_queries, size):
    offers = bulk_offers(size)
    lab = make_competence(supervising_bodies=[make_actor(kind="universite")])
    make_recruitment()
    make_housing(technopoles=[technopole("luminy")])
    make_financing()
    slug, actor_slug = offers[0].slug, offers[0].actor.slug

    cases = [
        # The whole catalogue runs on the in-memory index (offers/catalogue_index.py), built by `warm` as the
        # first request of a catalogue version does: the page of offers, its stages, its technopôles, the
        # structures' names (kept per catalogue version); the filters and the facets cost no query.
        ("/offres/", 4),
        # the same, plus the ids and ranks of the offers matching the words (one full-text query)
        ("/offres/?besoin=financer&besoin=locaux&technopole=luminy&q=offre&cout=gratuit", 4 + 1),
        # offer (joined with structure and kind sub-models), needs, stages, technopôles, sectors, complementary
        (f"/offres/{slug}/", 6),
        # the same, plus the lab's supervising bodies
        (f"/offres/{lab.slug}/", 7),
        # offers as values, then needs, stages, technopôles, sectors
        ("/offres/export.csv", 5),
        ("/offres/export.json", 5),
        # count, page of structures with offer counts, kind facet, technopôle facet
        ("/acteurs/", 4),
        # structure, its sectors, its offers, their stages, their technopôles
        (f"/acteurs/{actor_slug}/", 5),
        # count, page, stages, technopôles, 3 facets (type, technopôle, stade)
        ("/recrutement/", 7),
        # count, page, stages, technopôles, supervising bodies, 3 facets (type, tutelle, technopôle)
        ("/competences/", 8),
        # technopôle, its structures, housing sites, other offers
        ("/technopoles/luminy/", 4),
    ]
    assert_query_counts(client, django_assert_num_queries, cases)
    assert Offer.objects.count() == size + 4


def test_other_pages_and_the_htmx_partial_of_the_same_filters_cost_the_page_only(
    client, django_assert_num_queries
):
    bulk_offers(3 * PER_PAGE)
    filters = "/offres/?besoin=financer&cout=gratuit"
    first = client.get(filters)
    # page of offers, its stages, its technopôles: filters and facets on the in-memory index
    with django_assert_num_queries(3):
        second = client.get(filters + "&page=2")
    with django_assert_num_queries(3):
        partial = client.get(filters + "&page=3", HTTP_HX_REQUEST="true")
    facet = re.compile(r'<input[^>]+name="besoin"[^>]*>')
    assert facet.findall(first.content.decode())
    assert facet.findall(second.content.decode()) == facet.findall(first.content.decode())
    assert second.status_code == partial.status_code == 200
    # Another catalogue version (an offer saved): counted again, with the new offer.
    make_offer(needs=[need("financer")], cost=Offer.Cost.FREE)
    # the page, the structures' names, the 5 taxonomies and the index (offers and their 5 link tables), read
    # once per process for the new version
    with django_assert_num_queries(3 + 1 + 5 + 6):
        client.get(filters + "&page=2")
