"""Forms of the « mise en relation »: the holder's contact form, its query-string prefill, and the admin's
re-orientation form.

The contact form carries two anti-abuse fields instead of a third-party captcha: a honeypot that people
never see (robots fill every field) and a signed token of when the form was shown (robots submit within a
second; people take longer than `MIN_FILL_SECONDS`). The timing is checked only once the form is otherwise
valid: a person who sends an incomplete form at once is told what is missing, not taken for a robot.

The signed token also carries a random key drawn when the form is shown: the same form sent twice (after an
error page, a double click) opens one request (`submission_key`).
"""

from __future__ import annotations

import re
import secrets
import time

from django import forms
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from offers.models import Actor, Offer, Stage

MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 60 * 60
TIMESTAMP_SALT = "guidance.contact.started"

phone_validator = RegexValidator(
    re.compile(r"^\+?[0-9 .()\-]{6,30}$"),
    _("Saisissez un numéro de téléphone valide (chiffres, espaces, points, tirets, « + »)."),
)


def sign_timestamp(at: float | None = None) -> str:
    """The form's hidden token: when it was shown, and a random key of this one sending."""
    started = at if at is not None else time.time()
    return signing.dumps({"t": started, "k": secrets.token_urlsafe(24)}, salt=TIMESTAMP_SALT)


