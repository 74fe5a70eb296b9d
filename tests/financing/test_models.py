"""Financing schemes' constraints, and the single financing file's own rules: its private token, its
sections, the schemes it may be sent to, its retention (and the command that purges it)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from financing.models import FinancingFile
from guidance.dossier.services import send_file
from offers.models import Offer
from tests.factories import (
    make_draft_financing_file,
    make_financing,
    make_financing_file,
    make_single_file_scheme,
    stage,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "amounts",
    [{"amount_min": 50_000, "amount_max": 10_000}, {"funding_rate": 101}],
    ids=["min-above-max", "rate-above-100"],
)
def test_financing_constraints_reject_bad_rows(amounts):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_financing(**amounts)


def test_financing_constraints_accept_edge_values():
    scheme = make_financing(amount_min=30_000, amount_max=30_000, funding_rate=100)
    open_ended = make_financing(amount_min=None, amount_max=40_000)
    assert scheme.pk and open_ended.pk


def test_token_is_long_random_and_not_the_primary_key():
    first, second = make_draft_financing_file(), make_draft_financing_file()
    assert len(first.token) >= 43
    assert first.token != second.token
    assert str(first.pk) not in (first.token, second.token)


def test_section_completion_and_missing_sections():
    draft = make_draft_financing_file(company_name="Projet X")
    states = {s.slug: (s.started, s.complete) for s in draft.sections()}
    assert states == {
        "entreprise": (True, False),
        "projet": (False, False),
        "equipe": (False, False),
        "besoin": (False, False),
        "chiffres": (False, False),
    }
    assert [s.slug for s in draft.missing_required_sections()] == ["entreprise", "projet", "equipe", "besoin"]
    complete = make_financing_file()
    assert complete.missing_required_sections() == []
    # Figures are optional: a company not yet created has none.
    assert [s.slug for s in complete.sections() if not s.complete] == ["chiffres"]


def test_eligible_schemes_filter_on_single_file_stage_amount_and_publication():
    file = make_financing_file(amount_sought=150_000)
    fits = make_single_file_scheme(title="Prêt amorçage")
    open_bounds = make_single_file_scheme(title="Sans bornes", amount_min=None, amount_max=None)
    make_single_file_scheme(title="Pas de dossier unique", accepts_single_file=False)
    make_single_file_scheme(title="Autre stade", stages=[stage("croissance")])
    make_single_file_scheme(title="Trop petit", amount_max=100_000)
    make_single_file_scheme(title="Trop gros", amount_min=200_000)
    make_single_file_scheme(title="Brouillon", status=Offer.Status.DRAFT)
    assert set(file.eligible_schemes()) == {fits, open_bounds}


def test_files_expire_after_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    recent, old = make_draft_financing_file(), make_draft_financing_file()
    FinancingFile.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    assert list(FinancingFile.objects.live()) == [recent]
    assert list(FinancingFile.objects.expired()) == [old]


def test_purge_command_deletes_only_expired_files(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    recent = make_draft_financing_file()
    old = make_financing_file(figures=[(2024, 1, 1)])
    request, *_ = send_file(old, [make_single_file_scheme()])
    FinancingFile.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    call_command("purge_financing_files", stdout=StringIO())
    assert list(FinancingFile.objects.all()) == [recent]
    request.refresh_from_db()
    assert request.financing_file is None
