"""Send the contact-request emails that could not be sent (cron, e.g. every 10 minutes)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from guidance.contact.notifications import notify_contact_request
from guidance.contact.services import pending_notifications
from guidance.models import ContactRequest


class Command(BaseCommand):
    help = "Renvoie les courriels des demandes de mise en relation qui n'ont pas pu être envoyés."

    def handle(self, *args, **options) -> None:
        sent = failed = 0
        for pk in list(pending_notifications().values_list("pk", flat=True)):
            with transaction.atomic():
                # Locked while sending, skipped if another run holds it: two cron runs never send twice.
                request = (
                    ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("actor", "offer", "stage")
                    .filter(pk=pk)
                    .first()
                )
                if request is None or (request.structure_notified_at and request.holder_notified_at):
                    continue
                if notify_contact_request(request):
                    sent += 1
                else:
                    failed += 1
        self.stdout.write(f"{sent} demande(s) notifiée(s), {failed} en échec.")
