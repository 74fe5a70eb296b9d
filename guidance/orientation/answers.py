"""A holder's answers to the questionnaire, as the matching, the explanation and the records read them."""

from __future__ import annotations

from dataclasses import dataclass

from offers.models import Audience, Need, Sector, Stage, Technopole
from offers.relevance import Profile


@dataclass(frozen=True)
class Answers:
    needs: list[Need]
    stage: Stage
    technopole: Technopole | None = None
    sector: Sector | None = None
    audience: Audience | None = None
    """Who the holder is (`profil`); None when not said."""
    project: str = ""
    """The holder's own words about the project (`projet`), up to 500 characters."""

    @property
    def need_ids(self) -> list[int]:
        return [need.pk for need in self.needs]

    def profile(self) -> Profile:
        """What the relevance score reads of these answers."""
        return Profile(
            need_ids=self.need_ids,
            technopole_id=self.technopole.pk if self.technopole else None,
            sector_id=self.sector.pk if self.sector else None,
            audience_id=self.audience.pk if self.audience else None,
            text=self.project,
        )
