"""CSV / XLSX import and export of a structure's offers (django-import-export).

Rows are identified by their `slug`; the structure is written as its slug, the taxonomy as comma-separated
slugs. An import is all or nothing: any invalid row rejects the whole file (`use_transactions` plus
`rollback_on_validation_errors`), and a row naming a structure the user does not belong to, or the slug of
another structure's offer, is an invalid row. Exported texts are defused for spreadsheets
(`offers.opendata.spreadsheet_safe`), and come back unchanged when the file is imported again.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from offers.admin_scoping import user_actors
from offers.models import Actor, Competence, Need, Offer, RecruitmentService, Sector, Stage, Technopole
from offers.opendata import spreadsheet_safe, spreadsheet_text


class ScopedActorWidget(widgets.ForeignKeyWidget):
    """A structure given by its slug, looked up among the importing user's structures only."""

    def __init__(self, **kwargs):
        super().__init__(Actor, field="slug", **kwargs)
        self.user = None

    def get_queryset(self, value, row, *args, **kwargs):
        return Actor.objects.all() if self.user is None else user_actors(self.user)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except Actor.DoesNotExist:
            # Same message for an unknown structure and another one's: the import reveals nothing.
            raise ValueError(
                _("La structure « %(slug)s » n'existe pas ou ne fait pas partie de vos structures.")
                % {"slug": value}
            ) from None


class SlugListWidget(widgets.ManyToManyWidget):
    """Comma-separated slugs of reference data; an unknown slug is an error, not silently dropped."""

    def __init__(self, model, **limit_choices_to):
        super().__init__(model, separator=",", field="slug")
        self.limit_choices_to = limit_choices_to

    def clean(self, value, row=None, **kwargs):
        slugs = [s.strip() for s in str(value or "").split(self.separator) if s.strip()]
        found = self.model.objects.filter(slug__in=slugs, **self.limit_choices_to)
        unknown = sorted(set(slugs) - {obj.slug for obj in found})
        if unknown:
            raise ValueError(
                _("Identifiant(s) inconnu(s) pour « %(model)s » : %(slugs)s.")
                % {"model": self.model._meta.verbose_name_plural, "slugs": ", ".join(unknown)}
            )
        return found


def _slug_list(name: str, model) -> fields.Field:
    return fields.Field(attribute=name, column_name=name, widget=SlugListWidget(model))


OFFER_FIELDS = [
    "slug",
    "title",
    "actor",
    "kind",
    "status",
    "summary",
    "description",
    "needs",
    "stages",
    "technopoles",
    "sectors",
    "contact_name",
    "contact_email",
    "contact_phone",
    "cost",
    "cost_details",
    "eligibility",
    "url",
    "reviewed_at",
]
# The kinds a plain `Offer` may have; the others belong to a sub-model (financing scheme, housing site…).
PLAIN_KINDS = (Offer.Kind.SUPPORT, Offer.Kind.EVENT)
REQUIRED_RELATIONS = {"needs": "besoin", "stages": "stade", "supervising_bodies": "organisme de tutelle"}


