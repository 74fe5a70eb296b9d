"""The query strings of the coverage reports: scope filters (technopôle, sector) and the period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from offers.models import Sector, Technopole

# Demand records cannot predate the portal; older dates are typing mistakes.
EARLIEST_DATE = date(2020, 1, 1)


class CoverageFilterForm(forms.Form):
    technopole = forms.ModelChoiceField(
        Technopole.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Technopôle ou site"),
        empty_label=_("Toute la métropole"),
        help_text=_("Les offres ouvertes à toute la métropole comptent pour chaque technopôle."),
        error_messages={
            "invalid_choice": _("Ce technopôle ou site n'existe pas : choisissez-le dans la liste.")
        },
    )
    filiere = forms.ModelChoiceField(
        Sector.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Filière"),
        empty_label=_("Toutes les filières"),
        help_text=_("Les offres ouvertes à toutes les filières comptent pour chacune."),
        error_messages={"invalid_choice": _("Cette filière n'existe pas : choisissez-la dans la liste.")},
    )


@dataclass(frozen=True)
class Period:
    """The half-open interval [start, end) a report covers, with its label for the page."""

    start: datetime
    end: datetime
    label: str


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def date_field(label: str, help_text: str, invalid: str) -> forms.DateField:
    """An optional date typed as dd/mm/yyyy or picked in the browser's calendar (ISO value)."""
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=help_text,
        error_messages={"invalid": invalid},
    )


class PeriodForm(forms.Form):
    LAST_30_DAYS = "30j"
    LAST_12_MONTHS = "12m"
    CUSTOM = "perso"
    DEFAULT = LAST_12_MONTHS

    periode = forms.ChoiceField(
        label=_("Période"),
        choices=[
            (LAST_30_DAYS, _("30 derniers jours")),
            (LAST_12_MONTHS, _("12 derniers mois")),
            (CUSTOM, _("Période personnalisée")),
        ],
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Période inconnue : choisissez-en une dans la liste.")},
    )
    du = date_field(
        _("Du"),
        _("Pour une période personnalisée, date incluse."),
        _("Date de début invalide : saisissez une date, par exemple 31/01/2026."),
    )
    au = date_field(
        _("Au"), _("Date incluse."), _("Date de fin invalide : saisissez une date, par exemple 31/01/2026.")
    )

    def __init__(self, data=None, **kwargs) -> None:
        # Without an explicit choice, dates mean a custom period; nothing at all means the default one.
        if data is not None and not data.get("periode"):
            data = data.copy()
            data["periode"] = self.CUSTOM if (data.get("du") or data.get("au")) else self.DEFAULT
        super().__init__(data, **kwargs)

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("periode") != self.CUSTOM:
            return cleaned
        start, end = cleaned.get("du"), cleaned.get("au")
        today = timezone.localdate()
        if start is None and "du" not in self.errors:
            self.add_error("du", gettext("Indiquez la date de début de la période."))
        if end is None and "au" not in self.errors:
            self.add_error("au", gettext("Indiquez la date de fin de la période."))
        if start and start < EARLIEST_DATE:
            self.add_error(
                "du",
                gettext("La date de début ne peut pas précéder le %(date)s.")
                % {"date": formats.date_format(EARLIEST_DATE, "SHORT_DATE_FORMAT")},
            )
        if end and end > today:
            self.add_error("au", gettext("La date de fin ne peut pas être dans le futur."))
        if start and end and start > end:
            self.add_error("au", gettext("La date de fin doit suivre la date de début."))
        return cleaned

    def period(self) -> Period:
        """The period chosen; call only on a valid form."""
        choice = self.cleaned_data["periode"]
        now = timezone.now()
        if choice == self.LAST_30_DAYS:
            return Period(now - timedelta(days=30), now, gettext("30 derniers jours"))
        if choice == self.LAST_12_MONTHS:
            return Period(now - timedelta(days=365), now, gettext("12 derniers mois"))
        start, end = self.cleaned_data["du"], self.cleaned_data["au"]
        label = gettext("du %(start)s au %(end)s") % {
            "start": formats.date_format(start, "SHORT_DATE_FORMAT"),
            "end": formats.date_format(end, "SHORT_DATE_FORMAT"),
        }
        return Period(_midnight(start), _midnight(end + timedelta(days=1)), label)
