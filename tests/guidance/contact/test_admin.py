"""Contact requests in the admin: scoping between structures, status changes, re-orientation chains."""

import html

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone

from guidance.contact.services import send_pending_notifications
from guidance.models import ContactRequest, Referral
from tests.factories import make_actor, make_contact_request, make_offer, make_structure_user, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/guidance/contactrequest/"
REFERRALS = "/admin/guidance/referral/"


def change_url(request: ContactRequest) -> str:
    return f"{CHANGELIST}{request.pk}/change/"


def reorient_url(request: ContactRequest) -> str:
    return f"{CHANGELIST}{request.pk}/reorienter/"


def text(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def structures():
    """Two structures, each with one member and one request addressed to it."""
    a = make_actor(name="Impulse", email="a@impulse.example.org")
    b = make_actor(name="Marseille Innovation", email="b@mi.example.org")
    return {
        "a": a,
        "b": b,
        "user_a": make_structure_user(a, username="alice"),
        "user_b": make_structure_user(b, username="bruno"),
        "request_a": make_contact_request(actor=a, name="Camille Martin"),
        "request_b": make_contact_request(actor=b, name="Dominique Petit", email="dominique@example.org"),
    }


def test_changelist_shows_only_the_structures_requests(client, structures):
    client.force_login(structures["user_a"])
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    page = text(response)
    assert structures["request_a"].reference in page and "Camille Martin" in page
    assert structures["request_b"].reference not in page and "Dominique Petit" not in page


def test_changelist_query_count_does_not_grow_with_requests(client, structures, django_assert_num_queries):
    for _ in range(10):
        make_contact_request(actor=structures["a"], offer=make_offer(actor=structures["a"]))
    client.force_login(structures["user_a"])
    # 14 queries: session, user, user permissions, group permissions, Métropole group check, the actors of
    # the « structure » filter, the filtered and the total count, two « member of a structure? » checks of
    # the financing-file admin (sidebar), the page of requests (with structure and offer joined), the
    # demo-data flag (site context processor), the date hierarchy's bounds and its days.
    with django_assert_num_queries(14):
        response = client.get(CHANGELIST)
    assert text(response).count("Camille Martin") == 11


def test_another_structures_request_is_404_everywhere(client, structures):
    client.force_login(structures["user_a"])
    other = structures["request_b"]
    assert client.get(change_url(other)).status_code == 404
    assert client.get(reorient_url(other)).status_code == 404
    assert client.post(reorient_url(other), {"to_actor": structures["a"].pk, "note": "x"}).status_code == 404
    assert client.post(f"{CHANGELIST}{other.pk}/prendre-en-charge/").status_code == 404
    assert client.post(f"{CHANGELIST}{other.pk}/cloturer/").status_code == 404
    other.refresh_from_db()
    assert other.status == ContactRequest.Status.NEW
    assert not Referral.objects.exists()


def test_bulk_action_cannot_touch_another_structures_request(client, structures):
    client.force_login(structures["user_a"])
    ids = [structures["request_a"].pk, structures["request_b"].pk]
    client.post(CHANGELIST, {"action": "take_in_charge_selected", "_selected_action": ids})
    structures["request_a"].refresh_from_db()
    structures["request_b"].refresh_from_db()
    assert structures["request_a"].status == ContactRequest.Status.TAKEN
    assert structures["request_b"].status == ContactRequest.Status.NEW


def test_staff_without_permission_is_refused(client, structures):
    user = make_user()
    structures["a"].members.add(user)
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 403
    request = structures["request_a"]
    assert client.get(change_url(request)).status_code == 403
    assert client.post(f"{CHANGELIST}{request.pk}/prendre-en-charge/").status_code == 403
    assert client.get(reorient_url(request)).status_code == 403
    assert client.get(REFERRALS).status_code == 403


def test_buttons_move_the_request_through_its_statuses(client, structures):
    client.force_login(structures["user_a"])
    request = structures["request_a"]
    page = text(client.get(change_url(request)))
    assert "Prendre en charge" in page and "Clôturer" in page and "Réorienter" in page

    response = client.post(f"{CHANGELIST}{request.pk}/prendre-en-charge/")
    assert response.status_code == 302 and response["Location"] == change_url(request)
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.TAKEN
    assert request.taken_at is not None and request.taken_by == structures["user_a"]
    assert "Prendre en charge</button>" not in text(client.get(change_url(request)))

    client.post(f"{CHANGELIST}{request.pk}/cloturer/")
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.CLOSED and request.closed_at is not None
    page = text(client.get(change_url(request)))
    assert "Clôturer</button>" not in page and "reorienter/" not in page
    assert LogEntry.objects.filter(object_id=str(request.pk)).count() == 2


def test_a_wrong_transition_is_a_message(client, structures):
    client.force_login(structures["user_a"])
    request = structures["request_a"]
    client.post(f"{CHANGELIST}{request.pk}/cloturer/")
    response = client.post(f"{CHANGELIST}{request.pk}/prendre-en-charge/", follow=True)
    assert "Seule une demande nouvelle peut être prise en charge." in text(response)
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.CLOSED


def test_bulk_actions_take_in_charge_and_close(client, structures):
    client.force_login(structures["user_a"])
    second = make_contact_request(actor=structures["a"])
    ids = [structures["request_a"].pk, second.pk]
    client.post(CHANGELIST, {"action": "take_in_charge_selected", "_selected_action": ids})
    assert set(ContactRequest.objects.filter(pk__in=ids).values_list("status", flat=True)) == {
        "prise_en_charge"
    }
    client.post(CHANGELIST, {"action": "close_selected", "_selected_action": ids})
    assert set(ContactRequest.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"cloturee"}


def test_structure_cannot_edit_what_the_holder_wrote(client, structures):
    client.force_login(structures["user_a"])
    request = structures["request_a"]
    page = text(client.get(change_url(request)))
    assert 'name="name"' not in page and 'name="message"' not in page
    assert 'name="_save"' not in page
    client.post(change_url(request), {"name": "Autre nom", "message": "Réécrit", "status": "cloturee"})
    request.refresh_from_db()
    assert (request.name, request.status) == ("Camille Martin", ContactRequest.Status.NEW)


def test_superuser_may_rectify_the_holders_data(client, structures):
    admin_user = make_user(is_superuser=True)
    client.force_login(admin_user)
    request = structures["request_b"]
    page = text(client.get(change_url(request)))
    assert 'name="name"' in page
    data = {
        "name": "Dominique Petit-Rectifié",
        "email": "dominique@example.org",
        "phone": "",
        "organisation": "BioSens",
        "stage": request.stage_id,
        "message": request.message,
        "_save": "Enregistrer",
    }
    assert client.post(change_url(request), data).status_code == 302
    request.refresh_from_db()
    assert request.name == "Dominique Petit-Rectifié"


def test_reorient_form_lists_other_structures_and_their_offers(client, structures):
    make_offer(actor=structures["b"], title="Mi'pass")
    make_offer(actor=structures["a"], title="Offre d'Impulse")
    third = make_actor(name="Troisième structure")
    make_offer(actor=third, title="Offre de la troisième")
    client.force_login(structures["user_a"])
    # Step one: the other structures, no offer yet.
    response = client.get(reorient_url(structures["request_a"]))
    page = text(response)
    assert response.status_code == 200
    assert ">Impulse</option>" not in page and ">Marseille Innovation</option>" in page
    assert "Mi'pass" not in page and "Offre de la troisième" not in page
    # Step two (a plain GET without JavaScript, or the htmx fragment): the chosen structure's offers only.
    for headers in [{}, {"HX-Request": "true"}]:
        response = client.get(
            reorient_url(structures["request_a"]), {"to_actor": structures["b"].pk}, headers=headers
        )
        page = text(response)
        assert response.status_code == 200
        assert "Marseille Innovation — Mi'pass" in page
        assert "Offre d'Impulse" not in page and "Offre de la troisième" not in page
        assert 'name="csrfmiddlewaretoken"' in page
    assert "<html" not in page  # the htmx answer is the fragment of step two


def test_reorient_bad_input_shows_the_form_again(client, structures):
    client.force_login(structures["user_a"])
    offer_of_a_third = make_offer(actor=make_actor())
    data = {"to_actor": structures["b"].pk, "to_offer": offer_of_a_third.pk, "note": ""}
    response = client.post(reorient_url(structures["request_a"]), data)
    assert response.status_code == 400
    page = text(response)
    assert "Ce champ est obligatoire." in page
    assert "Cette offre n'appartient pas à la structure choisie." in page
    response = client.post(reorient_url(structures["request_a"]), {"to_actor": "999999", "note": "x"})
    assert response.status_code == 400
    assert not Referral.objects.exists()


def test_reorientation_chain_of_three_structures(
    client, structures, mailoutbox, django_capture_on_commit_callbacks
):
    b = structures["b"]
    c = make_actor(name="SATT Sud-Est", email="c@satt.example.org")
    user_a, user_b = structures["user_a"], structures["user_b"]
    user_c = make_structure_user(c, username="chloe")
    offer_b = make_offer(actor=b, title="Mi'coloc", contact_email="")
    first = structures["request_a"]
    # The requests of the fixture were notified long ago: only the re-orientations' emails are awaited.
    ContactRequest.objects.update(structure_notified_at=timezone.now(), holder_notified_at=timezone.now())

    client.force_login(user_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reorient_url(first), {"to_actor": b.pk, "to_offer": offer_b.pk, "note": "Besoin de locaux."}
        )
    send_pending_notifications()
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == ContactRequest.Status.REFERRED
    second = ContactRequest.objects.get(actor=b, name="Camille Martin")
    assert second.offer == offer_b
    assert [m.to for m in mailoutbox] == [["b@mi.example.org"], ["camille@example.org"]]
    assert "Marseille Innovation va maintenant vous contacter" in mailoutbox[1].subject
    # A cannot re-orient it twice.
    assert "reorienter/" not in text(client.get(change_url(first)))

    client.force_login(user_b)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reorient_url(second), {"to_actor": c.pk, "note": "Maturation technologique d'abord."})
    send_pending_notifications()
    third = ContactRequest.objects.get(actor=c)
    assert [m.to for m in mailoutbox[2:]] == [["c@satt.example.org"], ["camille@example.org"]]
    assert "SATT Sud-Est va maintenant vous contacter" in mailoutbox[3].subject
    assert "réorientée vers vous par Marseille Innovation" in mailoutbox[2].subject
    assert "Maturation technologique d'abord." in mailoutbox[2].body

    # The whole chain is visible to A, B and C on their own request…
    for user, request in [(user_a, first), (user_b, second), (user_c, third)]:
        client.force_login(user)
        response = client.get(change_url(request))
        assert response.status_code == 200
        page = text(response)
        for expected in ["Impulse", "Marseille Innovation", "SATT Sud-Est", "Besoin de locaux.", "Mi'coloc"]:
            assert expected in page
        assert "Maturation technologique d'abord." in page
        for other in (first, second, third):
            assert other.reference in page
    # …but each still cannot open the others' requests.
    client.force_login(user_a)
    assert client.get(change_url(second)).status_code == 404
    assert client.get(change_url(third)).status_code == 404
    assert f'href="{change_url(second)}"' not in text(client.get(change_url(first)))
    client.force_login(user_c)
    assert client.get(change_url(first)).status_code == 404


