"""Financing schemes: the links of the financing chain, from the idea to growth."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q, QuerySet
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offers.models import Offer, Stage, Technopole


class FinancingScheme(Offer):
    class Instrument(models.TextChoices):
        GRANT = "subvention", _("Subvention")
        HONOUR_LOAN = "pret_honneur", _("Prêt d'honneur")
        BANK_LOAN = "pret_bancaire", _("Prêt bancaire")
        REPAYABLE_ADVANCE = "avance_remboursable", _("Avance remboursable")
        EQUITY = "fonds_propres", _("Fonds propres")
        GUARANTEE = "garantie", _("Garantie")
        PRIZE = "prix_concours", _("Prix ou concours")

    default_kind = Offer.Kind.FINANCING

    instrument = models.CharField(_("instrument"), max_length=30, choices=Instrument.choices, db_index=True)
    amount_min = models.PositiveIntegerField(_("montant minimum (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("montant maximum (€)"), null=True, blank=True)
    funding_rate = models.PositiveSmallIntegerField(
        _("taux de prise en charge (%)"), null=True, blank=True, help_text=_("Part des dépenses financée.")
    )
    accepts_single_file = models.BooleanField(
        _("accepte le dossier unique de financement"), default=False, db_index=True
    )

    class Meta:
        verbose_name = _("dispositif de financement")
        verbose_name_plural = _("dispositifs de financement")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_min__isnull=True)
                | Q(amount_max__isnull=True)
                | Q(amount_min__lte=F("amount_max")),
                name="financing_amount_min_lte_max",
                violation_error_message=_(
                    "Le montant minimum doit être inférieur ou égal au montant maximum."
                ),
            ),
            models.CheckConstraint(
                condition=Q(funding_rate__isnull=True) | Q(funding_rate__lte=100),
                name="financing_rate_lte_100",
                violation_error_message=_("Le taux de prise en charge ne peut dépasser 100 %."),
            ),
        ]


# --- Dossier unique de financement -------------------------------------------------------------------------
# « un document unique … favorisant la lisibilité et l'efficacité du traitement des dossiers »: a holder fills
# one file, section by section, without an account (a private link is the key), then sends it to several
# financers at once. The contact requests that carry it live in `guidance` (ContactRequest.financing_file).

MAX_AMOUNT_SOUGHT = 100_000_000  # 100 M€: above this, a typing mistake rather than a start-up's need
MAX_FIGURE = 10_000_000_000  # 10 Md€ of revenue or result, in absolute value
MAX_TEXT = 5000  # characters per free-text answer: a page or two, plenty for a summary


def new_file_token() -> str:
    """The file's private key: 256 random bits, URL-safe; never the primary key."""
    return secrets.token_urlsafe(32)


def validate_siren(value: str) -> None:
    """A SIREN is 9 digits whose Luhn checksum is valid (La Poste's historic number is the known exception)."""
    if not (len(value) == 9 and value.isdigit()):
        raise ValidationError(_("Le numéro SIREN doit comporter 9 chiffres."), code="siren_format")
    if value == "356000000":
        return
    total = 0
    for index, char in enumerate(reversed(value)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    if total % 10:
        raise ValidationError(
            _("Ce numéro SIREN n'est pas valide (clé de contrôle incorrecte). Vérifiez-le sur votre Kbis."),
            code="siren_checksum",
        )


def validate_not_future(value: date) -> None:
    if value > timezone.localdate():
        raise ValidationError(_("La date de création ne peut pas être dans le futur."), code="future_date")


class FinancingFileQuerySet(models.QuerySet):
    def retention_cutoff(self, now=None):
        return (now or timezone.now()) - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)

    def live(self, now=None) -> FinancingFileQuerySet:
        """Files still within the personal-data retention period, counted from their last change."""
        return self.filter(updated_at__gte=self.retention_cutoff(now))

    def expired(self, now=None) -> FinancingFileQuerySet:
        return self.filter(updated_at__lt=self.retention_cutoff(now))

    def visible_to_financers(self) -> FinancingFileQuerySet:
        """What a structure may read: files sent and not withdrawn, within retention."""
        return self.live().exclude(status=FinancingFile.Status.WITHDRAWN)


