"""Remove the admin import files of previews never confirmed (older than IMPORT_FILES_MAX_AGE_HOURS).

A new import already does it; this command is for cron, so that the folder also empties on a quiet site."""

from django.core.management.base import BaseCommand

from offers.import_storage import purge_import_files


class Command(BaseCommand):
    help = "Supprime les fichiers d'import des aperçus jamais confirmés (plus vieux que IMPORT_FILES_MAX_AGE_HOURS)."

    def handle(self, *args, **options):
        removed = purge_import_files()
        if options["verbosity"] > 0:
            self.stdout.write(f"{removed} fichier(s) d'import supprimé(s).")
