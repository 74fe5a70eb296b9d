"""The Espace structures and the pilotage in a real Chromium, keyboard only, with axe-core on every page.

A structure member logs in, confirms an offer, changes its needs, takes a request in charge and re-orients it
to another structure's offer; without JavaScript, the re-orientation is a second step. A Métropole staff member
invites a member from the structure's page and prints the summary, whose width fits A4 under print media.
(The keyboard helpers and axe run scripts in the page: the keyboard journeys have JavaScript on.)
"""

import json
import re

import pytest
from django.core import mail
from django.utils import timezone

from tests.e2e.browser import AXE_TAGS, axe_source, describe_violations, focused, tab_to

pytestmark = pytest.mark.browser


def assert_accessible(page) -> None:
    """axe-core's WCAG 2.1 A/AA checks, as tests.e2e.browser.assert_accessible, without axe's preloading of
    the style sheets: Django's admin/css/forms.css @imports widgets.css, which axe would copy into a <style>
    element of the page that the Content-Security-Policy blocks (and the page fixtures count as an error)."""
    page.evaluate(axe_source())
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "resultTypes": ["violations"],
        "preload": False,
    }
    violations = page.evaluate(f"axe.run(document, {json.dumps(options)})")["violations"]
    assert not violations, f"axe-core on {page.url}:\n{describe_violations(violations)}"


PASSWORD = "mot-de-passe-structure-2026"


def press_until(page, selector: str, value: str, key: str = "ArrowDown", max_presses: int = 80) -> None:
    """With the focus on the select `selector`, move through its options by keyboard until `value`."""
    for _ in range(max_presses):
        if page.locator(selector).input_value() == value:
            return
        page.keyboard.press(key)
    raise AssertionError(f"{value} not reached in {selector}")


def enter_and_wait(page, pattern: str) -> None:
    with page.expect_navigation(url=re.compile(pattern)):
        page.keyboard.press("Enter")


@pytest.fixture
def member_world(site_url):
    from guidance.models import ContactRequest
    from tests.factories import make_actor, make_contact_request, make_offer, make_structure_user, need

    actor = make_actor(name="Incubateur du parcours", slug="incubateur-parcours")
    other = make_actor(name="Pépinière d'à côté", slug="pepiniere-a-cote")
    offer = make_offer(
        actor=actor,
        title="Incubation du parcours",
        contact_name="Camille Durand",
        reviewed_at=timezone.now() - timezone.timedelta(days=500),
        needs=[need("etre-accompagne")],
    )
    other_offer = make_offer(actor=other, title="Bureaux de la pépinière", contact_name="Sam Petit")
    request = make_contact_request(actor=actor, offer=offer, name="Alex Porteur")
    member = make_structure_user(actor, username="membre-parcours", password=PASSWORD)
    assert request.status == ContactRequest.Status.NEW
    return {
        "actor": actor,
        "other": other,
        "offer": offer,
        "other_offer": other_offer,
        "request": request,
        "member": member,
    }


