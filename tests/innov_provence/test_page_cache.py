import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from guidance.models import QuestionnaireResponse
from innov_provence.page_cache import cache_public_page
from offers.models import Offer
from tests.factories import make_offer, make_user, need, stage, technopole

# `cache`: also run against Redis in CI (.ci/run).
pytestmark = [pytest.mark.django_db, pytest.mark.cache]

LUMINY = "/technopoles/luminy/"
RESULTS = "/orientation/resultats/?besoin=financer&stade=amorcage&technopole=luminy"


def _counting_view(body=lambda request: "page", **response_kwargs):
    """A view wrapped in the cache that counts its calls (`view.calls`)."""

    def view(request):
        view.calls += 1
        return HttpResponse(body(request), **response_kwargs)

    view.calls = 0
    return view, cache_public_page(view)


def _anonymous_get(path="/page/", **headers):
    request = RequestFactory().get(path, headers=headers)
    request.user = AnonymousUser()
    return request


def test_a_second_anonymous_get_is_served_without_queries(client, django_assert_num_queries):
    make_offer(title="Incubateur Luminy", technopoles=[technopole("luminy")])
    first = client.get(LUMINY)
    with django_assert_num_queries(0):
        second = client.get(LUMINY)
    assert second.status_code == 200
    assert second.content == first.content
    assert "Incubateur Luminy" in second.content.decode()
    # The middleware still runs on a cached page: its security headers are there.
    assert "Content-Security-Policy" in second.headers
    assert "HX-Request" in second.headers["Vary"]


def test_head_is_served_from_the_cache(client, django_assert_num_queries):
    client.get(LUMINY)
    with django_assert_num_queries(0):
        response = client.head(LUMINY)
    assert response.status_code == 200


def test_saving_an_offer_invalidates_cached_pages(client):
    offer = make_offer(title="Ancien titre", technopoles=[technopole("luminy")])
    assert "Ancien titre" in client.get(LUMINY).content.decode()
    offer.title = "Nouveau titre"
    offer.save()
    assert "Nouveau titre" in client.get(LUMINY).content.decode()


def test_a_changed_link_between_offer_and_technopole_invalidates_cached_pages(client):
    offer = make_offer(title="Programme mobile", technopoles=[technopole("arbois")])
    assert "Programme mobile" not in client.get(LUMINY).content.decode()
    offer.technopoles.add(technopole("luminy"))  # m2m_changed only, no save
    assert "Programme mobile" in client.get(LUMINY).content.decode()


def test_the_query_string_is_part_of_the_key():
    view, cached = _counting_view(body=lambda request: request.GET.get("q", ""))
    assert cached(_anonymous_get("/page/?q=a")).content == b"a"
    assert cached(_anonymous_get("/page/?q=b")).content == b"b"
    assert cached(_anonymous_get("/page/?q=a")).content == b"a"
    assert view.calls == 2


def test_authenticated_users_are_never_served_a_cached_page(client):
    offer = make_offer(title="Titre public", technopoles=[technopole("luminy")])
    client.get(LUMINY)  # cached for anonymous visitors
    # A change the signals do not see (a bulk update): the anonymous page stays as cached until its TTL…
    Offer.objects.filter(pk=offer.pk).update(title="Titre mis à jour")
    assert "Titre public" in client.get(LUMINY).content.decode()
    # …but a logged-in user always gets a fresh rendering, and it is not stored for anyone.
    client.force_login(make_user())
    assert "Titre mis à jour" in client.get(LUMINY).content.decode()
    client.logout()
    assert "Titre public" in client.get(LUMINY).content.decode()


def test_requests_with_a_session_cookie_bypass_the_cache():
    view, cached = _counting_view()
    request = _anonymous_get()
    cached(request)
    request.COOKIES["sessionid"] = "abc"
    cached(request)
    assert view.calls == 2


def test_responses_setting_a_cookie_are_not_cached():
    def view(request):
        view.calls += 1
        response = HttpResponse("page")
        response.set_cookie("seen", "1")
        return response

    view.calls = 0
    cached = cache_public_page(view)
    cached(_anonymous_get())
    cached(_anonymous_get())
    assert view.calls == 2


def test_responses_using_the_csrf_token_are_not_cached():
    view, cached = _counting_view(body=get_token)
    cached(_anonymous_get())
    cached(_anonymous_get())
    assert view.calls == 2


def test_error_responses_are_not_cached():
    view, cached = _counting_view(status=404)
    cached(_anonymous_get())
    cached(_anonymous_get())
    assert view.calls == 2


def test_htmx_and_full_page_variants_are_cached_apart():
    view, cached = _counting_view(body=lambda request: request.headers.get("HX-Request", "full"))
    assert cached(_anonymous_get()).content == b"full"
    assert cached(_anonymous_get(HX_Request="true")).content == b"true"
    assert cached(_anonymous_get()).content == b"full"
    assert cached(_anonymous_get(HX_Request="true")).content == b"true"
    assert view.calls == 2


def test_results_page_records_every_questionnaire_though_the_match_is_cached(
    client, django_assert_max_num_queries
):
    make_offer(needs=[need("financer")], stages=[stage("amorcage")], technopoles=[technopole("luminy")])
    client.get(RESULTS)
    client.cookies.clear()  # another browser, same answers
    with django_assert_max_num_queries(6):
        # Validating the answers (4 lookups), then the INSERTs of the response and its needs:
        # the matching queries themselves are not run again.
        response = client.get(RESULTS)
    assert response.status_code == 200
    assert QuestionnaireResponse.objects.count() == 2
    assert "orientation_enregistree" in response.cookies


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/offres/",
        "/offres/?besoin=financer",
        "/offres/{offer}/",
        "/acteurs/",
        "/acteurs/{actor}/",
        "/recrutement/",
        "/competences/",
        "/financements/",
        "/hebergement/",
        "/technopoles/luminy/",
        "/accessibilite/",
    ],
)
def test_every_public_page_is_served_from_the_cache(client, django_assert_num_queries, url):
    offer = make_offer()
    url = url.format(offer=offer.slug, actor=offer.actor.slug)
    assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200


def test_pages_with_forms_are_not_cached(client):
    offer = make_offer()
    url = f"/contact/offre/{offer.slug}/"
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    # Rendered for each request: the form's masked CSRF token differs each time.
    assert first.content != second.content
