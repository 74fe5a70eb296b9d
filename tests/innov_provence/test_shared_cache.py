"""One cache for every process (innov_provence/shared_cache.py and CACHES in the settings): the contact form's
per-address counts, the admin's lockout, the catalogue version and the cached pages are the same whichever
process or app server a request reaches."""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connection

from guidance.contact.forms import sign_timestamp
from guidance.contact.services import RATE_LIMIT_REQUESTS
from offers.models import Offer
from tests.factories import make_offer, make_user

pytestmark = pytest.mark.cache

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "un-mot-de-passe-solide-42"
ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith("postgres")


# --- The database cache's counter -----------------------------------------------------------------------


@pytest.fixture
def database_cache(settings, db):
    """The shared database cache under another alias, its table created in the test's transaction."""
    from django.core.cache import caches

    settings.CACHES = settings.CACHES | {
        "shared": {"BACKEND": "innov_provence.shared_cache.DatabaseCache", "LOCATION": "test_shared_cache"}
    }
    call_command("createcachetable", "test_shared_cache", verbosity=0)
    return caches["shared"]


def expiry(database_cache, key: str):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expires FROM test_shared_cache WHERE cache_key = %s", [database_cache.make_key(key)]
        )
        return cursor.fetchone()[0]


def test_incr_counts_and_keeps_the_window_of_the_first_count(database_cache):
    database_cache.add("count", 0, timeout=600)
    window_end = expiry(database_cache, "count")
    assert database_cache.incr("count") == 1
    assert database_cache.incr("count", 4) == 5
    assert database_cache.get("count") == 5
    assert expiry(database_cache, "count") == window_end  # Django's own incr would restart it: 300 s from now


def test_incr_keeps_an_entry_kept_forever(database_cache):
    database_cache.set("version", 41, timeout=None)
    assert database_cache.incr("version") == 42
    assert database_cache.get("version") == 42
    assert str(expiry(database_cache, "version")).startswith("9999-12-31")


def test_incr_of_a_missing_or_expired_entry_raises_value_error(database_cache):
    with pytest.raises(ValueError):
        database_cache.incr("missing")
    database_cache.set("expired", 1, timeout=0)
    with pytest.raises(ValueError):
        database_cache.incr("expired")


# --- Between processes, with the production default (the database cache, created by migrate) --------------

run_once_on_sqlite = pytest.mark.skipif(
    ON_POSTGRESQL, reason="run once, on SQLite: what is tested is two processes, not the database"
)


@pytest.fixture(scope="module")
def production_environment(tmp_path_factory) -> dict[str, str]:
    """A scratch SQLite database migrated in production settings (DEBUG off, no CACHE_URL)."""
    database = tmp_path_factory.mktemp("shared-cache") / "portal.sqlite3"
    environ = {k: v for k, v in os.environ.items() if k not in ("CACHE_URL", "DJANGO_DEBUG")}
    environ["DATABASE_URL"] = f"sqlite:///{database}"
    migrated = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        env=environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert migrated.returncode == 0, migrated.stderr
    return environ


def in_a_process(environ: dict[str, str], script: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        env=environ,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def output_of(process: subprocess.Popen) -> dict[str, str]:
    out, errors = process.communicate(timeout=120)
    assert process.returncode == 0, errors
    return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)


SUBMISSIONS_AND_A_CHANGE = """
from guidance.contact.services import is_rate_limited, record_submission
from offers.cache import bump_catalogue_version, catalogue_version
print("version", catalogue_version())
for _ in range(3):
    record_submission("203.0.113.9")
print("limited", is_rate_limited("203.0.113.9"))
bump_catalogue_version()
print("bumped", catalogue_version())
"""


@run_once_on_sqlite
def test_two_processes_share_the_contact_counts_and_the_catalogue_version(production_environment):
    first = output_of(in_a_process(production_environment, SUBMISSIONS_AND_A_CHANGE))
    second = output_of(in_a_process(production_environment, SUBMISSIONS_AND_A_CHANGE))
    assert first["limited"] == "False"
    assert second["limited"] == "True"  # 3 + 3 submissions from one address: over the limit of 5
    assert second["version"] == first["bumped"]  # the change made in the first process reaches the second


COUNT_AT_ONCE = """
import time
from django.core.cache import cache
cache.add("at-once", 0, timeout=600)
time.sleep(max(0, {start} - time.time()))
for _ in range(300):
    cache.incr("at-once")
print("count", cache.get("at-once"))
"""


@run_once_on_sqlite
def test_two_processes_counting_at_once_lose_no_count(production_environment):
    script = COUNT_AT_ONCE.format(start=time.time() + 3)  # both processes loaded by then: they count together
    processes = [in_a_process(production_environment, script) for _ in range(2)]
    counts = sorted(int(output_of(process)["count"]) for process in processes)
    assert counts[-1] == 600
    assert counts[0] < 600  # they did overlap


# --- Two app servers on one PostgreSQL and one shared cache --------------------------------------------------

REDIS_URL = os.environ.get("CACHE_URL", "") if os.environ.get("CACHE_URL", "").startswith("redis") else ""


@pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="needs PostgreSQL (DATABASE_URL=postgres://…, as bash .ci/with-postgres.sh sets it): "
    "two app servers share the test database",
)
@pytest.mark.parametrize(
    "cache_url",
    [
        pytest.param("db://", id="database cache"),
        pytest.param(
            REDIS_URL,
            id="redis",
            marks=pytest.mark.skipif(
                not REDIS_URL, reason="needs Redis (CACHE_URL=redis://…, as bash .ci/with-redis.sh sets it)"
            ),
        ),
    ],
)
@pytest.mark.django_db(transaction=True)
def test_two_app_servers_share_cached_pages_the_contact_limit_and_the_lockout(taxonomy, cache_url):
    published = make_offer(title="Incubation Calanques")
    draft = make_offer(title="Programme Garrigue", status=Offer.Status.DRAFT)
    for user in (make_user(username="metropole", is_superuser=True), make_user(username="camille")):
        # Hashed as the servers' settings check it (the tests' MD5 hasher is not among them), quickly.
        user.password = PBKDF2PasswordHasher().encode(PASSWORD, "sel-de-test", iterations=1000)
        user.save(update_fields=["password"])

    with two_app_servers(cache_url) as (one, other):
        # The catalogue is cached by each server: a change that sends no signal is not seen.
        for server in (one, other):
            page = Browser(server).get("/offres/")
            assert "Incubation Calanques" in page and "Programme Garrigue" not in page
        Offer.objects.filter(pk=published.pk).update(title="Incubation Calanques et Garrigues")
        assert "Calanques et Garrigues" not in Browser(other).get("/offres/")

        # An offer published in the admin of one server shows at once in the other's catalogue.
        staff = Browser(one)
        assert staff.log_in("metropole", PASSWORD) == 302
        published_now = {"action": "publish", "index": "0", "_selected_action": draft.pk}
        assert staff.submit("/admin/offers/offer/", published_now) == 302
        assert Offer.objects.get(pk=draft.pk).status == Offer.Status.PUBLISHED
        page = Browser(other).get("/offres/")
        assert "Programme Garrigue" in page and "Calanques et Garrigues" in page

        # One address, its contact requests spread over both servers: the 6th is refused by either.
        holder = Browser(one, other)
        for n in range(RATE_LIMIT_REQUESTS):
            assert holder.contact(on=n % 2, slug=published.slug) == 302
        assert holder.contact(on=0, slug=published.slug) == 429
        assert holder.contact(on=1, slug=published.slug) == 429

        # Five wrong passwords spread over both servers lock the account on both, from the fifth on.
        for n in range(4):
            assert Browser((one, other)[n % 2]).log_in("camille", "mauvais") == 200
        assert Browser(one).log_in("camille", "mauvais") == 429
        assert Browser(other).log_in("camille", PASSWORD) == 429
        assert Browser(one).log_in("camille", PASSWORD) == 429


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def url_of_the_test_database() -> str:
    settings = connection.settings_dict
    credentials = urllib.parse.quote(settings["USER"] or "", safe="")
    if settings["PASSWORD"]:
        credentials += ":" + urllib.parse.quote(settings["PASSWORD"], safe="")
    return f"postgres://{credentials}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"


@contextmanager
def two_app_servers(cache_url: str) -> Iterator[tuple[str, str]]:
    """Two gunicorn servers (two workers each) on two loopback ports, on the test database and this cache.
    Debug settings: the static files as they are, without the manifest collectstatic would build."""
    environ = os.environ | {
        "DATABASE_URL": url_of_the_test_database(),
        "CACHE_URL": cache_url,
        "DJANGO_DEBUG": "1",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_CONN_MAX_AGE": "0",
    }
    if cache_url == "db://":
        subprocess.run(
            [sys.executable, "manage.py", "createcachetable"], env=environ, cwd=ROOT, check=True, timeout=60
        )
    servers, addresses = [], []
    try:
        for _ in range(2):
            port = free_port()
            servers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "innov_provence.wsgi",
                        "-w",
                        "2",
                        "-b",
                        f"127.0.0.1:{port}",
                    ],
                    env=environ,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            )
            addresses.append(f"http://127.0.0.1:{port}")
        for address in addresses:
            assert wait_until_up(address), f"gunicorn did not start at {address}"
        yield addresses[0], addresses[1]
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            try:
                server.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.communicate()
        if cache_url == "db://":
            with connection.cursor() as cursor:
                cursor.execute("DROP TABLE IF EXISTS innov_provence_cache")


def wait_until_up(address: str, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{address}/healthz", timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.1)
    return False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the test reads the 302 itself


class Browser:
    """A browser with its own cookies (so its own CSRF token and session), on one or two servers."""

    def __init__(self, *servers: str):
        self.servers = servers
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def request(self, path: str, data: dict | None = None, on: int = 0) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.servers[on] + path, body, timeout=15) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path: str, on: int = 0) -> str:
        status, page = self.request(path, on=on)
        assert status == 200, f"GET {path}: {status}"
        return page

    def submit(self, path: str, data: dict, on: int = 0, form_path: str | None = None) -> int:
        """POST to `path` the form shown at `form_path` (by default the same page), with its CSRF token."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form_path or path, on=on))
        assert token, f"no CSRF token on {form_path or path}"
        status, _ = self.request(path, {"csrfmiddlewaretoken": token.group(1), **data}, on=on)
        return status

    def log_in(self, username: str, password: str) -> int:
        return self.submit("/admin/login/?next=/admin/", {"username": username, "password": password})

    def contact(self, on: int, slug: str) -> int:
        data = {
            "name": "Camille Martin",
            "email": "camille@example.org",
            "organisation": "BioSens",
            "stage": "amorcage",
            "message": "Nous cherchons un accompagnement pour notre capteur biologique.",
            "consent": "on",
            "website": "",
            "started": sign_timestamp(time.time() - 10),  # shown 10 s ago: not too fast for a person
        }
        return self.submit(f"/contact/offre/{slug}/", data, on=on)
