"""The financing file's rules: section validation, completion, eligible schemes, sending and withdrawal."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from financing.models import FinancingFile
from guidance.dossier.forms import CompanyForm, FigureFormSet, NeedForm, ProjectForm, SendForm, StartForm
from guidance.dossier.services import AlreadySent, send_file, withdraw_file
from guidance.models import ContactRequest
from offers.models import Offer
from tests.dossier_helpers import make_draft, make_file, make_single_file_scheme
from tests.factories import make_actor, stage

pytestmark = pytest.mark.django_db

ONE_MEGABYTE = "x" * 1_000_000


def company_data(**overrides) -> dict:
    return {
        "company_name": "Calanques Bio",
        "siren": "732 829 320",
        "creation_date": "2023-05-02",
        "legal_form": "sas",
        "headcount": "4",
        "technopole": "",
    } | overrides


def figures_data(rows, initial=0) -> dict:
    data = {
        "chiffres-TOTAL_FORMS": "3",
        "chiffres-INITIAL_FORMS": str(initial),
        "chiffres-MIN_NUM_FORMS": "0",
        "chiffres-MAX_NUM_FORMS": "3",
    }
    for i, (year, revenue, result) in enumerate(rows):
        data |= {f"chiffres-{i}-year": year, f"chiffres-{i}-revenue": revenue, f"chiffres-{i}-result": result}
    return data


def test_token_is_long_random_and_not_the_primary_key():
    first, second = make_draft(), make_draft()
    assert len(first.token) >= 43
    assert first.token != second.token
    assert str(first.pk) not in (first.token, second.token)


def test_company_section_accepts_siren_typed_with_spaces():
    file = make_draft()
    form = CompanyForm(company_data(), instance=file)
    assert form.is_valid(), form.errors
    form.save()
    file.refresh_from_db()
    assert file.siren == "732829320"


@pytest.mark.parametrize(
    ("siren", "message"),
    [
        ("123456789", "clé de contrôle"),
        ("12345", "9 chiffres"),
        ("ABCDEFGHI", "9 chiffres"),
    ],
)
def test_company_section_rejects_bad_siren(siren, message):
    form = CompanyForm(company_data(siren=siren), instance=make_draft())
    assert not form.is_valid()
    assert message in " ".join(form.errors["siren"])


def test_company_section_without_siren_for_a_company_not_yet_created():
    form = CompanyForm(
        company_data(siren="", creation_date="", legal_form="en_creation"), instance=make_draft()
    )
    assert form.is_valid(), form.errors


def test_company_section_rejects_a_creation_date_in_the_future():
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    form = CompanyForm(company_data(creation_date=tomorrow), instance=make_draft())
    assert not form.is_valid()
    assert form.errors["creation_date"] == ["La date de création ne peut pas être dans le futur."]


def test_company_section_rejects_absurd_headcount():
    form = CompanyForm(company_data(headcount="5000000"), instance=make_draft())
    assert not form.is_valid()
    assert "headcount" in form.errors


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-5000", "positif"),
        ("0", "positif"),
        ("1000000000", "100 millions"),
        ("beaucoup", "nombre entier"),
    ],
)
def test_need_section_rejects_negative_or_absurd_amounts(amount, message):
    form = NeedForm({"amount_sought": amount, "use_of_funds": "R&D"}, instance=make_draft())
    assert not form.is_valid()
    assert message in " ".join(form.errors["amount_sought"])


def test_a_one_megabyte_text_is_refused_and_the_saved_text_kept():
    file = make_file()
    form = ProjectForm(
        {"project_summary": ONE_MEGABYTE, "innovation": "i", "market": "m", "stage": stage("amorcage").pk},
        instance=file,
    )
    assert not form.is_valid()
    assert "5000" in " ".join(form.errors["project_summary"])
    file.refresh_from_db()
    assert file.project_summary == "Un test de diagnostic rapide des algues toxiques."


def test_figures_formset_saves_up_to_three_years():
    file = make_draft()
    formset = FigureFormSet(
        figures_data([("2023", "12000", "-30000"), ("2024", "80000", "-5000")]),
        instance=file,
        prefix="chiffres",
    )
    assert formset.is_valid(), formset.errors
    formset.save()
    assert list(file.figures.values_list("year", "revenue", "result")) == [
        (2023, 12000, -30000),
        (2024, 80000, -5000),
    ]


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (("2024", "-1", "0"), "revenue"),
        (("2024", "99999999999999", "0"), "revenue"),
        (("2024", "1000", "-99999999999999"), "result"),
        ((str(timezone.now().year + 2), "1000", "0"), "year"),
        (("1850", "1000", "0"), "year"),
    ],
)
def test_figures_formset_rejects_bad_values(row, field):
    formset = FigureFormSet(figures_data([row]), instance=make_draft(), prefix="chiffres")
    assert not formset.is_valid()
    assert field in formset.errors[0]


def test_figures_formset_rejects_the_same_year_twice():
    formset = FigureFormSet(
        figures_data([("2024", "1", "1"), ("2024", "2", "2")]), instance=make_draft(), prefix="chiffres"
    )
    assert not formset.is_valid()
    assert "Chaque année ne peut figurer qu'une fois." in formset.non_form_errors()


def test_start_form_requires_consent():
    form = StartForm({"holder_name": "A", "holder_email": "a@example.org"})
    assert not form.is_valid()
    assert "consent" in form.errors


def test_section_completion_and_missing_sections():
    draft = make_draft(company_name="Projet X")
    states = {s.slug: (s.started, s.complete) for s in draft.sections()}
    assert states == {
        "entreprise": (True, False),
        "projet": (False, False),
        "equipe": (False, False),
        "besoin": (False, False),
        "chiffres": (False, False),
    }
    assert [s.slug for s in draft.missing_required_sections()] == ["entreprise", "projet", "equipe", "besoin"]
    complete = make_file()
    assert complete.missing_required_sections() == []
    # Figures are optional: a company not yet created has none.
    assert [s.slug for s in complete.sections() if not s.complete] == ["chiffres"]


def test_eligible_schemes_filter_on_single_file_stage_amount_and_publication():
    file = make_file(amount_sought=150_000)
    fits = make_single_file_scheme(title="Prêt amorçage")
    open_bounds = make_single_file_scheme(title="Sans bornes", amount_min=None, amount_max=None)
    make_single_file_scheme(title="Pas de dossier unique", accepts_single_file=False)
    make_single_file_scheme(title="Autre stade", stages=[stage("croissance")])
    make_single_file_scheme(title="Trop petit", amount_max=100_000)
    make_single_file_scheme(title="Trop gros", amount_min=200_000)
    make_single_file_scheme(title="Brouillon", status=Offer.Status.DRAFT)
    assert set(file.eligible_schemes()) == {fits, open_bounds}


def test_send_file_creates_one_request_per_structure_and_marks_the_file_sent():
    file = make_file()
    schemes = [make_single_file_scheme() for _ in range(3)]
    requests = send_file(file, schemes)
    assert {(r.actor_id, r.offer_id) for r in requests} == {(s.actor_id, s.pk) for s in schemes}
    for request in ContactRequest.objects.filter(financing_file=file):
        assert request.name == "Camille Martin"
        assert request.organisation == "Calanques Bio"
        assert request.stage == stage("amorcage")
        assert f"/admin/financing/financingfile/{file.pk}/change/" in request.message
        assert file.token not in request.message  # financers read it in the admin, not with the holder's key
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.SENT


def test_send_file_refuses_a_scheme_already_sent():
    file = make_file()
    scheme = make_single_file_scheme()
    send_file(file, [scheme])
    with pytest.raises(AlreadySent):
        send_file(file, [scheme, make_single_file_scheme()])
    assert ContactRequest.objects.filter(financing_file=file).count() == 1


def test_send_form_refuses_two_schemes_of_one_structure_and_schemes_already_sent():
    file = make_file()
    bank = make_actor(kind="banque")
    first, second = make_single_file_scheme(actor=bank), make_single_file_scheme(actor=bank)
    form = SendForm({"schemes": [first.pk, second.pk], "consent": "on"}, file=file)
    assert not form.is_valid()
    assert form.errors["schemes"] == ["Choisissez un seul dispositif par structure."]
    form = SendForm({"schemes": [first.pk], "consent": "on"}, file=file, already_sent={first.pk})
    assert not form.is_valid()
    assert "déjà été envoyé" in form.errors["schemes"][0]


def test_send_form_refuses_a_scheme_outside_the_eligible_ones():
    ineligible = make_single_file_scheme(accepts_single_file=False)
    form = SendForm({"schemes": [ineligible.pk], "consent": "on"}, file=make_file())
    assert not form.is_valid()
    assert "schemes" in form.errors


def test_withdraw_closes_the_open_requests():
    file = make_file()
    taken, new = send_file(file, [make_single_file_scheme(), make_single_file_scheme()])
    ContactRequest.objects.filter(pk=taken.pk).update(status=ContactRequest.Status.TAKEN)
    assert withdraw_file(file) == 2
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.WITHDRAWN
    assert file.withdrawn_at is not None
    for request in ContactRequest.objects.filter(financing_file=file):
        assert request.status == ContactRequest.Status.CLOSED
        assert request.closed_at is not None


def test_files_expire_after_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    recent, old = make_draft(), make_draft()
    FinancingFile.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    assert list(FinancingFile.objects.live()) == [recent]
    assert list(FinancingFile.objects.expired()) == [old]


def test_purge_command_deletes_only_expired_files(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    recent = make_draft()
    old = make_file(figures=[(2024, 1, 1)])
    request, *_ = send_file(old, [make_single_file_scheme()])
    FinancingFile.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    call_command("purge_financing_files", stdout=StringIO())
    assert list(FinancingFile.objects.all()) == [recent]
    request.refresh_from_db()
    assert request.financing_file is None


def test_withdraw_leaves_a_referred_request_referred():
    file = make_file()
    referred, new = send_file(file, [make_single_file_scheme(), make_single_file_scheme()])
    ContactRequest.objects.filter(pk=referred.pk).update(status=ContactRequest.Status.REFERRED)
    assert withdraw_file(file) == 1
    referred.refresh_from_db()
    new.refresh_from_db()
    assert referred.status == ContactRequest.Status.REFERRED
    assert new.status == ContactRequest.Status.CLOSED
