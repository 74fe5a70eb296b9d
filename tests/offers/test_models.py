from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone

from offers.models import Actor, Need, Offer, fold
from tests.factories import (
    make_actor,
    make_competence,
    make_financing,
    make_housing,
    make_offer,
    make_recruitment,
    technopole,
)

pytestmark = pytest.mark.django_db


def test_migrations_match_the_models():
    # Exits with a non-zero status (SystemExit) when a model change has no migration.
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_offer_slugs_are_unique_across_kinds():
    make_offer(slug="pepiniere")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_housing(slug="pepiniere")


def test_actor_and_taxonomy_slugs_are_unique():
    make_actor(slug="impulse")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_actor(slug="impulse")
    with pytest.raises(IntegrityError), transaction.atomic():
        Need.objects.create(slug="financer", name="Doublon")


def test_contact_falls_back_to_the_structure():
    actor = make_actor(email="accueil@structure.example.org", phone="04 42 00 00 00")
    offer = make_offer(actor=actor)
    assert offer.contact == {"name": "", "email": "accueil@structure.example.org", "phone": "04 42 00 00 00"}


def test_contact_prefers_the_offer_own_contact():
    offer = make_offer(
        contact_name="Camille Martin", contact_email="c.martin@example.org", contact_phone="06"
    )
    assert offer.contact == {"name": "Camille Martin", "email": "c.martin@example.org", "phone": "06"}


def test_an_offer_becomes_stale_after_the_configured_delay(settings):
    now = timezone.now()
    fresh = make_offer(reviewed_at=now - timedelta(days=30))
    old = make_offer(reviewed_at=now - timedelta(days=400))
    never = make_offer(reviewed_at=None)
    assert (fresh.is_stale, old.is_stale, never.is_stale) == (False, True, True)
    assert set(Offer.objects.stale()) == {old, never}
    settings.OFFER_STALE_AFTER_DAYS = 10
    assert fresh.is_stale
    assert set(Offer.objects.stale()) == {fresh, old, never}


def test_fold_drops_accents_and_case():
    assert fold("Pépinière de Château-Gombert") == "pepiniere de chateau-gombert"
    assert fold("ÉCONOMIE BLEUE, Œuvre") == "economie bleue, œuvre"
    assert fold("") == ""
    assert fold(None) == ""


def test_search_columns_hold_the_stemmed_terms_and_the_structure_name():
    actor = make_actor(name="Incubateur Belle de Mai")
    offer = make_offer(actor=actor, title="Accès à l'Hôtel d'entreprises", summary="Résumés")
    assert offer.search_title == "acce hotel entrepris"
    assert offer.search_summary == "resum"
    assert offer.search_actor == "incub bel mai"
    competence = make_competence(domains="Océanographie", equipment="Bathysonde")
    assert "oceanograph" in competence.search_body and "bathysond" in competence.search_body


def test_renaming_a_structure_reindexes_its_offers():
    actor = make_actor(name="Incubateur Belle de Mai")
    offer = make_offer(actor=actor)
    actor.name = "Pépinière Marseille Innovation"
    actor.save()
    offer.refresh_from_db()
    assert offer.search_actor == "pepinier marseil innov"


@pytest.mark.parametrize(
    ("factory", "kind"),
    [
        (make_financing, Offer.Kind.FINANCING),
        (make_housing, Offer.Kind.HOUSING),
        (make_recruitment, Offer.Kind.RECRUITMENT),
        (make_competence, Offer.Kind.COMPETENCE),
        (make_offer, Offer.Kind.SUPPORT),
    ],
)
def test_kind_is_set_by_the_sub_model(factory, kind):
    offer = factory()
    assert offer.kind == kind
    assert Offer.objects.get(pk=offer.pk).kind == kind


def test_a_plain_offer_keeps_an_explicit_kind():
    event = make_offer(kind=Offer.Kind.EVENT)
    assert Offer.objects.get(pk=event.pk).kind == Offer.Kind.EVENT


def test_published_and_for_technopole_querysets():
    luminy, arbois = technopole("luminy"), technopole("arbois")
    on_luminy = make_offer(technopoles=[luminy])
    everywhere = make_offer(technopoles=[])
    make_offer(technopoles=[arbois])
    draft = make_offer(status=Offer.Status.DRAFT, technopoles=[luminy])
    assert set(Offer.objects.for_technopole(luminy)) == {on_luminy, everywhere, draft}
    assert set(Offer.objects.published().for_technopole(luminy)) == {on_luminy, everywhere}


def test_structure_deletion_is_protected_while_it_has_offers():
    offer = make_offer()
    with pytest.raises(ProtectedError), transaction.atomic():
        Actor.objects.filter(pk=offer.actor_id).delete()
