"""Forms of the alerts and of the results' recap: an address, the search carried as a hidden field, and for
alerts the holder's consent. The search is checked again on every POST (`services.parse_search`)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from guidance.models import AlertSubscription
from guidance.orientation.forms import MAX_QUERY_STRING_LENGTH


class EmailField(forms.EmailField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Votre adresse électronique"),
            help_text=_("Ex. : nom@exemple.fr"),
            max_length=254,
            error_messages={
                "required": _("Indiquez votre adresse électronique."),
                "invalid": _("Saisissez une adresse électronique valide, par exemple nom@exemple.fr."),
            },
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            **kwargs,
        )


class AlertForm(forms.Form):
    email = EmailField()
    consent = forms.BooleanField(
        label=_(
            "J'accepte qu'Innov Provence conserve mon adresse pour m'envoyer les nouvelles offres de cette "
            "recherche, jusqu'à ce que je me désabonne."
        ),
        error_messages={"required": _("Votre accord est nécessaire pour créer l'alerte.")},
    )
    recherche = forms.ChoiceField(choices=AlertSubscription.Source.choices, widget=forms.HiddenInput)
    criteres = forms.CharField(max_length=MAX_QUERY_STRING_LENGTH, required=False, widget=forms.HiddenInput)


class RecapForm(forms.Form):
    email = EmailField()
    criteres = forms.CharField(max_length=MAX_QUERY_STRING_LENGTH, required=False, widget=forms.HiddenInput)
