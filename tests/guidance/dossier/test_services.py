"""Sending the single financing file to financers, and withdrawing it."""

import pytest

from financing.models import FinancingFile
from guidance.dossier.services import AlreadySent, send_file, withdraw_file
from guidance.models import ContactRequest
from tests.factories import (
    make_financing_file,
    make_single_file_scheme,
    stage,
)

pytestmark = pytest.mark.django_db


def test_send_file_creates_one_request_per_structure_and_marks_the_file_sent():
    file = make_financing_file()
    schemes = [make_single_file_scheme() for _ in range(3)]
    requests = send_file(file, schemes)
    assert {(r.actor_id, r.offer_id) for r in requests} == {(s.actor_id, s.pk) for s in schemes}
    for request in ContactRequest.objects.filter(financing_file=file):
        assert request.name == "Camille Martin"
        assert request.organisation == "Calanques Bio"
        assert request.stage == stage("amorcage")
        assert f"/admin/financing/financingfile/{file.pk}/change/" in request.message
        assert file.token not in request.message  # financers read it in the admin, not with the holder's key
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.SENT


def test_send_file_refuses_a_scheme_already_sent():
    file = make_financing_file()
    scheme = make_single_file_scheme()
    send_file(file, [scheme])
    with pytest.raises(AlreadySent):
        send_file(file, [scheme, make_single_file_scheme()])
    assert ContactRequest.objects.filter(financing_file=file).count() == 1


def test_withdraw_closes_the_open_requests():
    file = make_financing_file()
    taken, new = send_file(file, [make_single_file_scheme(), make_single_file_scheme()])
    ContactRequest.objects.filter(pk=taken.pk).update(status=ContactRequest.Status.TAKEN)
    assert withdraw_file(file) == 2
    file.refresh_from_db()
    assert file.status == FinancingFile.Status.WITHDRAWN
    assert file.withdrawn_at is not None
    for request in ContactRequest.objects.filter(financing_file=file):
        assert request.status == ContactRequest.Status.CLOSED
        assert request.closed_at is not None


def test_withdraw_leaves_a_referred_request_referred():
    file = make_financing_file()
    referred, new = send_file(file, [make_single_file_scheme(), make_single_file_scheme()])
    ContactRequest.objects.filter(pk=referred.pk).update(status=ContactRequest.Status.REFERRED)
    assert withdraw_file(file) == 1
    referred.refresh_from_db()
    new.refresh_from_db()
    assert referred.status == ContactRequest.Status.REFERRED
    assert new.status == ContactRequest.Status.CLOSED
