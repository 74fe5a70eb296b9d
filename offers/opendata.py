"""The catalogue as open data (CSV and JSON), with the same filters as `/offres/`.

Five queries whatever the size: the offers as plain values, then one per many-to-many relation."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from offers.models import Offer

# A sane ceiling for one download; the whole published catalogue is far below it.
EXPORT_LIMIT = 20_000

# What a spreadsheet takes for the start of a formula (OWASP « CSV injection »).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Structures write their own texts: one that a spreadsheet would run as a formula (« =HYPERLINK(…) »)
    gets a leading apostrophe, in every CSV and XLSX export of the portal. JSON stays raw: it is data."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_text(text: str) -> str:
    """The text `spreadsheet_safe` was given: an exported file imports back unchanged."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


RELATIONS = ["needs", "stages", "technopoles", "sectors"]


def export_columns() -> list[tuple[str, str]]:
    """(JSON key, French CSV header) of each exported field, in order."""
    return [
        ("identifiant", _("identifiant")),
        ("titre", _("titre")),
        ("url", _("adresse de la fiche")),
        ("structure", _("structure")),
        ("type", _("type d'offre")),
        ("resume", _("résumé")),
        ("besoins", _("besoins")),
        ("stades", _("stades")),
        ("technopoles", _("technopôles")),
        ("filieres", _("filières")),
        ("cout", _("coût")),
        ("cout_precisions", _("précisions sur le coût")),
        ("eligibilite", _("conditions d'éligibilité")),
        ("contact_nom", _("personne à contacter")),
        ("contact_courriel", _("courriel de contact")),
        ("contact_telephone", _("téléphone de contact")),
        ("derniere_confirmation", _("dernière confirmation")),
    ]


def related_names(queryset: QuerySet, relation: str) -> dict[int, list[str]]:
    """{offer id: [names]} for one many-to-many relation of the offers in `queryset`, in one query."""
    m2m = Offer._meta.get_field(relation)
    target = m2m.m2m_reverse_field_name()
    rows = (
        m2m.remote_field.through.objects.filter(offer_id__in=queryset.values("pk"))
        .order_by(f"{target}__order", f"{target}__name")
        .values_list("offer_id", f"{target}__name")
    )
    names = defaultdict(list)
    for offer_id, name in rows:
        names[offer_id].append(name)
    return names


def export_rows(queryset: QuerySet, absolute_url) -> list[dict]:
    """One dict per offer, keys as in `export_columns`; `absolute_url(path)` makes the links absolute."""
    kinds, costs = dict(Offer.Kind.choices), dict(Offer.Cost.choices)
    offers = queryset.order_by("title", "pk").values(
        "pk",
        "slug",
        "title",
        "summary",
        "kind",
        "cost",
        "cost_details",
        "eligibility",
        "contact_name",
        "contact_email",
        "contact_phone",
        "reviewed_at",
        "actor__name",
        "actor__email",
        "actor__phone",
    )[:EXPORT_LIMIT]
    related = {relation: related_names(queryset, relation) for relation in RELATIONS}
    rows = []
    for offer in offers:
        pk = offer["pk"]
        rows.append(
            {
                "identifiant": offer["slug"],
                "titre": offer["title"],
                "url": absolute_url(reverse("offers:offer_detail", args=[offer["slug"]])),
                "structure": offer["actor__name"],
                "type": str(kinds.get(offer["kind"], offer["kind"])),
                "resume": offer["summary"],
                "besoins": related["needs"].get(pk, []),
                "stades": related["stages"].get(pk, []),
                "technopoles": related["technopoles"].get(pk, []),
                "filieres": related["sectors"].get(pk, []),
                "cout": str(costs.get(offer["cost"], offer["cost"])),
                "cout_precisions": offer["cost_details"],
                "eligibilite": offer["eligibility"],
                "contact_nom": offer["contact_name"],
                "contact_courriel": offer["contact_email"] or offer["actor__email"],
                "contact_telephone": offer["contact_phone"] or offer["actor__phone"],
                "derniere_confirmation": offer["reviewed_at"].date().isoformat()
                if offer["reviewed_at"]
                else "",
            }
        )
    return rows


def csv_lines(rows: list[dict]) -> Iterator[str]:
    """The CSV text, line by line: a byte-order mark so Excel reads UTF-8, a French header row, lists
    joined with « | », formulas defused."""
    columns = export_columns()
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield "\ufeff" + line([header for _key, header in columns])
    for row in rows:
        values = (row[key] for key, _header in columns)
        yield line([spreadsheet_safe(" | ".join(v) if isinstance(v, list) else v) for v in values])
