"""Free-text search: how texts are turned into index terms, how a query is read, and how the database's own
full-text engine is asked. Every free-text feature of the portal (the catalogues, `/acteurs/`, the holder's
description of the project in the orientation) goes through this module.

**Terms.** Texts are normalised in Python, the same way for the documents and the queries, so that both
databases agree: Unicode NFKC, curly apostrophes made straight, accents folded, lower case, elisions dropped
(« d'honneur » → honneur), French stop words dropped, each word reduced to its Snowball French stem (the
`snowballstemmer` library: incubateur, incubation, incubateurs → « incub »). A hyphenated word is indexed as
its parts and as one word (« start-up » → start, up, startup), and a query reads it as one word, so « startup »
and « start-up » find each other.

**Index.** Each offer stores its terms in four columns, weighted in this order: title, summary, body (the
description, eligibility, and a lab's domains and equipment), structure name. On SQLite an FTS5 table
(external content, kept by triggers) indexes them and ranks with bm25 (weights 10, 5, 2, 1); on PostgreSQL a
`tsvector` column (kept by a trigger: weights A, B, C, D of the 'simple' configuration, since the terms are
already stemmed) with a GIN index, ranked by `ts_rank` through `django.contrib.postgres.search`. Structures
are indexed the same way (name, then description). The migration `offers/0007` creates all of it.

**Queries.** A query is a list of groups, one per word or phrase typed, each group being the alternatives
of a synonym list kept in `offers/synonyms.txt` (a file the Métropole can read and edit). Every group must
match (AND); when nothing matches them all, the offers matching the most groups are returned (OR, ranked) and
the page says so. A word of 5 letters or more that the catalogue does not know is read as the nearest known
word with one typo (insertion, deletion, substitution or transposition: `rapidfuzz`'s OSA distance),
and the page says « Vouliez-vous dire … ? ». Search syntax typed by people (quotes, `*`, `NEAR`, `OR`, `-`)
is only text here: the tokens are letters and digits, quoted before they reach the engine. Two words that
the catalogue knows as one are read as one (« euro biomed »), and a word it does not know at all, too short
to correct, as the beginning of a word (« bpi » finds Bpifrance).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from django.db import connection
from django.db.models import Expression, F, FloatField, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from rapidfuzz import process
from rapidfuzz.distance import OSA

MAX_QUERY_WORDS = 12
"""Words read from a catalogue query; the rest is ignored (a query is a few words)."""
MAX_TEXT_TERMS = 40
"""Distinct terms read from a holder's description of the project (up to 500 characters)."""
TYPO_MIN_LENGTH = 5
PREFIX_MIN_LENGTH = 3
PREFIX = "*"
SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")

# Articles, prepositions, pronouns and auxiliaries: words that say nothing about an offer.
STOP_WORDS = frozenset(  # noqa: SIM905  (read as a paragraph)
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "d",
        "l",
        "j",
        "m",
        "n",
        "s",
        "t",
        "c",
        "est",
        "sont",
        "suis",
        "etre",
        "avoir",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "etait",
        "plus",
        "tres",
        "sans",
        "sous",
        "chez",
        "entre",
        "vers",
        "comme",
        "aussi",
        "donc",
        "car",
        "si",
        "tout",
        "tous",
        "toute",
        "toutes",
        "cela",
        "ceci",
        "ca",
        "afin",
        "dont",
        "lors",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "the",
        "of",
        "and",
        "for",
        "to",
        "in",
        "on",
        "an",
        "or",
    ]
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "′": "'"})
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_local = threading.local()


