"""Blank the holders' descriptions of their projects in questionnaire records older than
QUESTIONNAIRE_TEXT_RETENTION_DAYS (cron, e.g. daily). Idempotent; the rest of the record is kept."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from guidance.models import QuestionnaireResponse


class Command(BaseCommand):
    help = "Efface les descriptions de projet des réponses au questionnaire plus anciennes que la durée de conservation."

    def handle(self, *args, **options) -> None:
        limit = timezone.now() - timedelta(days=settings.QUESTIONNAIRE_TEXT_RETENTION_DAYS)
        count = (
            QuestionnaireResponse.objects.filter(created_at__lt=limit).exclude(project="").update(project="")
        )
        self.stdout.write(
            f"{count} description(s) effacée(s) "
            f"(conservation : {settings.QUESTIONNAIRE_TEXT_RETENTION_DAYS} jours)."
        )
