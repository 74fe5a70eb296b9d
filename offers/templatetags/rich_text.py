"""`{{ offer.description|rich_text }}`: descriptions written by structures, shown with their formatting.

Plain text becomes paragraphs (Django's linebreaks, escaped); text holding HTML is sanitised by nh3 down to a
few formatting tags, so a description can never carry a script, an event handler or a style into the page.
"""

import nh3
from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitise(text: str) -> SafeString:
    if not nh3.is_html(text):
        return linebreaks_filter(text, autoescape=True)
    cleaned = nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    if not any(f"<{block}>" in cleaned for block in ("p", "ul", "ol")):
        # Inline formatting only: keep the author's line breaks as paragraphs.
        cleaned = linebreaks_filter(cleaned, autoescape=False)
    return mark_safe(cleaned)  # nh3 has just removed every tag and attribute not listed above


@register.filter(is_safe=True)
def rich_text(value: object) -> SafeString:
    if value is None or value == "":
        return mark_safe("")
    return sanitise(str(value))
