"""The settings read from the environment (innov_provence/settings.py): the cache, the client's address
behind proxies, the address in emails; and `make run`, which passes its port on."""

import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / "innov_provence" / "settings.py"
SECRET = "tests-only-secret-key-0123456789-0123456789-0123456789"
READ_HERE = [
    "DJANGO_DEBUG",
    "CACHE_URL",
    "PORT",
    "SITE_URL",
    "TRUSTED_PROXY_COUNT",
    "CONTACT_CLIENT_IP_HEADER",
]


@pytest.fixture
def load_settings(monkeypatch):
    """The settings module run afresh in this environment (the running Django keeps its own)."""

    def load(**environ: str) -> dict:
        for name in READ_HERE:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("DJANGO_SECRET_KEY", SECRET)
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS))

    return load


# --- The cache ------------------------------------------------------------------------------------------

SHARED_DATABASE_CACHE = "innov_provence.shared_cache.DatabaseCache"
PER_PROCESS = "django.core.cache.backends.locmem.LocMemCache"
REDIS = "django.core.cache.backends.redis.RedisCache"


@pytest.mark.parametrize(
    "environ, backend",
    [
        ({}, SHARED_DATABASE_CACHE),
        ({"DJANGO_DEBUG": "1"}, PER_PROCESS),
        ({"CACHE_URL": "db://"}, SHARED_DATABASE_CACHE),
        ({"CACHE_URL": "db://", "DJANGO_DEBUG": "1"}, SHARED_DATABASE_CACHE),
        ({"CACHE_URL": "locmem://"}, PER_PROCESS),
        ({"CACHE_URL": "redis://cache.internal:6379/0"}, REDIS),
        ({"CACHE_URL": "rediss://cache.internal:6380/1", "DJANGO_DEBUG": "1"}, REDIS),
        ({"CACHE_URL": "unix:///run/redis.sock"}, REDIS),
    ],
    ids=["production", "debug", "db", "db in debug", "locmem", "redis", "rediss", "redis socket"],
)
def test_the_cache_follows_cache_url_and_is_shared_by_default_in_production(load_settings, environ, backend):
    cache = load_settings(**environ)["CACHES"]["default"]
    assert cache["BACKEND"] == backend
    if backend == REDIS:
        assert cache["LOCATION"] == environ["CACHE_URL"]


def test_a_cache_url_of_another_kind_is_refused(load_settings):
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        load_settings(CACHE_URL="memcached://cache.internal:11211")


# --- The client's address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "environ, proxies",
    [
        ({}, 0),
        ({"TRUSTED_PROXY_COUNT": "2"}, 2),
        # The setting it replaces, still read: the proxy's header meant one proxy.
        ({"CONTACT_CLIENT_IP_HEADER": "REMOTE_ADDR"}, 0),
        ({"CONTACT_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR"}, 1),
        ({"CONTACT_CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXY_COUNT": "0"}, 0),
    ],
)
def test_trusted_proxy_count(load_settings, environ, proxies):
    loaded = load_settings(**environ)
    assert loaded["TRUSTED_PROXY_COUNT"] == proxies
    assert loaded["AXES_CLIENT_IP_CALLABLE"] == "innov_provence.client_ip.client_ip"


@pytest.mark.parametrize(
    "environ",
    [
        {"TRUSTED_PROXY_COUNT": "-1"},
        {"TRUSTED_PROXY_COUNT": "one"},
        {"CONTACT_CLIENT_IP_HEADER": "HTTP_X_REAL_IP"},
    ],
)
def test_a_proxy_setting_that_cannot_be_followed_is_refused(load_settings, environ):
    with pytest.raises(ImproperlyConfigured):
        load_settings(**environ)


# --- Links in emails ------------------------------------------------------------------------------------


def test_links_point_to_the_port_the_portal_runs_on(load_settings):
    assert load_settings()["SITE_URL"] == "http://127.0.0.1:8000"
    assert load_settings(PORT="8611")["SITE_URL"] == "http://127.0.0.1:8611"
    assert load_settings(PORT="8611", SITE_URL="https://innov-provence.fr/")["SITE_URL"] == (
        "https://innov-provence.fr"
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("how", ["PORT=8611 make run", "make run PORT=8611"])
def test_make_run_on_another_port_gives_links_to_that_port(tmp_path, how):
    # `make run` with a stand-in for the virtualenv's python: it prints the address the settings give the
    # links, as the server and the commands it starts would see them (the demo data step is skipped).
    stand_in = tmp_path / "python"
    stand_in.write_text(
        "#!/bin/sh\n"
        'echo "args: $*"\n'
        f"exec {sys.executable} -c "
        "\"import runpy; print('links:', runpy.run_path('innov_provence/settings.py')['SITE_URL'])\"\n"
    )
    stand_in.chmod(0o755)
    environ = {k: v for k, v in os.environ.items() if k not in ("PORT", "SITE_URL", "MAKEFLAGS", "MAKELEVEL")}
    arguments = ["make", "--no-print-directory", "-o", "demo", "run", f"BIN={tmp_path}"]
    if how.startswith("PORT="):
        environ["PORT"] = "8611"
    else:
        arguments.append("PORT=8611")
    done = subprocess.run(arguments, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "args: manage.py runserver 127.0.0.1:8611" in done.stdout
    assert "links: http://127.0.0.1:8611" in done.stdout