def test_structure_member_does_everything_with_the_keyboard(page, member_world):
    from guidance.models import ContactRequest, Referral

    world = member_world
    offer, request = world["offer"], world["request"]

    # Log in through the form, typing.
    page.goto("/admin/login/")
    assert_accessible(page)
    tab_to(page, "#id_username")
    page.keyboard.type(world["member"].username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    enter_and_wait(page, r"/admin/$")
    assert "Espace structures — Innov Provence" in page.title()
    assert_accessible(page)

    # The landing page: the new request first, then the offer to confirm, confirmed in one press.
    text = page.locator("#content-main").inner_text()
    assert text.index("Demandes de mise en relation") < text.index("offre à confirmer")
    assert request.reference in text
    tab_to(page, f'button[aria-label="Confirmer que « {offer.title} » est à jour"]')
    enter_and_wait(page, r"/admin/$")
    offer.refresh_from_db()
    assert timezone.now() - offer.reviewed_at < timezone.timedelta(minutes=5)
    assert_accessible(page)

    # The offer's needs: a checkbox, ticked with Space, saved with Enter.
    tab_to(page, 'a[href="/admin/offers/offer/"]')
    enter_and_wait(page, r"/admin/offers/offer/$")
    assert_accessible(page)
    tab_to(page, f'#result_list a[href="/admin/offers/offer/{offer.pk}/change/"]')
    enter_and_wait(page, rf"/admin/offers/offer/{offer.pk}/change/$")
    assert "Modifier l'offre" in page.locator("h1").inner_text()
    assert_accessible(page)
    from tests.factories import need

    financer = need("financer")
    tab_to(page, f'input[name="needs"][value="{financer.pk}"]')
    page.keyboard.press("Space")
    tab_to(page, 'input[name="_save"]')
    enter_and_wait(page, r"/admin/offers/offer/$")
    assert set(offer.needs.values_list("slug", flat=True)) == {"etre-accompagne", "financer"}
    assert "Modifications enregistrées" in page.locator(".messagelist").inner_text()
    assert_accessible(page)

    # The request: taken in charge, then re-oriented to the other structure's offer.
    tab_to(page, 'a[href="/admin/"]')
    enter_and_wait(page, r"/admin/$")
    tab_to(page, f'a[href="/admin/guidance/contactrequest/{request.pk}/change/"]')
    enter_and_wait(page, rf"/contactrequest/{request.pk}/change/$")
    assert_accessible(page)
    assert page.locator('a[href^="mailto:"]').count() and page.locator('a[href^="tel:"]').count()
    tab_to(page, 'form[action$="/prendre-en-charge/"] button')
    enter_and_wait(page, rf"/contactrequest/{request.pk}/change/$")
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.TAKEN
    assert_accessible(page)

    tab_to(page, 'a[href$="/reorienter/"]')
    enter_and_wait(page, r"/reorienter/$")
    assert_accessible(page)
    other, other_offer = world["other"], world["other_offer"]
    tab_to(page, "select#id_to_actor")
    press_until(page, "select#id_to_actor", str(other.pk))
    page.wait_for_selector("select[name=to_offer]")  # htmx brings the second step on choosing
    offers = page.locator("select[name=to_offer] option").all_inner_texts()
    assert offers == ["— Aucune offre en particulier —", f"{other.name} — {other_offer.title}"]
    assert_accessible(page)
    tab_to(page, "select[name=to_offer]")
    press_until(page, "select[name=to_offer]", str(other_offer.pk))
    tab_to(page, "textarea[name=note]")
    page.keyboard.type("Des bureaux leur conviendraient mieux.")
    tab_to(page, 'input[type=submit][value="Réorienter"]')
    enter_and_wait(page, rf"/contactrequest/{request.pk}/change/$")
    referral = Referral.objects.get(from_request=request)
    assert (referral.to_actor, referral.to_offer) == (other, other_offer)
    assert_accessible(page)


def test_reorientation_without_javascript_is_a_second_step(nojs_page, member_world, site_url):
    from guidance.models import Referral
    from tests.e2e.browser import log_in

    page, world = nojs_page, member_world
    request, other, other_offer = world["request"], world["other"], world["other_offer"]
    log_in(page, world["member"], site_url)
    page.goto(f"/admin/guidance/contactrequest/{request.pk}/reorienter/")
    assert not page.locator("select[name=to_offer]").count()
    page.locator("select#id_to_actor").select_option(str(other.pk))
    page.get_by_role("button", name="Voir ses offres").click()
    page.wait_for_url(re.compile(rf"to_actor={other.pk}"))
    assert page.locator("select[name=to_offer] option").all_inner_texts() == [
        "— Aucune offre en particulier —",
        f"{other.name} — {other_offer.title}",
    ]
    page.locator("select[name=to_offer]").select_option(str(other_offer.pk))
    page.locator("textarea[name=note]").fill("Des bureaux leur conviendraient mieux.")
    page.get_by_role("button", name="Réorienter").click()
    page.wait_for_url(re.compile(rf"/contactrequest/{request.pk}/change/$"))
    assert Referral.objects.get(from_request=request).to_offer == other_offer


def test_staff_invites_a_member_and_prints_the_summary(staff_page, site_data):
    from offers.models import Actor

    page = staff_page
    actor = Actor.objects.get(slug=site_data["actor"])
    page.goto(f"/admin/offers/actor/{actor.pk}/change/")
    assert "Modifier la structure" in page.locator("h1").inner_text()
    assert_accessible(page)

    tab_to(page, "#invitation_email")
    page.keyboard.type("nouvelle.membre@example.org")
    enter_and_wait(page, r"/change/")
    assert "Invitation envoyée" in page.locator(".messagelist").inner_text()
    assert "nouvelle.membre@example.org" in page.locator("#membres").inner_text()
    assert [message.to for message in mail.outbox] == [["nouvelle.membre@example.org"]]
    assert "/reset/" in mail.outbox[0].body
    assert_accessible(page)

    # From the admin to the pilotage, and its printable summary.
    tab_to(page, 'a[href="/pilotage/"]')
    enter_and_wait(page, r"/pilotage/$")
    assert page.locator('a[href="/admin/"]').count()  # and back to the admin
    tab_to(page, 'a[href="/pilotage/synthese/"]')
    enter_and_wait(page, r"/pilotage/synthese/$")
    assert focused(page)["tag"] in ("body", "a", "main")
    assert_accessible(page)
    page.set_viewport_size({"width": 1366, "height": 768})
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    page.emulate_media(media="print")
    for width in (718, 1047):  # A4 portrait and landscape, 10 mm margins, at 96 px per inch
        page.set_viewport_size({"width": width, "height": 1000})
        assert page.evaluate("document.documentElement.scrollWidth") <= width
