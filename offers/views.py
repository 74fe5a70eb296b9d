from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from offers.models import Actor, Need, Offer, Technopole
from offers.summary import technopoles_with_offer_counts


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    # 2 queries: technopôles with their published-offer counts (cached), needs (for the quick links).
    technopoles = technopoles_with_offer_counts()
    return render(request, "home.html", {"technopoles": technopoles, "needs": Need.objects.all()})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def technopole_detail(request: HttpRequest, slug: str) -> HttpResponse:
    technopole = get_object_or_404(Technopole, slug=slug)
    actors = Actor.objects.filter(technopole=technopole).only("name", "slug", "kind")
    offers = (
        Offer.objects.published()
        .filter(technopoles=technopole)
        .select_related("actor")
        .only("title", "slug", "summary", "kind", "actor__name", "actor__slug")[:50]
    )
    return render(
        request,
        "offers/technopole_detail.html",
        {"technopole": technopole, "actors": actors, "offers": offers},
    )


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/400.html", status=400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the database may be the very thing that failed.
    from django.template import loader

    return HttpResponse(loader.get_template("errors/500.html").render(), status=500)