def test_referral_admin_is_scoped_to_both_ends(client, structures):
    from guidance.contact.services import refer

    refer(structures["request_a"], structures["b"], None, "Vers B", structures["user_a"])
    outsider = make_structure_user(make_actor(), username="olivier")
    for user, visible in [(structures["user_a"], True), (structures["user_b"], True), (outsider, False)]:
        client.force_login(user)
        response = client.get(REFERRALS)
        assert response.status_code == 200
        assert (structures["request_a"].reference in text(response)) is visible
    referral = Referral.objects.get()
    client.force_login(outsider)
    assert client.get(f"{REFERRALS}{referral.pk}/change/").status_code == 404
    client.force_login(structures["user_b"])
    assert client.get(f"{REFERRALS}{referral.pk}/change/").status_code == 200
    assert client.get(f"{REFERRALS}add/").status_code == 403


def test_anonymised_request_shows_anonymised(client, structures):
    from django.utils import timezone

    ContactRequest.objects.filter(pk=structures["request_a"].pk).update(
        name="[anonymisé]", email="", message="[anonymisé]", anonymised_at=timezone.now()
    )
    client.force_login(structures["user_a"])
    page = text(client.get(CHANGELIST))
    assert "[anonymisé]" in page and "Camille Martin" not in page
    page = text(client.get(change_url(structures["request_a"])))
    assert "reorienter/" not in page
    assert client.get(reorient_url(structures["request_a"])).status_code == 302


def test_no_add_page_for_requests(client, structures):
    client.force_login(make_user(is_superuser=True))
    assert client.get(f"{CHANGELIST}add/").status_code == 403
