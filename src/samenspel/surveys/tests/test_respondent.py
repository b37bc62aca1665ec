"""The respondent's side: every question type and condition, resuming, double submits,
invitation tokens, closed waves and the honeypot."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from samenspel.surveys.analysis.aspects import respondent_aspect_scores
from samenspel.surveys.analysis.selectors import wave_answers
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import selectors as collecting_selectors
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Invitation, Response, ResponseStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Meting 2026", by=None)


def start(client: Client, wave, **extra):
    page = client.get(reverse("surveys:start", args=[wave.public_token]))
    nonce = re.search(r'name="nonce" value="([^"]+)"', page.content.decode()).group(1)
    return client.post(
        reverse("surveys:start", args=[wave.public_token]), {"nonce": nonce, **extra}
    ), nonce


def shown(page, code: str) -> bool:
    """Whether a question is on the page and not hidden."""
    found = re.search(
        rf'<div class="samenspel-question[^"]*" id="q-{code}"[^>]*>', page.content.decode()
    )
    return bool(found) and not found.group(0).endswith(" hidden>")


def seen(page) -> dict:
    """The page's own field listing the questions shown, as a browser sends it along."""
    return {"gezien": re.search(r'name="gezien" value="([^"]*)"', page.content.decode())[1]}


ABOUT_YOU = {"leeftijd": "2", "geslacht": "2", "woonplaats": "1", "huishouden": "3", "inkomen": "2"}
LIVING = {
    "woonomgeving_cijfer": "7",
    "woonomgeving__1": "4",
    "woonomgeving__2": "2",
    "woonomgeving__3": "5",
}


