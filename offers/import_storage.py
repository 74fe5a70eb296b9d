"""Where the admin import keeps an uploaded file between its preview and its confirmation.

django-import-export writes the file at the preview and reads it back when the user confirms, by the name
that the confirm form sends. Its default storage joins that name to the system's temporary folder, where
any file whose name is known could be read and then deleted. Here the files live in a folder of the
project's own (`IMPORT_FILES_DIR`, created 0700, files 0600), under random names that the storage alone
chooses; the admin accepts only a name it issued to the same session for the same import (see
`offers.admin.OfferAdminBase.process_import`). A preview never confirmed leaves its file behind: files
older than `IMPORT_FILES_MAX_AGE_HOURS` are removed whenever a new import starts, and by the
`purge_import_files` command (for cron).
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from import_export.tmp_storages import TempFolderStorage

FILE_NAME = re.compile(r"[0-9a-f]{32}")


def is_import_file_name(name: str) -> bool:
    """Whether `name` has the shape of a name this storage gives (and nothing else, no folder)."""
    return bool(FILE_NAME.fullmatch(name or ""))


def import_folder() -> Path:
    """The private folder of import files, created on first use and kept readable by this account only."""
    folder = Path(settings.IMPORT_FILES_DIR)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def purge_import_files(max_age_hours: float | None = None) -> int:
    """Remove the import files older than `max_age_hours` (default: the setting); returns how many.

    Only names this storage gives are touched, should the folder be shared by mistake."""
    if max_age_hours is None:
        max_age_hours = settings.IMPORT_FILES_MAX_AGE_HOURS
    cutoff = time.time() - max_age_hours * 3600
    removed = 0
    with os.scandir(import_folder()) as entries:
        for entry in entries:
            if not is_import_file_name(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
    return removed


class PrivateImportStorage(TempFolderStorage):
    """django-import-export's temporary file storage (IMPORT_EXPORT_TMP_STORAGE_CLASS), in the private folder."""

    def save(self, data: bytes | str) -> None:
        # A new import starts: time to drop the previews abandoned long ago.
        purge_import_files()
        self.name = secrets.token_hex(16)
        if isinstance(data, str):
            data = data.encode(self.encoding or "utf-8")
        descriptor = os.open(self.get_full_path(), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)

    def exists(self) -> bool:
        return Path(self.get_full_path()).is_file()

    def remove(self) -> None:
        Path(self.get_full_path()).unlink(missing_ok=True)

    def get_full_path(self) -> str:
        if not is_import_file_name(self.name):
            raise SuspiciousFileOperation("Invalid import file name.")
        return str(import_folder() / self.name)
