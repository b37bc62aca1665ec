"""The dashboards in a real browser: from the programme's row per goal to a goal's dashboard
with its actions, indicators with trend and target, professionals' capacity per wave and
quotes. axe-core on each page, at laptop and phone width."""

from datetime import timedelta

import pytest
from django.utils import timezone

from samenspel.actions.models import Action
from samenspel.actions.tests.factories import ActionFactory
from samenspel.conftest import PASSWORD
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring.models import Quote
from samenspel.monitoring.tests.factories import AreaFactory
from samenspel.monitoring.tests.test_dashboards import _indicator, professionals_with_two_waves

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def _programme_with_figures(programme):
    area = AreaFactory(programme=programme, code="GM0001", name="Brinkeveld", level="municipality")
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid onder ouderen")
    empty = GoalFactory(programme=programme, title="Meer bewegen in de wijk")
    _indicator(programme, area, goal, name="Kent de buren", slope=3, target=80)
    _indicator(programme, area, goal, name="Voelt zich thuis in de buurt", slope=-2, target=70)
    old = timezone.now() - timedelta(days=400)
    quiet = ActionFactory(programme=programme, goals=[goal], title="Koffieochtend in het dorpshuis")
    Action.objects.filter(pk=quiet.pk).update(
        created_at=old, status_changed_at=old, last_progress_at=old.date()
    )
    ActionFactory(programme=programme, goals=[goal], title="Buurtapp")
    ActionFactory(programme=programme, goals=[goal], title="Sportdag", status="finished")
    Quote.objects.create(
        programme=programme,
        goal=goal,
        text="Sinds de koffieochtend ken ik mijn buren bij naam.",
        attribution="bewoner, 70+",
    )
    professionals_with_two_waves(programme)
    return goal, empty


def test_programme_and_goal_dashboard(page, phone_page, programme, members):
    goal, empty = _programme_with_figures(programme)
    log_in(page, "analyst", PASSWORD)  # survey results are the team's and the analysts'
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/dashboard/")
    row = page.get_by_role("row", name=goal.title)
    assert row.is_visible()
    assert_accessible(page, "programme dashboard")
    screenshot(page, "monitoring-dashboard")
    row.get_by_role("link", name=goal.title).click()
    page.wait_for_url(f"**/dashboard/doel/{goal.pk}/")
    assert page.get_by_role("heading", name="Kent de buren").is_visible()
    assert page.get_by_role("link", name="Koffieochtend in het dorpshuis").is_visible()
    assert page.get_by_text("Sinds de koffieochtend ken ik mijn buren bij naam.").is_visible()
    assert page.locator("svg[role=img]").count() == 4
    assert_accessible(page, "goal dashboard")
    screenshot(page, "monitoring-goal-dashboard")
    with page.expect_download() as download:
        page.locator("a[href*='grafiek/indicator.svg']").first.click()
    assert download.value.suggested_filename.endswith(".svg")
    page.goto(f"/p/brinkeveld/dashboard/doel/{empty.pk}/")  # a goal with nothing yet
    assert page.locator("svg[role=img]").count() == 1  # capacity is the programme's
    assert_accessible(page, "empty goal dashboard")
    screenshot(page, "monitoring-goal-dashboard-empty")

    log_in(phone_page, "viewer", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    for url, name in [
        ("/p/brinkeveld/dashboard/", "monitoring-dashboard-phone"),
        (f"/p/brinkeveld/dashboard/doel/{goal.pk}/", "monitoring-goal-dashboard-phone"),
    ]:
        phone_page.goto(url)
        assert_accessible(phone_page, name)
        screenshot(phone_page, name)
