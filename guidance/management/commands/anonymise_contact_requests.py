"""Anonymise contact requests older than PERSONAL_DATA_RETENTION_DAYS (cron, e.g. daily). Idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand

from guidance.contact.services import anonymise_expired


class Command(BaseCommand):
    help = "Anonymise les demandes de mise en relation plus anciennes que la durée de conservation."

    def handle(self, *args, **options) -> None:
        count = anonymise_expired()
        self.stdout.write(
            f"{count} demande(s) anonymisée(s) (conservation : {settings.PERSONAL_DATA_RETENTION_DAYS} jours)."
        )
