from django.core.cache import cache
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from offers.models import Actor

DEMO_CACHE_KEY = "site:demo-data-loaded"

# The main menu: each section by the name of its first page.
NAV_ITEMS = [
    ("guidance:questionnaire", _("M'orienter")),
    ("offers:offer_list", _("Offres")),
    ("offers:actor_list", _("Structures")),
    ("financing:financing_list", _("Financements")),
    ("housing:housing_list", _("Hébergement")),
    ("offers:recruitment_list", _("Recrutement")),
    ("offers:competence_list", _("Compétences")),
]


def navigation(path: str) -> list[dict]:
    """The main menu; `current` is "page" on the section's own page, "true" anywhere inside the section."""
    items = []
    for name, label in NAV_ITEMS:
        href = reverse(name)
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
