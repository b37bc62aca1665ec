"""The analyst reads a wave split by a background question, on a laptop and a phone, and
weights it: a wrong margin is named at its question, a right one weights the results."""

import pytest
from playwright.sync_api import expect

from samenspel.conftest import PASSWORD
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.tests.test_results import _respond

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    wave = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
    _respond(
        wave,
        [{"helpen": "1", "geslacht": "1", "woonplaats": "1", "leven_cijfer": 7}] * 40
        + [{"helpen": "2", "geslacht": "1", "woonplaats": "2", "leven_cijfer": 8}] * 25
        + [{"helpen": "1", "geslacht": "2", "woonplaats": "1", "leven_cijfer": 6}] * 30
        + [{"helpen": "3", "geslacht": "2", "woonplaats": "3", "leven_cijfer": 9}] * 35,
    )
    return wave


def test_split_results_on_a_laptop_and_a_phone(page, phone_page, programme, members, wave):
    path = f"/p/{programme.slug}/peilingen/metingen/{wave.pk}/resultaten/?naar=geslacht"
    for browser_page, name in (
        (page, "survey-results-split"),
        (phone_page, "survey-results-split-phone"),
    ):
        log_in(browser_page, "analyst", PASSWORD)
        browser_page.wait_for_url("**/p/brinkeveld/")
        browser_page.goto(path)
        table = browser_page.get_by_role("table", name="Hoe vaak helpt u mensen in uw buurt?")
        assert table.get_by_role("columnheader", name="Totaal").is_visible()
        assert table.get_by_text("n=130").is_visible()
        assert (
            browser_page.get_by_role("img", name="Hoe vaak helpt u mensen in uw buurt?").count()
            == 1
        )
        assert_accessible(browser_page, name)
        screenshot(browser_page, name)
    # A phone scrolls a wide table inside its box, never the page.
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    wide = phone_page.evaluate(
        """[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)
        .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
    )
    assert width <= 390, wide


def test_weighting_names_the_wrong_margin_then_weights(page, programme, members, wave):
    log_in(page, "analyst", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto(f"/p/{programme.slug}/peilingen/metingen/{wave.pk}/weging/")
    gender = page.get_by_role("group", name="Wat is uw geslacht?")
    for label, value in (
        ("Man", "60%"),
        ("Vrouw", "30%"),
        ("Anders", "0%"),
        ("Zeg ik liever niet", "0%"),
    ):
        gender.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Resultaten wegen").click()
    # The click returns once the answer starts loading: wait for the message, not a snapshot.
    expect(page.get_by_text("tellen op tot 90%, niet 100%")).to_be_visible()
    assert gender.get_by_label("Man", exact=True).input_value() == "60%", "nothing typed is lost"
    assert_accessible(page, "weighting with a wrong margin")
    screenshot(page, "survey-weighting-error")
    gender.get_by_label("Vrouw", exact=True).fill("40%")
    page.get_by_role("button", name="Resultaten wegen").click()
    page.wait_for_url("**/resultaten/")
    assert page.get_by_text("Gewogen: designeffect").is_visible()