class FinancingFile(models.Model):
    """A « dossier unique de financement », filled once by a holder and sent to several financers."""

    class Status(models.TextChoices):
        DRAFT = "brouillon", _("Brouillon")
        SENT = "envoye", _("Envoyé")
        WITHDRAWN = "retire", _("Retiré")

    class LegalForm(models.TextChoices):
        NOT_CREATED = "en_creation", _("Société pas encore créée")
        SAS = "sas", _("SAS")
        SASU = "sasu", _("SASU")
        SARL = "sarl", _("SARL")
        EURL = "eurl", _("EURL")
        SA = "sa", _("SA")
        SCOP = "scop", _("SCOP ou SCIC")
        ASSOCIATION = "association", _("Association")
        SOLE_TRADER = "ei", _("Entreprise individuelle")
        OTHER = "autre", _("Autre")

    token = models.CharField(
        _("clé d'accès"), max_length=64, unique=True, default=new_file_token, editable=False
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    holder_name = models.CharField(_("nom et prénom du porteur"), max_length=150)
    holder_email = models.EmailField(_("courriel du porteur"))
    holder_phone = models.CharField(_("téléphone du porteur"), max_length=30, blank=True)
    consent_at = models.DateTimeField(_("consentement donné le"))

    # Entreprise
    company_name = models.CharField(_("nom de l'entreprise ou du projet"), max_length=200, blank=True)
    siren = models.CharField(
        _("numéro SIREN"),
        max_length=9,
        blank=True,
        validators=[validate_siren],
        help_text=_("9 chiffres ; laissez vide si la société n'est pas encore créée."),
    )
    creation_date = models.DateField(
        _("date de création"), null=True, blank=True, validators=[validate_not_future]
    )
    legal_form = models.CharField(_("forme juridique"), max_length=20, choices=LegalForm.choices, blank=True)
    headcount = models.PositiveIntegerField(
        _("effectif"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000, message=_("L'effectif ne peut dépasser 100 000 personnes."))],
    )
    technopole = models.ForeignKey(
        Technopole,
        verbose_name=_("technopôle ou site"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    # Projet
    project_summary = models.TextField(_("résumé du projet"), max_length=MAX_TEXT, blank=True)
    innovation = models.TextField(_("caractère innovant"), max_length=MAX_TEXT, blank=True)
    market = models.TextField(_("marché et clients"), max_length=MAX_TEXT, blank=True)
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("stade de maturité"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    # Équipe
    team = models.TextField(
        _("équipe"),
        max_length=MAX_TEXT,
        blank=True,
        help_text=_("Les membres de l'équipe, leur rôle et leur parcours, un par ligne."),
    )

    # Besoin de financement
    amount_sought = models.PositiveIntegerField(
        _("montant recherché (€)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, message=_("Le montant recherché doit être un nombre positif d'euros.")),
            MaxValueValidator(
                MAX_AMOUNT_SOUGHT,
                message=_(
                    "Le montant recherché ne peut dépasser 100 millions d'euros : vérifiez le nombre de zéros."
                ),
            ),
        ],
    )
    use_of_funds = models.TextField(_("utilisation des fonds"), max_length=MAX_TEXT, blank=True)
    financing_obtained = models.TextField(
        _("financements déjà obtenus"),
        max_length=MAX_TEXT,
        blank=True,
        help_text=_("Subventions, prêts, levées de fonds : montant, financeur, année."),
    )

    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True, db_index=True)
    withdrawn_at = models.DateTimeField(_("retiré le"), null=True, blank=True)

    objects = FinancingFileQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("dossier unique de financement")
        verbose_name_plural = _("dossiers uniques de financement")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_sought__isnull=True) | Q(amount_sought__lte=MAX_AMOUNT_SOUGHT),
                name="financing_file_amount_bounded",
            ),
        ]

    def __str__(self) -> str:
        return self.company_name or self.holder_name

    # Deliberately no get_absolute_url: the admin would offer « Voir sur le site » and its /admin/r/ shortcut
    # would hand any staff member the holder's private link. `private_path` is for the holder's pages only.
    @property
    def private_path(self) -> str:
        return reverse("dossier:overview", args=[self.token])

    @property
    def expires_at(self):
        return self.updated_at + timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)

    @property
    def is_withdrawn(self) -> bool:
        return self.status == self.Status.WITHDRAWN

    def sections(self) -> list[FileSection]:
        """Each section with its completion state, in the order the holder fills them."""
        return [section.with_state(self) for section in FILE_SECTIONS]

    def missing_required_sections(self) -> list[FileSection]:
        return [s for s in self.sections() if s.required and not s.complete]

    def eligible_schemes(self) -> QuerySet[FinancingScheme]:
        """Published schemes that accept the single file, for this file's stage and amount (open bounds)."""
        schemes = FinancingScheme.objects.published().filter(accepts_single_file=True)
        if self.stage_id:
            schemes = schemes.filter(stages=self.stage_id)
        if self.amount_sought:
            schemes = schemes.filter(
                Q(amount_min__isnull=True) | Q(amount_min__lte=self.amount_sought),
                Q(amount_max__isnull=True) | Q(amount_max__gte=self.amount_sought),
            )
        return schemes.select_related("actor").order_by("actor__name", "title")


