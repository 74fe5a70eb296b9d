"""Guidance: the demand side — questionnaire records, contact requests and re-orientations."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offers.models import Actor, Audience, Offer, Sector, Stage, Technopole


class QuestionnaireResponse(models.Model):
    """One completed questionnaire, recorded anonymously (no personal data, no IP address)."""

    needs_key = models.CharField(
        _("combinaison de besoins"),
        max_length=500,
        db_index=True,
        help_text=_("Identifiants triés, séparés par des virgules."),
    )
    stage = models.ForeignKey(
        Stage, verbose_name=_("stade"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    technopole = models.ForeignKey(
        Technopole,
        verbose_name=_("technopôle"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("filière"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    audience = models.ForeignKey(
        Audience, verbose_name=_("profil"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    project = models.TextField(
        _("description du projet"),
        blank=True,
        help_text=_(
            "Les mots du porteur, anonymes ; effacés après QUESTIONNAIRE_TEXT_RETENTION_DAYS jours "
            "(commande purge_questionnaire_texts)."
        ),
    )
    result_count = models.PositiveIntegerField(_("nombre de résultats"))
    results_by_need = models.JSONField(
        _("résultats par besoin"),
        default=dict,
        blank=True,
        help_text=_("{identifiant du besoin: nombre d'offres}"),
    )
    # The time of the view, set when the record is queued (it is written a little later: guidance/recording.py).
    created_at = models.DateTimeField(_("date"), default=timezone.now, editable=False, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("réponse au questionnaire")
        verbose_name_plural = _("réponses au questionnaire")
        permissions = [("view_coverage_reports", _("Peut consulter les rapports de pilotage"))]

    def __str__(self) -> str:
        return f"{self.needs_key} · {self.stage} · {self.created_at:%d/%m/%Y}"


def new_reference() -> str:
    """A short, unambiguous reference a holder can quote on the phone (no 0/O, 1/I)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "IP-" + "".join(secrets.choice(alphabet) for _ in range(8))


# The worker tries a request's emails this many times (guidance.contact.notifications) before they are
# « non remis ».
MAX_SEND_ATTEMPTS = 8


class ContactRequestQuerySet(models.QuerySet):
    def not_fully_notified(self) -> models.QuerySet:
        return self.filter(
            models.Q(structure_notified_at__isnull=True) | models.Q(holder_notified_at__isnull=True)
        )

    def undelivered(self) -> models.QuerySet:
        """« Non remises »: an email still unsent after the worker's last attempt."""
        return self.not_fully_notified().filter(
            send_attempts__gte=MAX_SEND_ATTEMPTS, anonymised_at__isnull=True
        )


class ContactRequest(models.Model):
    """A « mise en relation »: a holder asks a structure to contact them."""

    class Status(models.TextChoices):
        NEW = "nouvelle", _("Nouvelle")
        TAKEN = "prise_en_charge", _("Prise en charge")
        CLOSED = "cloturee", _("Clôturée")
        REFERRED = "reorientee", _("Réorientée")

    reference = models.CharField(
        _("référence"), max_length=20, unique=True, default=new_reference, editable=False
    )
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("structure destinataire"),
        on_delete=models.PROTECT,
        related_name="contact_requests",
    )
    offer = models.ForeignKey(
        Offer,
        verbose_name=_("offre"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_requests",
    )
    financing_file = models.ForeignKey(
        "financing.FinancingFile",
        verbose_name=_("dossier unique de financement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_requests",
    )
    name = models.CharField(_("nom et prénom"), max_length=150)
    email = models.EmailField(_("courriel"))
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    organisation = models.CharField(_("entreprise ou projet"), max_length=200, blank=True)
    stage = models.ForeignKey(
        Stage,
        verbose_name=_("stade du projet"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=5000)
    consent_at = models.DateTimeField(_("consentement donné le"))
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created_at = models.DateTimeField(_("reçue le"), auto_now_add=True, db_index=True)
    taken_at = models.DateTimeField(_("prise en charge le"), null=True, blank=True)
    closed_at = models.DateTimeField(_("clôturée le"), null=True, blank=True)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("prise en charge par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("clôturée par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    structure_notified_at = models.DateTimeField(_("structure notifiée le"), null=True, blank=True)
    holder_notified_at = models.DateTimeField(_("porteur notifié le"), null=True, blank=True)
    send_attempts = models.PositiveSmallIntegerField(_("tentatives d'envoi"), default=0)
    next_attempt_at = models.DateTimeField(
        _("prochaine tentative d'envoi"), null=True, blank=True, db_index=True
    )
    last_send_error = models.TextField(_("dernière erreur d'envoi"), blank=True)
    submission_key = models.CharField(
        _("clé d'envoi du formulaire"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Le même formulaire envoyé deux fois ne crée qu'une demande."),
    )
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("demande de mise en relation")
        verbose_name_plural = _("demandes de mise en relation")

    def __str__(self) -> str:
        return f"{self.reference} → {self.actor}"

    @property
    def fully_notified(self) -> bool:
        return self.structure_notified_at is not None and self.holder_notified_at is not None

    @property
    def undelivered(self) -> bool:
        """« Non remise »: an email still unsent after the worker's last attempt."""
        return not self.fully_notified and self.send_attempts >= MAX_SEND_ATTEMPTS


class Referral(models.Model):
    """A structure hands a holder's request over to another structure (« réorienter »)."""

    from_request = models.ForeignKey(
        ContactRequest,
        verbose_name=_("demande d'origine"),
        on_delete=models.CASCADE,
        related_name="referrals_out",
    )
    to_request = models.OneToOneField(
        ContactRequest,
        verbose_name=_("nouvelle demande"),
        on_delete=models.CASCADE,
        related_name="referral_in",
    )
    from_actor = models.ForeignKey(
        Actor, verbose_name=_("de"), on_delete=models.PROTECT, related_name="referrals_sent"
    )
    to_actor = models.ForeignKey(
        Actor, verbose_name=_("vers"), on_delete=models.PROTECT, related_name="referrals_received"
    )
    to_offer = models.ForeignKey(
        Offer,
        verbose_name=_("offre proposée"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.TextField(_("note de réorientation"), max_length=5000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("le"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("réorientation")
        verbose_name_plural = _("réorientations")

    def __str__(self) -> str:
        return f"{self.from_actor} → {self.to_actor}"
