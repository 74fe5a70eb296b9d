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


class StructureTableForm(forms.Form):
    """How the structures table is shown: its sort column and order (`?tri=…&ordre=…`) and its page."""

    tri = forms.ChoiceField(
        label=_("Trier par"),
        required=False,
        error_messages={
            "invalid_choice": _("Colonne de tri inconnue : cliquez sur le titre d'une colonne du tableau.")
        },
    )
    ordre = forms.ChoiceField(
        label=_("Ordre"),
        required=False,
        choices=[("asc", _("croissant")), ("desc", _("décroissant"))],
        error_messages={
            "invalid_choice": _("Ordre de tri inconnu : « asc » (croissant) ou « desc » (décroissant).")
        },
    )
    page = forms.IntegerField(
        label=_("Page"),
        required=False,
        min_value=1,
        error_messages={
            "invalid": _("Numéro de page invalide : indiquez un nombre entier, 1 pour la première page."),
            "min_value": _("Numéro de page invalide : la première page est la page 1."),
        },
    )

    def __init__(self, data=None, *, sort_keys: list[str], default_sort: str, **kwargs) -> None:
        super().__init__(data, **kwargs)
        self.default_sort = default_sort
        self.fields["tri"].choices = [(key, key) for key in sort_keys]

    def sort(self) -> tuple[str, str]:
        """The sort column's key and the order asked ("" when not given); call only on a valid form."""
        return self.cleaned_data["tri"] or self.default_sort, self.cleaned_data["ordre"]


def taxonomy_choice(
    label: str, items, invalid: str, required: bool = True, empty: str = ""
) -> forms.ChoiceField:
    """A list of needs, stages or sites, by slug, from items already loaded (no query when rendered)."""
    choices = [(item.slug, item.name) for item in items]
    if not required or empty:
        choices = [("", empty)] + choices
    return forms.ChoiceField(
        label=label,
        required=required,
        choices=choices,
        error_messages={"invalid_choice": invalid, "required": invalid},
    )


SITE_UNKNOWN = _("Ce technopôle ou site n'existe pas : choisissez-le dans la liste.")
NEED_UNKNOWN = _("Ce besoin n'existe pas : choisissez-le dans la liste.")
STAGE_UNKNOWN = _("Ce stade n'existe pas : choisissez-le dans la liste.")


class GapScopeForm(forms.Form):
    """The query string of the gaps page: whose gaps are listed (`site`), and the cell the « sans objet »
    form starts from (`besoin`, `stade`: the « Marquer sans objet » links of the list)."""

    def __init__(self, data=None, *, needs, stages, sites, **kwargs) -> None:
        # Its ids differ from those of the « sans objet » form on the same page.
        kwargs.setdefault("auto_id", "portee_%s")
        super().__init__(data, **kwargs)
        self.fields["site"] = taxonomy_choice(
            gettext("Technopôle ou site"),
            sites,
            SITE_UNKNOWN,
            required=False,
            empty=gettext("Toute la métropole"),
        )
        self.fields["besoin"] = taxonomy_choice(gettext("Besoin"), needs, NEED_UNKNOWN, required=False)
        self.fields["stade"] = taxonomy_choice(gettext("Stade"), stages, STAGE_UNKNOWN, required=False)
        self.sites = {site.slug: site for site in sites}

    def site(self):
        """The site chosen, None for the whole metropolitan area; call only on a valid form."""
        return self.sites.get(self.cleaned_data["site"])


class ExpectedGapForm(forms.Form):
    """Mark a need × stage cell « sans objet », on one site or on all, with the reason (required)."""

    motif = forms.CharField(
        label=_("Motif"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Pourquoi cette case peut rester vide, par exemple : « les investisseurs n'interviennent pas "
            "au stade de l'idée ». 500 caractères au plus."
        ),
        error_messages={
            "required": _("Indiquez le motif : pourquoi cette lacune est sans objet."),
            "max_length": _("Le motif tient en 500 caractères au plus (il en compte %(show_value)d)."),
        },
    )

    def __init__(self, data=None, *, needs, stages, sites, marks=(), **kwargs) -> None:
        kwargs.setdefault("auto_id", "sans_objet_%s")
        super().__init__(data, **kwargs)
        self.fields["besoin"] = taxonomy_choice(
            gettext("Besoin"), needs, NEED_UNKNOWN, empty=gettext("Choisissez un besoin")
        )
        self.fields["stade"] = taxonomy_choice(
            gettext("Stade"), stages, STAGE_UNKNOWN, empty=gettext("Choisissez un stade")
        )
        self.fields["site"] = taxonomy_choice(
            gettext("Technopôle ou site"),
            sites,
            SITE_UNKNOWN,
            required=False,
            empty=gettext("Tous les sites"),
        )
        self.fields["site"].help_text = gettext(
            "« Tous les sites » : la case est sans objet partout dans la métropole."
        )
        self.order_fields(["besoin", "stade", "site", "motif"])
        self.fields["besoin"].error_messages["required"] = gettext("Choisissez le besoin de la case.")
        self.fields["stade"].error_messages["required"] = gettext("Choisissez le stade de la case.")
        self.objects = {
            "besoin": {item.slug: item for item in needs},
            "stade": {item.slug: item for item in stages},
            "site": {item.slug: item for item in sites},
        }
        self.marks = list(marks)

    def clean_motif(self) -> str:
        reason = self.cleaned_data["motif"].strip()
        if not reason:
            raise forms.ValidationError(self.fields["motif"].error_messages["required"])
        return reason

    def clean(self) -> dict:
        cleaned = super().clean()
        need = self.objects["besoin"].get(cleaned.get("besoin"))
        stage = self.objects["stade"].get(cleaned.get("stade"))
        site = self.objects["site"].get(cleaned.get("site"))
        if need is None or stage is None:
            return cleaned
        for mark in self.marks:
            if (mark.need_id, mark.stage_id) != (need.pk, stage.pk):
                continue
            if mark.technopole_id is None:
                raise forms.ValidationError(
                    gettext("%(need)s × %(stage)s est déjà sans objet sur tous les sites.")
                    % {"need": need.name, "stage": stage.name}
                )
            if site is not None and mark.technopole_id == site.pk:
                raise forms.ValidationError(
                    gettext("%(need)s × %(stage)s est déjà sans objet pour %(site)s.")
                    % {"need": need.name, "stage": stage.name, "site": site.name}
                )
        cleaned |= {"need": need, "stage": stage, "technopole": site}
        return cleaned
