"""The project team builds a questionnaire in the browser: a page, a question with a condition,
and the preview, each checked with axe-core."""

import pytest
from playwright.sync_api import expect

from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.surveys.building import services as building
from samenspel.surveys.models import Question

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_team_adds_a_conditional_question_and_previews_it(page, programme, members):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    log_in(page, Role.PROJECT_TEAM, PASSWORD)
    page.goto(f"/p/{programme.slug}/peilingen/{survey.pk}/")
    assert_accessible(page, "survey builder")
    screenshot(page, "survey-builder")

    page.get_by_role("link", name="Pagina toevoegen", exact=True).click()
    page.get_by_label("Titel van de pagina").fill("Vervoer")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_role("heading", name="Pagina 7: Vervoer").wait_for()

    page.get_by_role("link", name="Een vraag aan deze pagina toevoegen (Vervoer)").click()
    page.get_by_label("Vraag", exact=True).fill("Heeft u een auto?")
    page.get_by_label("Soort vraag").select_option("single")
    page.get_by_label("Antwoorden om uit te kiezen").fill("Ja\nNee")
    page.get_by_role("button", name="Vraag opslaan").click()
    page.get_by_text("De vraag is opgeslagen.").wait_for()

    page.get_by_role("link", name="Een vraag aan deze pagina toevoegen (Vervoer)").click()
    page.get_by_label("Vraag", exact=True).fill("Hoe komt u bij de huisarts?")
    page.get_by_label("Soort vraag").select_option("single")
    page.get_by_role("button", name="Vraag opslaan").click()
    # One answer is not enough: the form says so and keeps what was typed.
    page.get_by_text(
        "Een vraag met één antwoord heeft minstens twee antwoordmogelijkheden."
    ).wait_for()
    assert page.get_by_label("Vraag", exact=True).input_value() == "Hoe komt u bij de huisarts?"
    assert_accessible(page, "question form with a problem")
    page.get_by_label("Antwoorden om uit te kiezen").fill("Lopend of fiets\nBus\nIemand brengt me")
    # The condition: the car question, then its answer "Nee", by their words.
    car = Question.objects.get(text="Heeft u een auto?")
    page.get_by_label("Alleen tonen na een antwoord op").select_option(label=car.text)
    page.get_by_role("checkbox", name="Nee", exact=True).check()
    screenshot(page, "survey-question-form")
    page.get_by_role("button", name="Vraag opslaan").click()
    page.get_by_text("De vraag is opgeslagen.").wait_for()

    follow_up = Question.objects.get(text="Hoe komt u bij de huisarts?")
    assert (follow_up.show_if_code, follow_up.show_if_values) == (car.code, ["2"])

    page.get_by_role("link", name="Voorbeeld bekijken als respondent").click()
    page.get_by_role("heading", name="Vervoer").wait_for()
    # The condition in words: the question and the answer it depends on.
    expect(page.get_by_text("Alleen als op “Heeft u een auto?” is geantwoord: Nee")).to_be_visible()
    assert_accessible(page, "survey preview")
    screenshot(page, "survey-preview")
