"""The sections of the single financing file as forms: validation, French messages, nothing lost on error."""

from datetime import timedelta

import pytest
from django.utils import timezone

from guidance.dossier.forms import CompanyForm, FigureFormSet, NeedForm, ProjectForm, SendForm, StartForm
from tests.factories import (
    make_actor,
    make_draft_financing_file,
    make_financing_file,
    make_single_file_scheme,
    stage,
)

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


def test_company_section_accepts_siren_typed_with_spaces():
    file = make_draft_financing_file()
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
    form = CompanyForm(company_data(siren=siren), instance=make_draft_financing_file())
    assert not form.is_valid()
    assert message in " ".join(form.errors["siren"])


def test_company_section_without_siren_for_a_company_not_yet_created():
    form = CompanyForm(
        company_data(siren="", creation_date="", legal_form="en_creation"),
        instance=make_draft_financing_file(),
    )
    assert form.is_valid(), form.errors


def test_company_section_rejects_a_creation_date_in_the_future():
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    form = CompanyForm(company_data(creation_date=tomorrow), instance=make_draft_financing_file())
    assert not form.is_valid()
    assert form.errors["creation_date"] == ["La date de création ne peut pas être dans le futur."]


def test_company_section_rejects_absurd_headcount():
    form = CompanyForm(company_data(headcount="5000000"), instance=make_draft_financing_file())
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
    form = NeedForm({"amount_sought": amount, "use_of_funds": "R&D"}, instance=make_draft_financing_file())
    assert not form.is_valid()
    assert message in " ".join(form.errors["amount_sought"])


def test_a_one_megabyte_text_is_refused_and_the_saved_text_kept():
    file = make_financing_file()
    form = ProjectForm(
        {"project_summary": ONE_MEGABYTE, "innovation": "i", "market": "m", "stage": stage("amorcage").pk},
        instance=file,
    )
    assert not form.is_valid()
    assert "5000" in " ".join(form.errors["project_summary"])
    file.refresh_from_db()
    assert file.project_summary == "Un test de diagnostic rapide des algues toxiques."


def test_figures_formset_saves_up_to_three_years():
    file = make_draft_financing_file()
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
    formset = FigureFormSet(figures_data([row]), instance=make_draft_financing_file(), prefix="chiffres")
    assert not formset.is_valid()
    assert field in formset.errors[0]


def test_figures_formset_rejects_the_same_year_twice():
    formset = FigureFormSet(
        figures_data([("2024", "1", "1"), ("2024", "2", "2")]),
        instance=make_draft_financing_file(),
        prefix="chiffres",
    )
    assert not formset.is_valid()
    assert "Chaque année ne peut figurer qu'une fois." in formset.non_form_errors()


def test_start_form_requires_consent():
    form = StartForm({"holder_name": "A", "holder_email": "a@example.org"})
    assert not form.is_valid()
    assert "consent" in form.errors


def test_send_form_refuses_two_schemes_of_one_structure_and_schemes_already_sent():
    file = make_financing_file()
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
    form = SendForm({"schemes": [ineligible.pk], "consent": "on"}, file=make_financing_file())
    assert not form.is_valid()
    assert "schemes" in form.errors
