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
    # The holder's follow-up (« Suivre mes demandes »): every request made with the same address shares it.
    follow_up = models.ForeignKey(
        "HolderFollowUp",
        verbose_name=_("suivi du porteur"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="contact_requests",
    )
    # Reminders (guidance.contact.reminders): the structure after CONTACT_REMINDER_DAYS working days without
    # taking the request in charge, Métropole staff after twice that.
    reminded_at = models.DateTimeField(_("structure relancée le"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("Métropole prévenue le"), null=True, blank=True)
    # « Cette mise en relation vous a-t-elle été utile ? », asked once the request is closed.
    useful = models.BooleanField(_("utile selon le porteur"), null=True, blank=True)
    usefulness_comment = models.CharField(_("avis du porteur"), max_length=300, blank=True)
    feedback_at = models.DateTimeField(_("avis donné le"), null=True, blank=True)

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


def new_private_token() -> str:
    """A private link's key: 256 random bits, URL-safe; never a primary key."""
    return secrets.token_urlsafe(32)


class HolderFollowUp(models.Model):
    """« Suivre mes demandes »: one private link per holder's address, mailed with each confirmation.

    No account: whoever holds the link sees the requests made with this address (the link only ever goes to
    that address). It goes when the last of its requests is anonymised (guidance.contact.services)."""

    token = models.CharField(
        _("clé d'accès"), max_length=64, unique=True, default=new_private_token, editable=False
    )
    email = models.EmailField(_("courriel"), unique=True, help_text=_("En minuscules."))
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("suivi des demandes d'un porteur")
        verbose_name_plural = _("suivis des demandes des porteurs")

    def __str__(self) -> str:
        return self.email


class QueuedEmail(models.Model):
    """An email waiting for the notification worker (guidance.contact.notifications.send_queued_emails).

    Written in the same transaction as what it tells (a status change, a reminder, an alert), sent after
    the commit by the worker, retried with a growing delay like the requests' own emails, and deleted once
    sent: the outbox keeps no copy of what left."""

    class Kind(models.TextChoices):
        STATUS = "statut", _("changement de statut (porteur)")
        REMINDER = "relance", _("relance de la structure")
        ESCALATION = "alerte_metropole", _("demande sans réponse (Métropole)")
        ALERT_CONFIRMATION = "confirmation_alerte", _("confirmation d'une alerte")
        ALERT_DIGEST = "alerte", _("nouvelles offres (alerte)")
        RECAP = "resume", _("résumé des résultats")

    kind = models.CharField(_("type"), max_length=30, choices=Kind.choices)
    to = models.JSONField(_("destinataires"), default=list)
    subject = models.CharField(_("objet"), max_length=255)
    body = models.TextField(_("texte"))
    reply_to = models.EmailField(_("répondre à"), blank=True)
    headers = models.JSONField(_("en-têtes"), default=dict, blank=True)
    contact_request = models.ForeignKey(
        ContactRequest,
        verbose_name=_("demande"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="queued_emails",
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("tentatives d'envoi"), default=0)
    next_attempt_at = models.DateTimeField(_("prochaine tentative"), null=True, blank=True, db_index=True)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("courriel en attente")
        verbose_name_plural = _("courriels en attente")

    def __str__(self) -> str:
        return self.subject


class AlertSubscription(models.Model):
    """« Être prévenu des nouvelles offres »: a saved search and an address, no account.

    Double opt-in: nothing is sent but the confirmation until the link in it is followed
    (`confirmed_at`); an unconfirmed subscription is deleted after ALERT_CONFIRMATION_DAYS. Unsubscribing
    deletes the row. `send_alerts` mails the offers first published after `last_digest_at`."""

    class Source(models.TextChoices):
        CATALOGUE = "catalogue", _("catalogue des offres")
        ORIENTATION = "orientation", _("résultats du questionnaire")

    token = models.CharField(
        _("clé d'accès"), max_length=64, unique=True, default=new_private_token, editable=False
    )
    email = models.EmailField(_("courriel"))
    source = models.CharField(_("recherche"), max_length=20, choices=Source.choices)
    query = models.CharField(_("critères"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("demandée le"), auto_now_add=True)
    consent_at = models.DateTimeField(_("consentement donné le"))
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True, db_index=True)
    last_digest_at = models.DateTimeField(_("dernier envoi le"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("alerte")
        verbose_name_plural = _("alertes")

    def __str__(self) -> str:
        return f"{self.email} · {self.get_source_display()}"


class OfferPublication(models.Model):
    """When the alerts first saw an offer published: an offer has no publication date of its own (it may be
    created as a draft and published months later), so `send_alerts` notes each published offer it has not
    seen yet; a digest lists those first seen after the subscription's last one."""

    offer = models.OneToOneField(
        Offer, verbose_name=_("offre"), on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    seen_at = models.DateTimeField(_("vue publiée le"), db_index=True)

    class Meta:
        verbose_name = _("publication d'offre")
        verbose_name_plural = _("publications d'offres")

    def __str__(self) -> str:
        return f"{self.offer_id} · {self.seen_at:%d/%m/%Y}"


class ExpectedGap(models.Model):
    """A need × stage cell of the offer that is empty on purpose: « sans objet », with the reason.

    Investors do not fund an idea: « Financer mon projet » at « Idée » may stay empty without being a gap
    to fill. A mark without technopôle holds for every site and for the whole metropolitan area; a mark on
    one site holds for that site only. The coverage reports still count such a cell as a gap, but apart
    (« 12 lacunes, dont 3 sans objet »); a cell that has offers is no gap, marked or not.
    """

    need = models.ForeignKey(
        "offers.Need", verbose_name=_("besoin"), on_delete=models.CASCADE, related_name="+"
    )
    stage = models.ForeignKey(Stage, verbose_name=_("stade"), on_delete=models.CASCADE, related_name="+")
    technopole = models.ForeignKey(
        Technopole,
        verbose_name=_("technopôle ou site"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Vide : sans objet sur tous les sites de la métropole."),
    )
    reason = models.TextField(
        _("motif"),
        max_length=500,
        help_text=_(
            "Pourquoi cette case peut rester vide, par exemple : « les investisseurs n'interviennent pas au stade de l'idée »."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marquée par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("marquée le"), auto_now_add=True)

    class Meta:
        ordering = ["need__order", "stage__order", "technopole__order", "pk"]
        verbose_name = _("lacune sans objet")
        verbose_name_plural = _("lacunes sans objet")
        constraints = [
            models.UniqueConstraint(
                fields=["need", "stage", "technopole"],
                condition=models.Q(technopole__isnull=False),
                name="expected_gap_once_per_site",
                violation_error_message=_("Cette case est déjà marquée sans objet pour ce site."),
            ),
            # NULLs are distinct in a unique index: the « every site » mark needs its own constraint.
            models.UniqueConstraint(
                fields=["need", "stage"],
                condition=models.Q(technopole__isnull=True),
                name="expected_gap_once_everywhere",
                violation_error_message=_("Cette case est déjà marquée sans objet pour tous les sites."),
            ),
        ]

    def __str__(self) -> str:
        place = self.technopole.name if self.technopole_id else _("tous les sites")
        return f"{self.need} × {self.stage} · {place}"
