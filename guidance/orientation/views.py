"""The orientation questionnaire and its results.

The whole journey lives in the query string (`profil`, `projet`, `besoin` repeated, `stade`, `technopole`,
`filiere`, and `etape` for the step shown), so every step is a plain GET page without JavaScript, the results URL is the
saved journey, and no session is needed. With htmx each step swaps in place and the URL follows.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from guidance.orientation.answers import Answers
from guidance.orientation.forms import (
    ANYWHERE,
    MAX_QUERY_STRING_LENGTH,
    PROJECT_MAX_LENGTH,
    STEP_COUNT,
    STEP_FIELDS,
    AnswersForm,
    QuestionnaireForm,
    ResultsForm,
)
from guidance.orientation.matching import cached_match_offers
from guidance.orientation.recording import record
from innov_provence.page_cache import cached_response
from offers.models import Audience, Need, Sector, Stage, Technopole

# Crawlers and the link previews of messaging apps (a shared results link is opened by the app's server
# before anyone reads it): not a holder, not recorded.
ROBOT_AGENT = re.compile(
    r"bot\b|bot/|crawler|spider|slurp|facebookexternalhit|embedly|preview|whatsapp|skypeuripreview|"
    r"python-requests|curl/|wget/",
    re.IGNORECASE,
)

STEP_TITLES = {
    1: gettext_lazy("Vous et votre projet"),
    2: gettext_lazy("Vos besoins"),
    3: gettext_lazy("Votre stade"),
    4: gettext_lazy("Votre technopôle"),
    5: gettext_lazy("Votre filière"),
}
# A reload of the same results within this time is not recorded again (see `results`).
RECORDED_COOKIE = "orientation_enregistree"
RECORDED_COOKIE_AGE = 30 * 60


def _query_dict(request: HttpRequest) -> QueryDict | None:
    """The GET parameters, or None when the query string is too long or has too many fields."""
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING_LENGTH:
        return None
    try:
        return request.GET
    except TooManyFieldsSent:
        return None


def _too_long_form() -> QuestionnaireForm:
    form = QuestionnaireForm(QueryDict())
    form.is_valid()
    form.add_error(
        None,
        _(
            "Cette adresse est trop longue pour être une réponse au questionnaire. "
            "Reprenez le questionnaire ci-dessous."
        ),
    )
    return form


@dataclass
class State:
    """The valid answers found in the query string, as slugs (invalid values are dropped)."""

    needs: list[str]
    profile: str = ""  # an audience slug, or "" when not said
    project: str = ""
    profile_given: bool = False
    stage: str = ""
    technopole: str = ""  # a slug, ANYWHERE, or "" when not answered yet
    sector: str = ""  # a slug, or "" for every sector
    sector_given: bool = False

    @classmethod
    def from_form(cls, form: AnswersForm) -> State:
        data = form.cleaned_data
        ok = {name: name not in form.errors for name in STEP_FIELDS}
        technopole = ""
        if ok["technopole"] and "technopole" in form.data:
            technopole = data["technopole"].slug if data.get("technopole") else ANYWHERE
        return cls(
            profile=data["profil"].slug if ok["profil"] and data.get("profil") else "",
            project=data.get("projet") or "" if "projet" not in form.errors else "",
            profile_given=ok["profil"] and ("profil" in form.data or "projet" in form.data),
            needs=[n.slug for n in data.get("besoin") or []] if ok["besoin"] else [],
            stage=data["stade"].slug if ok["stade"] and data.get("stade") else "",
            technopole=technopole,
            sector=data["filiere"].slug if ok["filiere"] and data.get("filiere") else "",
            sector_given=ok["filiere"] and "filiere" in form.data,
        )

    def items(self, skip: str = "") -> list[tuple[str, str]]:
        """The answers as query-string pairs, without the field `skip`."""
        pairs = [("profil", self.profile), ("projet", self.project)]
        pairs += [("besoin", slug) for slug in self.needs]
        pairs += [("stade", self.stage), ("technopole", self.technopole), ("filiere", self.sector)]
        return [(k, v) for k, v in pairs if v and k != skip]

    def query(self, **extra) -> str:
        return urlencode(self.items() + [(k, v) for k, v in extra.items()])


def answers_query(answers: Answers) -> str:
    """The results query string of these answers."""
    pairs = [("profil", answers.audience.slug)] if answers.audience else []
    if answers.project:
        pairs.append(("projet", answers.project))
    pairs += [("besoin", n.slug) for n in answers.needs] + [("stade", answers.stage.slug)]
    pairs.append(("technopole", answers.technopole.slug if answers.technopole else ANYWHERE))
    if answers.sector:
        pairs.append(("filiere", answers.sector.slug))
    return urlencode(pairs)


def _questionnaire_context(form: AnswersForm, step: int) -> dict:
    state = State.from_form(form)
    here = reverse("guidance:questionnaire")
    answered = {
        1: state.profile_given,
        2: bool(state.needs),
        3: bool(state.stage),
        4: bool(state.technopole),
        5: state.sector_given,
    }
    steps = [
        {
            "number": number,
            "title": STEP_TITLES[number],
            "current": number == step,
            "done": answered[number] and number != step,
            "url": f"{here}?{state.query(etape=number)}",
        }
        for number in range(1, STEP_COUNT + 1)
    ]
    field_name = STEP_FIELDS[step - 1]
    field_errors = list(form.errors.get(field_name, []))
    summary = []
    if answered[1]:
        summary.append((1, _profile_words(form.cleaned_data.get("profil"), state.project)))
    if answered[2]:
        summary.append((2, ", ".join(n.name for n in form.cleaned_data["besoin"])))
    if answered[3]:
        summary.append((3, form.cleaned_data["stade"].name))
    if answered[4]:
        technopole = form.cleaned_data.get("technopole")
        summary.append((4, technopole.name if technopole else _("Partout dans la métropole")))
    if answered[5]:
        sector = form.cleaned_data.get("filiere")
        summary.append((5, sector.name if sector else _("Toutes les filières")))
    return {
        "form": form,
        "step": step,
        "step_count": STEP_COUNT,
        "steps": steps,
        "field_name": field_name,
        "field": form[field_name],
        "field_errors": field_errors,
        "project_field": form["projet"],
        "project_errors": form.errors.get("projet", []),
        "project_max_length": PROJECT_MAX_LENGTH,
        # As typed (even too long, so nothing is lost), without control or invisible characters.
        "project_text": form.fields["projet"].to_python(form.data.get("projet", "")[: 2 * PROJECT_MAX_LENGTH])
        if step == 1
        else "",
        "state": state,
        "hidden": [(k, v) for k, v in state.items(skip=field_name) if not (step == 1 and k == "projet")],
        "previous_url": f"{here}?{state.query(etape=step - 1)}" if step > 1 else "",
        "next_step": step + 1 if step < STEP_COUNT else None,
        "action": here if step < STEP_COUNT else reverse("guidance:results"),
        "summary": [
            {"label": STEP_TITLES[number], "value": value, "url": steps[number - 1]["url"]}
            for number, value in summary
            if number != step
        ],
        "audiences": Audience.objects.all() if step == 1 else [],
        "needs": Need.objects.all() if step == 2 else [],
        "stages": Stage.objects.all() if step == 3 else [],
        "technopoles": Technopole.objects.all() if step == 4 else [],
        "sectors": Sector.objects.all() if step == 5 else [],
        "anywhere": ANYWHERE,
    }


def _render_questionnaire(
    request: HttpRequest, form: AnswersForm, step: int, status: int = 200
) -> HttpResponse:
    partial = request.htmx and not request.htmx.history_restore_request
    template = (
        "guidance/orientation/questionnaire.html#step"
        if partial
        else "guidance/orientation/questionnaire.html"
    )
    return render(request, template, _questionnaire_context(form, step), status=status)


@vary_on_headers("HX-Request")
@require_safe
def questionnaire(request: HttpRequest) -> HttpResponse:
    """One question per step; a missing or invalid answer re-shows its step with the message."""
    data = _query_dict(request)
    if data is None:
        return _render_questionnaire(request, _too_long_form(), 1, status=400)
    form = QuestionnaireForm(data)
    form.is_valid()
    response = _render_questionnaire(request, form, form.step_to_show())
    if form.errors:
        # A step re-shown with its message is not a new place in the journey: keep the address as it was.
        push_url(response, False)
    return response


@vary_on_headers("HX-Request")
@require_safe
def results(request: HttpRequest) -> HttpResponse:
    """The offers for each need, ranked and explained; invalid answers re-show the questionnaire (400).

    Each results page shown is recorded anonymously, once per browser for the same answers within
    `RECORDED_COOKIE_AGE` (a reload or a shared link opened twice does not count twice); the cookie holds
    only a digest of the answers. HEAD, htmx and prefetch requests, crawlers and link previews are not a
    holder reading results.
    The record is written in the background, within seconds (guidance/recording.py).
    """
    data = _query_dict(request)
    if data is None:
        return _render_questionnaire(request, _too_long_form(), 1, status=400)
    form = ResultsForm(data)
    if not form.is_valid():
        return _render_questionnaire(request, form, form.step_with_error(), status=400)
    answers = form.answers()
    query = answers_query(answers)
    # The page is the same for everyone with these answers (until the catalogue changes): its HTML is
    # cached, but each view of it is still recorded below, and the cookie set on the response served.
    response = cached_response(request, lambda: _render_results(request, answers, query))
    digest = hashlib.sha256(query.encode()).hexdigest()[:16]
    prefetch = "prefetch" in (request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", ""))
    robot = ROBOT_AGENT.search(request.headers.get("User-Agent", ""))
    counts = request.method == "GET" and not request.htmx and not prefetch and not robot
    if counts and request.COOKIES.get(RECORDED_COOKIE) != digest:
        record(answers)
        response.set_cookie(
            RECORDED_COOKIE,
            digest,
            max_age=RECORDED_COOKIE_AGE,
            path=reverse("guidance:questionnaire"),
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def _render_results(request: HttpRequest, answers: Answers, query: str) -> HttpResponse:
    path = f"{reverse('guidance:results')}?{query}"
    context = {
        "results": cached_match_offers(answers),
        "answers": answers,
        "query": query,
        "share_url": request.build_absolute_uri(path),
        "edit_url": f"{reverse('guidance:questionnaire')}?{query}&etape=1",
        "recap": _recap(answers, query),
        "catalogue_query": _catalogue_query(answers),
    }
    return render(request, "guidance/orientation/results.html", context)


def _profile_words(audience, project: str) -> str:
    who = audience.name if audience else _("Profil non précisé")
    return f"{who} · « {project} »" if project else who


def _recap(answers: Answers, query: str) -> list[dict]:
    """The answers in words, each with the link to change it in the questionnaire."""
    values = [
        _profile_words(answers.audience, answers.project),
        ", ".join(n.name for n in answers.needs),
        answers.stage.name,
        answers.technopole.name if answers.technopole else _("Partout dans la métropole"),
        answers.sector.name if answers.sector else _("Toutes les filières"),
    ]
    here = reverse("guidance:questionnaire")
    return [
        {"label": STEP_TITLES[number], "value": value, "url": f"{here}?{query}&etape={number}"}
        for number, value in enumerate(values, start=1)
    ]


def _catalogue_query(answers: Answers) -> str:
    """The catalogue filters matching the answers, without the need (added per need in the template), sorted
    by the same relevance as the results."""
    pairs = [("stade", answers.stage.slug), ("tri", "pertinence")]
    if len(answers.needs) > 1:
        pairs += [("besoins_projet", need.slug) for need in answers.needs]
    if answers.audience:
        pairs.append(("profil", answers.audience.slug))
    if answers.project:
        pairs.append(("projet", answers.project))
    if answers.technopole:
        pairs.append(("technopole", answers.technopole.slug))
    if answers.sector:
        pairs.append(("filiere", answers.sector.slug))
    return urlencode(pairs)
