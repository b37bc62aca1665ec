"""A resident fills the needs survey on a phone, without JavaScript and with it."""

import pytest

from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Response, ResponseStatus

from .conftest import assert_accessible, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def _check(page, name: str, javascript: bool) -> None:
    # axe-core runs as JavaScript: the page without it is checked in the variant with it.
    if javascript:
        assert_accessible(page, name)


def _fill(page, name: str, javascript: bool) -> None:
    page.get_by_role("button", name="Beginnen").click()
    page.get_by_role("radio", name="35 tot 50").check()
    _check(page, f"survey page 1 ({name})", javascript)
    screenshot(page, f"survey-page-1-{name}")
    page.get_by_role("button", name="Volgende").click()
    # Page 2: a required scale left empty gives a clear message and keeps the grid answers.
    page.get_by_role("group", name="Ik voel me veilig in mijn buurt.").get_by_role(
        "radio", name="Eens", exact=True
    ).check()
    page.get_by_role("button", name="Volgende").click()
    page.get_by_text("Beantwoord deze vraag alstublieft.").first.wait_for()
    _check(page, f"survey page with a problem ({name})", javascript)
    screenshot(page, f"survey-problem-{name}")
    assert (
        page.get_by_role("group", name="Ik voel me veilig in mijn buurt.")
        .get_by_role("radio", name="Eens", exact=True)
        .is_checked()
    )
    page.get_by_role("group", name="Welk cijfer geeft u uw buurt of dorp?").get_by_role(
        "radio", name="8", exact=True
    ).check()
    page.get_by_role("button", name="Volgende").click()
    # The click returns once the next page starts loading; its script (deferred) runs only when
    # the page is read in full. An answer chosen before then has no listener to show its
    # follow-up: wait until the page has loaded, as a person sees it.
    page.wait_for_load_state()
    page.get_by_role("group", name="Hoe tevreden bent u met uw leven?").get_by_role(
        "radio", name="7", exact=True
    ).check()
    # A carer is asked a follow-up on the same page: at once with JavaScript, announced to
    # screen readers; without it, Volgende brings the page back with the follow-up.
    follow_up = page.get_by_role("group", name="Krijgt u daarbij genoeg hulp?")
    assert not follow_up.is_visible()
    page.get_by_role("group", name="Zorgt u voor iemand die ziek of hulpbehoevend is?").get_by_role(
        "radio", name="Ja", exact=True
    ).check()
    if javascript:
        follow_up.wait_for()
        assert "Krijgt u daarbij genoeg hulp?" in page.locator("#follow-up-status").text_content()
    else:
        assert not follow_up.is_visible()
        page.get_by_role("button", name="Volgende").click()
        follow_up.wait_for()
        assert "Stap 3 van 6" in page.content()
    _check(page, f"survey page with a follow-up ({name})", javascript)
    screenshot(page, f"survey-follow-up-{name}")
    follow_up.get_by_role("radio", name="Een beetje").check()
    page.get_by_role("button", name="Volgende").click()
    page.get_by_text("Stap 4 van 6").wait_for()
    for _page in range(2):
        page.get_by_role("button", name="Volgende").click()
    page.get_by_role("checkbox", name="Ouderen").check()
    page.get_by_role("button", name="Antwoorden versturen").click()
    page.get_by_role("heading", name="Uw antwoorden zijn verstuurd").wait_for()
    assert page.content().count("Bedankt!") == 1, "the thanks text once"
    _check(page, f"survey thanks ({name})", javascript)
    screenshot(page, f"survey-thanks-{name}")
    # On a shared phone another member of the household fills it in too: a new response.
    page.get_by_role("button", name="Invullen voor iemand anders").click()
    page.get_by_text("Stap 1 van 6").wait_for()


@pytest.mark.parametrize("javascript", [False, True], ids=["without-js", "with-js"])
def test_needs_survey_on_a_phone(browser, live_server, programme, javascript):
    from django.core.cache import cache

    from samenspel.core.services import programme_logo_set
    from samenspel.demo.loader import _logo

    programme_logo_set(programme=programme, data=_logo(programme.name), by=None)
    cache.clear()
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"/s/{wave.public_token}/")
    if javascript:
        assert_accessible(page, "survey start")
    # Residents see who asks: the programme's logo and name head every page.
    assert page.locator("img.samenspel-brand__logo").evaluate("image => image.naturalWidth") > 0
    screenshot(page, f"survey-start-{'js' if javascript else 'nojs'}")
    _fill(page, "js" if javascript else "nojs", javascript)
    context.close()
    first, second = Response.objects.order_by("pk")
    assert first.status == ResponseStatus.COMPLETE and first.resume_token != second.resume_token
    assert second.status == ResponseStatus.IN_PROGRESS and not second.answers.exists()
    response = first
    assert {a.question.code for a in response.answers.select_related("question")} >= {
        "leeftijd",
        "woonomgeving",
        "woonomgeving_cijfer",
        "leven_cijfer",
        "behoeften",
        "zorgen_hulp",
    }
