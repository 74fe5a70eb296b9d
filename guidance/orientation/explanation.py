"""Why an offer fits a holder's answers, in plain words: the reasons shown under each result, and for a
nearest alternative the one condition it fails (see `guidance.orientation.matching` for the rules)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from guidance.orientation.answers import Answers
from offers.models import Need, Offer, Technopole
from offers.relevance import text_fit

# Kinds of alternative, in the order they are offered: the closest first.
OTHER_TECHNOPOLE = "technopole"
OTHER_STAGE = "stade"
OTHER_SECTOR = "filiere"


@dataclass
class Match:
    offer: Offer
    reasons: list[str]
    needs: list[Need]
    """The holder's needs this offer answers."""
    on_technopole: bool = False
    sector_specific: bool = False
    alternative: str = ""
    """Empty for an exact match, else the condition it fails (`OTHER_TECHNOPOLE`, `OTHER_STAGE`…)."""
    alternative_label: str = ""
    words: list[str] = field(default_factory=list)
    """The words of the holder's description of the project that the offer's texts contain."""
    for_profile: bool = False
    """Made for the holder's profile (not merely open to everyone)."""


def _place_name(technopole: Technopole) -> str:
    if technopole.is_technopole:
        elided = technopole.name[:1].lower() in "aeiouyéèêâîôh"
        return (_("le technopôle d'%(name)s") if elided else _("le technopôle de %(name)s")) % {
            "name": technopole.name
        }
    return _("le site %(name)s") % {"name": technopole.name}


def _and_join(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return _("%(items)s et %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def _quoted(words: list[str]) -> str:
    return ", ".join(f"« {word} »" for word in words)


def explain(offer: Offer, answers: Answers, alternative: str = "", shown_under: Need | None = None) -> Match:
    """The offer with the plain-words reasons it fits (and, for an alternative, how it differs).

    `shown_under` is the need the offer is listed under: the holder's other needs it answers are named."""
    offer_needs = {n.pk for n in offer.needs.all()}
    needs = [n for n in answers.needs if n.pk in offer_needs]
    stages = list(offer.stages.all())
    places = list(offer.technopoles.all())
    sectors = list(offer.sectors.all())
    on_technopole = answers.technopole is not None and any(p.pk == answers.technopole.pk for p in places)
    sector_specific = answers.sector is not None and any(s.pk == answers.sector.pk for s in sectors)

    words = text_fit(answers.project, offer) if answers.project else []
    audiences = list(offer.audiences.all())
    for_profile = answers.audience is not None and any(a.pk == answers.audience.pk for a in audiences)

    reasons = []
    if words:
        reasons.append(
            ngettext(
                "vous avez écrit %(words)s : ce mot figure dans sa présentation",
                "vous avez écrit %(words)s : ces mots figurent dans sa présentation",
                len(words),
            )
            % {"words": _quoted(words[:4])}
        )
    others = [n for n in needs if shown_under is not None and n.pk != shown_under.pk]
    if others:
        reasons.append(
            ngettext(
                "répond à votre besoin %(need)s et aussi à %(others)s",
                "répond à votre besoin %(need)s et aussi à %(others)s",
                len(others),
            )
            % {"need": shown_under.name, "others": _and_join([n.name for n in others])}
        )
    else:
        reasons.append(
            ngettext("répond à votre besoin %(needs)s", "répond à vos besoins %(needs)s", len(needs))
            % {"needs": _and_join([n.name for n in needs])}
        )
    if for_profile:
        reasons.append(_("conçu pour votre profil : %(profile)s") % {"profile": answers.audience.name})
    if any(s.pk == answers.stage.pk for s in stages):
        reasons.append(_("adapté au stade %(stage)s") % {"stage": answers.stage.name})
    else:
        reasons.append(
            ngettext("prévu pour le stade %(stages)s", "prévu pour les stades %(stages)s", len(stages))
            % {"stages": _and_join([s.name for s in stages])}
        )
    if on_technopole:
        reasons.append(_("sur %(place)s") % {"place": _place_name(answers.technopole)})
    elif not places:
        reasons.append(_("ouvert à toute la métropole"))
    else:
        reasons.append(_("sur %(place)s") % {"place": _and_join([_place_name(p) for p in places])})
    if sector_specific:
        reasons.append(_("spécifique à la filière %(sector)s") % {"sector": answers.sector.name})
    elif sectors:
        reasons.append(
            ngettext("destiné à la filière %(sectors)s", "destiné aux filières %(sectors)s", len(sectors))
            % {"sectors": _and_join([s.name for s in sectors])}
        )
    elif answers.sector is not None:
        reasons.append(_("ouvert à toutes les filières"))

    label = ""
    if alternative == OTHER_TECHNOPOLE:
        label = _("Alternative proche : sur un autre site (%(places)s)") % {
            "places": _and_join([p.name for p in places])
        }
    elif alternative == OTHER_STAGE and stages:
        distance = min(abs(s.order - answers.stage.order) for s in stages)
        nearest = _and_join([s.name for s in stages if abs(s.order - answers.stage.order) == distance])
        if distance == 1:
            label = _("Alternative proche : stade voisin (%(stages)s)") % {"stages": nearest}
        else:
            label = _("Alternative : autre stade (%(stages)s)") % {"stages": nearest}
    elif alternative == OTHER_SECTOR:
        label = _("Alternative proche : pour une autre filière (%(sectors)s)") % {
            "sectors": _and_join([s.name for s in sectors])
        }
    return Match(
        offer=offer,
        reasons=reasons,
        needs=needs,
        on_technopole=on_technopole,
        sector_specific=sector_specific,
        alternative=alternative,
        alternative_label=label,
        words=words,
        for_profile=for_profile,
    )
