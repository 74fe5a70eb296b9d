"""Recording completed questionnaires (`QuestionnaireResponse`), off the request path.

A results page view only appends the holder's answers, with the time, to a buffer of its process. A
background thread writes the buffer every `QUESTIONNAIRE_RECORD_DELAY` seconds, or as soon as
`QUESTIONNAIRE_RECORD_BATCH` records wait, in one bulk INSERT (the needs asked are the record's
`needs_key` and `results_by_need`); the process writes what is left when it exits normally (a gunicorn worker stopped or
restarted, runserver reloading). Each record keeps the time of the view, not of the write.

With `QUESTIONNAIRE_RECORD_DELAY = 0` each view writes its record itself, in the request (the tests'
setting, so that they read the records right after a request).

What can be lost: the records of the last few seconds when a process is killed (SIGKILL, out of
memory) or when the database refuses writes for so long that more than `MAX_PENDING` records wait;
both are logged. The records are demand statistics, not a holder's data: anonymous, they keep the profile
and the description of the project a holder chose to write (which is in the results' URL anyway), and
`manage.py purge_questionnaire_texts` blanks those descriptions after `QUESTIONNAIRE_TEXT_RETENTION_DAYS`.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import connections
from django.utils import timezone

from guidance.models import QuestionnaireResponse
from guidance.orientation.answers import Answers
from guidance.orientation.matching import cached_match_totals

logger = logging.getLogger(__name__)

# Beyond this many records waiting (the database refusing writes for a long time), the oldest are dropped.
MAX_PENDING = 10_000


@dataclass(frozen=True)
class PendingRecord:
    answers: Answers
    created_at: datetime


def write_records(records: list[PendingRecord]) -> list[QuestionnaireResponse]:
    """Insert the records in one statement: all of them, or none.

    Each record counts the offers its answers find at the time of the write, a few seconds at most after
    the view, read from the matching cache (computed once per set of answers and catalogue version).
    """
    rows = []
    for record in records:
        answers = record.answers
        results = cached_match_totals(answers)
        rows.append(
            QuestionnaireResponse(
                needs_key=",".join(sorted(n.slug for n in answers.needs)),
                stage=answers.stage,
                technopole=answers.technopole,
                sector=answers.sector,
                audience=answers.audience,
                project=answers.project,
                result_count=results.total,
                results_by_need={group.need.slug: group.total for group in results.by_need},
                created_at=record.created_at,
            )
        )
    QuestionnaireResponse.objects.bulk_create(rows)
    return rows


class Recorder:
    """A buffer of records and the thread that empties it while records wait (one per process: `recorder`)."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[PendingRecord] = []
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        return len(self._pending)

    def add(self, answers: Answers) -> None:
        with self._lock:
            self._pending.append(PendingRecord(answers, timezone.now()))
            waiting = len(self._pending)
            if self._thread is None:
                self._thread = self._start()
        if waiting >= settings.QUESTIONNAIRE_RECORD_BATCH:
            self._wake.set()

    def flush(self) -> int:
        """Write every waiting record now; return how many were written (0 when the write failed)."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return 0
        try:
            write_records(batch)
        except Exception:
            logger.exception("%d questionnaire record(s) not written; retried at the next write", len(batch))
            with self._lock:
                self._pending[:0] = batch
                dropped = len(self._pending) - MAX_PENDING
                if dropped > 0:
                    del self._pending[:dropped]
                    logger.error("%d questionnaire record(s) dropped: too many waiting", dropped)
            return 0
        return len(batch)

    def stop(self, timeout: float = 10) -> None:
        """Let a write under way finish, then write what waits (at the process's exit)."""
        thread = self._thread
        if thread is not None:
            self._wake.set()
            thread.join(timeout)
        self.flush()

    def _start(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, name="questionnaire-recorder", daemon=True)
        thread.start()
        return thread

    def _run(self) -> None:
        """Write every `QUESTIONNAIRE_RECORD_DELAY` seconds (sooner when woken) until nothing waits."""
        while True:
            self._wake.wait(settings.QUESTIONNAIRE_RECORD_DELAY)
            self._wake.clear()
            self.flush()
            connections.close_all()  # this thread's connections only
            with self._lock:
                if not self._pending:  # under the lock: a record added after this starts a new thread
                    self._thread = None
                    return


recorder = Recorder()
atexit.register(recorder.stop)
os.register_at_fork(after_in_child=recorder._reset)  # a forked child starts with an empty buffer


def record(answers: Answers) -> None:
    """Record a completed questionnaire anonymously: the answers and how many offers each need found."""
    if settings.QUESTIONNAIRE_RECORD_DELAY > 0:
        recorder.add(answers)
    else:
        write_records([PendingRecord(answers, timezone.now())])
