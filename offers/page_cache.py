"""A small cache of whole public pages, for anonymous GET and HEAD requests.

Why: rendering any page of the portal costs ~7 ms of Python (template `{% translate %}` tags, middleware)
against ~1.5 ms for /healthz, so bounded queries alone cannot keep the public pages within 1/3 of
/healthz's throughput (issue #8). A cached page is served in a couple of cache look-ups.

What is cached: the body, status and headers set by the view (the middleware still runs on the way out,
so security and CSP headers are added to every response as usual), keyed by
- the « catalogue version » (`catalogue_version()`), bumped whenever published data changes (signals
  connected in `OffersConfig.ready`), so a saved offer shows at once;
- the host, scheme and full path including the query string;
- the htmx headers that change what a view renders (`HX-Request`, `HX-History-Restore-Request`), and
  the responses say `Vary: HX-Request` so browsers keep the variants apart too.

What is never cached: requests carrying a session or messages cookie (logged-in users, flash messages),
authenticated users, responses other than 200, responses that set a cookie or use the CSRF token.

Entries also expire after `PUBLIC_PAGE_CACHE_SECONDS` (300 s by default): the bound for bulk writes that
send no signals (`QuerySet.update`, `seed_scale`, raw SQL).

The default cache backend is per-process memory (LocMem): with several app servers (or gunicorn workers
on several machines) each process keeps its own copy and a version bump reaches only the process that
made the change; the others catch up within the TTL. Set `CACHE_URL` (Redis) so every process shares one
cache and invalidation is immediate everywhere.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "public-pages:catalogue-version"
VARY_HEADERS = ("HX-Request", "HX-History-Restore-Request")


def catalogue_version() -> int:
    """The current catalogue version; part of the key of every cached page and cached computation."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh start value, never one used before an eviction, so no stale entry can match it.
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_catalogue_version() -> None:
    """Make every cached page and computation keyed by the catalogue version stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or evicted): any new value will do
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return False
    return not request.user.is_authenticated


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
    )


def _page_key(request: HttpRequest) -> str:
    variant = "|".join(request.headers.get(name, "") for name in VARY_HEADERS)
    scheme = "https" if request.is_secure() else "http"
    location = f"{scheme}://{request.get_host()}{request.get_full_path()}"
    # Hashed: a long query string would otherwise make a key memcached or Redis users would not want.
    digest = hashlib.sha256(f"{variant}\n{location}".encode()).hexdigest()
    return f"public-page:{catalogue_version()}:{get_language()}:{digest}"


def cached_response(request: HttpRequest, produce: Callable[[], HttpResponse]) -> HttpResponse:
    """The cached copy of this page for this request, else `produce()` (stored when it may be)."""
    if not _cacheable_request(request):
        return produce()
    key = _page_key(request)
    cached = cache.get(key)
    if cached is not None:
        content, status, headers = cached
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response
    response = produce()
    patch_vary_headers(response, ["HX-Request"])
    if _cacheable_response(request, response):
        entry = (response.content, response.status_code, list(response.items()))
        cache.set(key, entry, settings.PUBLIC_PAGE_CACHE_SECONDS)
    return response


def cache_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve an anonymous GET/HEAD of this public page from the cache (see the module docstring)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return cached_response(request, lambda: view(request, *args, **kwargs))

    return wrapper


# --- Invalidation -----------------------------------------------------------------------------------------
# Infrastructure, not business logic: these handlers only bump the cache version when published data
# (offers and their sub-models, structures, the taxonomy) changes, whoever changes it.


def _catalogue_models() -> tuple[type, ...]:
    from offers.models import Actor, Need, Offer, Sector, Stage, Technopole

    return (Offer, Actor, Need, Stage, Technopole, Sector)


def _on_save_or_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, _catalogue_models()):
        bump_catalogue_version()


def _on_m2m_changed(sender, instance, action: str, **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, _catalogue_models()):
        bump_catalogue_version()


def connect_invalidation() -> None:
    """Called once from `OffersConfig.ready`."""
    post_save.connect(_on_save_or_delete, dispatch_uid="page-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="page-cache-m2m")
