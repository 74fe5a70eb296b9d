"""Builders for the « dossier unique de financement » tests (kept out of the shared factories)."""

from __future__ import annotations

from django.utils import timezone

from financing.models import FinancingFile, FinancingFileFigure, FinancingScheme
from tests.factories import make_actor, make_financing, stage, technopole


def make_file(**overrides) -> FinancingFile:
    """A file with every required section complete, at the amorçage stage, seeking 150 000 €."""
    figures = overrides.pop("figures", [])
    fields = {
        "holder_name": "Camille Martin",
        "holder_email": "camille@startup.example.org",
        "holder_phone": "06 12 34 56 78",
        "consent_at": timezone.now(),
        "company_name": "Calanques Bio",
        "siren": "732829320",
        "legal_form": FinancingFile.LegalForm.SAS,
        "headcount": 4,
        "technopole": technopole("luminy"),
        "project_summary": "Un test de diagnostic rapide des algues toxiques.",
        "innovation": "Biocapteur breveté issu d'un laboratoire de Luminy.",
        "market": "Collectivités littorales et conchyliculteurs.",
        "stage": stage("amorcage"),
        "team": "Camille Martin, présidente\nSam Durand, directeur scientifique",
        "amount_sought": 150_000,
        "use_of_funds": "Industrialisation du capteur et premiers recrutements.",
    } | overrides
    file = FinancingFile.objects.create(**fields)
    for year, revenue, result in figures:
        FinancingFileFigure.objects.create(file=file, year=year, revenue=revenue, result=result)
    return file


def make_draft(**overrides) -> FinancingFile:
    """A file just started: holder only, every section empty."""
    fields = {"holder_name": "Alex Petit", "holder_email": "alex@example.org", "consent_at": timezone.now()}
    return FinancingFile.objects.create(**(fields | overrides))


def make_single_file_scheme(**overrides) -> FinancingScheme:
    """A published scheme accepting the single file at amorçage, from 50 k€ to 500 k€, of a new bank."""
    overrides.setdefault("actor", make_actor(kind="banque"))
    overrides.setdefault("accepts_single_file", True)
    overrides.setdefault("stages", [stage("amorcage")])
    overrides.setdefault("amount_min", 50_000)
    overrides.setdefault("amount_max", 500_000)
    return make_financing(**overrides)
