"""Pages of the « dossier unique de financement »: /financements/dossier/…

No account: the file's private token in the URL is the key. Every page resolves it through
`with_financing_file`, which answers a clear 404 for a wrong or expired token.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from financing.models import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENT_MAX_COUNT,
    SECTION_SLUGS,
    FinancingFile,
    FinancingFileAttachment,
)
from guidance.contact.services import client_ip, is_rate_limited, record_submission
from guidance.dossier.forms import (
    AttachmentForm,
    RenewLinkForm,
    SendForm,
    StartForm,
    WithdrawForm,
    section_form,
)
from guidance.dossier.services import (
    AlreadySent,
    add_attachment,
    delete_attachment,
    financer_may_read,
    offered_schemes,
    renew_link,
    send_file,
    send_file_link,
    sent_scheme_ids,
    withdraw_file,
)
from guidance.models import ContactRequest

FileView = Callable[..., HttpResponse]


def with_financing_file(view: FileView) -> FileView:
    """Resolve `token` to a live file (one indexed lookup on the unique token) or answer a clear 404.

    Pages carrying the token are private: never cached, and their address never sent as a referrer to other
    sites (« same-origin », not « no-referrer »: browsers then send `Origin: null` and CSRF checks fail).
    """

    @wraps(view)
    def wrapper(request: HttpRequest, token: str, *args, **kwargs) -> HttpResponse:
        file = (
            FinancingFile.objects.live()
            .select_related("stage", "technopole")
            .prefetch_related("figures")
            .filter(token=token)
            .first()
        )
        if file is None:
            return render(request, "guidance/dossier/not_found.html", status=404)
        if file.is_withdrawn:
            # Nothing of a withdrawn file is shown any more, to anyone holding the link: only that it was
            # withdrawn, and when what remains is deleted.
            response = render(request, "guidance/dossier/withdrawn.html", {"file": file}, status=410)
        else:
            response = view(request, file, *args, **kwargs)
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapper)


def posted_data(request: HttpRequest):
    """The form data of a POST (even an empty one, so that it is validated), None for a GET."""
    return request.POST if request.method == "POST" else None


@require_http_methods(["GET", "HEAD", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    form = StartForm(posted_data(request))
    ip = client_ip(request)
    if request.method == "POST" and is_rate_limited(ip):
        # Each new file emails its link: the contact form's per-address limit keeps the site from being
        # used to mail strangers. What was typed is shown again.
        form.add_error(
            None, _("Trop de demandes envoyées depuis votre connexion : réessayez dans quelques minutes.")
        )
        return render(request, "guidance/dossier/start.html", {"form": form}, status=429)
    if request.method == "POST" and form.is_valid():
        record_submission(ip)
        file = form.save(commit=False)
        file.consent_at = timezone.now()
        file.save()
        if send_file_link(file):
            messages.success(
                request,
                _(
                    "Votre dossier est créé. Nous vous avons envoyé son lien privé à %(email)s : sauvegardez-le."
                )
                % {"email": file.holder_email},
            )
        else:
            messages.warning(
                request,
                _(
                    "Votre dossier est créé, mais le courriel n'a pas pu partir : notez l'adresse de cette page."
                ),
            )
        return redirect(file.private_path)
    return render(
        request, "guidance/dossier/start.html", {"form": form}, status=400 if form.is_bound else 200
    )


@require_safe
@with_financing_file
def overview(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    # Queries: the file (stage, technopôle), its figures, its contact requests with structure and scheme.
    contact_requests = ContactRequest.objects.filter(financing_file=file).select_related("actor", "offer")
    return render(
        request,
        "guidance/dossier/overview.html",
        {"file": file, "sections": file.sections(), "contact_requests": contact_requests},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@with_financing_file
def section(request: HttpRequest, file: FinancingFile, section: str) -> HttpResponse:
    if section not in SECTION_SLUGS:
        raise Http404
    if request.method == "POST":
        form = section_form(section, file, request.POST)
        if form.is_valid():
            form.save()
            file.save(update_fields=["updated_at"])  # the figures live in their own table
            messages.success(
                request,
                _("La section « %(title)s » est enregistrée.") % {"title": SECTION_SLUGS[section].title},
            )
            return redirect(file.private_path)
        # Invalid: the form is re-shown with what was typed; nothing is written, so nothing saved is lost.
        status = 400
    else:
        form = section_form(section, file)
        status = 200
    return render(
        request,
        "guidance/dossier/section.html",
        {"file": file, "section": SECTION_SLUGS[section], "form": form, "is_formset": section == "chiffres"},
        status=status,
    )


@require_safe
@with_financing_file
def print_view(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    return render(request, "guidance/dossier/print.html", {"file": file})


@require_http_methods(["GET", "HEAD", "POST"])
@with_financing_file
def send(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    missing = file.missing_required_sections()
    already_sent = sent_scheme_ids(file)
    form = SendForm(posted_data(request), file=file, already_sent=already_sent)
    if request.method == "POST" and not missing and form.is_valid():
        try:
            contact_requests = send_file(file, form.cleaned_data["schemes"])
        except AlreadySent:
            messages.error(request, _("Votre dossier a déjà été envoyé pour l'un de ces dispositifs."))
            return redirect("dossier:send", file.token)
        messages.success(
            request,
            _("Votre dossier a été envoyé à %(names)s.")
            % {"names": ", ".join(r.actor.name for r in contact_requests)},
        )
        return redirect(file.private_path)
    # Queries: the file, the sent schemes, the schemes accepting the file with their structure (and whether
    # each fits the file's stage and amount, a sub-query), the file's documents.
    offered = offered_schemes(file) if not missing else None
    selected = {str(pk) for pk in form["schemes"].value() or []} if form.is_bound else set()
    return render(
        request,
        "guidance/dossier/send.html",
        {
            "file": file,
            "form": form,
            "missing": missing,
            "offered": offered,
            "attachments": list(file.attachments.all()),
            "already_sent": already_sent,
            "selected": selected,
        },
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@with_financing_file
def withdraw(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    form = WithdrawForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        withdraw_file(file)
        messages.success(
            request, _("Votre dossier est retiré : les structures ne peuvent plus le consulter.")
        )
        return redirect(file.private_path)
    return render(
        request,
        "guidance/dossier/withdraw.html",
        {"file": file, "form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@with_financing_file
def renew(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    """« Couper ce lien et en créer un nouveau »: the old address stops working at once; the new one is
    shown and mailed to the holder."""
    form = RenewLinkForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        renew_link(file)
        if send_file_link(file):
            done = _(
                "L'ancien lien ne fonctionne plus. Voici le nouveau lien privé de votre dossier ; nous vous "
                "l'avons aussi envoyé à %(email)s."
            ) % {"email": file.holder_email}
        else:
            done = _(
                "L'ancien lien ne fonctionne plus. Voici le nouveau lien privé de votre dossier : le courriel "
                "n'a pas pu partir, notez l'adresse de cette page."
            )
        messages.success(request, done)
        return redirect(file.private_path)
    return render(
        request,
        "guidance/dossier/renew.html",
        {"file": file, "form": form},
        status=400 if form.is_bound else 200,
    )


# --- Attachments ---------------------------------------------------------------------------------------------

# One PDF per upload: its 10 MB, plus the form's few fields and the multipart boundaries.
UPLOAD_MAX_BODY = ATTACHMENT_MAX_BYTES + 64 * 1024


def _attachments_page(
    request: HttpRequest, file: FinancingFile, form: AttachmentForm, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "guidance/dossier/attachments.html",
        {
            "file": file,
            "form": form,
            "attachments": list(file.attachments.all()),
            "max_count": ATTACHMENT_MAX_COUNT,
        },
        status=status,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@with_financing_file
@csrf_exempt  # checked below, once the body is known to be of a reasonable size (see `attachments`)
def attachments(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    """The file's documents and the upload form. A body larger than one document is refused before it is
    read (the CSRF check would otherwise read it all), then the CSRF check runs as usual."""
    if request.method == "POST":
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = UPLOAD_MAX_BODY + 1
        if length > UPLOAD_MAX_BODY:
            form = AttachmentForm(file=file)
            form.oversize = True
            return _attachments_page(request, file, form, status=413)
    return _attachments_checked(request, file)


@csrf_protect
def _attachments_checked(request: HttpRequest, file: FinancingFile) -> HttpResponse:
    if request.method != "POST":
        return _attachments_page(request, file, AttachmentForm(file=file))
    form = AttachmentForm(request.POST, request.FILES, file=file)
    if not form.is_valid():
        return _attachments_page(request, file, form, status=400)
    attachment = add_attachment(file, form.cleaned_data["kind"], form.cleaned_data["document"])
    messages.success(
        request, _("« %(name)s » est joint à votre dossier.") % {"name": attachment.original_name}
    )
    return redirect("dossier:attachments", file.token)


def _attachment_response(attachment: FinancingFileAttachment) -> FileResponse:
    try:
        handle = attachment.document.open("rb")
    except OSError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=attachment.original_name, content_type="application/pdf"
    )
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@with_financing_file
def attachment_download(request: HttpRequest, file: FinancingFile, attachment_id: int) -> HttpResponse:
    attachment = get_object_or_404(file.attachments, pk=attachment_id)
    return _attachment_response(attachment)


@require_POST
@with_financing_file
def attachment_delete(request: HttpRequest, file: FinancingFile, attachment_id: int) -> HttpResponse:
    attachment = get_object_or_404(file.attachments, pk=attachment_id)
    name = attachment.original_name
    delete_attachment(attachment)
    messages.success(request, _("« %(name)s » est supprimé de votre dossier.") % {"name": name})
    return redirect("dossier:attachments", file.token)


@require_safe
@never_cache
@login_required
def financer_attachment(request: HttpRequest, file_id: int, attachment_id: int) -> HttpResponse:
    """A document of a file sent to one of the user's structures (the link of the admin's file page); any
    other user, and any file withdrawn or past retention, gets a 404."""
    file = get_object_or_404(FinancingFile, pk=file_id)
    if not financer_may_read(request.user, file):
        raise Http404(_("Ce document n'existe pas ou ne vous a pas été transmis."))
    attachment = get_object_or_404(file.attachments, pk=attachment_id)
    return _attachment_response(attachment)
