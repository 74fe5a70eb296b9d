"""Every site URL in a template comes from its name (`{% url %}`, `get_absolute_url`, `{% static %}`):
a path written by hand breaks silently when a URL pattern moves (issue 15). A plain scan of the files."""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# An attribute whose value starts with a site path ("/…", but not a protocol-relative "//host/…"), and, in
# the email texts, an absolute link glued by hand to the site address.
HARD_CODED = re.compile(
    r"""\b(?:href|src|action|formaction|hx-(?:get|post|put|patch|delete))\s*=\s*["']/(?!/)"""
    r"""|\{\{\s*site_url\s*\}\}/"""
)


def test_templates_exist():
    assert any(TEMPLATES.rglob("*.html")), TEMPLATES


def test_no_hard_coded_site_path_in_templates():
    offences = [
        f"{path.relative_to(TEMPLATES.parent)}:{number}: {line.strip()}"
        for path in sorted(TEMPLATES.rglob("*"))
        if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".js"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HARD_CODED.search(line)
    ]
    assert not offences, "Use {% url %} or get_absolute_url instead of a written path:\n" + "\n".join(
        offences
    )


def test_the_scan_catches_a_hard_coded_path():
    for line in [
        '<a href="/offres/">',
        "<a class='x' href='/acteurs/{{ actor.slug }}/'>",
        '<form method="post" action="/contact/">',
        '<div hx-get="/offres/?page=2">',
        '<img src="/static/logo.svg">',
        "{{ site_url }}/donnees-personnelles/",
    ]:
        assert HARD_CODED.search(line), line
    for line in [
        "<a href=\"{% url 'offers:offer_list' %}\">",
        '<a href="{{ offer.get_absolute_url }}">',
        '<a href="?page=2">',
        '<a href="https://example.org/offres/">',
        '<a href="//cdn.example.org/x.js">',
        "{{ site_url }}{% url 'contact:personal_data' %}",
    ]:
        assert not HARD_CODED.search(line), line
