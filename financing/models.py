"""Financing schemes: the links of the financing chain, from the idea to growth."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from offers.models import Offer


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
