"""The served application: respondents' pages behind their own short middleware chain, with
the same protection and language as every other page; all other pages behind the full one."""

import re

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from django.urls import reverse

from samenspel.core.handlers import make_application
from samenspel.surveys import services

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def application():
    return make_application()


@pytest.fixture
def wave(programme):
    survey = services.survey_from_questionnaire(programme=programme, code="residents")
    return services.wave_create(survey=survey, name="Meting 2026")


def served(application, method: str, path: str, data=None, **headers):
    """Status, headers (names in lower case, Set-Cookie as a list) and page of one request,
    handled as a WSGI server would. As Django's test client does, the test's database
    connection stays open throughout."""
    request = getattr(RequestFactory(), method.lower())(path, data or {}, **headers)
    reply: dict = {"headers": {}}

    def start_response(status, response_headers, exc_info=None):
        reply["status"] = int(status.split()[0])
        for name, value in response_headers:
            reply["headers"].setdefault(name.lower(), []).append(value)

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        result = application(request.environ, start_response)
        try:
            body = b"".join(result).decode()
        finally:
            result.close()
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
    return reply["status"], reply["headers"], body


def cookies(headers) -> dict:
    return dict(
        re.match(r"([^=]+)=([^;]*)", value.strip()).groups() for value in headers["set-cookie"]
    )


def test_a_respondent_answers_through_the_served_application(application, wave):
    start = reverse("surveys:start", args=[wave.public_token])
    status, headers, page = served(application, "GET", start)
    assert status == 200 and "Behoeftepeiling" in page
    # The start form is protected against forgery: its token and cookie are there.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
    csrf_cookie = cookies(headers)["csrftoken"]
    assert "sessionid" not in cookies(headers), "a respondent gets no session"
    status, headers, _page = served(
        application,
        "POST",
        start,
        {"nonce": nonce},
        HTTP_COOKIE=f"csrftoken={csrf_cookie}",
    )
    assert status == 403, "without the form's token the start is refused"
    status, headers, _page = served(
        application,
        "POST",
        start,
        {"nonce": nonce, "csrfmiddlewaretoken": token},
        HTTP_COOKIE=f"csrftoken={csrf_cookie}",
    )
    assert status == 302
    first = headers["location"][0]
    status, headers, page = served(application, "GET", first)
    assert status == 200 and "Stap 1 van 6" in page
    # The protection every page of the product has.
    assert headers["x-frame-options"] == ["DENY"]
    assert headers["x-content-type-options"] == ["nosniff"]
    assert "no-store" in headers["cache-control"][0] and "private" in headers["cache-control"][0]
    assert headers["content-language"] == ["nl"] and "Accept-Language" in headers["vary"][0]
    status, headers, _page = served(application, "POST", first, {"leeftijd": "2"})
    assert status == 302 and headers["location"] == [first.replace("/1/", "/2/")]


def test_the_language_comes_from_the_cookie_before_the_browser(application, wave):
    start = reverse("surveys:start", args=[wave.public_token])
    _status, headers, page = served(application, "GET", start, HTTP_ACCEPT_LANGUAGE="en-GB,en")
    assert '<html lang="en"' in page and "Start the survey" in page
    assert headers["content-language"] == ["en"]
    _status, _headers, page = served(
        application, "GET", start, HTTP_ACCEPT_LANGUAGE="en-GB,en", HTTP_COOKIE="django_language=nl"
    )
    assert '<html lang="nl"' in page and ">Beginnen<" in page


def test_an_unknown_link_is_a_kind_not_found_page(application, wave):
    status, _headers, page = served(application, "GET", "/s/onbekend/")
    assert status == 404 and "<html" in page


def test_other_pages_keep_accounts_and_sessions(application, programme):
    # Without the full chain, a programme's page could not know who asks for it.
    status, headers, _page = served(
        application, "GET", reverse("goals:book", args=[programme.slug])
    )
    assert status == 302 and headers["location"][0].startswith(reverse("login"))
