"""Public pages of the « mise en relation »: the contact form (for an offer or a structure), its confirmation
page, and the privacy page."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from guidance.contact.forms import ContactPrefillForm, ContactRequestForm
from guidance.contact.services import client_ip, is_rate_limited, open_contact_request, record_submission
from guidance.models import ContactRequest
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
        {"retention_days": days, "retention_years": years, "retention_is_whole_years": extra_days == 0},
    )
