from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from offers.models import Actor

DEMO_CACHE_KEY = "site:demo-data-loaded"

NAV_ITEMS = [
    ("/orientation/", _("M'orienter")),
    ("/offres/", _("Offres")),
    ("/acteurs/", _("Structures")),
    ("/financements/", _("Financements")),
    ("/hebergement/", _("Hébergement")),
    ("/recrutement/", _("Recrutement")),
    ("/competences/", _("Compétences")),
]


def navigation(path: str) -> list[dict]:
    """The main menu; `current` is "page" on the section's own page, "true" anywhere inside the section."""
    items = []
    for href, label in NAV_ITEMS:
        current = "page" if path == href else ("true" if path.startswith(href) else "")
        items.append({"href": href, "label": label, "current": current})
    return items


def site(request: HttpRequest) -> dict:
    """Whether the demo data is loaded, so every page can say so (cached: it is on every page)."""
    demo = cache.get(DEMO_CACHE_KEY)
    if demo is None:
        demo = Actor.objects.filter(is_demo=True).exists()
        cache.set(DEMO_CACHE_KEY, demo, 300)
    return {"demo_data": demo, "nav_items": navigation(request.path)}
