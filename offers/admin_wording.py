"""The admin's sentences in correct French: « Modifier l'offre », « Sélectionnez la structure à modifier »,
« Ajouter un dispositif de financement ».

Django builds its titles as « Modification de %s » around the model's verbose name, which gives « Modification
de offre ». French needs the noun's gender and elision, which a verbose name does not carry: each admin states
its noun's gender (`feminine`), and `FrenchAdminMixin` writes the titles with the right article. The generic
sentences that cannot know the gender (« L'objet offre a été modifié avec succès ») are re-worded, gender-free,
in the project's translation catalogue (locale/fr/LC_MESSAGES/django.po).

The history of an object (django-simple-history) is written for people too: field names, values as the
form shows them (labels of choices, names of linked items, « Oui »/« Non », French dates), never « None ».
"""

from __future__ import annotations

from datetime import date, datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from simple_history.template_utils import HistoricalRecordContextHelper

# No noun of the admin starts with an h, mute or not.
VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"


def definite(noun: str, feminine: bool) -> str:
    """« l'offre », « la structure », « le besoin »."""
    if noun[:1].lower() in VOWELS:
        return f"l'{noun}"
    return f"la {noun}" if feminine else f"le {noun}"


def indefinite(noun: str, feminine: bool) -> str:
    """« une offre », « un besoin »."""
    return f"une {noun}" if feminine else f"un {noun}"


class FrenchAdminMixin:
    """Titles and buttons of a ModelAdmin with the article its noun takes (`feminine` for « la/une »)."""

    feminine = False

    def noun(self, article: str = "definite") -> str:
        name = str(self.opts.verbose_name)
        return (definite if article == "definite" else indefinite)(name, self.feminine)

    def wording(self) -> dict[str, str]:
        return {"add_label": _("Ajouter %(noun)s") % {"noun": self.noun("indefinite")}}

    def changelist_view(self, request, extra_context=None):
        if request.GET.get("_popup"):
            title = _("Sélectionnez %(noun)s")
        elif self.has_change_permission(request):
            title = _("Sélectionnez %(noun)s à modifier")
        else:
            title = _("Sélectionnez %(noun)s à consulter")
        context = self.wording() | {"title": title % {"noun": self.noun()}}
        return super().changelist_view(request, context | (extra_context or {}))

    def add_view(self, request, form_url="", extra_context=None):
        context = self.wording() | {"title": _("Ajouter %(noun)s") % {"noun": self.noun("indefinite")}}
        return super().add_view(request, form_url, context | (extra_context or {}))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The title is the verb; Django puts the object's name under it as the subtitle.
        editable = self.has_change_permission(request) and not request.GET.get("_popup")
        verb = _("Modifier %(noun)s") if editable else _("Consulter %(noun)s")
        context = self.wording() | {"title": verb % {"noun": self.noun()}}
        return super().change_view(request, object_id, form_url, context | (extra_context or {}))


# --- History ------------------------------------------------------------------------------------------------

EMPTY = "(vide)"


def display_value(field: models.Field, value) -> str:
    """A value of `field` as a person reads it in the form."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or _("(aucun)")
    if value is None or value == "":
        return EMPTY
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Oui") if value else _("Non")
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "j F Y à H:i")
    if isinstance(value, date):
        return formats.date_format(value, "j F Y")
    return str(value)


class FrenchHistoryHelper(HistoricalRecordContextHelper):
    """django-simple-history's deltas with the form's labels and values (see `display_value`)."""

    def prepare_delta_change_value(self, change, value):
        prepared = super().prepare_delta_change_value(change, value)
        return display_value(self.model._meta.get_field(change.field), prepared)


class FrenchHistoryMixin:
    """For a SimpleHistoryAdmin: a French history page (who, when, which field from what to what)."""

    object_history_template = "admin/history/object_history.html"
    object_history_list_template = "admin/history/object_history_list.html"
    # Reverting from an old version is a whole form to re-read: changes are made in the usual form.
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        return FrenchHistoryHelper(self.model, historical_record)

    def revert_disabled(self, request, obj=None) -> bool:
        return True

    def history_view_title(self, request, obj) -> str:
        return _("Historique des modifications de %(noun)s « %(object)s »") % {
            "noun": self.noun(),
            "object": obj,
        }