def fold(text: str) -> str:
    """Lower case, straight apostrophes, no accents: « Prêt d’Honneur » → « pret d'honneur »."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text or ""))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_APOSTROPHES).lower()


def stem(word: str) -> str:
    # Snowball stemmers keep state: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("french")
    return _cached_stem(stemmer, word)


@lru_cache(maxsize=100_000)
def _cached_stem(stemmer, word: str) -> str:
    return stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """The folded words of a text, elisions and stop words dropped, hyphenated words kept whole."""
    folded = _ELISION.sub(" ", fold(text))
    return [w for w in _WORD.findall(folded) if len(w) > 1 and w not in STOP_WORDS]


def index_terms(text: str) -> str:
    """The text as the index stores it: space-separated stems (a hyphenated word as parts and as one)."""
    terms = []
    for word in words(text):
        if "-" in word:
            terms += [stem(part) for part in word.split("-") if part not in STOP_WORDS]
            terms.append(stem(word.replace("-", "")))
        else:
            terms.append(stem(word))
    return " ".join(terms)


def query_term(word: str) -> str:
    return stem(word.replace("-", ""))


# --- Synonyms --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def synonyms() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """{phrase: alternatives}: each phrase (a tuple of terms) of `synonyms.txt` and its group."""
    groups: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrases = []
        for entry in line.split(","):
            phrase = tuple(query_term(w) for w in words(entry))
            if phrase and phrase not in phrases:
                phrases.append(phrase)
        for phrase in phrases:
            known = groups.get(phrase, ())
            groups[phrase] = tuple(dict.fromkeys(known + tuple(phrases)))
    return groups


@lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max((len(p) for p in synonyms()), default=1)


# --- Reading a query -------------------------------------------------------------------------------------


@dataclass
class Query:
    """A parsed query: `groups` of alternative phrases (tuples of terms), all required."""

    text: str
    groups: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)
    """The words as typed (folded), one per group, for « Vouliez-vous dire »."""
    corrected: dict[str, str] = field(default_factory=dict)
    """{word typed: known word read instead} for the words read with a typo forgiven."""
    exact: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    """The groups without their synonyms: what was typed ranks above its synonyms."""

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def suggestion(self) -> str:
        """The query with the corrected words, to show « Vouliez-vous dire … ? »."""
        if not self.corrected:
            return ""
        return " ".join(self.corrected.get(word, word) for word in self.typed)

    @property
    def terms(self) -> set[str]:
        """Every term the query may match (for highlighting; a prefix without its mark)."""
        return {term.rstrip(PREFIX) for group in self.groups for phrase in group for term in phrase}


def parse(text: str, vocabulary: Vocabulary | None = None, max_words: int = MAX_QUERY_WORDS) -> Query:
    """The groups of a query: phrases of the synonym list found greedily (longest first), other words alone.
    With a `vocabulary`, an unknown word of `TYPO_MIN_LENGTH` letters or more is read as its nearest known
    word within one typo."""
    query = Query(text=text)
    typed = words(text)[:max_words]
    terms = [query_term(w) for w in typed]
    table = synonyms()
    longest = _longest_phrase()
    position = 0
    while position < len(terms):
        for size in range(min(longest, len(terms) - position), 0, -1):
            phrase = tuple(terms[position : position + size])
            if size > 1 and phrase in table:
                query.groups.append(table[phrase])
                query.exact.append((phrase,))
                query.typed.append(" ".join(typed[position : position + size]))
                position += size
                break
        else:
            word, term = typed[position], terms[position]
            following = typed[position + 1] if position + 1 < len(typed) else ""
            joined = query_term(word + following) if following else ""
            known = vocabulary is not None and (vocabulary.knows(term) or (term,) in table)
            if vocabulary is not None and joined and vocabulary.knows(joined) and not known:
                # Two words typed for one (« euro biomed » for Eurobiomed).
                query.groups.append(((joined,), (term, terms[position + 1])))
                query.exact.append(((joined,),))
                query.typed.append(f"{word} {following}")
                position += 2
                continue
            if vocabulary is not None and not vocabulary.knows(term) and (term,) not in table:
                nearest = vocabulary.nearest(word) if len(word) >= TYPO_MIN_LENGTH else ""
                if nearest:
                    query.corrected[word] = nearest
                    term = query_term(nearest)
                elif len(word) >= PREFIX_MIN_LENGTH and not word.isdigit():
                    # The beginning of a word (« bpi » for Bpifrance).
                    term = word + PREFIX
            query.groups.append(table.get((term,), ((term,),)))
            query.exact.append(((term,),))
            query.typed.append(word)
            position += 1
    # The same group twice (« incubateur incubation ») asks nothing more.
    unique = list(dict.fromkeys(query.groups))
    if len(unique) < len(query.groups):
        query.groups = unique
        query.exact = list(dict.fromkeys(query.exact))
    return query


def text_terms(text: str) -> list[str]:
    """The distinct terms of a holder's description, at most `MAX_TEXT_TERMS`, for a ranking by words."""
    return list(dict.fromkeys(query_term(w) for w in words(text)))[:MAX_TEXT_TERMS]


