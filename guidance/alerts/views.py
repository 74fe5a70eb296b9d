"""Pages of the alerts (« Être prévenu des nouvelles offres ») and of the results' recap by email.

Reached from links on the results and catalogue pages, which carry the search in their query string: those
pages stay cacheable for everyone (a form with a CSRF token would make each of them private), and these
pages hold the forms. Every form works without JavaScript and keeps what was typed on an error.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from guidance.alerts.forms import AlertForm, RecapForm
from guidance.alerts.services import (
    answers_criteria,
    answers_from_query,
    answers_query,
    confirm,
    expired_unconfirmed,
    parse_search,
    queue_recap,
    unsubscribe,
)
from guidance.alerts.services import subscribe as subscribe_to
from guidance.contact.services import client_ip, is_rate_limited, record_submission
from guidance.models import AlertSubscription
from guidance.orientation.forms import MAX_QUERY_STRING_LENGTH

RATE_LIMITED = gettext_lazy(
    "Trop de demandes ont été envoyées depuis votre connexion ces dernières minutes. Votre saisie est "
    "conservée ci-dessous : réessayez dans une dizaine de minutes."
)
TOO_BIG = gettext_lazy("Votre envoi est trop volumineux.")


def notice(request: HttpRequest, title: str, paragraphs: list[str], status: int = 200) -> HttpResponse:
    return render(
        request, "guidance/alerts/notice.html", {"title": title, "paragraphs": paragraphs}, status=status
    )


def _get_query(request: HttpRequest, skip: str = "") -> str | None:
    """The page's query string without `skip`, None when too long or with too many fields."""
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING_LENGTH:
        return None
    try:
        data = request.GET.copy()
    except TooManyFieldsSent:
        return None
    data.pop(skip, None)
    return data.urlencode()


def _invalid_search(request: HttpRequest) -> HttpResponse:
    return notice(
        request,
        _("Recherche introuvable"),
        [
            _(
                "Cette adresse ne décrit pas une recherche valide : elle est peut-être incomplète, ou un critère "
                "n'existe plus. Refaites votre recherche, puis suivez à nouveau le lien."
            )
        ],
        status=400,
    )


# --- Alerts -------------------------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """The alert form for the search in the query string (`recherche`: catalogue or orientation)."""
    if request.method != "POST":
        query = _get_query(request, skip="recherche")
        source = request.GET.get("recherche", "") if query is not None else ""
        search = parse_search(source, query) if query is not None else None
        if search is None:
            return _invalid_search(request)
        form = AlertForm(initial={"recherche": search.source, "criteres": search.query})
        return _subscribe_page(request, form, search)

    try:
        form = AlertForm(request.POST)
    except RequestDataTooBig:
        return notice(request, _("Alerte non créée"), [TOO_BIG], status=400)
    form.is_valid()
    search = parse_search(form.cleaned_data.get("recherche", ""), form.cleaned_data.get("criteres", ""))
    if search is None:
        return _invalid_search(request)
    ip = client_ip(request)
    if is_rate_limited(ip):
        return _subscribe_page(request, form, search, problem=RATE_LIMITED, status=429)
    if form.errors:
        return _subscribe_page(request, form, search, status=400)
    subscription = subscribe_to(form.cleaned_data["email"], search)
    record_submission(ip)
    if subscription is None:
        problem = _(
            "Cette adresse a déjà le nombre maximal d'alertes : désabonnez-vous d'une alerte d'abord."
        )
        return _subscribe_page(request, form, search, problem=problem, status=400)
    return notice(
        request,
        _("Confirmez votre alerte"),
        [
            _(
                "Si l'adresse %(email)s n'est pas déjà abonnée à cette recherche, nous venons de lui envoyer un "
                "courriel : suivez le lien qu'il contient pour activer l'alerte. Sans confirmation dans les "
                "%(days)d jours, votre adresse est effacée."
            )
            % {"email": form.cleaned_data["email"], "days": settings.ALERT_CONFIRMATION_DAYS},
            _("Pensez à vérifier vos courriers indésirables."),
        ],
    )


def _subscribe_page(request, form, search, problem: str = "", status: int = 200) -> HttpResponse:
    return render(
        request,
        "guidance/alerts/subscribe.html",
        {"form": form, "search": search, "problem": problem},
        status=status,
    )


def _subscription_or_none(token: str) -> AlertSubscription | None:
    return AlertSubscription.objects.filter(token=token).first()


