"""From meeting to action book in a real browser: record a meeting, propose an action there,
agree it, post progress and find it in the action book. Every page is checked with axe-core."""

import pytest

from samenspel.actions.models import Action, ActionStatus
from samenspel.conftest import PASSWORD
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_meeting_to_action_book(page, programme, members):
    GoalFactory(programme=programme, title="Minder eenzaamheid onder ouderen")
    welfare = OrganisationFactory(programme=programme, name="Stichting Welzijn Brinkeveld")
    PersonFactory(programme=programme, name="Anouk de Vries", organisation=welfare)
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")

    page.get_by_role("link", name="Bijeenkomsten").first.click()
    assert_accessible(page, "meetings (empty)")
    page.get_by_role("link", name="Bijeenkomst vastleggen").click()
    page.get_by_label("Soort").select_option("stakeholder_table")
    page.get_by_label("Titel").fill("Stakeholdertafel eenzaamheid")
    page.get_by_label("Datum").fill("2026-10-01")
    page.get_by_label("Minder eenzaamheid onder ouderen").check()
    page.get_by_label("Anouk de Vries (Stichting Welzijn Brinkeveld)").check()
    page.get_by_label("Notities", exact=False).fill(
        "Ouderen in de kleine kernen zien elkaar te weinig."
    )
    assert_accessible(page, "meeting form")
    page.get_by_role("button", name="Bijeenkomst opslaan").click()
    page.wait_for_url("**/bijeenkomsten/*/")
    assert_accessible(page, "meeting detail")
    screenshot(page, "meeting-detail")

    page.get_by_role("link", name="Actie voorstellen vanuit deze bijeenkomst").click()
    page.get_by_label("Titel").fill("Koffieochtend in het dorpshuis")
    assert page.get_by_label("Minder eenzaamheid onder ouderen").is_checked(), (
        "goals of the meeting"
    )
    page.get_by_label("Trekker").select_option(label="Anouk de Vries")
    assert_accessible(page, "action form")
    screenshot(page, "action-form")
    page.get_by_role("button", name="Actie voorstellen").click()
    page.wait_for_url("**/acties/*/")
    action = Action.objects.get(title="Koffieochtend in het dorpshuis")
    assert action.meeting.title == "Stakeholdertafel eenzaamheid"
    assert action.status == ActionStatus.PROPOSED

    page.get_by_role("button", name="Akkoord geven").click()
    page.get_by_role("button", name="Starten").click()
    page.get_by_text("Voortgangsbericht plaatsen", exact=False).click()
    page.get_by_label("Wat er is gebeurd", exact=False).fill("Eerste ochtend: 14 bezoekers.")
    page.get_by_label("Percentage klaar", exact=False).fill("20")
    page.get_by_role("button", name="Bericht plaatsen", exact=False).click()
    page.get_by_text("Eerste ochtend: 14 bezoekers.").wait_for()
    assert_accessible(page, "action detail")
    screenshot(page, "action-detail")
    action.refresh_from_db()
    assert action.status == ActionStatus.RUNNING and action.last_progress_at is not None

    page.get_by_role("link", name="Actieboek").first.click()
    page.get_by_role("link", name="Koffieochtend in het dorpshuis").wait_for()
    assert_accessible(page, "action book")
    screenshot(page, "action-book")
    page.get_by_role("link", name="Dekking van de doelen").click()
    assert_accessible(page, "goal coverage")
    screenshot(page, "goal-coverage")
    page.goto(f"/p/{programme.slug}/")
    assert_accessible(page, "programme home with action book")
    screenshot(page, "programme-home-actions")
