"""The journeys of issue #8 in a real Chromium, each run with JavaScript on and off (`journey_page`).

They follow the URL contract of DESIGN.md; a step whose page is not routed yet skips the test with the
reason, so each journey runs in full as soon as its pages are merged.
"""

import re

import pytest
from django.utils import timezone

from tests.e2e.browser import focused, log_in, require_route, tab_to

pytestmark = pytest.mark.browser

HOLDER = {
    "name": "Camille Martin",
    "email": "camille.martin@example.org",
    "phone": "06 12 34 56 78",
    "organisation": "BioLum",
    "message": "Bonjour, nous créons une start-up de diagnostic et cherchons un prêt d'honneur.",
}


def answer_questionnaire(page) -> None:
    """Financer, amorçage, Luminy, one question per step: tick what the step asks, continue, until the
    results page (with htmx each step swaps in place, without it each step is a page)."""
    answers = {"besoin": "financer", "stade": "amorcage", "technopole": "luminy"}
    for _ in range(6):
        if "/orientation/resultats/" in page.url:
            return
        form = page.locator("form.step-form")
        legend = form.locator("legend").first.inner_text()
        for name, value in answers.items():
            choice = form.locator(f"input[name={name}][value={value}]:is([type=checkbox], [type=radio])")
            if choice.count():
                choice.check()
        form.locator("button[type=submit]").click()
        if "/orientation/resultats/" not in page.url:
            # Wait for the next step (or the results page) to replace this one.
            page.wait_for_function(
                "legend => !document.querySelector('form.step-form legend')"
                " || document.querySelector('form.step-form legend').innerText !== legend",
                arg=legend,
            )
    raise AssertionError("the questionnaire did not reach the results page")


def fill_contact_form(page) -> None:
    # The form refuses a submission faster than a person could type (MIN_FILL_SECONDS).
    from guidance.contact.forms import MIN_FILL_SECONDS

    page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 200)
    form = page.locator("form", has=page.locator("[name=email]"))
    for name, value in HOLDER.items():
        field = form.locator(f"[name={name}]")
        if field.count():
            field.fill(value)
    # The consent box (and any other required box) must be ticked to send.
    for box in form.locator("input[type=checkbox][required]").all():
        box.check()
    form.locator("button[type=submit], input[type=submit]").first.click()


def test_holder_answers_the_questionnaire_opens_an_offer_and_contacts_the_structure(journey_page, site_data):
    page = journey_page
    page.goto("/")
    require_route("/orientation/")
    page.get_by_role("link", name=re.compile("Répondre au questionnaire")).click()
    page.wait_for_url("**/orientation/")

    require_route("/orientation/resultats/")
    answer_questionnaire(page)
    page.wait_for_url(re.compile(r"/orientation/resultats/\?"))
    assert "besoin=financer" in page.url
    offer_link = page.get_by_role("link", name="Prêt d'honneur d'amorçage").first
    assert offer_link.is_visible()

    require_route(f"/offres/{site_data['offer']}/")
    offer_link.click()
    # The holder's stage follows them from the results to the offer and on to the contact form.
    page.wait_for_url(f"**/offres/{site_data['offer']}/?stade=amorcage")
    assert "Prêt d'honneur d'amorçage" in page.locator("h1").inner_text()

    require_route(f"/contact/offre/{site_data['offer']}/")
    page.locator(f"a[href^='/contact/offre/{site_data['offer']}/']").first.click()
    page.wait_for_url(f"**/contact/offre/{site_data['offer']}/?stade=amorcage")
    assert page.locator("select[name=stage]").input_value() == "amorcage"
    fill_contact_form(page)
    page.wait_for_url(re.compile(r"/contact/merci/"))

    from guidance.models import ContactRequest

    request = ContactRequest.objects.get()
    assert request.email == HOLDER["email"]
    assert request.reference in page.content()