# --- The vocabulary, for typos ----------------------------------------------------------------------------


class Vocabulary:
    """The folded words of the catalogue (from `SearchWord`) and their stems, kept per catalogue version."""

    def __init__(self, rows: list[tuple[str, str]]):
        self.words = [word for word, _stem in rows]
        self.stems = {stem_ for _word, stem_ in rows}

    def knows(self, term: str) -> bool:
        return term in self.stems

    def nearest(self, word: str) -> str:
        match = process.extractOne(word, self.words, scorer=OSA.distance, score_cutoff=1)
        return match[0] if match else ""


_vocabularies: dict[int, Vocabulary] = {}


def vocabulary() -> Vocabulary:
    from offers.cache import catalogue_version
    from offers.models import SearchWord

    version = catalogue_version()
    found = _vocabularies.get(version)
    if found is None:
        found = Vocabulary(list(SearchWord.objects.order_by("word").values_list("word", "stem")))
        _vocabularies.clear()
        _vocabularies[version] = found
    return found


def remember_words(*texts: str) -> None:
    """Add the words of these texts to the vocabulary table (one INSERT, existing words ignored)."""
    from offers.models import SearchWord

    found = {}
    for text in texts:
        for word in words(text):
            for part in [word, *word.split("-")] if "-" in word else [word]:
                if len(part) >= TYPO_MIN_LENGTH - 1 and not part.isdigit() and len(part) <= 60:
                    found[part] = query_term(part)
    if found:
        SearchWord.objects.bulk_create(
            [SearchWord(word=w, stem=s) for w, s in found.items()], ignore_conflicts=True, batch_size=500
        )


# --- Asking the database ---------------------------------------------------------------------------------

# Column weights, best first: title, summary, body, structure (offers); name, description (structures).
SQLITE_WEIGHTS = (10.0, 5.0, 2.0, 1.0)
POSTGRES_WEIGHTS = [0.1, 0.2, 0.4, 1.0]  # D, C, B, A as django.contrib.postgres.search expects them


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


def _fts5_expression(groups, any_group: bool = False) -> str:
    def phrase(terms: tuple[str, ...]) -> str:
        # Terms are [a-z0-9]+, a prefix ends with * (outside the quotes): nothing to escape.
        if len(terms) == 1 and terms[0].endswith(PREFIX):
            return f'"{terms[0][:-1]}"*'
        return '"' + " ".join(terms) + '"'

    parts = ["(" + " OR ".join(phrase(p) for p in group) + ")" for group in groups]
    return (" OR " if any_group else " AND ").join(parts)


def _tsquery(groups, any_group: bool = False) -> str:
    def phrase(terms: tuple[str, ...]) -> str:
        return "(" + " <-> ".join(t[:-1] + ":*" if t.endswith(PREFIX) else t for t in terms) + ")"

    parts = ["(" + " | ".join(phrase(p) for p in group) + ")" for group in groups]
    return (" | " if any_group else " & ").join(parts)