class StageChoiceField(forms.ModelChoiceField):
    """Stages by slug, so that `?stade=amorcage` from the questionnaire results selects one."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Stage.objects.all(), to_field_name="slug", **kwargs)


class ContactPrefillForm(forms.Form):
    """The query string of the contact page: `?stade=<slug>` when coming from the questionnaire results."""

    stade = StageChoiceField(required=False)


class ContactRequestForm(forms.Form):
    name = forms.CharField(label=_("Nom et prénom"), max_length=150)
    email = forms.EmailField(
        label=_("Courriel"), help_text=_("La structure vous répondra à cette adresse. Ex. : nom@exemple.fr")
    )
    phone = forms.CharField(
        label=_("Téléphone (facultatif)"),
        max_length=30,
        required=False,
        validators=[phone_validator],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    organisation = forms.CharField(label=_("Entreprise ou nom du projet"), max_length=200)
    stage = StageChoiceField(label=_("Stade du projet"), empty_label=_("— Choisissez un stade —"))
    message = forms.CharField(
        label=_("Votre message"),
        max_length=5000,
        help_text=_(
            "Présentez votre projet et ce que vous attendez de la structure (5 000 caractères au plus)."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que les informations saisies soient transmises à cette structure, et le cas échéant "
            "aux structures vers lesquelles elle me réorienterait, pour qu'elles me recontactent."
        ),
        error_messages={"required": _("Votre accord est nécessaire pour transmettre votre demande.")},
    )
    website = forms.CharField(
        label=_("Ne pas remplir ce champ"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    # Why a submission was refused as automated, for the message at the top of the page.
    bot_reason: str = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["consent"].widget.attrs["aria-describedby"] = "consent-info"
        if not self.is_bound:
            self.initial.setdefault("started", sign_timestamp())

    def clean_website(self) -> str:
        if self.cleaned_data["website"]:
            self.bot_reason = "honeypot"
            raise forms.ValidationError(
                _("Ce champ doit rester vide : votre demande a été prise pour un envoi automatique."),
                code="honeypot",
            )
        return ""

    def clean_started(self) -> dict:
        value = self.cleaned_data["started"]
        try:
            token = signing.loads(value, salt=TIMESTAMP_SALT)
            started, key = float(token["t"]), str(token["k"])
        except (signing.BadSignature, TypeError, ValueError, KeyError):
            self.bot_reason = "tampered"
            raise forms.ValidationError(
                _(
                    "Le formulaire n'a pas pu être vérifié. Vérifiez vos informations et envoyez-le à nouveau."
                ),
                code="tampered",
            ) from None
        return {"started": started, "key": key}

    def clean(self) -> dict:
        cleaned = super().clean()
        token = cleaned.get("started")
        if self.errors or not token:
            return cleaned  # what is missing first; the timing speaks only about an otherwise valid form
        age = time.time() - token["started"]
        if age < MIN_FILL_SECONDS:
            self.bot_reason = "too_fast"
            self.add_error(
                "started",
                forms.ValidationError(
                    _(
                        "Le formulaire a été envoyé trop rapidement pour avoir été rempli par une personne. "
                        "Relisez votre message et envoyez-le à nouveau."
                    ),
                    code="too_fast",
                ),
            )
        elif age > MAX_FORM_AGE_SECONDS:
            self.bot_reason = "expired"
            self.add_error(
                "started",
                forms.ValidationError(
                    _(
                        "La page était ouverte depuis trop longtemps. Vérifiez vos informations et "
                        "envoyez-les à nouveau."
                    ),
                    code="expired",
                ),
            )
        return cleaned

    @property
    def submission_key(self) -> str:
        """The random key of this sending of the form (valid forms only)."""
        return self.cleaned_data["started"]["key"]

    def refresh_timestamp_if_unusable(self) -> None:
        """Give a fresh timestamp to a form re-shown after a tampered or expired one, so it can be resent."""
        if self.bot_reason in ("tampered", "expired"):
            self.data = self.data.copy()
            self.data["started"] = sign_timestamp()


class OfferChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Offer) -> str:
        return f"{obj.actor.name} — {obj.title}"


class ReorientForm(forms.Form):
    """Hand a request over to another structure (any structure but the current one), optionally to one of
    its published offers, with a note for the receiving structure."""

    to_actor = forms.ModelChoiceField(
        label=_("Structure vers laquelle réorienter"),
        queryset=Actor.objects.none(),
        empty_label=_("— Choisissez —"),
    )
    to_offer = OfferChoiceField(
        label=_("Offre proposée (facultatif)"),
        queryset=Offer.objects.none(),
        required=False,
        empty_label=_("— Aucune offre en particulier —"),
        help_text=_("Une offre publiée de la structure choisie."),
    )
    note = forms.CharField(
        label=_("Note pour la structure destinataire"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Pourquoi cette structure, ce qui a déjà été fait. La note n'est pas envoyée à la personne ; "
            "elle apparaît dans l'historique des réorientations, visible des structures concernées."
        ),
    )

    def __init__(self, *args, current_actor: Actor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_actor"].queryset = Actor.objects.exclude(pk=current_actor.pk).only("name")
        self.fields["to_offer"].queryset = (
            Offer.objects.published()
            .exclude(actor=current_actor)
            .select_related("actor")
            .only("title", "actor__name")
            .order_by("actor__name", "title")
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        to_actor, to_offer = cleaned.get("to_actor"), cleaned.get("to_offer")
        if to_actor and to_offer and to_offer.actor_id != to_actor.pk:
            self.add_error("to_offer", _("Cette offre n'appartient pas à la structure choisie."))
        return cleaned


class FeedbackForm(forms.Form):
    """« Cette mise en relation vous a-t-elle été utile ? », asked on the follow-up page once a request is
    closed; prefixed by the request's reference, so that each request of the page has its own fields."""

    useful = forms.TypedChoiceField(
        label=_("Cette mise en relation vous a-t-elle été utile ?"),
        choices=[("oui", _("Oui")), ("non", _("Non"))],
        coerce=lambda value: value == "oui",
        widget=forms.RadioSelect,
        error_messages={"required": _("Répondez par oui ou par non.")},
    )
    comment = forms.CharField(
        label=_("En quelques mots (facultatif)"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "300 caractères au plus. Votre réponse est lue par l'équipe de la Métropole pour améliorer "
            "l'accompagnement des porteurs de projet."
        ),
    )
