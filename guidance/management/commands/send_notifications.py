"""The notification worker: sends the contact-request emails waiting in the database.

Run it beside the web server (`python manage.py send_notifications`, stopped by SIGTERM or Ctrl-C after the
email it is sending), or from cron with `--once`.
"""

import signal
import time

from django.core.management.base import BaseCommand

from guidance.contact.services import send_pending_notifications


class Command(BaseCommand):
    help = "Envoie les courriels des demandes de mise en relation (en continu, ou une fois avec --once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="Un seul passage, puis s'arrêter (cron).")
        parser.add_argument(
            "--interval", type=float, default=5.0, help="Secondes entre deux passages (5 par défaut)."
        )

    def handle(self, *args, once: bool, interval: float, **options) -> None:
        if once:
            self._pass()
            return
        self.stopping = False
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._stop)
        self.stdout.write(f"Envoi des notifications toutes les {interval:g} s (SIGTERM pour arrêter).")
        while not self.stopping:
            self._pass(quiet=True)
            deadline = time.monotonic() + interval
            while not self.stopping and time.monotonic() < deadline:
                time.sleep(min(0.2, interval))

    def _stop(self, signum, frame) -> None:
        self.stopping = True

    def _pass(self, quiet: bool = False) -> None:
        sent, failed = send_pending_notifications()
        if not quiet or sent or failed:
            self.stdout.write(f"{sent} demande(s) notifiée(s), {failed} en échec.")
