"""The ecosystem's core data: the reference taxonomy, the structures (actors) and their offers.

`FinancingScheme` (financing app) and `HousingSite` (housing app) extend `Offer` through multi-table
inheritance, as do `RecruitmentService` and `Competence` here, so that matching and the catalogue work on
one table whatever the kind of offer.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from offers import search
from offers.search import fold  # noqa: F401  (the catalogue's sorting folds labels with it)

# Clocks differ a little between a browser, a spreadsheet and the server.
REVIEW_CLOCK_TOLERANCE = timedelta(hours=1)


class Taxonomy(models.Model):
    slug = models.SlugField(_("identifiant"), max_length=80, unique=True)
    name = models.CharField(_("nom"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Need(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("besoin")
        verbose_name_plural = _("besoins")


class Stage(Taxonomy):
    """A maturity stage; `order` runs from the idea (1) to growth (6)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("stade de maturité")
        verbose_name_plural = _("stades de maturité")


class Technopole(Taxonomy):
    theme = models.CharField(_("positionnement"), max_length=200, blank=True)
    city = models.CharField(_("commune"), max_length=120, blank=True)
    is_technopole = models.BooleanField(
        _("technopôle"), default=True, help_text=_("Décoché pour les autres sites d'innovation.")
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("technopôle ou site")
        verbose_name_plural = _("technopôles et sites")

    def get_absolute_url(self) -> str:
        return reverse("offers:technopole_detail", args=[self.slug])


class Sector(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("filière")
        verbose_name_plural = _("filières")


class Audience(Taxonomy):
    """Who a holder is: researcher, student, founder, SME… (the questionnaire's « profil »)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


SEARCH_COLUMNS = ["search_title", "search_summary", "search_body", "search_actor", "search_vector"]


class Actor(models.Model):
    """A support structure: incubator, nursery, bank, lab, cluster, public body…"""

    class Kind(models.TextChoices):
        METROPOLE = "metropole", _("Métropole")
        PUBLIC_BODY = "collectivite", _("Collectivité ou agence publique")
        UNIVERSITY = "universite", _("Université ou école")
        RESEARCH_BODY = "organisme_recherche", _("Organisme de recherche")
        LAB = "laboratoire", _("Laboratoire")
        PLATFORM = "plateforme", _("Plateforme technologique")
        INCUBATOR = "incubateur", _("Incubateur")
        NURSERY = "pepiniere", _("Pépinière")
        ACCELERATOR = "accelerateur", _("Accélérateur")
        CLUSTER = "pole", _("Pôle de compétitivité ou cluster")
        NETWORK = "reseau", _("Réseau")
        PUBLIC_FUNDER = "financeur_public", _("Financeur public")
        BANK = "banque", _("Banque")
        INVESTOR = "investisseur", _("Investisseur")
        COMPANY = "entreprise", _("Entreprise")

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=120, unique=True)
    kind = models.CharField(_("type de structure"), max_length=30, choices=Kind.choices, db_index=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("site web"), blank=True)
    email = models.EmailField(_("courriel de contact"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    technopole = models.ForeignKey(
        Technopole,
        verbose_name=_("technopôle"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actors",
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("filières"), blank=True, related_name="actors")
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("membres"),
        blank=True,
        related_name="actors",
        help_text=_("Comptes autorisés à gérer les offres de cette structure."),
    )
    is_demo = models.BooleanField(_("donnée de démonstration"), default=False, editable=False)
    # The index terms of the name and of the description (`offers.search`); the full-text index reads them.
    search_title = models.TextField(editable=False, blank=True, default="")
    search_body = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only, kept by a trigger
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at", *SEARCH_COLUMNS])

    class Meta:
        ordering = ["name"]
        verbose_name = _("structure")
        verbose_name_plural = _("structures")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_title = search.index_terms(self.name)
        self.search_body = search.index_terms(f"{self.get_kind_display()} {self.description}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_title", "search_body"}
        super().save(*args, **kwargs)
        search.remember_words(self.name, self.description)
        # The offers index their structure's name too.
        self.offers.exclude(search_actor=self.search_title).update(search_actor=self.search_title)

    def get_absolute_url(self) -> str:
        return reverse("offers:actor_detail", args=[self.slug])


class OfferQuerySet(models.QuerySet):
    def published(self) -> OfferQuerySet:
        return self.filter(status=Offer.Status.PUBLISHED)

    def for_technopole(self, technopole: Technopole) -> OfferQuerySet:
        """Offers on this technopôle, plus those open to the whole metropolitan area (no technopôle)."""
        return self.filter(Q(technopoles=technopole) | Q(technopoles__isnull=True)).distinct()

    def stale(self, now=None) -> OfferQuerySet:
        """Offers not confirmed up to date for `OFFER_STALE_AFTER_DAYS` days (or never)."""
        limit = (now or timezone.now()) - timedelta(days=settings.OFFER_STALE_AFTER_DAYS)
        return self.filter(Q(reviewed_at__lt=limit) | Q(reviewed_at__isnull=True))


class Offer(models.Model):
    """Any service a structure offers to project holders."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Brouillon")
        PUBLISHED = "published", _("Publiée")
        ARCHIVED = "archived", _("Archivée")

    class Kind(models.TextChoices):
        SUPPORT = "accompagnement", _("Accompagnement")
        FINANCING = "financement", _("Financement")
        HOUSING = "hebergement", _("Hébergement")
        RECRUITMENT = "recrutement", _("Recrutement et RH")
        COMPETENCE = "competence", _("Compétence scientifique et technologique")
        EVENT = "evenement", _("Événement et mise en réseau")

    class Cost(models.TextChoices):
        FREE = "gratuit", _("Gratuit")
        PAID = "payant", _("Payant")
        ON_QUOTE = "sur_devis", _("Sur devis ou variable")

    # Set by the sub-models (financing scheme, housing site…); plain offers are support or events.
    default_kind = Kind.SUPPORT

    actor = models.ForeignKey(
        Actor, verbose_name=_("structure"), on_delete=models.PROTECT, related_name="offers"
    )
    kind = models.CharField(
        _("type d'offre"), max_length=20, choices=Kind.choices, default=Kind.SUPPORT, db_index=True
    )
    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=220, unique=True)
    summary = models.CharField(_("résumé"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    needs = models.ManyToManyField(Need, verbose_name=_("besoins"), related_name="offers")
    stages = models.ManyToManyField(Stage, verbose_name=_("stades"), related_name="offers")
    technopoles = models.ManyToManyField(
        Technopole,
        verbose_name=_("technopôles"),
        blank=True,
        related_name="offers",
        help_text=_("Laisser vide si l'offre concerne toute la métropole."),
    )
    sectors = models.ManyToManyField(
        Sector,
        verbose_name=_("filières"),
        blank=True,
        related_name="offers",
        help_text=_("Laisser vide si l'offre concerne toutes les filières."),
    )
    audiences = models.ManyToManyField(
        Audience,
        verbose_name=_("publics"),
        blank=True,
        related_name="offers",
        help_text=_("Laisser vide si l'offre s'adresse à tous les porteurs de projet."),
    )
    contact_name = models.CharField(_("personne à contacter"), max_length=120, blank=True)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone de contact"), max_length=30, blank=True)
    cost = models.CharField(_("coût"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    cost_details = models.CharField(_("précisions sur le coût"), max_length=255, blank=True)
    eligibility = models.TextField(_("conditions d'éligibilité"), blank=True)
    url = models.URLField(_("page de l'offre"), blank=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    reviewed_at = models.DateTimeField(_("confirmée à jour le"), null=True, blank=True, db_index=True)
    # The index terms of the title, summary, body and structure name (see `offers.search`), which the
    # full-text index reads: an FTS5 table on SQLite, this tsvector on PostgreSQL (kept by triggers).
    search_title = models.TextField(editable=False, blank=True, default="")
    search_summary = models.TextField(editable=False, blank=True, default="")
    search_body = models.TextField(editable=False, blank=True, default="")
    search_actor = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at", *SEARCH_COLUMNS], inherit=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("offre")
        verbose_name_plural = _("offres")
        indexes = [
            models.Index(fields=["status", "kind"], name="offer_status_kind_idx"),
            # The catalogue lists published offers by title, 20 at a time.
            models.Index(fields=["status", "title", "id"], name="offer_status_title_idx"),
            # Facet counts (cost, structure) and the offers of each structure, without reading the rows.
            models.Index(fields=["status", "cost"], name="offer_status_cost_idx"),
            models.Index(fields=["status", "actor"], name="offer_status_actor_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # The kind is a denormalised copy of the sub-model, kept so the catalogue can facet on one column;
        # the search columns hold the index terms the full-text search matches against.
        if self.kind == Offer.Kind.SUPPORT and self.default_kind != Offer.Kind.SUPPORT:
            self.kind = self.default_kind
        texts = self.search_texts()
        for column, text in texts.items():
            setattr(self, column, search.index_terms(text))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *texts}
        super().save(*args, **kwargs)
        search.remember_words(*texts.values())

    def get_absolute_url(self) -> str:
        return reverse("offers:offer_detail", args=[self.slug])

    def search_texts(self) -> dict[str, str]:
        """The texts indexed for the free-text search, by column (title, summary, body, structure)."""
        return {
            "search_title": self.title,
            "search_summary": self.summary,
            "search_body": " ".join(p for p in [self.description, self.eligibility, self.cost_details] if p),
            "search_actor": self.actor.name if self.actor_id else "",
        }

    @property
    def contact(self) -> dict[str, str]:
        """Who to talk to: the offer's own contact, else its structure's."""
        return {
            "name": self.contact_name,
            "email": self.contact_email or self.actor.email,
            "phone": self.contact_phone or self.actor.phone,
        }

    def clean(self) -> None:
        super().clean()
        # A confirmation dated in the future would keep the offer « à jour » past its real review.
        if self.reviewed_at is not None and self.reviewed_at > timezone.now() + REVIEW_CLOCK_TOLERANCE:
            raise ValidationError(
                {"reviewed_at": _("La date de confirmation ne peut pas être dans le futur.")}
            )

    @property
    def is_stale(self) -> bool:
        if self.reviewed_at is None:
            return True
        return self.reviewed_at < timezone.now() - timedelta(days=settings.OFFER_STALE_AFTER_DAYS)


class RecruitmentService(Offer):
    """Recruitment and HR support (« rendre visible l'offre d'accompagnement au recrutement »)."""

    class ServiceType(models.TextChoices):
        SOURCING = "sourcing", _("Détection et recrutement de talents")
        INTERNSHIPS = "alternance", _("Stages, alternance et jeunes diplômés")
        HR_ADVICE = "conseil_rh", _("Conseil et structuration RH")
        TRAINING = "formation", _("Formation des dirigeants et des équipes")
        EMPLOYER_BRAND = "attractivite", _("Attractivité et accueil des talents")

    default_kind = Offer.Kind.RECRUITMENT

    service_type = models.CharField(_("type de service"), max_length=20, choices=ServiceType.choices)

    class Meta:
        verbose_name = _("service de recrutement")
        verbose_name_plural = _("services de recrutement")


class Competence(Offer):
    """A lab's or technology platform's competences open to companies (A*MIDEX competence map)."""

    class CompetenceType(models.TextChoices):
        LAB = "laboratoire", _("Laboratoire")
        PLATFORM = "plateforme", _("Plateforme technologique")

    default_kind = Offer.Kind.COMPETENCE

    competence_type = models.CharField(_("type"), max_length=20, choices=CompetenceType.choices)
    lab_code = models.CharField(_("code de l'unité"), max_length=40, blank=True, help_text=_("Ex. UMR 7288"))
    domains = models.TextField(_("domaines de compétence"))
    equipment = models.TextField(_("équipements"), blank=True)
    supervising_bodies = models.ManyToManyField(
        Actor,
        verbose_name=_("tutelles"),
        related_name="supervised_competences",
        limit_choices_to={"kind__in": [Actor.Kind.UNIVERSITY, Actor.Kind.RESEARCH_BODY]},
        help_text=_("AMU, CNRS, INSERM, IRD, AP-HM…"),
    )

    class Meta:
        verbose_name = _("compétence de laboratoire ou plateforme")
        verbose_name_plural = _("compétences des laboratoires et plateformes")

    def search_texts(self) -> dict[str, str]:
        texts = super().search_texts()
        texts["search_body"] = " ".join([texts["search_body"], self.domains, self.equipment])
        return texts


class SearchWord(models.Model):
    """A word of the catalogue's texts and its stem: the vocabulary a mistyped word is corrected against."""

    word = models.CharField(max_length=60, unique=True)
    stem = models.CharField(max_length=60)

    class Meta:
        verbose_name = _("mot du catalogue")
        verbose_name_plural = _("mots du catalogue")

    def __str__(self) -> str:
        return self.word