@dataclass(frozen=True)
class Index:
    """A model's full-text index: its FTS5 table (SQLite) or its tsvector column (PostgreSQL)."""

    table: str
    fts_table: str
    weights: tuple[float, ...]

    def _sqlite_rank_sql(self) -> str:
        weights = ", ".join(str(w) for w in self.weights)
        return (
            f"SELECT -bm25({self.fts_table}, {weights}) FROM {self.fts_table} "
            f"WHERE {self.fts_table} MATCH %s AND rowid = {self.table}.id"
        )

    def matching(self, groups, any_group: bool = False, prefix: str = "") -> Q:
        """The rows matching the groups (all of them, or any with `any_group`); `prefix` reaches the
        indexed model from the queryset's (`"offer__"` from a link table)."""
        if _is_postgres():
            from django.contrib.postgres.search import SearchQuery

            query = SearchQuery(_tsquery(groups, any_group), search_type="raw", config="simple")
            return Q(**{f"{prefix}search_vector": query})
        sql = f"SELECT rowid FROM {self.fts_table} WHERE {self.fts_table} MATCH %s"
        return Q(**{f"{prefix}pk__in": RawSQL(sql, [_fts5_expression(groups, any_group)])})

    def rank(self, groups, any_group: bool = False, prefix: str = "") -> Expression:
        """How well each row matches, a float in [0, 1) that grows with relevance (0 when it does not)."""
        if _is_postgres():
            from django.contrib.postgres.search import SearchQuery, SearchRank

            query = SearchQuery(_tsquery(groups, any_group), search_type="raw", config="simple")
            # Normalisation 32: rank / (rank + 1).
            return SearchRank(F(f"{prefix}search_vector"), query, weights=POSTGRES_WEIGHTS, normalization=32)
        raw = RawSQL(f"COALESCE(({self._sqlite_rank_sql()}), 0)", [_fts5_expression(groups, any_group)])
        # bm25 grows without bound: t / (t + 5) keeps the order and maps it into [0, 1).
        score = Cast(raw, FloatField())
        return score / (score + Value(5.0))


OFFER_INDEX = Index("offers_offer", "offers_offer_fts", SQLITE_WEIGHTS)
ACTOR_INDEX = Index("offers_actor", "offers_actor_fts", SQLITE_WEIGHTS[:2])


@dataclass
class Found:
    """A searched queryset and what the page tells about it."""

    queryset: QuerySet
    query: Query
    partial: bool = False
    """True when no row matched every word and the rows matching most of them are shown."""


def search(queryset: QuerySet, text: str, index: Index = OFFER_INDEX) -> Found:
    """The rows of `queryset` matching the query, annotated with `relevance`.

    Every group required; when that finds nothing and there were several groups, any group (ranked, the
    rows matching more groups first, by the engine's ranking)."""
    query = parse(text, vocabulary())
    if not query:
        return Found(queryset.annotate(relevance=Value(0.0)), query)
    strict = queryset.filter(index.matching(query.groups)).annotate(relevance=_rank(index, query, False))
    if len(query.groups) == 1 or strict.exists():
        return Found(strict, query)
    loose = queryset.filter(index.matching(query.groups, any_group=True)).annotate(
        relevance=_rank(index, query, True)
    )
    return Found(loose, query, partial=True)


def _rank(index: Index, query: Query, any_group: bool) -> Expression:
    """The rank of the query with its synonyms, averaged with the rank of the words as typed (when synonyms
    were added): an offer that says « bureaux » ranks above one that only says « locaux » for « bureaux »."""
    full = index.rank(query.groups, any_group)
    if query.exact == query.groups:
        return full
    return (full + index.rank(query.exact, any_group=True)) / Value(2.0)


def text_rank(text: str, prefix: str = "") -> Expression | None:
    """How much an offer speaks of the same things as a holder's text: the rank of any of its terms (with
    their synonyms), or None for a text without terms."""
    terms = text_terms(text)
    if not terms:
        return None
    table = synonyms()
    groups = [table.get((term,), ((term,),)) for term in terms]
    return OFFER_INDEX.rank(groups, any_group=True, prefix=prefix)