def test_questionnaire_can_be_answered_with_the_keyboard_only(page, site_data):
    require_route("/orientation/")
    require_route("/orientation/resultats/")
    page.goto("/orientation/")
    # Step 1, who the holder is (a radio group: one Tab stop, arrow keys within) and the project in words.
    tab_to(page, "input[type=radio][name=profil]")
    for _ in range(10):
        if focused(page)["value"] == "createur":
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    tab_to(page, "textarea[name=projet]")
    page.keyboard.type("Prêt d'honneur pour lancer ma start-up")
    tab_to(page, "form.step-form [type=submit]")
    page.keyboard.press("Enter")
    # Step 2, needs: checkboxes, each its own Tab stop; Space ticks.
    page.wait_for_selector("form.step-form input[name=besoin]")
    tab_to(page, "input[name=besoin][value=financer]")
    page.keyboard.press("Space")
    tab_to(page, "form.step-form [type=submit]")
    page.keyboard.press("Enter")
    # Steps 3 and 4, stage and place: a radio group is one Tab stop; arrow keys move within it.
    for name, value in [("stade", "amorcage"), ("technopole", "luminy")]:
        page.wait_for_selector(f"form.step-form input[type=radio][name={name}]")
        tab_to(page, f"input[type=radio][name={name}]")
        for _ in range(20):
            if focused(page)["value"] == value:
                break
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        tab_to(page, "form.step-form [type=submit]")
        page.keyboard.press("Enter")
    # Step 5, the optional sector: straight to the results.
    page.wait_for_selector("form.step-form [name=filiere]")
    tab_to(page, "form.step-form [type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/orientation/resultats/\?"))
    assert "stade=amorcage" in page.url and "technopole=luminy" in page.url
    assert "profil=createur" in page.url and "projet=" in page.url
    assert page.get_by_role("link", name="Prêt d'honneur d'amorçage").first.is_visible()


def test_structure_member_logs_into_the_admin_and_confirms_an_offer(journey_page, site_data):
    from django.contrib.auth.models import Permission

    from offers.models import Actor, Offer
    from tests.factories import make_user

    page = journey_page
    password = "mot-de-passe-structure-2026"
    member = make_user("membre", password=password)
    member.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="offers", codename__in=["view_offer", "change_offer"]
        )
    )
    actor = Actor.objects.get(slug=site_data["actor"])
    actor.members.add(member)
    offer = Offer.objects.get(slug=site_data["offer"])
    Offer.objects.filter(pk=offer.pk).update(reviewed_at=timezone.now() - timezone.timedelta(days=500))

    # A real login through the form (CSRF, django-axes, secure cookies on localhost).
    page.goto("/admin/login/")
    page.fill("#id_username", member.username)
    page.fill("#id_password", password)
    page.locator("[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    assert page.locator("#user-tools").is_visible()

    page.goto("/admin/offers/offer/")
    row = page.locator("#result_list tr", has_text=offer.title)
    assert row.count() == 1
    actions = page.locator("select[name=action] option", has_text=re.compile("onfirm"))
    if not actions.count():
        pytest.skip("no « confirmer » action in the offers admin yet")
    row.locator("input[name=_selected_action]").check()
    page.locator("select[name=action]").select_option(actions.first.get_attribute("value"))
    page.locator("button[name=index], [type=submit][name=index]").first.click()
    offer.refresh_from_db()
    assert timezone.now() - offer.reviewed_at < timezone.timedelta(minutes=5)


def test_staff_member_opens_the_pilotage_reports(journey_page, site_data, staff_user, site_url):
    require_route("/pilotage/")
    log_in(journey_page, staff_user, site_url)
    response = journey_page.goto("/pilotage/")
    assert response.status == 200
    assert journey_page.locator("h1").count() == 1


def test_pilotage_is_refused_to_anonymous_visitors(page):
    require_route("/pilotage/")
    page.goto("/pilotage/")
    assert "/admin/login/" in page.url


def test_htmx_runs_under_the_content_security_policy(page):
    page.goto("/")
    # Loaded from our origin, and configured not to inject the <style> element the CSP would block.
    assert page.evaluate("typeof htmx") == "object"
    assert page.evaluate("htmx.config.includeIndicatorStyles") is False
    assert page.locator("style").count() == 0
