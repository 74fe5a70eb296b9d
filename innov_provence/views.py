"""The portal's own pages: home, health check, editorial pages and error pages."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from innov_provence.page_cache import cache_public_page
from offers.models import Need
from offers.summary import technopoles_with_offer_counts


@cache_public_page
@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request, "pages/accessibilite.html", {"accessibility_email": settings.ACCESSIBILITY_CONTACT_EMAIL}
    )


@cache_public_page
@cache_public_page
@require_safe
def legal_notice(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/mentions_legales.html")


@cache_public_page
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    # 2 queries: technopôles with their published-offer counts (cached), needs (for the quick links).
    technopoles = technopoles_with_offer_counts()
    return render(request, "home.html", {"technopoles": technopoles, "needs": Need.objects.all()})


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


# --- Errors --------------------------------------------------------------------------------------------


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/400.html", status=400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the database may be the very thing that failed.
    return HttpResponse(loader.get_template("errors/500.html").render(), status=500)
