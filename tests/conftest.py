from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture(autouse=True)
def _fast_hasher_and_clean_cache(settings):
    # MD5 keeps user creation fast in tests; the cache is per-process, so clear it between tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No collectstatic before tests: serve static names as they are, without the manifest.
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
    # WhiteNoise indexes STATIC_ROOT each time a test client builds the middleware: a collectstatic left in
    # var/ (`make bench` does one) would cost every test that makes a request tens of milliseconds. No test
    # fetches a static file through the test client; the live server serves them from the finders.
    settings.STATIC_ROOT = None
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def taxonomy(transactional_db):
    """For a transactional test: the taxonomy of the data migration, which an earlier transactional test
    may have flushed with every table."""
    from offers.models import Need, Sector, Stage, Technopole
    from offers.taxonomy import create_taxonomy

    create_taxonomy(Need, Stage, Technopole, Sector)


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker) -> Iterator[None]:
    """One transaction around a whole test module, rolled back when the module is done: a module-scoped
    fixture that depends on this one creates data once for tests that only read it (each test's own
    transaction is then a savepoint inside it, as with Django's `TestCase.setUpTestData`). Not for modules
    with transactional tests. The database stays blocked for tests that do not ask for it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
