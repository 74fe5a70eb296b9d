from django.core.cache import cache
from django.http import HttpRequest

from offers.models import Actor

DEMO_CACHE_KEY = "site:demo-data-loaded"


def site(request: HttpRequest) -> dict:
    """Whether the demo data is loaded, so every page can say so (cached: it is on every page)."""
    demo = cache.get(DEMO_CACHE_KEY)
    if demo is None:
        demo = Actor.objects.filter(is_demo=True).exists()
        cache.set(DEMO_CACHE_KEY, demo, 300)
    return {"demo_data": demo}
