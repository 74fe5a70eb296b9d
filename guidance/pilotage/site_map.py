"""The schematic map of the gaps page: the metropolitan area drawn by hand, each site a circle.

Not to scale: the sites are placed roughly where they are (north up), Belle de Mai and Euroméditerranée a
little apart so their circles do not overlap. The coast, the Étang de Berre and Aix-en-Provence are drawn
in the template (`_gap_map.html`, viewBox 0 70 560 510), the sites here. The map is decorative-plus-labels:
every number it shows is in the needs × sites table of the same page, the accessible version.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from guidance.pilotage import reports

# slug: (x, y, side of the label, short name or ""). Roughly x = (longitude − 5.13) × 900 and
# y = (43.62 − latitude) × 1150 + 20.
POSITIONS: dict[str, tuple[int, int, str, str]] = {
    "arbois": (180, 168, "start", ""),
    "chateau-gombert": (272, 312, "start", ""),
    "belle-de-mai": (246, 364, "start", ""),
    "euromediterranee": (190, 386, "end", "Euroméditerranée"),
    "luminy": (276, 458, "start", ""),
    "la-ciotat": (430, 520, "end", ""),
}
# A site the map does not know yet: down the right-hand side, so it is still shown and labelled.
OTHER_SITES_X, OTHER_SITES_Y, OTHER_SITES_STEP = 520, 110, 70

SMALLEST, LARGEST = 8, 30  # circle radii: no gap left to fill, the most gaps left of all sites


@dataclass(frozen=True)
class MapPoint:
    name: str
    x: int
    y: int
    r: int
    anchor: str  # "start": label on the right of the circle, "end": on its left
    label_x: int
    gaps_text: str  # « 14 lacunes »
    expected_text: str  # « dont 2 sans objet », or ""
    level: int  # 0 (no gap left to fill) … 3, for the circle's colour (the number is written anyway)
    title: str  # the circle's tooltip: the whole sentence


def level(open_gaps: int, most: int) -> int:
    """0 for no gap left to fill, then thirds of the most gaps left on a site (1 … 3)."""
    if open_gaps <= 0 or most <= 0:
        return 0
    return min(3, math.ceil(3 * open_gaps / most))


def map_points(report: reports.GapReport) -> list[MapPoint]:
    """A circle per site, its area in proportion to the gaps left to fill (those « sans objet » set apart),
    the site with the most gaps drawn largest: the map compares the sites."""
    most = max((site_gaps.gaps.open for site_gaps in report.by_site), default=0)
    points = []
    others = 0
    for site_gaps in report.by_site:
        site, gaps = site_gaps.technopole, site_gaps.gaps
        if site.slug in POSITIONS:
            x, y, anchor, short_name = POSITIONS[site.slug]
        else:
            x, y, anchor, short_name = OTHER_SITES_X, OTHER_SITES_Y + others * OTHER_SITES_STEP, "end", ""
            others += 1
        r = max(SMALLEST, round(LARGEST * math.sqrt(gaps.open / most))) if most else SMALLEST
        gaps_text = ngettext("%(count)s lacune", "%(count)s lacunes", gaps.total) % {"count": gaps.total}
        expected_text = _("dont %(count)s sans objet") % {"count": gaps.expected} if gaps.expected else ""
        title = f"{site.name} : {gaps_text}" + (f", {expected_text}" if expected_text else "")
        points.append(
            MapPoint(
                name=short_name or site.name,
                x=x,
                y=y,
                r=r,
                anchor=anchor,
                label_x=x + r + 6 if anchor == "start" else x - r - 6,
                gaps_text=gaps_text,
                expected_text=expected_text,
                level=level(gaps.open, most),
                title=title,
            )
        )
    return points
