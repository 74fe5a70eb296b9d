"""Public pages of the « mise en relation »: the contact form (for an offer or a structure), its confirmation
page, the privacy page, and the holder's private follow-up page (« Suivre mes demandes ») with its usefulness
question."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from guidance.contact.forms import ContactPrefillForm, ContactRequestForm, FeedbackForm
from guidance.contact.services import (
    TransitionError,
    can_give_feedback,
    client_ip,
    holder_history,
    holder_requests,
    holder_status,
    is_rate_limited,
    open_contact_request,
    record_feedback,
    record_submission,
)
from guidance.models import ContactRequest, HolderFollowUp
from offers.models import Actor, Offer

FORM_TEMPLATE = "guidance/contact/form.html"


@require_http_methods(["GET", "HEAD", "POST"])
def contact_offer(request: HttpRequest, slug: str) -> HttpResponse:
    offer = get_object_or_404(Offer.objects.published().select_related("actor"), slug=slug)
    return _contact_page(request, actor=offer.actor, offer=offer)


@require_http_methods(["GET", "HEAD", "POST"])
def contact_actor(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor, slug=slug)
    return _contact_page(request, actor=actor, offer=None)


def _contact_page(request: HttpRequest, actor: Actor, offer: Offer | None) -> HttpResponse:
    context = {"actor": actor, "offer": offer}
    if request.method in ("GET", "HEAD"):
        return render(
            request, FORM_TEMPLATE, context | {"form": ContactRequestForm(initial=_prefill(request))}
        )

    try:
        data = request.POST
    except RequestDataTooBig:
        # Larger than DATA_UPLOAD_MAX_MEMORY_SIZE: nothing can be read back, so the form is shown empty.
        form = ContactRequestForm(initial=_prefill(request))
        problem = _(
            "Votre envoi est trop volumineux. Raccourcissez votre message (5 000 caractères au plus)."
        )
        return render(request, FORM_TEMPLATE, context | {"form": form, "problem": problem}, status=400)

    form = ContactRequestForm(data)
    ip = client_ip(request)
    if is_rate_limited(ip):
        problem = _(
            "Trop de demandes ont été envoyées depuis votre connexion ces dernières minutes. "
            "Vos informations sont conservées ci-dessous : réessayez dans une dizaine de minutes."
        )
        return render(request, FORM_TEMPLATE, context | {"form": form, "problem": problem}, status=429)
    if not form.is_valid():
        form.refresh_timestamp_if_unusable()
        return render(request, FORM_TEMPLATE, context | {"form": form}, status=400)

    cleaned = form.cleaned_data
    contact_request = open_contact_request(
        actor=actor,
        offer=offer,
        name=cleaned["name"],
        email=cleaned["email"],
        phone=cleaned["phone"],
        organisation=cleaned["organisation"],
        stage=cleaned["stage"],
        message=cleaned["message"],
        submission_key=form.submission_key,
    )
    record_submission(ip)
    return redirect("contact:thanks", reference=contact_request.reference)


def _prefill(request: HttpRequest) -> dict:
    """The stage chosen in the questionnaire (`?stade=`); an unknown value is simply not pre-selected."""
    prefill = ContactPrefillForm(request.GET)
    if prefill.is_valid() and prefill.cleaned_data["stade"]:
        return {"stage": prefill.cleaned_data["stade"]}
    return {}


@require_safe
def thanks(request: HttpRequest, reference: str) -> HttpResponse:
    # The reference is not secret, so the page shows nothing the holder typed: only the reference, the
    # structure's name and what happens next.
    contact_request = get_object_or_404(
        ContactRequest.objects.select_related("actor").only("reference", "actor__name", "actor__slug"),
        reference=reference,
    )
    return render(request, "guidance/contact/thanks.html", {"contact_request": contact_request})


@require_safe
def personal_data(request: HttpRequest) -> HttpResponse:
    days = settings.PERSONAL_DATA_RETENTION_DAYS
    years, extra_days = divmod(days, 365)
    return render(
        request,
        "guidance/contact/donnees_personnelles.html",
        {
            "retention_days": days,
            "retention_years": years,
            "retention_is_whole_years": extra_days == 0,
            "alert_confirmation_days": settings.ALERT_CONFIRMATION_DAYS,
        },
    )


# --- « Suivre mes demandes » ---------------------------------------------------------------------------------

FOLLOW_UP_TEMPLATE = "guidance/contact/follow_up.html"


def with_follow_up(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve the private `token` to the holder's follow-up, or a French 404 page. The pages are private:
    never cached, never indexed, their address never sent as a referrer to other sites."""

    @wraps(view)
    def wrapper(request: HttpRequest, token: str, *args, **kwargs) -> HttpResponse:
        follow_up = HolderFollowUp.objects.filter(token=token).first()
        if follow_up is None:
            response = render(request, "guidance/contact/follow_up_not_found.html", status=404)
        else:
            response = view(request, follow_up, *args, **kwargs)
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapper)


def _follow_up_page(
    request: HttpRequest, follow_up: HolderFollowUp, bound: FeedbackForm | None = None, status: int = 200
) -> HttpResponse:
    # Queries: the follow-up, its requests (structure, offer, incoming re-orientation), the outgoing ones.
    items = []
    for contact_request in holder_requests(follow_up):
        asks = can_give_feedback(contact_request)
        form = None
        if asks:
            form = bound if bound is not None and bound.prefix == contact_request.reference else None
            form = form or FeedbackForm(prefix=contact_request.reference)
        items.append(
            {
                "request": contact_request,
                "status": holder_status(contact_request),
                "history": holder_history(contact_request),
                "form": form,
            }
        )
    return render(request, FOLLOW_UP_TEMPLATE, {"follow_up": follow_up, "items": items}, status=status)


@require_safe
@with_follow_up
def follow_up(request: HttpRequest, follow_up: HolderFollowUp) -> HttpResponse:
    return _follow_up_page(request, follow_up)


@require_POST
@with_follow_up
def feedback(request: HttpRequest, follow_up: HolderFollowUp, reference: str) -> HttpResponse:
    contact_request = follow_up.contact_requests.filter(
        reference=reference, anonymised_at__isnull=True
    ).first()
    if contact_request is None:
        return render(request, "guidance/contact/follow_up_not_found.html", status=404)
    try:
        data = request.POST
    except RequestDataTooBig:
        messages.error(request, _("Votre réponse est trop longue : 300 caractères au plus."))
        return redirect("contact:follow_up", token=follow_up.token)
    form = FeedbackForm(data, prefix=contact_request.reference)
    if not form.is_valid():
        return _follow_up_page(request, follow_up, bound=form, status=400)
    try:
        record_feedback(
            contact_request, useful=form.cleaned_data["useful"], comment=form.cleaned_data["comment"]
        )
    except TransitionError as exc:
        messages.warning(request, str(exc))
    else:
        messages.success(request, _("Merci pour votre réponse."))
    return redirect(
        reverse("contact:follow_up", args=[follow_up.token]) + f"#avis-{contact_request.reference}"
    )
