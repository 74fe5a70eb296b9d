"""A small cache of whole public pages, for anonymous GET and HEAD requests.

Why: rendering any page of the portal costs ~7 ms of Python (template `{% translate %}` tags, middleware)
against ~1.5 ms for /healthz, so bounded queries alone cannot keep the public pages within 1/3 of
/healthz's throughput (issue #8). A cached page is served in a couple of cache look-ups.

What is cached: the body, status and headers set by the view (the middleware still runs on the way out,
so security and CSP headers are added to every response as usual), keyed by
- the « catalogue version » (`offers.cache.catalogue_version()`), bumped whenever published data changes,
  so a saved offer shows at once;
- the host, scheme and full path including the query string;
- the htmx headers that change what a view renders (`HX-Request`, `HX-History-Restore-Request`), and
  the responses say `Vary: HX-Request` so browsers keep the variants apart too.

What is never cached: requests carrying a session or messages cookie (logged-in users, flash messages),
authenticated users, responses other than 200, responses that set a cookie or use the CSRF token.

Entries also expire after `PUBLIC_PAGE_CACHE_SECONDS` (300 s by default): the bound for bulk writes that
send no signals (`QuerySet.update`, `seed_scale`, raw SQL).

The cache is Django's default cache, which every process shares in production (a table of the database,
or Redis with `CACHE_URL`; see settings): a version bump reaches every app server at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from importlib import import_module

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from offers.cache import catalogue_version

VARY_HEADERS = ("HX-Request", "HX-History-Restore-Request")


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


def public_pages(urlconf: str) -> tuple[list[URLPattern], str]:
    """For `include()`: the URL patterns of a public section, every view served through the page cache.

    The sections (`offers`, `financing`, `housing`) know nothing of the portal around them; the root URLconf
    says which of them are public pages, in one place."""
    module = import_module(urlconf)
    patterns = [
        URLPattern(pattern.pattern, cache_public_page(pattern.callback), pattern.default_args, pattern.name)
        for pattern in module.urlpatterns
    ]
    return patterns, module.app_name
