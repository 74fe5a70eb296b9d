"""Delete the financing files untouched for PERSONAL_DATA_RETENTION_DAYS (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from financing.models import FinancingFile


class Command(BaseCommand):
    help = "Supprime les dossiers uniques de financement dont la durée de conservation est écoulée."

    def handle(self, *args, **options) -> None:
        # Figures go with their file; the contact requests keep their own retention (their link becomes empty).
        deleted, _ = FinancingFile.objects.expired().delete()
        self.stdout.write(f"{deleted} objet(s) supprimé(s).")
