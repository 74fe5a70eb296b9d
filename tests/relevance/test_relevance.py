"""The relevance of the results page and of the search stays above floors set from the measurement
(`bench/relevance.py` prints the figures; docs/performance.md records them). The set is ours, written from
public knowledge of the ecosystem before looking at any ranking (see README.md here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

from innov_provence.demo import load_demo_data

pytestmark = pytest.mark.django_db

_spec = importlib.util.spec_from_file_location(
    "bench_relevance", Path(__file__).resolve().parents[2] / "bench" / "relevance.py"
)
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench  # its dataclasses look their module up there
_spec.loader.exec_module(bench)

# Measured on the demo data (SQLite and PostgreSQL), minus a margin for the tie-breaks that differ between
# the two engines' rankings: a change that loses more than this is a regression to explain.
FLOORS = {
    "personas": {"hit3": 0.85, "hit5": 0.88, "mrr": 0.78},
    "queries": {"hit3": 0.82, "hit5": 0.84, "mrr": 0.78},
}


@pytest.fixture(scope="module")
def figures(module_transaction, django_db_blocker):
    with django_db_blocker.unblock():
        cache.clear()
        load_demo_data()
        personas, queries = bench.relevance_figures()
    return {"personas": personas, "queries": queries}


@pytest.mark.parametrize("name", ["personas", "queries"])
def test_relevance_stays_above_its_floor(figures, name):
    measured = figures[name]
    floors = FLOORS[name]
    assert measured.cases >= {"personas": 30, "queries": 40}[name]
    report = f"{name}: hit@3 {measured.hit3:.2f}, hit@5 {measured.hit5:.2f}, MRR {measured.mrr:.3f}"
    assert measured.hit3 >= floors["hit3"], report
    assert measured.hit5 >= floors["hit5"], report
    assert measured.mrr >= floors["mrr"], report
