"""The offer form of the admin, for people who have never seen Django: plain French sections, checkboxes for
the lists, examples in the help texts, a summary box with its character count, and the public address made
from the title."""

from __future__ import annotations

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from offers.models import Offer

# The lists an offer is filed under, ticked as checkboxes (a handful of choices each).
CHECKBOX_FIELDS = ["needs", "stages", "audiences", "technopoles", "sectors", "supervising_bodies"]

# The sections of the form, in the order a structure thinks of its offer. The fields of a sub-model
# (a financing scheme's amounts, a housing site's surfaces…) get a section of their own, after the first.
PRESENTATION = ["title", "kind", "summary", "description", "url", "cost", "cost_details", "eligibility"]
AUDIENCE = ["needs", "stages", "audiences", "technopoles", "sectors"]
CONTACT = ["contact_name", "contact_email", "contact_phone"]
PUBLICATION = ["actor", "status", "slug", "public_address", "reviewed_at", "public_card"]

HELP_TEXTS = {
    "title": _(
        "Le nom de l'offre, tel que les porteurs de projet le liront. Ex. : « Prêt d'honneur Création »."
    ),
    "summary": _(
        "Une ou deux phrases : ce que l'offre apporte, et à qui. Elles s'affichent sur la carte de l'offre dans "
        "les résultats. Ex. : « Un prêt à taux zéro de 5 000 à 50 000 € pour les fondateurs d'une entreprise "
        "innovante de moins de trois ans. »"
    ),
    "description": _(
        "Le détail : déroulement, durée, ce que la structure apporte et attend. Séparez les paragraphes par "
        "une ligne vide."
    ),
    "url": _("La page de l'offre sur votre site, s'il y en a une. Ex. : https://www.exemple.fr/incubation"),
    "cost_details": _("Ex. : « 150 € HT par mois, les six premiers mois offerts »."),
    "eligibility": _(
        "Qui peut en bénéficier. Ex. : « Entreprise de moins de 3 ans, siège dans la métropole »."
    ),
    "needs": _(
        "Les besoins auxquels l'offre répond : le questionnaire d'orientation la propose pour ceux-là."
    ),
    "stages": _("Les stades de maturité des projets auxquels l'offre s'adresse."),
    "contact_name": _(
        "Une personne ou une fonction, pour que le porteur sache à qui il écrit. Ex. : « Camille Durand, "
        "chargée d'incubation » ou « Le ou la chargé·e d'affaires »."
    ),
    "contact_email": _(
        "Une adresse directe plutôt qu'une adresse générique. Ex. : camille.durand@structure.fr. Vide : "
        "l'adresse de la structure."
    ),
    "contact_phone": _("Ex. : 04 91 00 00 00. Vide : le téléphone de la structure."),
    "status": _(
        "Brouillon : visible de votre structure seulement. Publiée : visible de tous sur le site. "
        "Archivée : retirée du site, conservée avec son historique."
    ),
    "slug": _(
        "La fin de l'adresse de la fiche sur le site. Laissez vide : elle est fabriquée à partir du titre "
        "(ex. « pret-d-honneur-creation »)."
    ),
}


def unique_slug(title: str) -> str:
    """A free slug made from the title: « pret-d-honneur », else « pret-d-honneur-2 », « -3 »…

    Every offer of every structure counts (slugs are unique across the catalogue); the form never says
    which one holds a slug."""
    # « Prêt d'honneur » gives « pret-d-honneur », not « pret-dhonneur ».
    base = slugify(title.replace("'", " ").replace("’", " "))[:200].strip("-") or "offre"
    taken = set(Offer.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


class TaxonomyChoiceField(forms.ModelMultipleChoiceField):
    """A reference list as checkboxes, each with its plain-language description (« Être accompagné :
    incubation, accélération, mentorat »)."""

    def label_from_instance(self, obj) -> str:
        description = getattr(obj, "description", "")
        return f"{obj.name} — {description}" if description else str(obj)


class OfferAdminForm(forms.ModelForm):
    class Meta:
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3, "cols": 60, "data-char-count": ""}),
            "status": forms.RadioSelect,
            "cost": forms.RadioSelect,
        }
        help_texts = HELP_TEXTS

    class Media:
        js = ["js/admin-char-count.js"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self) -> dict:
        cleaned = super().clean()
        if "slug" in self.fields and not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = unique_slug(cleaned["title"])
        return cleaned


class InviteMemberForm(forms.Form):
    email = forms.EmailField(
        label=_("Courriel de la personne à inviter"),
        error_messages={
            "required": _("Indiquez le courriel de la personne à inviter."),
            "invalid": _(
                "Cette adresse de courriel n'est pas valide : vérifiez-la (ex. camille@structure.fr)."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
