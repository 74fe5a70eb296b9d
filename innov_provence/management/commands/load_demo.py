from django.core.management.base import BaseCommand

from innov_provence.demo import load_demo_data


class Command(BaseCommand):
    help = (
        "Charge (ou met à jour) les données de démonstration de l'écosystème d'innovation "
        "d'Aix-Marseille-Provence. Idempotent : peut être relancée sans créer de doublons."
    )

    def handle(self, *args, **options) -> None:
        counts = load_demo_data()
        self.stdout.write(
            self.style.SUCCESS(
                f"Données de démonstration chargées : {counts.actors} structures, {counts.offers} offres."
            )
        )
        if counts.archived:
            self.stdout.write(
                f"{counts.archived} offre(s) des structures de démonstration absente(s) des données archivée(s)."
            )
