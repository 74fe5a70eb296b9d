"""Distinct URLs for the cold-path benchmark (bench/distinct.sh): real traffic is mostly questions nobody asked in
the last minutes, which miss every cache. Prints one path per line.

    .venv/bin/python bench/distinct.py catalogue 3000 > urls.txt   # /offres/ with filter combinations
    .venv/bin/python bench/distinct.py search 3000                   # /offres/?q=… (two words) and a filter
    .venv/bin/python bench/distinct.py results 3000                  # orientation results with a description

Deterministic (seeded): the same lists for every run and both databases. Needs no database: the words come
from the synthetic catalogue's own phrases (innov_provence/demo/synthetic.py) and the taxonomy slugs.
"""

from __future__ import annotations

import os
import random
import secrets
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innov_provence.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(64))

import django  # noqa: E402

django.setup()

from innov_provence.demo.synthetic import SENTENCES, SERVICES, TOPICS  # noqa: E402
from offers.taxonomy import AUDIENCES, NEEDS, SECTORS, STAGES, TECHNOPOLES  # noqa: E402

NEED_SLUGS = [slug for slug, *_ in NEEDS]
STAGE_SLUGS = [slug for slug, *_ in STAGES]
PLACE_SLUGS = [slug for slug, *_ in TECHNOPOLES]
SECTOR_SLUGS = [slug for slug, *_ in SECTORS]
AUDIENCE_SLUGS = [slug for slug, *_ in AUDIENCES]
COSTS = ["gratuit", "payant", "sur_devis"]


def _words() -> list[str]:
    text = " ".join([*SENTENCES, *SERVICES, *(t for topics in TOPICS.values() for t in topics)])
    return sorted({w.strip(".,;:()«»'’").lower() for w in text.split() if len(w) > 4})


def catalogue(rng: random.Random) -> str:
    params = [("besoin", n) for n in rng.sample(NEED_SLUGS, rng.randint(0, 2))]
    for name, values in [("stade", STAGE_SLUGS), ("technopole", PLACE_SLUGS), ("filiere", SECTOR_SLUGS)]:
        if rng.random() < 0.6:
            params.append((name, rng.choice(values)))
    if rng.random() < 0.3:
        params.append(("cout", rng.choice(COSTS)))
    if rng.random() < 0.2:
        params.append(("page", rng.randint(2, 4)))
    return "/offres/?" + urlencode(params)


def search(rng: random.Random, words: list[str]) -> str:
    params = [("q", " ".join(rng.sample(words, 2)))]
    if rng.random() < 0.5:
        params.append(("stade", rng.choice(STAGE_SLUGS)))
    return "/offres/?" + urlencode(params)


def results(rng: random.Random, words: list[str]) -> str:
    params = [("profil", rng.choice(AUDIENCE_SLUGS)), ("projet", " ".join(rng.sample(words, 3)))]
    params += [("besoin", n) for n in rng.sample(NEED_SLUGS, rng.randint(1, 3))]
    params.append(("stade", rng.choice(STAGE_SLUGS)))
    params.append(("technopole", rng.choice([*PLACE_SLUGS, "partout"])))
    if rng.random() < 0.5:
        params.append(("filiere", rng.choice(SECTOR_SLUGS)))
    return "/orientation/resultats/?" + urlencode(params)


def main() -> None:
    kind, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(f"{kind}-{count}")
    words = _words()
    makers = {
        "catalogue": lambda: catalogue(rng),
        "search": lambda: search(rng, words),
        "results": lambda: results(rng, words),
    }
    seen: set[str] = set()
    while len(seen) < count:
        url = makers[kind]()
        if url not in seen:
            seen.add(url)
            print(url)


if __name__ == "__main__":
    main()
