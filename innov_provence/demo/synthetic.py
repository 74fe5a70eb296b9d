"""Deterministic synthetic offers for benchmarks (`manage.py seed_scale`).

Everything is bulk-inserted: one INSERT per batch of offers and of link rows, no `save()` and no history
rows. Synthetic structures and offers carry the `synth-` slug prefix, so a new run first removes the
previous synthetic rows and the total is exactly what was asked, next to any demo or real data.
The same seed gives the same rows (dates are the same offsets from the moment of the run).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache as memoize

from django.core.cache import cache
from django.db import connection, models, transaction
from django.utils import timezone

from innov_provence.context_processors import DEMO_CACHE_KEY
from offers import search
from offers.models import Actor, Audience, Need, Offer, Sector, Stage, Technopole

PREFIX = "synth-"
OFFERS_PER_ACTOR = 25
BATCH_SIZE = 5_000

SERVICES = [
    "Accompagnement",
    "Programme",
    "Diagnostic",
    "Coaching",
    "Atelier",
    "Mise en relation",
    "Expertise",
    "Parcours",
    "Club",
    "Appui",
]
TOPICS = {
    "etre-accompagne": ["à la création d'entreprise", "de l'incubation", "au lancement commercial"],
    "financer": ["à la levée de fonds", "au financement bancaire", "aux aides publiques à l'innovation"],
    "locaux": ["à la recherche de locaux", "à l'installation en pépinière", "au parcours résidentiel"],
    "recruter": ["au premier recrutement", "à la structuration RH", "à l'accueil des talents"],
    "recherche": ["à l'accès aux laboratoires", "à la recherche partenariale", "aux plateformes"],
    "prototyper": ["au prototypage", "à la pré-industrialisation", "aux essais en conditions réelles"],
    "propriete-intellectuelle": ["à la protection des inventions", "à la stratégie de brevets"],
    "partenaires": ["à la rencontre de grands comptes", "aux projets collaboratifs", "à l'open innovation"],
    "investisseurs": ["à la préparation du pitch", "à la rencontre d'investisseurs", "au tour d'amorçage"],
    "international": ["à l'export", "à la prospection internationale", "à l'implantation à l'étranger"],
}
SENTENCES = [
    "Un chargé de mission suit chaque projet et propose des rendez-vous réguliers.",
    "Les sessions collectives réunissent une dizaine d'entreprises du territoire.",
    "Des experts partenaires interviennent sur les questions juridiques, financières et techniques.",
    "L'offre s'adresse en priorité aux entreprises de moins de cinq ans.",
    "Un bilan est réalisé à la fin du parcours pour orienter vers l'étape suivante.",
    "Les candidatures sont examinées chaque mois par un comité.",
    "Les entreprises accompagnées accèdent au réseau des partenaires de la structure.",
    "Un premier entretien gratuit permet de vérifier l'adéquation avec le besoin.",
]
PLACES = ["Aix", "Marseille", "Aubagne", "Martigues", "Salon", "Vitrolles", "La Ciotat", "Istres", "Pertuis"]
ACTOR_KINDS = [
    Actor.Kind.INCUBATOR,
    Actor.Kind.NURSERY,
    Actor.Kind.ACCELERATOR,
    Actor.Kind.NETWORK,
    Actor.Kind.CLUSTER,
    Actor.Kind.BANK,
    Actor.Kind.PUBLIC_FUNDER,
    Actor.Kind.LAB,
]


@dataclass(frozen=True)
class SeedCounts:
    actors: int
    offers: int
    links: int


def _delete_links(model: type[models.Model], rows: models.QuerySet) -> None:
    """Delete the many-to-many rows of `rows`, both directions, with one DELETE per link table."""
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        through._base_manager.filter(**{f"{field.m2m_field_name()}__in": rows}).delete()
    for relation in model._meta.related_objects:
        if relation.many_to_many:
            through = relation.through
            through._base_manager.filter(**{f"{relation.field.m2m_reverse_field_name()}__in": rows}).delete()


def _detach(model: type[models.Model], rows: models.QuerySet) -> None:
    """Apply `on_delete` of what points at `rows` in bulk: SET_NULL → UPDATE, CASCADE → DELETE, and
    PROTECT (or anything else) refuses when something depends on them."""
    for relation in model._meta.related_objects:
        if relation.many_to_many:
            continue
        dependants = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": rows})
        if relation.on_delete is models.SET_NULL:
            dependants.update(**{relation.field.name: None})
        elif relation.on_delete is models.CASCADE:
            dependants.delete()
        elif dependants.exists():
            raise models.ProtectedError(
                f"Des {relation.related_model._meta.verbose_name_plural} dépendent des données synthétiques.",
                set(dependants[:10]),
            )


def clear_synthetic() -> int:
    """Remove the previous synthetic rows; returns how many offers went.

    `QuerySet.delete()` would load every row and write one history row each (django-simple-history
    listens to deletions), far too slow for 100,000 offers, so link rows and dependants are handled in
    bulk first and the rows themselves go with a raw DELETE.
    """
    removed = Offer._base_manager.filter(slug__startswith=PREFIX).count()
    for model in (Offer, Actor):  # offers first: they point at their structures
        rows = model._base_manager.filter(slug__startswith=PREFIX)
        _delete_links(model, rows)
        _detach(model, rows)
        rows._raw_delete(rows.db)
    return removed


# Index terms are computed word by word, so the terms of « a b » are those of « a » then of « b »: the
# synthetic texts are indexed piece by piece, and the pieces repeat (stemming 100,000 whole texts would be
# the slowest step).
terms = memoize(search.index_terms)


def _pick(rng: random.Random, items: list, low: int, high: int) -> list:
    return rng.sample(items, rng.randint(low, high))


def _stage_span(stages: list[Stage]) -> str:
    if len(stages) == 1:
        return f"au stade « {stages[0].name} »"
    return f"du stade « {stages[0].name} » au stade « {stages[-1].name} »"


def _build_actors(rng: random.Random, count: int, technopoles: list[Technopole]) -> list[Actor]:
    actors = []
    for i in range(1, count + 1):
        kind = rng.choice(ACTOR_KINDS)
        name = f"{Actor.Kind(kind).label} synthétique {rng.choice(PLACES)} n° {i}"
        actors.append(
            Actor(
                slug=f"{PREFIX}structure-{i:05d}",
                name=name,
                search_title=search.index_terms(name),
                search_body=terms(str(Actor.Kind(kind).label)),
                kind=kind,
                email=f"contact@structure-{i:05d}.example.org",
                phone=f"04 91 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
                technopole=rng.choice([*technopoles, None, None]),
                is_demo=True,
            )
        )
    return actors


def _insert_rows(table: str, columns: list[str], rows: list[tuple]) -> None:
    """Multi-row INSERTs, as many rows per statement as the backend's parameter limit allows.

    `bulk_create` builds and prepares a model instance per row; for 100,000 offers and 500,000 link rows
    that costs several times the inserts themselves, so the synthetic rows skip it.
    """
    quote = connection.ops.quote_name
    limit = connection.features.max_query_params or 10_000
    batch = max(1, limit // len(columns))
    head = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES "
    placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with connection.cursor() as logged:
        # The same cursor without DEBUG's per-query logging, which would re-quote every parameter.
        cursor = connection.make_cursor(logged.cursor)
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            cursor.execute(head + ", ".join([placeholder] * len(chunk)), [v for row in chunk for v in row])


def seed_offers(count: int, seed: int = 1, now: datetime | None = None) -> SeedCounts:
    """Replace the synthetic data with `count` offers spread over ~count/25 structures."""
    rng = random.Random(seed)
    now = now or timezone.now()
    needs = list(Need.objects.order_by("order", "pk"))
    stages = list(Stage.objects.order_by("order", "pk"))
    technopoles = list(Technopole.objects.order_by("order", "pk"))
    sectors = list(Sector.objects.order_by("order", "pk"))
    audiences = list(Audience.objects.order_by("order", "pk"))
    # A generator of its own for the audiences, so the rest of the catalogue is the same as before them.
    audience_rng = random.Random(seed + 1)
    costs = list(Offer.Cost.values)

    # Every column of the offer table, with its default already in database form.
    fields = [f for f in Offer._meta.concrete_fields if not f.primary_key]
    defaults = {f.column: f.get_db_prep_save(f.get_default(), connection) for f in fields}
    stamp = connection.ops.adapt_datetimefield_value(now)

    with transaction.atomic():
        clear_synthetic()
        actors = _build_actors(rng, max(1, -(-count // OFFERS_PER_ACTOR)), technopoles)
        Actor.objects.bulk_create(actors, batch_size=BATCH_SIZE)

        offer_rows: list[tuple] = []
        relations: list[tuple[list, ...]] = []
        for i in range(1, count + 1):
            actor = actors[rng.randrange(len(actors))]
            offer_needs = _pick(rng, needs, 1, 3)
            offer_stages = sorted(_pick(rng, stages, 1, 3), key=lambda s: s.order)
            offer_technopoles = _pick(rng, technopoles, 0, 1)
            offer_sectors = _pick(rng, sectors, 0, 2)
            service = rng.choice(SERVICES)
            topic = rng.choice(TOPICS[offer_needs[0].slug])
            audience = offer_sectors[0].name.lower() if offer_sectors else "toutes filières"
            heading = f"{service} {topic}"
            title = f"{heading} ({audience}) n° {i}"
            span = f", {_stage_span(offer_stages)}."
            summary = f"{heading} proposé par {actor.name}{span}"
            sentences = rng.sample(SENTENCES, 3)
            description = " ".join(sentences)
            # What `Offer.save()` computes from `search_texts()`.
            search_columns = {
                "search_title": " ".join(
                    t for t in [terms(f"{heading} ({audience})"), search.index_terms(f"n° {i}")] if t
                ),
                "search_summary": " ".join(
                    t for t in [terms(f"{heading} proposé par"), terms(actor.name), terms(span)] if t
                ),
                "search_body": " ".join(terms(sentence) for sentence in sentences),
                "search_actor": terms(actor.name),
            }
            reviewed = None if rng.random() < 0.02 else now - timedelta(days=rng.randrange(720))
            values = defaults | {
                "actor_id": actor.pk,
                "kind": Offer.Kind.EVENT.value if rng.random() < 0.1 else Offer.Kind.SUPPORT.value,
                "title": title,
                "slug": f"{PREFIX}{i:07d}",
                "summary": summary,
                "description": description,
                "cost": rng.choice(costs),
                "status": (Offer.Status.DRAFT.value if rng.random() < 0.03 else Offer.Status.PUBLISHED.value),
                "reviewed_at": connection.ops.adapt_datetimefield_value(reviewed),
                **search_columns,
                "created_at": stamp,
                "updated_at": stamp,
            }
            offer_rows.append(tuple(values[f.column] for f in fields))
            # Most offers are open to everyone; the others name one to three audiences.
            offer_audiences = _pick(audience_rng, audiences, 1, 3) if audience_rng.random() < 0.4 else []
            relations.append((offer_needs, offer_stages, offer_technopoles, offer_sectors, offer_audiences))
        _insert_rows(Offer._meta.db_table, [f.column for f in fields], offer_rows)
        offer_ids = dict(Offer.objects.filter(slug__startswith=PREFIX).values_list("slug", "pk"))

        links = 0
        for position, name in enumerate(("needs", "stages", "technopoles", "sectors", "audiences")):
            field = Offer._meta.get_field(name)
            rows = [
                (offer_ids[f"{PREFIX}{i:07d}"], item.pk)
                for i, related in enumerate(relations, start=1)
                for item in related[position]
            ]
            _insert_rows(field.m2m_db_table(), [field.m2m_column_name(), field.m2m_reverse_name()], rows)
            links += len(rows)

        # The vocabulary a mistyped word is corrected against: the pieces the texts are made of.
        search.remember_words(*SENTENCES, *SERVICES, *PLACES, *(t for ts in TOPICS.values() for t in ts))

    cache.delete(DEMO_CACHE_KEY)  # synthetic structures are not real either: the banner says so
    return SeedCounts(actors=len(actors), offers=len(offer_rows), links=links)
