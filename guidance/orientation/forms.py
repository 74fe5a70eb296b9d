"""Forms that turn the orientation query string into taxonomy objects, or into clear French messages.

All the questionnaire's state lives in the query string (`profil`, `projet`, `besoin` repeated, `stade`,
`technopole`, `filiere`, and `etape` for the step shown), so these forms read untrusted GET data: values are
checked to look like slugs before they reach the database, single-valued parameters must not be repeated,
the number of needs is capped and the description of the project is plain text of 500 characters at most.
"""

from __future__ import annotations

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from guidance.orientation.answers import Answers
from offers.cache import taxonomy_by_slug
from offers.models import Audience, Need, Sector, Stage, Technopole

MAX_NEEDS = 10
PROJECT_MAX_LENGTH = 500
# A complete answer is a few hundred characters (ten needs, a stage, a site, a sector) plus the description
# of the project: 500 characters, up to 9 once percent-encoded (« é » is %C3%A9, « ’ » %E2%80%99). Anything
# far longer is not a questionnaire answer and is refused before Django even parses it.
MAX_QUERY_STRING_LENGTH = 2000 + 9 * PROJECT_MAX_LENGTH
ANYWHERE = "partout"
STEP_COUNT = 5
# The field answered at each step, in order (the description of the project goes with the first).
STEP_FIELDS = ("profil", "besoin", "stade", "technopole", "filiere")
SINGLE_VALUED = ("profil", "projet", "stade", "technopole", "filiere", "etape")
_SPACES = re.compile(r"\s+")
_MAX_SLUG_LENGTH = 80


def _check_slug(value: str, message: str) -> None:
    """Reject what cannot be a slug before it reaches the ORM (control characters, odd encodings…)."""
    try:
        validate_slug(value)
    except ValidationError:
        raise ValidationError(message, code="invalid_choice", params={"value": value[:40]}) from None
    if len(value) > _MAX_SLUG_LENGTH:
        raise ValidationError(message, code="invalid_choice", params={"value": value[:40]})


class SlugChoiceField(forms.ModelChoiceField):
    """One taxonomy item chosen by its slug."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", widget=forms.RadioSelect, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        _check_slug(str(value), self.error_messages["invalid_choice"])
        # The cached taxonomy rather than a query per field and request (the results page is the most
        # visited page: each holder's link is opened by them and by whoever they share it with).
        row = taxonomy_by_slug(self.queryset.model).get(str(value))
        if row is None:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
            )
        return row


class SlugMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several taxonomy items chosen by their slugs; repeated values count once, at most `MAX_NEEDS`."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", widget=forms.CheckboxSelectMultiple, **kwargs)

    def clean(self, value):
        values = list(dict.fromkeys(v for v in (value or []) if v not in self.empty_values))
        if len(values) > MAX_NEEDS:
            raise ValidationError(
                _("Choisissez au plus %(max)d besoins."), code="too_many", params={"max": MAX_NEEDS}
            )
        if not values:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        rows = taxonomy_by_slug(self.queryset.model)
        for item in values:
            _check_slug(str(item), self.error_messages["invalid_choice"])
            if str(item) not in rows:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )
        # In the taxonomy's own order, as the queryset would give them.
        return sorted((rows[str(item)] for item in values), key=lambda row: (row.order, row.name))


class TechnopoleField(SlugChoiceField):
    """A technopôle or site, or « partout » (or nothing) for the whole metropolitan area."""

    def to_python(self, value):
        if value == ANYWHERE:
            return None
        return super().to_python(value)


class ProjectField(forms.CharField):
    """The holder's own words: control and invisible characters become spaces, spaces are collapsed."""

    def to_python(self, value):
        text = super().to_python(value)
        cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
        return _SPACES.sub(" ", cleaned).strip()


