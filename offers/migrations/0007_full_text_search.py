"""Full-text search on the database's own engine (see `offers.search`).

- SQLite: FTS5 tables with external content (`offers_offer_fts`, `offers_actor_fts`) over the index-term
  columns, kept in step by triggers, ranked with bm25.
- PostgreSQL: the `search_vector` columns, computed by a trigger from the same columns (weights A–D of the
  'simple' configuration: the terms are already stemmed), with GIN indexes.

Then every existing row's index terms are computed (in Python, as `save()` does), which fills both.
"""

from django.contrib.postgres.search import SearchVectorField  # noqa: F401  (used by the operations below)
from django.db import migrations, models

from offers import search

INDEXES = {
    # table: indexed columns, best weighted first
    "offers_offer": ["search_title", "search_summary", "search_body", "search_actor"],
    "offers_actor": ["search_title", "search_body"],
}


def _sqlite(table, columns):
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
        "tokenize='unicode61')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def _postgres(table, columns):
    vector = " || ".join(
        f"setweight(to_tsvector('simple', coalesce(NEW.{c}, '')), '{w}')"
        for c, w in zip(columns, "ABCD"[: len(columns)], strict=True)
    )
    return [
        f"CREATE FUNCTION {table}_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN NEW.search_vector := {vector}; RETURN NEW; END $$",
        f"CREATE TRIGGER {table}_search_vector BEFORE INSERT OR UPDATE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_search_vector()",
        f"CREATE INDEX {table}_search_vector_gin ON {table} USING gin (search_vector)",
    ]


def create_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table, columns in INDEXES.items():
        statements = {"sqlite": _sqlite, "postgresql": _postgres}.get(vendor, lambda *a: [])(table, columns)
        for statement in statements:
            schema_editor.execute(statement)
        if vendor == "sqlite":
            schema_editor.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        elif vendor == "postgresql":
            schema_editor.execute(f"UPDATE {table} SET search_vector = NULL")  # the trigger computes it


def drop_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in INDEXES:
        if vendor == "sqlite":
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}_fts")
            for suffix in ("ai", "ad", "au"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_search_vector()")


def index_rows(apps, schema_editor):
    """The index terms of the rows already there, as `Actor.save()` and `Offer.save()` compute them."""
    Actor = apps.get_model("offers", "Actor")
    Offer = apps.get_model("offers", "Offer")
    SearchWord = apps.get_model("offers", "SearchWord")
    words = {}
    names = {}
    for actor in Actor.objects.all():
        actor.search_title = search.index_terms(actor.name)
        actor.search_body = search.index_terms(f"{actor.kind} {actor.description}")
        names[actor.pk] = actor.search_title
        actor.save(update_fields=["search_title", "search_body"])
        for word in search.words(f"{actor.name} {actor.description}"):
            words[word] = search.query_term(word)
    domains = {
        c.pk: f" {c.domains} {c.equipment}" for c in apps.get_model("offers", "Competence").objects.all()
    }
    for offer in Offer.objects.all():
        offer.search_title = search.index_terms(offer.title)
        offer.search_summary = search.index_terms(offer.summary)
        parts = [offer.description, offer.eligibility, offer.cost_details]
        body = " ".join(p for p in parts if p) + domains.get(offer.pk, "")
        offer.search_body = search.index_terms(body)
        offer.search_actor = names.get(offer.actor_id, "")
        offer.save(update_fields=["search_title", "search_summary", "search_body", "search_actor"])
        for word in search.words(f"{offer.title} {offer.summary} {body}"):
            words[word] = search.query_term(word)
    SearchWord.objects.bulk_create(
        [SearchWord(word=w[:60], stem=s[:60]) for w, s in words.items() if len(w) >= 4 and not w.isdigit()],
        ignore_conflicts=True,
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0006_audiences"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=60, unique=True)),
                ("stem", models.CharField(max_length=60)),
            ],
            options={
                "verbose_name": "mot du catalogue",
                "verbose_name_plural": "mots du catalogue",
            },
        ),
        migrations.RemoveField(
            model_name="offer",
            name="search_text",
        ),
        migrations.AddField(
            model_name="actor",
            name="search_body",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="actor",
            name="search_title",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="actor",
            name="search_vector",
            field=SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_actor",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_body",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_summary",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_title",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="offer",
            name="search_vector",
            field=SearchVectorField(editable=False, null=True),
        ),
        # The rows' terms first, then the indexes built from them (an FTS5 table with external content
        # must never be told to delete a row it was not given).
        migrations.RunPython(index_rows, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
