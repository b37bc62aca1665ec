"""The goal page's panel registry: a fallback holds a place until an app registers its key."""

import pytest
from django.urls import reverse

from samenspel.core.models import Role
from samenspel.goals import panels
from samenspel.goals.tests.factories import GoalFactory

pytestmark = pytest.mark.django_db


def test_goal_page_holds_a_place_for_indicators(client, programme, members):
    goal = GoalFactory(programme=programme)
    client.force_login(members[Role.VIEWER])
    html = client.get(reverse("goals:goal-detail", args=[programme.slug, goal.pk])).content
    assert b'id="goal-indicators"' in html


def test_a_registered_panel_takes_the_place_of_its_fallback(monkeypatch, programme, members):
    monkeypatch.setattr(panels, "_panels", [])
    panels.register_goal_panel(
        panels.GoalPanel("empty.html", lambda goal, user: {}, 40, key="indicators", fallback=True)
    )
    panels.register_goal_panel(panels.GoalPanel("other.html", lambda goal, user: {}, 10))
    goal = GoalFactory(programme=programme)
    viewer = members[Role.VIEWER]
    assert [p["template"] for p in panels.panels_for(goal, viewer)] == ["other.html", "empty.html"]
    panels.register_goal_panel(
        panels.GoalPanel("indicators.html", lambda goal, user: {"n": 1}, 40, key="indicators")
    )
    assert [p["template"] for p in panels.panels_for(goal, viewer)] == [
        "other.html",
        "indicators.html",
    ]
