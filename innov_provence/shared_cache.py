"""The cache that every app process shares when no Redis is configured: a table of the portal's database.

Everything the portal counts or invalidates through the cache must be seen by every process, or each gunicorn
worker keeps its own: the contact form's per-address limit (3 workers let 15 requests through instead of 5),
the catalogue version that makes cached pages stale (`offers.cache`), the cached pages themselves. So with
DEBUG off and no `CACHE_URL`, the settings point the default cache at Django's database cache, with two
changes made here:

- `incr` is atomic and keeps the entry's expiry. Django's version reads then writes the value with the
  default timeout: two processes counting at once lose a count, a rate-limit window would restart at each
  request, and the catalogue version (kept forever) would expire.
- its table is created by `migrate` (`create_cache_tables`, on post_migrate): no `createcachetable` step to
  forget in a deployment.
"""

from __future__ import annotations

import base64
import pickle

from django.core.cache.backends import db
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, models, router, transaction
from django.utils.timezone import now


class DatabaseCache(db.DatabaseCache):
    def incr(self, key, delta=1, version=None):
        """Add `delta` under a lock on the entry's row (a write lock on SQLite), keeping its expiry; a
        missing or expired entry raises ValueError, as with every cache backend."""
        cache_key = self.make_and_validate_key(key, version=version)
        alias = router.db_for_write(self.cache_model_class)
        connection = connections[alias]
        table, key_column, value_column, expires_column = map(
            connection.ops.quote_name, (self._table, "cache_key", "value", "expires")
        )
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {value_column}, {expires_column} FROM {table} WHERE {key_column} = %s{lock}",
                [cache_key],
            )
            row = cursor.fetchone()
            if row is None or self._expires(connection, row[1]) < now():
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode()))
            new_value = value + delta
            encoded = base64.b64encode(pickle.dumps(new_value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {value_column} = %s WHERE {key_column} = %s", [encoded, cache_key]
            )
        return new_value

    @staticmethod
    def _expires(connection, value):
        """The expiry column as an aware or naive datetime, as Django's own `get_many` reads it."""
        expression = models.Expression(output_field=models.DateTimeField())
        converters = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)
        for converter in converters:
            value = converter(value, expression, connection)
        return value


def create_cache_tables(using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_migrate: the table of each database cache in CACHES (`createcachetable` skips those that exist;
    with Redis or per-process memory there is none to create)."""
    call_command("createcachetable", database=using, verbosity=0)
