import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fast_hasher_and_clean_cache(settings):
    # MD5 keeps user creation fast in tests; the cache is per-process, so clear it between tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No collectstatic before tests: serve static names as they are, without the manifest.
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
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
