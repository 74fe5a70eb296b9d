"""A holder's answers to the questionnaire, as the matching, the explanation and the records read them."""

from __future__ import annotations

from dataclasses import dataclass

from offers.models import Need, Sector, Stage, Technopole


@dataclass(frozen=True)
class Answers:
    needs: list[Need]
    stage: Stage
    technopole: Technopole | None = None
    sector: Sector | None = None

    @property
    def need_ids(self) -> list[int]:
        return [need.pk for need in self.needs]
