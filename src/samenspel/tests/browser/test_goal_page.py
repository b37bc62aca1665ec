"""A goal's page in a real browser: what serves it (actions by status, the survey questions
that measure it, a place for indicators), and restoring it with the sub-goals archived with
it. axe-core on each page, at desktop and phone width."""

import re

import pytest

from samenspel.actions import services as action_services
from samenspel.actions.models import ActionStatus
from samenspel.conftest import PASSWORD
from samenspel.goals import services as goal_services
from samenspel.goals.models import Goal
from samenspel.goals.tests.factories import goal_tree
from samenspel.stakeholders.tests.factories import PersonFactory
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_goal_page_and_restoring_a_goal(page, phone_page, programme, members):
    goals = goal_tree(programme)
    lead = PersonFactory(programme=programme, name="Anouk de Vries")
    for title, status in [
        ("Sportdag", ActionStatus.RUNNING),
        ("Buurtsportcoach", ActionStatus.PROPOSED),
    ]:
        action_services.action_create(
            programme=programme, title=title, goals=[goals["B"]], lead=lead, status=status, by=None
        )
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    Question.objects.get(section__survey=survey, code="eenzaam").goals.add(goals["B"])
    collecting.wave_create(survey=survey, name="Nulmeting", by=None)

    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto(f"/p/brinkeveld/doelen/{goals['B'].pk}/")
    actions = page.locator("section", has=page.locator("#goal-actions"))
    assert actions.get_by_role("link", name="Sportdag").is_visible()
    assert actions.get_by_role("heading", level=3).all_inner_texts() == [
        "Voorgesteld (1)",
        "Loopt (1)",
    ]
    assert page.locator("#goal-surveys").is_visible()
    assert page.get_by_text("Ik voel me vaak alleen.").is_visible()
    assert page.locator("#goal-indicators").is_visible()
    assert_accessible(page, "goal page")
    screenshot(page, "goal-page")

    goal_services.goal_archive(goal=goals["A"], by=None)
    page.goto(f"/p/brinkeveld/doelen/{goals['A'].pk}/")
    page.get_by_role("link", name="Doel terugzetten").click()
    page.wait_for_url("**/terugzetten/")
    sub_goal = page.get_by_role("checkbox", name="Mentoren op school", exact=True)
    assert sub_goal.is_checked()
    assert page.get_by_role("checkbox", name=re.compile("^Mentoren in groep 8")).is_checked()
    assert_accessible(page, "restore a goal")
    screenshot(page, "goal-restore")
    sub_goal.uncheck()
    page.get_by_role("button", name="Doel terugzetten").click()
    page.wait_for_url(f"**/doelen/{goals['A'].pk}/")
    assert not Goal.objects.get(pk=goals["A"].pk).is_archived
    # Unticking the middle one while its sub-goal stays ticked brings both back.
    assert not Goal.objects.get(pk=goals["A1"].pk).is_archived

    log_in(phone_page, "project_team", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/brinkeveld/doelen/{goals['B'].pk}/")
    assert_accessible(phone_page, "goal page on a phone")
    screenshot(phone_page, "goal-page-phone")
