import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from innov_provence.demo.synthetic import seed_offers


class Command(BaseCommand):
    help = (
        "Remplace les données synthétiques (identifiants « synth-… ») par N offres déterministes, "
        "insérées en masse, pour les mesures de performance."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--offers", type=int, required=True, help="Nombre d'offres synthétiques.")
        parser.add_argument("--seed", type=int, default=1, help="Graine du générateur (défaut : 1).")

    def handle(self, *args, offers: int, seed: int, **options) -> None:
        if offers < 0:
            raise CommandError("Le nombre d'offres doit être positif ou nul.")
        started = time.perf_counter()
        counts = seed_offers(offers, seed=seed)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts.offers} offres synthétiques, {counts.actors} structures et {counts.links} liens "
                f"de classement créés en {elapsed:.1f} s (graine {seed})."
            )
        )
