"""Remind structures of contact requests left « nouvelle », and tell Métropole staff of those left twice as
long (`CONTACT_REMINDER_DAYS` working days). Run it from cron, e.g. every working day at 9:00; idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand

from guidance.contact.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Relance les structures dont une demande reste nouvelle après CONTACT_REMINDER_DAYS jours ouvrés, "
        "et prévient la Métropole après le double."
    )

    def handle(self, *args, **options) -> None:
        run = send_reminders()
        days = settings.CONTACT_REMINDER_DAYS
        self.stdout.write(
            f"{run.reminded} structure(s) relancée(s) ({days} jours ouvrés), "
            f"{run.escalated} demande(s) signalée(s) à la Métropole ({2 * days} jours ouvrés)."
        )
