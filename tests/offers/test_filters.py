import pytest
from django.db.models import Q
from django.http import QueryDict

from offers.catalogue import build_facets
from offers.filters import CompetenceFilter, OfferFilter
from offers.models import Competence, Offer
from offers.search import MAX_QUERY_WORDS, parse
from tests.factories import (
    make_actor,
    make_competence,
    make_financing,
    make_offer,
    need,
    sector,
    stage,
    technopole,
)

pytestmark = pytest.mark.django_db


def run(params: str, filter_class=OfferFilter, queryset=None):
    filterset = filter_class(QueryDict(params), queryset=queryset or Offer.objects.published())
    assert filterset.is_valid(), filterset.errors
    return filterset


def slugs(params: str, **kwargs) -> set[str]:
    return set(run(params, **kwargs).qs.values_list("slug", flat=True))


def test_besoin_keeps_offers_with_any_of_the_needs():
    financing = make_offer(needs=[need("financer")])
    premises = make_offer(needs=[need("locaux"), need("financer")])
    make_offer(needs=[need("recruter")])
    assert slugs("besoin=financer") == {financing.slug, premises.slug}
    assert slugs("besoin=locaux&besoin=recruter") == {premises.slug} | slugs("besoin=recruter")
    # An offer matching two of the needs is listed once.
    assert run("besoin=locaux&besoin=financer").qs.count() == 2


def test_stade_keeps_offers_at_that_stage():
    idea = make_offer(stages=[stage("idee"), stage("creation")])
    make_offer(stages=[stage("croissance")])
    assert slugs("stade=idee") == {idea.slug}


def test_technopole_includes_offers_open_to_the_whole_metropolitan_area():
    luminy = make_offer(technopoles=[technopole("luminy")])
    everywhere = make_offer(technopoles=[])
    make_offer(technopoles=[technopole("arbois")])
    assert slugs("technopole=luminy") == {luminy.slug, everywhere.slug}


def test_filiere_includes_offers_open_to_every_sector():
    health = make_offer(sectors=[sector("sante-biotech")])
    all_sectors = make_offer(sectors=[])
    make_offer(sectors=[sector("numerique")])
    assert slugs("filiere=sante-biotech") == {health.slug, all_sectors.slug}


def test_type_structure_and_cout_filter_on_their_column():
    actor = make_actor()
    scheme = make_financing(actor=actor, cost=Offer.Cost.FREE)
    paid = make_offer(actor=actor, cost=Offer.Cost.PAID)
    make_offer(cost=Offer.Cost.PAID)
    assert slugs("type=financement") == {scheme.slug}
    assert slugs(f"structure={actor.slug}") == {scheme.slug, paid.slug}
    assert slugs(f"structure={actor.slug}&cout=payant") == {paid.slug}


def test_filters_combine_with_and_between_parameters():
    target = make_offer(
        needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("luminy")]
    )
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("arbois")])
    make_offer(needs=[need("financer")], stages=[stage("idee")], technopoles=[technopole("luminy")])
    make_offer(needs=[need("locaux")], stages=[stage("amorcage")], technopoles=[technopole("luminy")])
    assert slugs("besoin=financer&stade=amorcage&technopole=luminy") == {target.slug}


def test_search_ignores_accents_and_case():
    nursery = make_offer(title="Pépinière d'entreprises innovantes")
    make_offer(title="Prêt d'honneur")
    assert slugs("q=pepiniere") == {nursery.slug}
    assert slugs("q=PÉPINIÈRE") == {nursery.slug}
    assert slugs("q=Pepinière") == {nursery.slug}


def test_search_requires_every_word_and_reads_the_structure_name():
    actor = make_actor(name="Incubateur Belle de Mai")
    both = make_offer(actor=actor, title="Accélération numérique")
    make_offer(title="Accélération santé")
    assert slugs("q=acceleration belle") == {both.slug}
    assert slugs("q=acceleration") == {both.slug} | slugs("q=sante")


def test_search_keeps_a_bounded_number_of_words():
    assert len(parse(" ".join(f"mot{i}" for i in range(50))).groups) == MAX_QUERY_WORDS


@pytest.mark.parametrize(
    "params",
    [
        "besoin=inconnu",
        "stade=demain",
        "technopole=atlantide",
        "filiere=spatial-profond",
        "type=magie",
        "structure=nulle-part",
        "cout=cher",
        "q=" + "x" * 201,
    ],
)
def test_unknown_values_make_the_form_invalid(params):
    filterset = OfferFilter(QueryDict(params), queryset=Offer.objects.published())
    assert not filterset.is_valid()
    assert filterset.errors


def direct_count(**lookups) -> int:
    return Offer.objects.published().filter(**lookups).distinct().count()


