"""Queue the alerts' digests: for each confirmed subscription, the offers of its search first published since
its last digest (guidance.alerts.services). Run it daily from cron; the notification worker sends them.
Idempotent: a second run the same day finds nothing new."""

from django.core.management.base import BaseCommand

from guidance.alerts.services import send_alerts


class Command(BaseCommand):
    help = "Envoie aux abonnés des alertes les nouvelles offres correspondant à leur recherche."

    def handle(self, *args, **options) -> None:
        run = send_alerts()
        self.stdout.write(
            f"{run.digests} courriel(s) d'alerte préparé(s) ({run.offers} offre(s)), "
            f"{run.purged} demande(s) non confirmée(s) effacée(s), {run.invalid} recherche(s) devenue(s) invalide(s)."
        )
