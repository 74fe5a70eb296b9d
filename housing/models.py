"""Housing sites: the residential path of an innovative company across the metropolitan area."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from offers.models import Offer


class HousingSite(Offer):
    class PremisesType(models.TextChoices):
        OFFICES = "bureaux", _("Bureaux")
        LABS = "laboratoires", _("Laboratoires")
        WORKSHOPS = "ateliers", _("Ateliers et prototypage")
        THIRD_PLACE = "tiers_lieu", _("Tiers-lieu")
        NURSERY = "pepiniere", _("Pépinière")
        BUSINESS_HOTEL = "hotel_entreprises", _("Hôtel d'entreprises")

    class Availability(models.TextChoices):
        AVAILABLE = "disponible", _("Disponible")
        SOON = "bientot", _("Disponible prochainement")
        FULL = "complet", _("Complet (liste d'attente)")

    default_kind = Offer.Kind.HOUSING

    premises_type = models.CharField(
        _("type de locaux"), max_length=30, choices=PremisesType.choices, db_index=True
    )
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    surface_min = models.PositiveIntegerField(_("surface minimale (m²)"), null=True, blank=True)
    surface_max = models.PositiveIntegerField(_("surface maximale (m²)"), null=True, blank=True)
    flexible_lease = models.BooleanField(
        _("bail souple"), default=False, help_text=_("Engagement court, convention d'occupation précaire…")
    )
    lease_terms = models.CharField(_("conditions d'occupation"), max_length=255, blank=True)
    availability = models.CharField(
        _("disponibilité"), max_length=20, choices=Availability.choices, default=Availability.AVAILABLE
    )
    available_from = models.DateField(_("disponible à partir du"), null=True, blank=True)

    class Meta:
        verbose_name = _("site d'hébergement")
        verbose_name_plural = _("sites d'hébergement")
        constraints = [
            models.CheckConstraint(
                condition=Q(surface_min__isnull=True)
                | Q(surface_max__isnull=True)
                | Q(surface_min__lte=F("surface_max")),
                name="housing_surface_min_lte_max",
                violation_error_message=_(
                    "La surface minimale doit être inférieure ou égale à la surface maximale."
                ),
            ),
        ]
