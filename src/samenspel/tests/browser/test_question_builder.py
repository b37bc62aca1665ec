"""The question builder in a real browser: a multiple-choice question whose fields change with
its kind without losing what was typed, and a condition set by ticking answer labels, checked with
axe-core at laptop and phone width. Without JavaScript (a button draws the form again) is
tested with the test client in surveys/tests/test_question_form.py."""

import pytest
from playwright.sync_api import expect

from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.surveys.building import services as building
from samenspel.surveys.models import Question

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def survey(programme):
    survey = building.survey_create_blank(
        programme=programme, title="Gezin en vrije tijd", audience="residents", by=None
    )
    building.question_save(
        section=survey.sections.get(),
        text="Heeft u kinderen?",
        kind="single",
        choice_labels=["Ja", "Nee", "Soms"],
        by=None,
    )
    return survey


def test_the_fields_follow_the_kind_and_a_condition_is_ticked_in_words(
    page, phone_page, programme, members, survey
):
    # The first page of a fresh live server can take long on a busy machine.
    for each in (page, phone_page):
        each.set_default_navigation_timeout(30_000)
    log_in(page, Role.PROJECT_TEAM, PASSWORD)
    page.wait_for_url(f"**/p/{programme.slug}/")
    page.goto(f"/p/{programme.slug}/peilingen/{survey.pk}/")
    page.get_by_role("link", name="Een vraag aan deze pagina toevoegen (Pagina 1)").click()
    choices = page.get_by_label("Antwoorden om uit te kiezen")
    expect(choices).to_have_count(0)  # the kind comes first

    page.get_by_label("Vraag", exact=True).fill("Wat doen uw kinderen in hun vrije tijd?")
    page.get_by_label("Soort vraag").select_option("multiple")
    expect(choices).to_be_visible()
    expect(page.get_by_label("Tel ook combinaties van antwoorden")).to_be_visible()
    choices.fill("Sport\nMuziek\nBuiten spelen")
    # Another kind swaps the fields in place; what was typed stays, also for a switch back.
    page.get_by_label("Soort vraag").select_option("grid")
    expect(page.get_by_label("Stellingen van de tabel")).to_be_visible()
    expect(choices).to_have_count(0)
    expect(page.get_by_label("Tel ook combinaties van antwoorden")).to_have_count(0)
    assert page.get_by_label("Vraag", exact=True).input_value().startswith("Wat doen uw")
    page.get_by_label("Soort vraag").select_option("multiple")
    expect(choices).to_have_value("Sport\nMuziek\nBuiten spelen")

    page.get_by_label("Alleen tonen na een antwoord op").select_option(label="Heeft u kinderen?")
    page.get_by_role("checkbox", name="Ja", exact=True).check()
    page.get_by_role("checkbox", name="Soms", exact=True).check()
    expect(page.locator("#vraag-voorwaarde-zin")).to_have_text(
        "Na opslaan: Alleen als op “Heeft u kinderen?” is geantwoord: Ja of Soms"
    )
    assert_accessible(page, "question form with a condition")
    screenshot(page, "question-builder")
    page.get_by_role("button", name="Vraag opslaan").click()
    page.get_by_text("De vraag is opgeslagen.").wait_for()
    expect(
        page.get_by_text("Alleen als op “Heeft u kinderen?” is geantwoord: Ja of Soms")
    ).to_be_visible()
    assert_accessible(page, "survey builder with a condition in words")
    screenshot(page, "question-builder-list")

    question = Question.objects.get(text="Wat doen uw kinderen in hun vrije tijd?")
    assert question.kind == "multiple"
    assert [option["label"] for option in question.choices] == ["Sport", "Muziek", "Buiten spelen"]
    source = Question.objects.get(text="Heeft u kinderen?")
    assert (question.show_if_code, question.show_if_values) == (source.code, ["1", "3"])

    log_in(phone_page, Role.PROJECT_TEAM, PASSWORD)
    phone_page.wait_for_url(f"**/p/{programme.slug}/")
    phone_page.goto(f"/p/{programme.slug}/peilingen/vragen/{question.pk}/bewerken/")
    expect(phone_page.get_by_role("checkbox", name="Soms", exact=True)).to_be_checked()
    assert_accessible(phone_page, "question form on a phone")
    screenshot(phone_page, "question-builder-phone")
