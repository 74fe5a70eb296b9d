"""Editorial pages of the portal (plain templates, no data)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from offers.page_cache import cache_public_page


@cache_public_page
@require_GET
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request, "pages/accessibilite.html", {"accessibility_email": settings.ACCESSIBILITY_CONTACT_EMAIL}
    )