class AnswersForm(forms.Form):
    """The answers of the questionnaire plus the step to show; every field optional here.

    The questionnaire uses it as is (a missing answer is only an error once the holder has gone past its
    step); `ResultsForm` requires the needs and the stage. Who the holder is (`profil`) and the description
    of the project (`projet`) are optional: without them the results are for everyone.
    """

    profil = SlugChoiceField(
        Audience.objects.all(),
        label=_("Qui êtes-vous ?"),
        required=False,
        empty_label=_("Je préfère ne pas le préciser"),
        error_messages={
            "invalid_choice": _("Le profil « %(value)s » n'existe pas. Choisissez dans la liste."),
        },
    )
    projet = ProjectField(
        label=_("Décrivez votre projet en quelques mots"),
        help_text=_(
            "Facultatif, %(max)d caractères au plus. Par exemple : « start-up medtech, capteur cardiaque "
            "connecté, premiers essais cliniques ». N'écrivez rien de confidentiel : ce texte figure dans "
            "l'adresse de la page de résultats, que vous pouvez partager."
        )
        % {"max": PROJECT_MAX_LENGTH},
        required=False,
        max_length=PROJECT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": PROJECT_MAX_LENGTH}),
        error_messages={
            "max_length": _(
                "Décrivez votre projet en %(limit_value)d caractères au plus (vous en avez écrit %(show_value)d)."
            ),
        },
    )

    besoin = SlugMultipleChoiceField(
        Need.objects.all(),
        label=_("De quoi avez-vous besoin ?"),
        help_text=_("Cochez un ou plusieurs besoins."),
        required=False,
        error_messages={
            "invalid_choice": _("Le besoin « %(value)s » n'existe pas. Choisissez dans la liste."),
            "required": _("Choisissez au moins un besoin."),
        },
    )
    stade = SlugChoiceField(
        Stage.objects.all(),
        label=_("À quel stade en est votre projet ?"),
        required=False,
        empty_label=None,
        error_messages={
            "invalid_choice": _("Le stade « %(value)s » n'existe pas. Choisissez dans la liste."),
            "required": _("Choisissez le stade de votre projet."),
        },
    )
    technopole = TechnopoleField(
        Technopole.objects.all(),
        label=_("Où souhaitez-vous être accompagné ?"),
        required=False,
        empty_label=_("Partout dans la métropole"),
        error_messages={
            "invalid_choice": _(
                "Le technopôle ou site « %(value)s » n'existe pas. Choisissez dans la liste."
            ),
        },
    )
    filiere = SlugChoiceField(
        Sector.objects.all(),
        label=_("Dans quelle filière ?"),
        help_text=_("Facultatif : sans filière, toutes les offres sont proposées."),
        required=False,
        empty_label=_("Toutes les filières, ou je ne sais pas"),
        error_messages={
            "invalid_choice": _("La filière « %(value)s » n'existe pas. Choisissez dans la liste."),
        },
    )
    etape = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=STEP_COUNT,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": _("Cette étape du questionnaire n'existe pas."),
            "min_value": _("Cette étape du questionnaire n'existe pas."),
            "max_value": _("Cette étape du questionnaire n'existe pas."),
        },
    )

    repeated_messages = {
        "profil": _("Un seul profil peut être choisi."),
        "projet": _("Décrivez votre projet dans un seul champ."),
        "stade": _("Un seul stade peut être choisi."),
        "technopole": _("Un seul technopôle ou site peut être choisi."),
        "filiere": _("Une seule filière peut être choisie."),
        "etape": _("Cette étape du questionnaire n'existe pas."),
    }

    def clean(self) -> dict:
        cleaned = super().clean()
        for name in SINGLE_VALUED:
            if name in self.fields and len(self.data.getlist(name)) > 1:
                self.add_error(name, ValidationError(self.repeated_messages[name], code="repeated"))
        return cleaned

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            needs=list(data.get("besoin") or []),
            stage=data.get("stade"),
            technopole=data.get("technopole"),
            sector=data.get("filiere"),
            audience=data.get("profil"),
            project=data.get("projet") or "",
        )


class QuestionnaireForm(AnswersForm):
    """The questionnaire: the answers of the steps before the one asked for are required."""

    def clean(self) -> dict:
        cleaned = super().clean()
        step = cleaned.get("etape") or 1
        if step > 2 and "besoin" not in self.errors and not cleaned.get("besoin"):
            self.add_error("besoin", ValidationError(self.fields["besoin"].error_messages["required"]))
        if step > 3 and "stade" not in self.errors and not cleaned.get("stade"):
            self.add_error("stade", ValidationError(self.fields["stade"].error_messages["required"]))
        return cleaned

    def step_to_show(self) -> int:
        """The first step with an error, else the step asked for."""
        for number, name in enumerate(STEP_FIELDS, start=1):
            if name in self.errors or (name == "profil" and "projet" in self.errors):
                return number
        if "etape" in self.errors:
            return 1
        return self.cleaned_data.get("etape") or 1


class ResultsForm(AnswersForm):
    """The results page needs at least one need and the stage."""

    etape = None  # the step is the questionnaire's business

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["besoin"].required = True
        self.fields["stade"].required = True

    def step_with_error(self) -> int:
        for number, name in enumerate(STEP_FIELDS, start=1):
            if name in self.errors or (name == "profil" and "projet" in self.errors):
                return number
        return 1