class FinancingFileFigure(models.Model):
    """One year of key figures; a young company has up to three, a company not yet created none."""

    file = models.ForeignKey(
        FinancingFile, verbose_name=_("dossier"), on_delete=models.CASCADE, related_name="figures"
    )
    year = models.PositiveSmallIntegerField(
        _("année"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    revenue = models.BigIntegerField(
        _("chiffre d'affaires (€)"),
        validators=[
            MinValueValidator(0, message=_("Le chiffre d'affaires ne peut pas être négatif.")),
            MaxValueValidator(
                MAX_FIGURE, message=_("Ce montant dépasse 10 milliards d'euros : vérifiez-le.")
            ),
        ],
    )
    result = models.BigIntegerField(
        _("résultat net (€)"),
        help_text=_("Négatif en cas de perte."),
        validators=[
            MinValueValidator(
                -MAX_FIGURE, message=_("Ce montant dépasse 10 milliards d'euros : vérifiez-le.")
            ),
            MaxValueValidator(
                MAX_FIGURE, message=_("Ce montant dépasse 10 milliards d'euros : vérifiez-le.")
            ),
        ],
    )

    class Meta:
        ordering = ["year"]
        verbose_name = _("chiffre clé")
        verbose_name_plural = _("chiffres clés")
        constraints = [models.UniqueConstraint(fields=["file", "year"], name="financing_figure_one_per_year")]

    def __str__(self) -> str:
        return str(self.year)


@dataclass(frozen=True)
class FileSection:
    """A section of the file: the fields that make it complete, and whether sending requires it."""

    slug: str
    title: str
    required_fields: tuple[str, ...]
    required: bool = True
    complete: bool = False
    started: bool = False

    def with_state(self, file: FinancingFile) -> FileSection:
        if self.slug == "chiffres":
            # Figures are optional (a company not yet created has none); `figures` is usually prefetched.
            has_figures = bool(file.figures.all())
            return replace(self, complete=has_figures, started=has_figures)
        filled = [getattr(file, name) not in (None, "") for name in self.required_fields]
        return replace(self, complete=all(filled), started=any(filled))


FILE_SECTIONS = (
    FileSection("entreprise", _("Entreprise"), ("company_name", "legal_form")),
    FileSection("projet", _("Projet"), ("project_summary", "innovation", "market", "stage_id")),
    FileSection("equipe", _("Équipe"), ("team",)),
    FileSection("besoin", _("Besoin de financement"), ("amount_sought", "use_of_funds")),
    FileSection("chiffres", _("Chiffres clés"), (), required=False),
)
SECTION_SLUGS = {section.slug: section for section in FILE_SECTIONS}


# --- Pièces jointes du dossier -----------------------------------------------------------------------------
# A pitch deck, a business plan, a forecast: PDF only (checked on the bytes, not the name), 10 MB each, 5 per
# file. Stored through Django's storage API (settings.STORAGES["financing_attachments"]: a private folder by
# default, an S3-compatible bucket where deployed), never under a public URL: the holder downloads them through
# the file's private link, the financers it was sent to through their structure account.

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_MAX_COUNT = 5
ATTACHMENTS_STORAGE = "financing_attachments"


def attachment_storage():
    from django.core.files.storage import storages

    return storages[ATTACHMENTS_STORAGE]


def attachment_path(instance: FinancingFileAttachment, filename: str) -> str:
    """A random name: the holder's file name is kept in the database only, never in a path."""
    return f"dossiers/{secrets.token_hex(16)}.pdf"


class FinancingFileAttachment(models.Model):
    class Kind(models.TextChoices):
        PITCH_DECK = "pitch", _("Présentation (pitch deck)")
        BUSINESS_PLAN = "business_plan", _("Business plan")
        FORECAST = "previsionnel", _("Prévisionnel financier")
        OTHER = "autre", _("Autre document")

    file = models.ForeignKey(
        FinancingFile, verbose_name=_("dossier"), on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField(_("type de document"), max_length=20, choices=Kind.choices)
    document = models.FileField(
        _("document"), upload_to=attachment_path, storage=attachment_storage, max_length=200
    )
    original_name = models.CharField(_("nom du fichier"), max_length=200)
    size = models.PositiveIntegerField(_("taille (octets)"))
    uploaded_at = models.DateTimeField(_("ajoutée le"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("pièce jointe du dossier")
        verbose_name_plural = _("pièces jointes du dossier")

    def __str__(self) -> str:
        return self.original_name


@receiver(post_delete, sender=FinancingFileAttachment)
def _delete_stored_document(sender, instance: FinancingFileAttachment, **kwargs) -> None:
    """The stored PDF goes with its row, whichever way the row goes (the holder, the retention purge
    `purge_financing_files`, a file deleted in the admin), once the deletion is committed."""
    name, storage = instance.document.name, instance.document.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
