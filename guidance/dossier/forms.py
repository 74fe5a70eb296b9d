"""Forms of the « dossier unique de financement »: one per section, each validated on its own."""

from __future__ import annotations

from collections.abc import Collection

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from financing.models import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENT_MAX_COUNT,
    FinancingFile,
    FinancingFileAttachment,
    FinancingFileFigure,
    FinancingScheme,
)

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StartForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "J'accepte que mes coordonnées et mon dossier soient conservés par Innov Provence "
            "et transmis aux financeurs que je choisirai."
        ),
        error_messages={"required": _("Votre accord est nécessaire pour créer le dossier.")},
    )

    class Meta:
        model = FinancingFile
        fields = ["holder_name", "holder_email", "holder_phone"]
        widgets = {
            "holder_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "holder_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "holder_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }


class CompanyForm(forms.ModelForm):
    # The model holds exactly 9 digits; the form accepts what people type (« 123 456 789 ») and the model's
    # validators check the digits once the spaces are gone.
    siren = forms.CharField(
        label=capfirst(FinancingFile._meta.get_field("siren").verbose_name),
        help_text=FinancingFile._meta.get_field("siren").help_text,
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = FinancingFile
        fields = ["company_name", "siren", "creation_date", "legal_form", "headcount", "technopole"]
        widgets = {"creation_date": DATE_INPUT}
        error_messages = {"headcount": {"min_value": _("L'effectif ne peut pas être négatif.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["technopole"].empty_label = _("Aucun ou hors technopôle")

    def clean_siren(self) -> str:
        return "".join(self.cleaned_data["siren"].split())


class ProjectForm(forms.ModelForm):
    class Meta:
        model = FinancingFile
        fields = ["project_summary", "innovation", "market", "stage"]


class TeamForm(forms.ModelForm):
    class Meta:
        model = FinancingFile
        fields = ["team"]


class NeedForm(forms.ModelForm):
    class Meta:
        model = FinancingFile
        fields = ["amount_sought", "use_of_funds", "financing_obtained"]
        error_messages = {
            "amount_sought": {"min_value": _("Le montant recherché doit être un nombre positif d'euros.")}
        }


class FigureForm(forms.ModelForm):
    class Meta:
        model = FinancingFileFigure
        fields = ["year", "revenue", "result"]

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if year > timezone.localdate().year:
            raise forms.ValidationError(_("Indiquez un exercice passé ou en cours, pas une prévision."))
        return year


class BaseFigureFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check) -> str:
        # Django's message names the field in English (« données en double dans year »).
        return _("Chaque année ne peut figurer qu'une fois.")


FigureFormSet = inlineformset_factory(
    FinancingFile,
    FinancingFileFigure,
    form=FigureForm,
    formset=BaseFigureFormSet,
    extra=3,
    max_num=3,
    validate_max=True,
    can_delete=True,
)

# The section slugs are the French words of the URLs: /financements/dossier/<token>/<section>/.
SECTION_FORMS = {
    "entreprise": CompanyForm,
    "projet": ProjectForm,
    "equipe": TeamForm,
    "besoin": NeedForm,
    "chiffres": FigureFormSet,
}


def section_form(slug: str, file: FinancingFile, data=None):
    """The form (or, for key figures, the formset) of one section, bound to `data` when posted."""
    form_class = SECTION_FORMS[slug]
    if form_class is FigureFormSet:
        return FigureFormSet(data, instance=file, prefix="chiffres")
    return form_class(data, instance=file)


class SendForm(forms.Form):
    """Pick the financers among those accepting the single file: at most one scheme per structure, none
    already sent."""

    schemes = forms.ModelMultipleChoiceField(
        queryset=FinancingScheme.objects.none(),
        label=_("Dispositifs"),
        error_messages={
            "required": _("Choisissez au moins un dispositif."),
            "invalid_choice": _("Ce dispositif n'est pas proposé pour votre dossier."),
            "invalid_pk_value": _("Ce dispositif n'est pas proposé pour votre dossier."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que mon dossier, ses documents joints et mes coordonnées soient transmis aux structures choisies."
        ),
        error_messages={"required": _("Votre accord est nécessaire pour transmettre le dossier.")},
    )

    def __init__(self, *args, file: FinancingFile, already_sent: Collection[int] = (), **kwargs):
        super().__init__(*args, **kwargs)
        # Every financer that accepts the single file may receive it; those matching the file's stage and
        # amount are listed first on the page (guidance.dossier.services.offered_schemes).
        self.fields["schemes"].queryset = FinancingScheme.objects.published().filter(accepts_single_file=True)
        self.already_sent = set(already_sent)

    def clean_schemes(self):
        schemes = self.cleaned_data["schemes"]
        repeated = [s.title for s in schemes if s.pk in self.already_sent]
        if repeated:
            raise forms.ValidationError(
                _("Votre dossier a déjà été envoyé pour : %(titles)s."),
                params={"titles": ", ".join(repeated)},
            )
        actors = [s.actor_id for s in schemes]
        if len(actors) != len(set(actors)):
            raise forms.ValidationError(_("Choisissez un seul dispositif par structure."))
        return schemes


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Je confirme vouloir retirer mon dossier : les structures ne pourront plus le consulter."),
        error_messages={"required": _("Cochez la case pour confirmer le retrait.")},
    )


class RenewLinkForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "Je confirme vouloir couper le lien actuel : il ne fonctionnera plus, un nouveau lien le remplace."
        ),
        error_messages={"required": _("Cochez la case pour confirmer le changement de lien.")},
    )


PDF_MAGIC = b"%PDF-"


class AttachmentForm(forms.Form):
    """One PDF at a time: its type checked on its first bytes (a renamed file is refused), its size, and the
    number of documents the file already has."""

    kind = forms.ChoiceField(label=_("Type de document"), choices=FinancingFileAttachment.Kind.choices)
    document = forms.FileField(
        label=_("Fichier PDF"),
        help_text=_("Format PDF uniquement, 10 Mo au plus ; 5 documents au plus par dossier."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        error_messages={
            "required": _("Choisissez un fichier PDF à joindre."),
            "empty": _("Ce fichier est vide."),
            "invalid": _("Aucun fichier n'a été reçu : choisissez un fichier PDF à joindre."),
        },
        max_length=200,
    )

    def __init__(self, *args, file: FinancingFile, **kwargs):
        super().__init__(*args, **kwargs)
        self.financing_file = file

    def clean_document(self):
        document = self.cleaned_data["document"]
        if document.size > ATTACHMENT_MAX_BYTES:
            raise forms.ValidationError(
                _("Ce fichier pèse %(size)s Mo : 10 Mo au plus. Compressez-le ou scindez-le."),
                code="too_large",
                params={"size": f"{document.size / 1024 / 1024:.1f}".replace(".", ",")},
            )
        document.seek(0)
        head = document.read(len(PDF_MAGIC))
        document.seek(0)
        if head != PDF_MAGIC:
            raise forms.ValidationError(
                _("Ce fichier n'est pas un PDF. Enregistrez votre document au format PDF, puis joignez-le."),
                code="not_pdf",
            )
        return document

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.financing_file.attachments.count() >= ATTACHMENT_MAX_COUNT:
            raise forms.ValidationError(
                _("Votre dossier a déjà 5 documents : supprimez-en un pour en joindre un autre."),
                code="too_many",
            )
        return cleaned