class OfferResource(resources.ModelResource):
    """Common columns of every kind of offer; sub-model resources add their own."""

    actor = fields.Field(attribute="actor", column_name="actor", widget=ScopedActorWidget())
    needs = _slug_list("needs", Need)
    stages = _slug_list("stages", Stage)
    technopoles = _slug_list("technopoles", Technopole)
    sectors = _slug_list("sectors", Sector)

    class Meta:
        model = Offer
        fields = OFFER_FIELDS
        import_id_fields = ["slug"]
        use_transactions = True
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def __init__(self, user=None, **kwargs):
        """`user` limits the rows to that user's structures; None (scripts, the shell) means no limit."""
        super().__init__(**kwargs)
        self.user = user
        self.fields["actor"].widget.user = user

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.user is None:
            return queryset
        return queryset.filter(actor__in=user_actors(self.user))

    def export_field(self, field, instance, **kwargs):
        # Every text a structure wrote may start like a formula; a number (a negative amount) is no text.
        value = super().export_field(field, instance, **kwargs)
        if isinstance(value, str) and not isinstance(field.widget, widgets.NumberWidget):
            return spreadsheet_safe(value)
        return value

    def before_import_row(self, row, **kwargs):
        # The apostrophe `export_field` added is not part of the text: a file exported, edited and imported
        # again must not grow one more per round trip.
        for column, value in row.items():
            if isinstance(value, str):
                row[column] = spreadsheet_text(value)

    def import_data(self, dataset, **kwargs):
        # Nothing half-imported: an invalid row rolls back the rows already saved, in the confirm step too.
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        # Many-to-many columns are only written after the save: check them now, so that an unknown slug
        # is a row error reported with the others rather than an exception half-way through the import.
        for field in self.get_import_fields():
            if not isinstance(field.widget, widgets.ManyToManyWidget) or field.column_name not in row:
                continue
            try:
                values = field.clean(row)
            except ValueError as exc:
                errors[field.attribute] = ValidationError(str(exc), code="invalid")
                continue
            if field.attribute in REQUIRED_RELATIONS and not values:
                errors[field.attribute] = ValidationError(
                    _("Indiquez au moins un %(what)s.") % {"what": REQUIRED_RELATIONS[field.attribute]},
                    code="required",
                )
        errors.update(self.check_kind(instance))
        if "slug" not in errors and self.slug_unavailable(instance):
            errors["slug"] = ValidationError(
                _(
                    "L'identifiant « %(slug)s » n'est pas disponible : il ne désigne aucune de vos offres de ce "
                    "type et ne peut pas servir à une nouvelle offre. Choisissez-en un autre."
                )
                % {"slug": instance.slug},
                code="unavailable",
            )
        if errors:
            raise ValidationError(errors)

    def slug_unavailable(self, instance: Offer) -> bool:
        """Whether a new row's slug is taken by an offer it cannot update (another structure's, or another
        kind). One answer whatever that offer is (a draft, a published offer, one's own): the model's
        « Un objet Offre avec ce champ Identifiant existe déjà » would confirm that a hidden draft exists."""
        return (
            instance.pk is None and bool(instance.slug) and Offer.objects.filter(slug=instance.slug).exists()
        )

    def check_kind(self, instance: Offer) -> dict[str, ValidationError]:
        """The kind of a plain offer is support or event; sub-models set their own."""
        model = self._meta.model
        if model is not Offer:
            instance.kind = model.default_kind
            return {}
        if instance.pk is None and instance.kind not in PLAIN_KINDS:
            return {
                "kind": ValidationError(
                    _(
                        "Une offre de type « %(kind)s » s'importe depuis sa propre page d'administration "
                        "(financements, hébergement, recrutement ou compétences)."
                    )
                    % {"kind": instance.get_kind_display()}
                )
            }
        if instance.pk is not None:
            stored_kind = Offer.objects.filter(pk=instance.pk).values_list("kind", flat=True).first()
            if stored_kind not in PLAIN_KINDS and instance.kind != stored_kind:
                return {"kind": ValidationError(_("Le type d'une offre existante ne peut pas être changé."))}
        return {}


def offer_resource(model: type[Offer], extra_fields: list[str]) -> type[OfferResource]:
    """The resource of an offer sub-model (financing scheme, housing site…): the common columns plus its own."""
    meta = type("Meta", (OfferResource.Meta,), {"model": model, "fields": [*OFFER_FIELDS, *extra_fields]})
    return type(f"{model.__name__}Resource", (OfferResource,), {"Meta": meta, "__module__": __name__})


RecruitmentServiceResource = offer_resource(RecruitmentService, ["service_type"])


class CompetenceResource(OfferResource):
    # Supervising bodies are a public reference list (universities, research bodies), as in the admin form.
    supervising_bodies = fields.Field(
        attribute="supervising_bodies",
        column_name="supervising_bodies",
        widget=SlugListWidget(Actor, kind__in=[Actor.Kind.UNIVERSITY, Actor.Kind.RESEARCH_BODY]),
    )

    class Meta(OfferResource.Meta):
        model = Competence
        fields = [
            *OFFER_FIELDS,
            "competence_type",
            "lab_code",
            "domains",
            "equipment",
            "supervising_bodies",
        ]