def matched_words(text: str, terms: set[str]) -> list[str]:
    """The words of the holder's `text` whose terms are among a document's index `terms`, in the holder's
    spelling."""
    shown: dict[str, str] = {}
    for word in words(text):
        term = query_term(word)
        if term in terms and term not in shown:
            shown[term] = word
    return list(shown.values())


# --- Ids and ranks, for the in-memory catalogue index ---------------------------------------------------


def _ranks(index: Index, groups, any_group: bool, limit: int | None = None) -> dict[int, float]:
    """{id: rank in [0, 1)} of every row matching the groups (the best `limit` only), in one query."""
    if _is_postgres():
        from offers.models import Actor, Offer

        model = Offer if index is OFFER_INDEX else Actor
        rows = (
            model.objects.filter(index.matching(groups, any_group))
            .annotate(r=index.rank(groups, any_group))
            .values_list("pk", "r")
        )
        if limit is not None:
            rows = rows.order_by("-r")[:limit]
        return {pk: float(r) for pk, r in rows}
    weights = ", ".join(str(w) for w in index.weights)
    table = index.fts_table
    sql = f"SELECT rowid, -bm25({table}, {weights}) AS r FROM {table} WHERE {table} MATCH %s"
    params: list = [_fts5_expression(groups, any_group)]
    if limit is not None:
        sql += " ORDER BY r DESC LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {pk: t / (t + 5.0) for pk, t in cursor.fetchall()}


def ranked_ids(query: Query, index: Index = OFFER_INDEX, any_group: bool = False) -> dict[int, float]:
    """{id: relevance} of the rows matching the query (every group, or any with `any_group`): the same
    relevance as `search()` annotates, the words as typed averaged with their synonyms."""
    full = _ranks(index, query.groups, any_group)
    if query.exact == query.groups or not full:
        return full
    typed = _ranks(index, query.exact, any_group=True)
    return {pk: (rank + typed.get(pk, 0.0)) / 2 for pk, rank in full.items()}


TEXT_RANKS_LIMIT = 2000
"""The offers that get a bonus for the words of a holder's description: the best ranked this many (past the
first thousands the bonus no longer changes an order)."""
COMMON_TERM_SHARE = 0.25
"""A term of a holder's description found in more than this share of the catalogue says nothing about what
the holder needs (« projet », « entreprise »…): it is left out of the ranking, as a stop word would be, which
also spares ranking most of the catalogue for it."""

COMMON_TERM_FLOOR = 50
"""In a small catalogue every term is in a large share of it: a term is only ever common beyond this many."""

_frequencies: dict[tuple[int, str], int] = {}


def document_frequency(term: str) -> int:
    """In how many offers the term appears, kept per catalogue version (the vocabulary of descriptions is
    small: most terms are counted once per version and process)."""
    from offers.cache import catalogue_version
    from offers.models import Offer

    version = catalogue_version()
    key = (version, term)
    found = _frequencies.get(key)
    if found is None:
        oldest = next(iter(_frequencies), None)
        if len(_frequencies) > 50_000 or (oldest is not None and oldest[0] != version):
            _frequencies.clear()
        found = _frequencies[key] = Offer.objects.filter(OFFER_INDEX.matching([((term,),)])).count()
    return found


def text_ranks(text: str, catalogue_size: int) -> dict[int, float]:
    """{offer id: rank} of the offers speaking most of the terms of a holder's description (with synonyms),
    the best `TEXT_RANKS_LIMIT`; terms common to more than `COMMON_TERM_SHARE` of the catalogue left out."""
    common = max(COMMON_TERM_SHARE * catalogue_size, COMMON_TERM_FLOOR)
    terms = [term for term in text_terms(text) if document_frequency(term) <= common]
    if not terms:
        return {}
    table = synonyms()
    groups = [table.get((term,), ((term,),)) for term in terms]
    return _ranks(OFFER_INDEX, groups, any_group=True, limit=TEXT_RANKS_LIMIT)
