"""Questionnaire records: what a record keeps, and their writing off the request path
(guidance/orientation/recording.py)."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from guidance.models import QuestionnaireResponse
from guidance.orientation import recording
from guidance.orientation.matching import Answers
from guidance.orientation.recording import PendingRecord, Recorder, write_records
from tests.factories import make_offer, need, stage, technopole

RESULTS = "/orientation/resultats/?besoin=locaux&besoin=financer&stade=amorcage&technopole=luminy"
ROOT = Path(__file__).resolve().parents[3]


def holder_answers() -> Answers:
    return Answers(
        needs=[need("locaux"), need("financer")], stage=stage("amorcage"), technopole=technopole("luminy")
    )


def wait_for(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


class ThreadlessRecorder(Recorder):
    """A recorder whose test writes it by calling `flush()`."""

    def _start(self):
        return None


@pytest.fixture
def delayed(settings, monkeypatch):
    """Records written by a background thread, through a recorder of the test's own."""
    settings.QUESTIONNAIRE_RECORD_DELAY = 60
    own = Recorder()
    monkeypatch.setattr(recording, "recorder", own)
    yield own
    own.flush()  # in the test's own connection, then the thread ends with nothing to write
    own.stop()


@pytest.mark.django_db
def test_a_record_keeps_the_answers_counts_and_time_of_the_view_without_personal_data():
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("luminy")])
    viewed_at = timezone.now() - timedelta(seconds=5)
    [row] = write_records([PendingRecord(holder_answers(), viewed_at)])
    record = QuestionnaireResponse.objects.get(pk=row.pk)
    assert record.needs_key == "financer,locaux"
    assert (record.stage, record.technopole, record.sector) == (stage("amorcage"), technopole("luminy"), None)
    assert record.result_count == 1
    assert record.results_by_need == {"locaux": 0, "financer": 1}
    assert record.created_at == viewed_at
    field_names = {f.name for f in QuestionnaireResponse._meta.get_fields()}
    assert not field_names & {"email", "ip", "ip_address", "user", "session", "user_agent"}


@pytest.mark.django_db
def test_many_records_are_written_in_one_query(django_assert_num_queries):
    records = [PendingRecord(holder_answers(), timezone.now()) for _ in range(50)]
    write_records(records[:1])  # fills the matching cache: the totals of these answers are then read from it
    # one bulk INSERT of the records (the needs asked are in each record's own columns)
    with django_assert_num_queries(1):
        write_records(records)
    assert QuestionnaireResponse.objects.count() == 51


@pytest.mark.django_db
def test_with_a_delay_the_results_page_writes_nothing_in_its_request(
    client, delayed, django_assert_num_queries
):
    client.get(RESULTS)  # fills the caches (taxonomy, matching, page)
    delayed.flush()
    other_browser = Client()
    with django_assert_num_queries(0):  # the page and the banner flag come from the cache: no INSERT
        response = other_browser.get(RESULTS)
    assert response.status_code == 200
    assert delayed.pending == 1
    assert QuestionnaireResponse.objects.count() == 1
    assert delayed.flush() == 1
    assert QuestionnaireResponse.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_the_background_thread_writes_the_records_then_ends(client, taxonomy, delayed, settings):
    settings.QUESTIONNAIRE_RECORD_DELAY = 0.2
    response = client.get(RESULTS)
    assert response.status_code == 200
    assert wait_for(lambda: QuestionnaireResponse.objects.count() == 1)
    assert QuestionnaireResponse.objects.get().needs_key == "financer,locaux"
    assert wait_for(lambda: delayed._thread is None)
    assert delayed.pending == 0


@pytest.mark.django_db(transaction=True)
def test_a_full_batch_is_written_without_waiting_for_the_delay(taxonomy, delayed, settings):
    settings.QUESTIONNAIRE_RECORD_BATCH = 3
    answers = holder_answers()
    for _ in range(3):
        delayed.add(answers)
    assert wait_for(lambda: QuestionnaireResponse.objects.count() == 3, seconds=20)  # not the 60 s delay


@pytest.mark.django_db
def test_a_failed_write_keeps_the_records_for_the_next_one(monkeypatch, caplog):
    recorder = ThreadlessRecorder()
    answers = holder_answers()
    recorder.add(answers)
    recorder.add(answers)

    def refuse(records):
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(recording, "write_records", refuse)
    assert recorder.flush() == 0
    assert recorder.pending == 2
    assert "2 questionnaire record(s) not written" in caplog.text

    monkeypatch.undo()
    assert recorder.flush() == 2
    assert QuestionnaireResponse.objects.count() == 2


@pytest.mark.django_db
def test_waiting_records_are_capped_when_the_database_refuses_writes(monkeypatch, caplog):
    monkeypatch.setattr(recording, "MAX_PENDING", 3)
    monkeypatch.setattr(recording, "write_records", lambda records: 1 / 0)
    recorder = ThreadlessRecorder()
    answers = holder_answers()
    for _ in range(5):
        recorder.add(answers)
    recorder.flush()
    assert recorder.pending == 3
    assert "2 questionnaire record(s) dropped" in caplog.text


# --- At the exit of a process (SQLite only: what is tested is the process, not the database) ----------------

subprocess_only_on_sqlite = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="run once, on SQLite"
)


@pytest.fixture(scope="module")
def scratch_database(tmp_path_factory):
    """A migrated SQLite file and the environment of a process using it, records written after 10 minutes."""
    database = tmp_path_factory.mktemp("recording") / "exit.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "QUESTIONNAIRE_RECORD_DELAY": "600",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        env={**env, "DJANGO_DEBUG": "1"},
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return database, env


def records_in(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [key for (key,) in connection.execute("SELECT needs_key FROM guidance_questionnaireresponse")]


@subprocess_only_on_sqlite
def test_records_waiting_when_a_command_exits_are_written(scratch_database):
    database, env = scratch_database
    before = len(records_in(database))
    script = (
        "from guidance.orientation.matching import Answers\n"
        "from guidance.orientation.recording import record, recorder\n"
        "from offers.models import Need, Stage\n"
        "record(Answers(needs=[Need.objects.get(slug='financer')], stage=Stage.objects.get(slug='amorcage')))\n"
        "print('waiting', recorder.pending)\n"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        env={**env, "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "waiting 1" in done.stdout  # not written before the exit: the delay is 10 minutes
    assert records_in(database)[before:] == ["financer"]


@subprocess_only_on_sqlite
def test_a_gunicorn_worker_stopped_gracefully_writes_every_record_it_holds(scratch_database):
    database, env = scratch_database
    before = len(records_in(database))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "innov_provence.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        # Debug settings: the static files as they are, without the manifest collectstatic would build.
        env={**env, "DJANGO_DEBUG": "1"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/orientation/resultats/?besoin=financer&stade=amorcage"
        assert wait_for(lambda: _answers(url), seconds=30), "gunicorn did not start"
        for _ in range(19):  # a new browser each time (no cookie): each view is a record
            assert _answers(url)
        assert records_in(database)[before:] == []  # all of them still waiting
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=30)
    assert records_in(database)[before:] == ["financer"] * 20, errors.decode()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200
    except OSError:
        return False
