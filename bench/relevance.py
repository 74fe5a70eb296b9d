"""Relevance of the orientation results and of the search, measured on our own set (tests/relevance/).

    .venv/bin/python bench/relevance.py            # a fresh SQLite database with the demo data
    DATABASE_URL=postgres://… .venv/bin/python bench/relevance.py --keep-database   # an existing one

For each persona (answers, `profil`, `projet`) the ranked offers are `match_offers(answers).ranked` (every
offer shown, best first); for each query, the catalogue of its `path` (or `/acteurs/`) filtered by `q` and
sorted by relevance, as the page shows it. An offer is a hit when its structure is one the persona or
query expects (a structure, for `/acteurs/`). Prints, for personas and queries: hit@3 and hit@5 (the share
of cases with a hit in the first 3 or 5), and the mean reciprocal rank (1/rank of the first hit, 0 if none
in the first 20), then the cases without a hit in the first 5.

`relevance_figures()` is what tests/relevance/test_relevance.py holds above a floor.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "relevance"
DEPTH = 20


@dataclass
class Figures:
    cases: int
    hit3: float
    hit5: float
    mrr: float
    misses: list[tuple[str, list[str]]]

    def row(self, name: str) -> str:
        return f"| {name} | {self.cases} | {self.hit3:.2f} | {self.hit5:.2f} | {self.mrr:.3f} |"


def _figures(ranked_by_case: dict[str, tuple[list[str], set[str]]]) -> Figures:
    hit3 = hit5 = rr = 0.0
    misses = []
    for case, (ranked, expected) in ranked_by_case.items():
        first = next((i for i, slug in enumerate(ranked[:DEPTH], start=1) if slug in expected), None)
        hit3 += first is not None and first <= 3
        hit5 += first is not None and first <= 5
        rr += 1 / first if first else 0
        if not first or first > 5:
            misses.append((case, ranked[:5]))
    n = len(ranked_by_case) or 1
    return Figures(len(ranked_by_case), hit3 / n, hit5 / n, rr / n, misses)


def persona_rankings() -> dict[str, tuple[list[str], set[str]]]:
    from django.http import QueryDict

    from guidance.orientation.forms import ResultsForm
    from guidance.orientation.matching import match_offers

    rankings = {}
    for persona in json.loads((SET / "personas.json").read_text(encoding="utf-8")):
        data = QueryDict(mutable=True)
        for key, value in persona["answers"].items():
            data.setlist(key, value if isinstance(value, list) else [value])
        form = ResultsForm(data)
        assert form.is_valid(), (persona["id"], form.errors)
        ranked = [match.offer.actor.slug for match in match_offers(form.answers()).ranked]
        rankings[persona["id"]] = (ranked, set(persona["expected"]))
    return rankings


def query_rankings() -> dict[str, tuple[list[str], set[str]]]:
    from django.http import QueryDict

    from financing.filters import FinancingFilter
    from financing.models import FinancingScheme
    from housing.filters import HousingFilter
    from housing.models import HousingSite
    from offers.filters import ActorFilter, CompetenceFilter, OfferFilter, RecruitmentFilter
    from offers.models import Actor, Competence, Offer, RecruitmentService

    catalogues = {
        "/offres/": (OfferFilter, Offer),
        "/financements/": (FinancingFilter, FinancingScheme),
        "/hebergement/": (HousingFilter, HousingSite),
        "/recrutement/": (RecruitmentFilter, RecruitmentService),
        "/competences/": (CompetenceFilter, Competence),
    }
    rankings = {}
    for query in json.loads((SET / "queries.json").read_text(encoding="utf-8")):
        data = QueryDict(mutable=True)
        data["q"] = query["q"]
        if query["path"] == "/acteurs/":
            filterset = ActorFilter(data, queryset=Actor.objects.all())
            assert filterset.is_valid(), (query["id"], filterset.errors)
            ranked = list(filterset.qs.values_list("slug", flat=True)[:DEPTH])
        else:
            filter_class, model = catalogues[query["path"]]
            filterset = filter_class(data, queryset=model.objects.published())
            assert filterset.is_valid(), (query["id"], filterset.errors)
            ranked = list(filterset.qs.values_list("actor__slug", flat=True)[:DEPTH])
        rankings[query["id"]] = (ranked, set(query["expected"]))
    return rankings


def relevance_figures() -> tuple[Figures, Figures]:
    return _figures(persona_rankings()), _figures(query_rankings())


def main() -> None:
    keep = "--keep-database" in sys.argv
    if not keep:
        folder = tempfile.mkdtemp(prefix="innov-relevance-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/relevance.sqlite3"
    sys.path.insert(0, str(ROOT))
    os.environ.pop("DJANGO_DEBUG", None)
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault("DJANGO_LOG_LEVEL", "ERROR")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innov_provence.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if not keep:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
    call_command("createcachetable", verbosity=0)
    personas, queries = relevance_figures()
    print(f"Database: {connection.vendor}\n")
    print("| set | cases | hit@3 | hit@5 | MRR |\n| --- | --- | --- | --- | --- |")
    print(personas.row("personas (results page)"))
    print(queries.row("queries (catalogues, /acteurs/)"))
    for name, figures in [("personas", personas), ("queries", queries)]:
        print(f"\n{name} without a hit in the first 5 ({len(figures.misses)}):")
        for case, top in figures.misses:
            print(f"  {case}: {', '.join(top) or '(nothing)'}")


if __name__ == "__main__":
    main()
