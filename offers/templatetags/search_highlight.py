"""`highlight`: the words of a text that the search matched, in <mark> (by their index terms, so that
« incubateurs » is marked for a search of « incubation »)."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from offers import search

register = template.Library()

_TOKEN = re.compile(r"[\w'’-]+")


def _matches(token: str, terms: set[str]) -> bool:
    words = search.words(token)
    return any(
        search.query_term(word) in terms or any(search.query_term(p) in terms for p in word.split("-"))
        for word in words
    )


@register.filter
def highlight(text: str, terms) -> SafeString:
    text = str(text or "")
    if not terms:
        return conditional_escape(text)
    parts, last = [], 0
    for token in _TOKEN.finditer(text):
        if _matches(token.group(), terms):
            parts.append(conditional_escape(text[last : token.start()]))
            parts.append(format_html("<mark>{}</mark>", token.group()))
            last = token.end()
    parts.append(conditional_escape(text[last:]))
    return mark_safe("".join(parts))
