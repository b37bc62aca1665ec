"""The evaluation's pages in a real browser: the team writes a part of the report, chooses a
quote for a goal and removes it again after confirming. axe-core on each page, at laptop and
phone width. Pages are found by address and form fields, not by their words, which the
catalogue may still change."""

import pytest

from samenspel.conftest import PASSWORD
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring.models import EvaluationText, Quote

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "Vrijwilligers spraken met 411 sleutelfiguren in alle dorpen."


def test_writing_the_evaluation_and_choosing_a_quote(page, phone_page, programme, members):
    goal = GoalFactory(programme=programme, title="Levendige dorpen")
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/evaluatie/")
    assert page.locator("#section-research_well").is_visible()
    assert_accessible(page, "evaluation overview, empty")

    page.goto("/p/brinkeveld/evaluatie/tekst/research_well/")
    page.locator("textarea[name=text]").fill(TEXT)
    assert_accessible(page, "evaluation text form")
    page.locator("form.samenspel-form button[type=submit]").click()
    page.wait_for_url("**/evaluatie/#section-research_well")
    assert page.locator("#section-research_well").get_by_text(TEXT).is_visible()
    assert EvaluationText.objects.get(section="research_well").text == TEXT

    page.goto("/p/brinkeveld/evaluatie/citaten/nieuw/")
    page.locator("textarea[name=text]").fill("Het dorp leeft weer.")
    page.locator("input[name=attribution]").fill("Inwoner")
    page.locator("select[name=goal]").select_option(str(goal.pk))
    assert_accessible(page, "quote form")
    page.locator("form.samenspel-form button[type=submit]").click()
    page.wait_for_url("**/evaluatie/#quotes")
    assert page.get_by_text("“Het dorp leeft weer.”").is_visible()
    assert_accessible(page, "evaluation overview with a text and a quote")
    screenshot(page, "evaluation-overview")

    quote = Quote.objects.get()
    page.goto(f"/p/brinkeveld/evaluatie/citaten/{quote.pk}/verwijderen/")
    assert_accessible(page, "quote removal")
    page.locator("form.samenspel-actions button[type=submit]").click()
    page.wait_for_url("**/evaluatie/#quotes")
    assert not Quote.objects.exists()

    log_in(phone_page, "viewer", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto("/p/brinkeveld/evaluatie/")
    assert phone_page.get_by_text(TEXT).is_visible()
    assert phone_page.locator("a[href$='/tekst/research_well/']").count() == 0
    assert_accessible(phone_page, "evaluation overview on a phone, as a viewer")
    screenshot(phone_page, "evaluation-overview-phone")