def test_a_resident_answers_every_page_and_finishes(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    assert client.post(first, ABOUT_YOU)["Location"].endswith("/2/")
    client.post(first.replace("/1/", "/2/"), LIVING)
    # The carer follow-up is asked only of carers: a condition on an answer on the same page.
    page3 = first.replace("/1/", "/3/")
    before = client.get(page3)
    assert not shown(before, "zorgen_hulp")
    same = client.post(page3, {"leven_cijfer": "8", "eenzaam": "2", "zorgen": "1", **seen(before)})
    assert same["Location"].startswith(page3 + "?"), "without JavaScript the page comes back"
    again = client.get(same["Location"])
    assert "vervolgvraag" in again.content.decode()
    assert shown(again, "zorgen_hulp")
    assert 'name="zorgen" value="1" checked' in again.content.decode(), "the answer is kept"
    onward = client.post(
        page3,
        {"leven_cijfer": "8", "eenzaam": "2", "zorgen": "1", "zorgen_hulp": "3", **seen(again)},
    )
    assert onward["Location"].endswith("/4/")
    client.post(first.replace("/1/", "/4/"), {"vrijwilliger": "1", "helpen": "2"})
    client.post(
        first.replace("/1/", "/5/"), {"gemeente__1": "3", "gemeente__2": "4", "gemeente__3": "3"}
    )
    done = client.post(
        first.replace("/1/", "/6/"), {"behoeften": ["1", "3"], "idee": "Een bankje bij de kerk."}
    )
    assert done["Location"] == reverse("surveys:thanks", args=[wave.public_token])
    response = Response.objects.get()
    assert response.status == ResponseStatus.COMPLETE
    values = dict(Answer.objects.values_list("question__code", "value"))
    assert values["leeftijd"] == "2" and values["woonomgeving_cijfer"] == 7
    assert values["woonomgeving"] == {"1": 4, "2": 2, "3": 5}
    assert values["behoeften"] == ["1", "3"] and values["zorgen_hulp"] == "3"
    assert values["idee"] == "Een bankje bij de kerk."


def test_required_and_invalid_answers_keep_what_was_typed(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    client.post(first, ABOUT_YOU)
    response = client.post(
        first.replace("/1/", "/2/"), {"woonomgeving__1": "4", "woonomgeving_cijfer": "12"}
    )
    # Redirect after post: Back in the browser never asks to send the form again.
    assert response.status_code == 302 and response["Location"].endswith("/2/?controleren=1")
    shown = client.get(response["Location"]).content.decode()
    assert "Kies uit de antwoorden" in shown
    assert 'name="woonomgeving__1" value="4" checked' in shown, "valid answers stay"
    # Shown once: a reload later shows the page as stored.
    assert "Kies uit de antwoorden" not in client.get(response["Location"]).content.decode()
    assert Answer.objects.filter(question__code="woonomgeving").exists(), "valid answers are saved"


def test_closing_the_browser_and_coming_back_resumes(client, wave):
    reply, _nonce = start(client, wave)
    client.post(reply["Location"], ABOUT_YOU)
    again = client.get(reverse("surveys:start", args=[wave.public_token]))  # same browser, later
    assert again["Location"].endswith("/2/")
    stranger = Client()  # the resume link works in another browser too
    assert stranger.get(reply["Location"].replace("/1/", "/2/")).status_code == 200
    assert Response.objects.count() == 1


def test_double_click_on_start_and_on_send_makes_one_response(client, wave):
    reply, nonce = start(client, wave)
    second = Client().post(reverse("surveys:start", args=[wave.public_token]), {"nonce": nonce})
    assert second["Location"] == reply["Location"]
    first = reply["Location"]
    client.post(first, ABOUT_YOU)
    client.post(first, ABOUT_YOU)
    assert Response.objects.count() == 1
    assert Answer.objects.filter(question__code="leeftijd").count() == 1


def test_an_invitation_gives_one_response(client, wave):
    wave.invitation_only = True
    wave.save()
    invitation = Invitation.objects.create(wave=wave, email="inwoner@example.nl")
    token = collecting.invitation_token_issue(invitation=invitation)
    refused, _nonce = start(client, wave)
    assert refused.status_code == 400
    first, _nonce = start(client, wave, uitnodiging=token)
    again = client.get(reverse("surveys:start", args=[wave.public_token]))
    assert first["Location"] == again["Location"], "the same device resumes"
    elsewhere, _nonce = start(Client(), wave, uitnodiging=token)
    assert elsewhere.status_code == 400, "another device does not open the answers"
    response = Response.objects.get()
    assert response.invitation_hash and token not in response.invitation_hash
    assert "inwoner@example.nl" not in str(list(Response.objects.values()))


def test_a_closed_survey_says_so_kindly(client, wave):
    reply, _nonce = start(client, wave)
    wave.is_open = False
    wave.save()
    page = client.get(reverse("surveys:start", args=[wave.public_token]))
    assert page.status_code == 410 and "gesloten" in page.content.decode()
    assert client.post(reply["Location"], ABOUT_YOU).status_code == 410


def test_access_code_and_honeypot(client, wave):
    wave.access_code = "BRINK26"
    wave.save()
    wrong, _nonce = start(client, wave, access_code="fout")
    assert wrong.status_code == 400 and "niet goed" in wrong.content.decode()
    right, _nonce = start(client, wave, access_code="brink26")
    assert right.status_code == 302
    bot, _nonce = start(Client(), wave, access_code="BRINK26", website="http://spam.example")
    assert bot["Location"] == reverse("surveys:thanks", args=[wave.public_token])
    assert Response.objects.count() == 1


def test_professionals_score_per_aspect(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    wave = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
    for code, values in {
        "bewustwording": {"1": 5, "2": 5, "3": 5, "4": 5},
        "ontwikkeling": {"1": 1, "2": 3, "3": 3, "4": 5},
        "randvoorwaarden": {"1": 1, "2": 1, "3": 1, "4": 1},
    }.items():
        question = survey.sections.get(questions__code=code).questions.get(code=code)
        Answer.objects.create(response=response, question=question, value=values)
    _weights, answers = wave_answers(wave)
    scores = respondent_aspect_scores(survey, answers, 1)
    assert {aspect: list(values) for aspect, values in scores.items()} == {
        "awareness": [100.0],
        "development": [50.0],
        "preconditions": [0.0],
    }


def test_pages_need_their_link_not_a_csrf_token_but_the_start_form_does(wave):
    strict = Client(enforce_csrf_checks=True)
    start_url = reverse("surveys:start", args=[wave.public_token])
    strict.get(start_url)
    assert strict.post(start_url, {"nonce": "n-strict"}).status_code == 403
    page = strict.get(start_url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    first = strict.post(start_url, {"nonce": "n-strict", "csrfmiddlewaretoken": token})["Location"]
    assert "csrfmiddlewaretoken" not in strict.get(first).content.decode()
    assert strict.post(first, ABOUT_YOU)["Location"].endswith("/2/")
    # Without the link nothing can be sent: another resume token finds no page.
    assert strict.post(first.replace(first.split("/")[3], "onbekend"), ABOUT_YOU).status_code == 404


def test_a_respondent_switches_the_language_and_comes_back_to_the_same_page(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    assert 'action="/s/taal/"' in client.get(first).content.decode()
    switched = client.post(reverse("surveys:language"), {"language": "en", "next": first})
    assert switched["Location"] == first
    page = client.get(first).content.decode()
    assert "Step 1 of 6" in page and '<html lang="en"' in page
    # A next address on another site is not followed.
    away = client.post(
        reverse("surveys:language"), {"language": "nl", "next": "https://example.org/"}
    )
    assert away["Location"] == "/"


def test_going_back_from_the_last_page_leaves_the_link_working(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    answers = [
        ABOUT_YOU,
        {**LIVING},
        {"leven_cijfer": "8", "eenzaam": "2", "zorgen": "2"},
        {"vrijwilliger": "1", "helpen": "2"},
        {"gemeente__1": "3", "gemeente__2": "4", "gemeente__3": "3"},
    ]
    for number, page_answers in enumerate(answers, start=1):
        client.post(first.replace("/1/", f"/{number}/"), page_answers)
    last = first.replace("/1/", "/6/")
    back = client.post(last, {"behoeften": ["1"], "terug": "1"})
    assert back["Location"].endswith("/5/")
    # Coming back later through the start page lands on the last page, not past it.
    again = client.get(reverse("surveys:start", args=[wave.public_token]))
    assert again["Location"] == last
    assert client.get(again["Location"]).status_code == 200


def test_a_page_sent_after_the_response_was_finished_changes_nothing(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    client.post(first, ABOUT_YOU)
    response = Response.objects.select_related("wave__survey").get()
    Response.objects.update(status=ResponseStatus.COMPLETE)  # finished in another tab
    section = collecting_selectors.sections_of(response.wave)[0]
    # The stale copy still says "in progress"; the save sees the finish and reports nothing.
    problems = collecting.response_save_section(
        response=response, section=section, raw={**ABOUT_YOU, "leeftijd": "onzin"}
    )
    assert problems == {}
    assert Answer.objects.get(question__code="leeftijd").value == ABOUT_YOU["leeftijd"]
    late = client.post(first, {**ABOUT_YOU, "leeftijd": "onzin"})
    assert late["Location"] == reverse("surveys:thanks", args=[wave.public_token])


def test_a_follow_up_not_chosen_is_skipped_and_one_already_shown_is_not_asked_twice(client, wave):
    reply, _nonce = start(client, wave)
    first = reply["Location"]
    client.post(first, ABOUT_YOU)
    client.post(first.replace("/1/", "/2/"), LIVING)
    page3 = first.replace("/1/", "/3/")
    # Not a carer: no follow-up, straight on.
    page = client.get(page3)
    assert client.post(page3, {"leven_cijfer": "8", "zorgen": "2", **seen(page)})[
        "Location"
    ].endswith("/4/")
    # A browser with JavaScript showed the follow-up and says so: answered in one go.
    page = client.get(page3)
    shown_by_script = {"gezien": seen(page)["gezien"] + " zorgen_hulp"}
    onward = client.post(
        page3, {"leven_cijfer": "8", "zorgen": "1", "zorgen_hulp": "2", **shown_by_script}
    )
    assert onward["Location"].endswith("/4/")
    assert Answer.objects.get(question__code="zorgen_hulp").value == "2"


def test_after_the_thanks_page_someone_else_in_the_household_fills_it_in(client, wave):
    reply, _nonce = start(client, wave)
    Response.objects.update(status=ResponseStatus.COMPLETE)
    thanks = client.get(reverse("surveys:thanks", args=[wave.public_token])).content.decode()
    assert thanks.count("Bedankt!") == 1, "the survey's own thanks, once"
    assert "Invullen voor iemand anders" in thanks
    nonce = re.search(r'name="nonce" value="([^"]+)"', thanks).group(1)
    again = client.post(reverse("surveys:start", args=[wave.public_token]), {"nonce": nonce})
    assert again["Location"] != reply["Location"] and again["Location"].endswith("/1/")
    assert Response.objects.count() == 2
    # The link now resumes the new response on this device.
    assert (
        client.get(reverse("surveys:start", args=[wave.public_token]))["Location"]
        == again["Location"]
    )


def test_an_invitation_wave_offers_no_second_response(client, wave):
    wave.invitation_only = True
    wave.save()
    thanks = client.get(reverse("surveys:thanks", args=[wave.public_token])).content.decode()
    assert "Invullen voor iemand anders" not in thanks


def test_with_an_access_code_an_invitation_resumes_on_another_device(client, wave):
    wave.invitation_only, wave.access_code = True, "BRINK26"
    wave.save()
    invitation = Invitation.objects.create(wave=wave, email="inwoner@example.nl")
    token = collecting.invitation_token_issue(invitation=invitation)
    first, _nonce = start(client, wave, uitnodiging=token, access_code="BRINK26")
    refused, _nonce = start(Client(), wave, uitnodiging=token, access_code="fout")
    assert refused.status_code == 400
    laptop, _nonce = start(Client(), wave, uitnodiging=token, access_code="brink26")
    assert laptop["Location"] == first["Location"]


def test_every_page_says_who_asks_and_whom_to_ask(client, wave):
    wave.survey.contact = "peiling@brinkeveld.nl of 14 0571"
    wave.survey.save()
    page = client.get(reverse("surveys:start", args=[wave.public_token])).content.decode()
    assert "Deze peiling wordt gehouden door Brinkeveld onder de Loep." in page
    assert "Vragen? peiling@brinkeveld.nl of 14 0571" in page
