"""The public programme page in a real browser, as a resident reads it: the summary first,
then filtering the actions by village and by goal, and a wrong value in the address. Then
the project team choosing under the programme settings what residents read. axe-core on
each page, at laptop and phone width."""

import pytest

from samenspel.actions.models import ActionStatus
from samenspel.conftest import PASSWORD
from samenspel.public.tests.factories import published_villages

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def action_titles(page) -> list[str]:
    return page.locator(".samenspel-public-action h3").all_inner_texts()


def test_a_resident_reads_the_summary_and_filters_by_village_and_goal(page, phone_page, programme):
    goals = published_villages(programme)
    page.goto("/openbaar/brinkeveld/")
    assert page.get_by_text("Er zijn 6 acties: 1 afgesproken, 4 lopen, 1 afgerond.").is_visible()
    table = page.get_by_role("table", name="Acties per dorp of wijk")
    assert table.get_by_role("row", name="Oosterhoek 1 1 0 2").is_visible()
    assert table.get_by_role("row", name="Totaal 1 4 1 6").is_visible()
    assert page.get_by_text("6 acties gevonden.").is_visible()
    assert page.get_by_text("Anouk de Vries").count() == 0, "the list names no people"
    assert_accessible(page, "public programme page")
    screenshot(page, "public-programme-summary")

    page.get_by_label("Dorp of wijk", exact=True).select_option("Brinkeveld")
    page.get_by_role("button", name="Tonen").click()
    page.wait_for_url("**area=Brinkeveld**")
    assert sorted(action_titles(page)) == ["Leesclub", "Sportdag", "Taalcafé"]
    page.get_by_label("Doel", exact=True).select_option(str(goals["A"].pk))
    page.get_by_role("button", name="Tonen").click()
    page.wait_for_url(f"**goal={goals['A'].pk}**")
    # Minder schooluitval includes its sub-goals: the Taalcafé serves Mentoren in groep 8.
    assert sorted(action_titles(page)) == ["Leesclub", "Taalcafé"]
    assert page.get_by_label("Dorp of wijk", exact=True).input_value() == "Brinkeveld"
    assert_accessible(page, "public programme page filtered")
    screenshot(page, "public-programme-filtered")

    page.goto("/openbaar/brinkeveld/?area=Nergenshuizen")
    assert page.get_by_role("alert").get_by_text("U ziet alle acties.").is_visible()
    assert len(action_titles(page)) == 6
    assert_accessible(page, "public programme page with a wrong filter")

    phone_page.goto(f"/openbaar/brinkeveld/?goal={goals['B'].pk}")
    assert sorted(action_titles(phone_page)) == ["Buurtsportcoach", "Sportdag"]
    assert_accessible(phone_page, "public programme page on a phone")
    screenshot(phone_page, "public-programme-phone")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "nothing sticks out sideways on a phone"


def test_the_team_chooses_what_residents_read(page, programme, members):
    published_villages(programme)
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.get_by_role("link", name="Instellingen", exact=True).click()
    page.wait_for_url("**/p/brinkeveld/instellingen/")
    assert_accessible(page, "programme settings")
    screenshot(page, "programme-settings")
    page.get_by_role("link", name="Openbare pagina's").click()
    page.wait_for_url("**/instellingen/openbaar/")
    assert page.get_by_role("checkbox", name="Voorgesteld").count() == 0
    page.get_by_role("checkbox", name="Afgesproken").uncheck()
    page.get_by_role("checkbox", name="Gestopt").check()
    page.get_by_label("Laat zien hoeveel acties er zijn per dorp of wijk").uncheck()
    assert_accessible(page, "public pages settings")
    screenshot(page, "public-pages-settings")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("De keuzes voor de openbare pagina's zijn opgeslagen.").is_visible()
    settings = programme.action_book_settings
    settings.refresh_from_db()
    assert settings.public_statuses == [
        ActionStatus.RUNNING,
        ActionStatus.FINISHED,
        ActionStatus.STOPPED,
    ]

    page.goto("/openbaar/brinkeveld/")
    assert page.get_by_text("Er zijn 6 acties: 4 lopen, 1 afgerond, 1 gestopt.").is_visible()
    assert page.get_by_role("table").count() == 0