def test_facet_counts_equal_a_direct_count():
    actor = make_actor()
    make_offer(actor=actor, needs=[need("financer"), need("locaux")], technopoles=[technopole("luminy")])
    make_offer(needs=[need("financer")], stages=[stage("idee")], sectors=[sector("numerique")])
    make_financing(actor=actor, technopoles=[])
    make_offer(needs=[need("financer")], status=Offer.Status.DRAFT)
    filterset = run("")
    facets = {facet.param: facet for facet in build_facets(filterset, filterset.qs)}
    counts = {param: {o.value: o.count for o in facet.options} for param, facet in facets.items()}

    assert counts["besoin"]["financer"] == direct_count(needs__slug="financer") == 3
    assert counts["besoin"]["locaux"] == direct_count(needs__slug="locaux")
    assert counts["stade"]["idee"] == direct_count(stages__slug="idee") == 1
    # Technopôle and sector counts include the offers open to everywhere / every sector, as the filter does.
    published = Offer.objects.published()
    assert counts["technopole"]["luminy"] == published.for_technopole(technopole("luminy")).count() == 3
    assert counts["technopole"]["arbois"] == published.filter(technopoles__isnull=True).count() == 2
    assert (
        counts["filiere"]["numerique"]
        == published.filter(Q(sectors__slug="numerique") | Q(sectors__isnull=True)).count()
    )
    assert counts["type"]["financement"] == direct_count(kind=Offer.Kind.FINANCING) == 1
    assert counts["cout"]["gratuit"] == direct_count(cost=Offer.Cost.FREE)
    assert counts["structure"][actor.slug] == direct_count(actor=actor) == 2


def test_facet_counts_follow_the_current_filters():
    make_offer(needs=[need("financer")], stages=[stage("idee")])
    make_offer(needs=[need("financer")], stages=[stage("croissance")])
    make_offer(needs=[need("locaux")], stages=[stage("idee")])
    filterset = run("besoin=financer")
    stade = next(f for f in build_facets(filterset, filterset.qs) if f.param == "stade")
    counts = {o.value: o.count for o in stade.options}
    assert counts["idee"] == direct_count(needs__slug="financer", stages__slug="idee") == 1
    assert counts["croissance"] == 1
    assert counts["maturation"] == 0
    besoin = next(f for f in build_facets(filterset, filterset.qs) if f.param == "besoin")
    assert [o.value for o in besoin.options if o.selected] == ["financer"]


def test_competence_filter_searches_domains_and_equipment_and_filters_by_supervising_body():
    amu = make_actor(kind="universite", name="Aix-Marseille Université", slug="amu")
    cnrs = make_actor(kind="organisme_recherche", name="CNRS", slug="cnrs")
    imaging = make_competence(
        domains="Imagerie cellulaire", equipment="Microscope électronique", supervising_bodies=[amu]
    )
    genomics = make_competence(domains="Génomique", supervising_bodies=[amu, cnrs])

    queryset = Competence.objects.published()
    assert slugs("q=electronique", filter_class=CompetenceFilter, queryset=queryset) == {imaging.slug}
    assert slugs("q=genomique", filter_class=CompetenceFilter, queryset=queryset) == {genomics.slug}
    assert slugs("tutelle=cnrs", filter_class=CompetenceFilter, queryset=queryset) == {genomics.slug}
    filterset = run("", filter_class=CompetenceFilter, queryset=queryset)
    tutelle = next(f for f in build_facets(filterset, filterset.qs) if f.param == "tutelle")
    assert {(o.value, o.count) for o in tutelle.options} == {("amu", 2), ("cnrs", 1)}


def test_structure_facet_keeps_the_most_represented_and_the_selected_structures(monkeypatch):
    from dataclasses import replace

    facets = [replace(spec, limit=2) if spec.param == "structure" else spec for spec in OfferFilter.facets]
    monkeypatch.setattr(OfferFilter, "facets", facets)
    big, middle, small = make_actor(name="Grande"), make_actor(name="Moyenne"), make_actor(name="Petite")
    for actor, n in [(big, 3), (middle, 2), (small, 1)]:
        for _ in range(n):
            make_offer(actor=actor)

    def structure_facet(query: str):
        filterset = OfferFilter(QueryDict(query), queryset=Offer.objects.published())
        assert filterset.is_valid()
        [facet] = [f for f in build_facets(filterset, Offer.objects.published()) if f.param == "structure"]
        return facet

    facet = structure_facet("")
    assert facet.truncated
    assert [(o.label, o.count) for o in facet.options] == [("Grande", 3), ("Moyenne", 2)]
    # A selected structure stays in the list even when it is not among the most represented.
    selected = structure_facet(f"structure={small.slug}")
    assert "Petite" in [o.label for o in selected.options]