def _not_found(request: HttpRequest) -> HttpResponse:
    return notice(
        request,
        _("Alerte introuvable"),
        [
            _(
                "Ce lien ne correspond à aucune alerte : vous vous êtes peut-être déjà désabonné, ou l'alerte n'a "
                "pas été confirmée à temps. Vous pouvez en créer une nouvelle depuis le catalogue des offres ou "
                "vos résultats."
            )
        ],
        status=404,
    )


def _private(response: HttpResponse) -> HttpResponse:
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    """The link of the confirmation email: a page with one button, so that a mail scanner that opens the
    link does not confirm for the person."""
    subscription = _subscription_or_none(token)
    if subscription is None:
        return _private(_not_found(request))
    if subscription.confirmed_at is None and expired_unconfirmed().filter(pk=subscription.pk).exists():
        subscription.delete()
        return _private(
            notice(
                request,
                _("Lien expiré"),
                [
                    _(
                        "Ce lien de confirmation a expiré et votre adresse a été effacée : créez l'alerte à nouveau."
                    )
                ],
                status=410,
            )
        )
    search = parse_search(subscription.source, subscription.query)
    if request.method == "POST" or subscription.confirmed_at is not None:
        if request.method == "POST":
            confirm(subscription, timezone.now())
        return _private(
            render(
                request,
                "guidance/alerts/confirmed.html",
                {"subscription": subscription, "search": search},
            )
        )
    return _private(
        render(
            request,
            "guidance/alerts/action.html",
            {
                "title": _("Activer mon alerte"),
                "search": search,
                "action": reverse("alerts:confirm", args=[subscription.token]),
                "button": _("Activer l'alerte"),
                "intro": _(
                    "Vous recevrez un courriel quand de nouvelles offres correspondront à cette recherche :"
                ),
            },
        )
    )


@never_cache
@csrf_exempt  # RFC 8058 one-click: mail services POST « List-Unsubscribe=One-Click » without a CSRF token;
# the private token in the address is the only key needed, and deleting is all it can do.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    subscription = _subscription_or_none(token)
    if subscription is None:
        return _private(_not_found(request))
    if request.method == "POST":
        unsubscribe(subscription)
        return _private(
            notice(
                request,
                _("Vous êtes désabonné"),
                [
                    _(
                        "Vous ne recevrez plus cette alerte, et votre adresse a été effacée pour cette recherche."
                    )
                ],
            )
        )
    return _private(
        render(
            request,
            "guidance/alerts/action.html",
            {
                "title": _("Me désabonner"),
                "search": parse_search(subscription.source, subscription.query),
                "action": reverse("alerts:unsubscribe", args=[subscription.token]),
                "button": _("Me désabonner de cette alerte"),
                "intro": _("Vous ne recevrez plus de courriel pour cette recherche :"),
            },
        )
    )


# --- Recap of a results page ----------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def recap(request: HttpRequest) -> HttpResponse:
    """« Recevoir ce résumé par e-mail »: the results of the answers in the query string, mailed once."""
    if request.method != "POST":
        query = _get_query(request)
        answers = answers_from_query(query) if query is not None else None
        if answers is None:
            return _invalid_search(request)
        form = RecapForm(initial={"criteres": answers_query(answers)})
        return _recap_page(request, form, answers)

    try:
        form = RecapForm(request.POST)
    except RequestDataTooBig:
        return notice(request, _("Résumé non envoyé"), [TOO_BIG], status=400)
    form.is_valid()
    answers = answers_from_query(form.cleaned_data.get("criteres", ""))
    if answers is None:
        return _invalid_search(request)
    ip = client_ip(request)
    if is_rate_limited(ip):
        return _recap_page(request, form, answers, problem=RATE_LIMITED, status=429)
    if form.errors:
        return _recap_page(request, form, answers, status=400)
    queue_recap(form.cleaned_data["email"], answers)
    record_submission(ip)
    return notice(
        request,
        _("Résumé envoyé"),
        [
            _(
                "Le résumé de vos résultats part dans quelques instants à l'adresse %(email)s. Votre adresse "
                "n'est pas conservée une fois le courriel envoyé."
            )
            % {"email": form.cleaned_data["email"]},
        ],
    )


def _recap_page(request, form, answers, problem: str = "", status: int = 200) -> HttpResponse:
    return render(
        request,
        "guidance/alerts/recap.html",
        {
            "form": form,
            "criteria": answers_criteria(answers),
            "results_path": f"{reverse('guidance:results')}?{answers_query(answers)}",
            "problem": problem,
        },
        status=status,
    )
