"""Archiving and restoring agree (a goal's sub-goals go and come back with it), and the
change history records a creation once and names the fields in Dutch."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from samenspel.core.history import history_for
from samenspel.core.models import AuditEvent, Role
from samenspel.goals import selectors, services
from samenspel.goals.models import Goal, Theme
from samenspel.goals.tests.factories import goal_tree

pytestmark = pytest.mark.django_db


def _archived(*goals) -> list[bool]:
    return [Goal.objects.get(pk=goal.pk).is_archived for goal in goals]


def test_restoring_a_goal_restores_the_sub_goals_archived_with_it(programme, members):
    goals = goal_tree(programme)
    team = members[Role.PROJECT_TEAM]
    services.goal_archive(goal=goals["A"], by=team)
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [True, True, True]
    restored = services.goal_restore(goal=Goal.objects.get(pk=goals["A"].pk), by=team)
    assert [goal.title for goal in restored] == [
        "Minder schooluitval",
        "Mentoren op school",
        "Mentoren in groep 8",
    ]
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [False, False, False]
    events = AuditEvent.objects.filter(object_type="goals.goal")
    assert events.filter(verb="archived").count() == 3
    assert events.filter(verb="restored").count() == 3
    sub_goal_event = events.get(verb="restored", object_id=str(goals["A1a"].pk))
    assert sub_goal_event.details == {"with_goal": goals["A"].pk}
    assert sub_goal_event.actor == team


def test_a_sub_goal_archived_before_its_parent_stays_archived(programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A1a"], by=None)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        services.goal_archive(goal=Goal.objects.get(pk=goals["A"].pk), by=None)
    parent = Goal.objects.get(pk=goals["A"].pk)
    found = selectors.archived_sub_goals(goal=parent)
    assert [(goal.title, goal.archived_together) for goal in found] == [
        ("Mentoren op school", True),
        ("Mentoren in groep 8", False),
    ]
    services.goal_restore(goal=parent, by=None)
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [False, False, True]


def test_restoring_chosen_sub_goals_brings_back_those_between(programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A"], by=None)
    parent = Goal.objects.get(pk=goals["A"].pk)
    services.goal_restore(goal=parent, sub_goals=[goals["A1a"]], by=None)
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [False, False, False]

    services.goal_archive(goal=Goal.objects.get(pk=goals["A"].pk), by=None)
    services.goal_restore(goal=Goal.objects.get(pk=goals["A"].pk), sub_goals=[], by=None)
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [False, True, True]


def test_only_sub_goals_of_the_goal_can_come_back_with_it(programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A"], by=None)
    services.goal_archive(goal=goals["B"], by=None)
    with pytest.raises(ValidationError):
        services.goal_restore(
            goal=Goal.objects.get(pk=goals["A"].pk), sub_goals=[goals["B1"]], by=None
        )
    assert _archived(goals["A"], goals["B1"]) == [True, True]


def test_restoring_a_sub_goal_restores_its_parent_but_not_its_siblings(programme):
    goals = goal_tree(programme)
    sibling = services.goal_create(
        programme=programme, parent=goals["A"], title="Huiswerkbegeleiding", by=None
    )
    services.goal_archive(goal=goals["A"], by=None)
    services.goal_restore(goal=Goal.objects.get(pk=goals["A1"].pk), by=None)
    assert _archived(goals["A"], goals["A1"], goals["A1a"], sibling) == [False, False, False, True]


def test_restoring_an_active_goal_changes_nothing(programme):
    goals = goal_tree(programme)
    assert services.goal_restore(goal=goals["A"], by=None) == []
    assert not AuditEvent.objects.filter(verb="restored").exists()


def test_a_new_goal_with_themes_is_created_once_in_its_history(programme, members):
    team = members[Role.PROJECT_TEAM]
    image = services.target_image_create(programme=programme, title="Jeugd", by=team)
    themes = list(Theme.objects.all()[:2])
    goal = services.goal_create(
        programme=programme,
        target_image=image,
        title="Gezond opgroeien",
        themes=themes,
        challenges=[programme.challenges.first()],
        by=team,
    )
    records = list(goal.history.all())
    assert [record.history_type for record in records] == ["+"]
    assert records[0].history_user == team
    # The one record holds the goal's themes and challenges as they were made.
    assert {row.theme_id for row in records[0].themes.all()} == {theme.pk for theme in themes}
    assert records[0].challenges.count() == 1
    assert [entry.summary for entry in history_for(goal)] == ["Aangemaakt"]

    services.goal_update(goal=goal, title="Gezond en veilig opgroeien", themes=[], by=team)
    assert [record.history_type for record in goal.history.all()] == ["~", "+"]
    assert goal.history.first().themes.count() == 0


def test_history_names_the_fields_in_dutch(programme):
    goals = goal_tree(programme)
    services.goal_move(goal=goals["B"], direction="up", by=None)
    services.goal_archive(goal=goals["C"], by=None)
    moved = history_for(Goal.objects.get(pk=goals["B"].pk))[0].summary
    # "Gewijzigd: volgorde" once the translation of "order" is merged; never the field's name.
    assert moved == f"Gewijzigd: {gettext('order')}" and "position" not in moved
    assert history_for(goals["C"])[0].summary == "Gewijzigd: gearchiveerd op"


def test_restore_page_lists_the_sub_goals_and_ticks_those_archived_with_it(team_client, programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A1a"], by=None)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        services.goal_archive(goal=Goal.objects.get(pk=goals["A"].pk), by=None)
    detail = reverse("goals:goal-detail", args=[programme.slug, goals["A"].pk])
    url = reverse("goals:goal-restore", args=[programme.slug, goals["A"].pk])
    assert f'href="{url}"' in team_client.get(detail).content.decode()
    html = team_client.get(url).content.decode()
    assert f'value="{goals["A1"].pk}"' in html and f'value="{goals["A1a"].pk}"' in html
    ticked = [int(pk) for pk in _ticked(html)]
    assert ticked == [goals["A1"].pk]

    response = team_client.post(url, {"offered": "True", "sub_goals": [goals["A1a"].pk]})
    assert response.status_code == 302
    assert _archived(goals["A"], goals["A1"], goals["A1a"]) == [False, False, False]
    assert "terugzetten" not in team_client.get(detail).content.decode().lower()


def test_restore_button_without_choices_restores_those_archived_with_it(team_client, programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["B"], by=None)
    url = reverse("goals:goal-restore", args=[programme.slug, goals["B"].pk])
    assert team_client.post(url).status_code == 302
    assert _archived(goals["B"], goals["B1"]) == [False, False]
    # An active goal's restore page sends one back to the goal.
    assert team_client.get(url).status_code == 302


def test_restore_page_refuses_goals_that_are_no_sub_goal(team_client, programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A"], by=None)
    services.goal_archive(goal=goals["B"], by=None)
    url = reverse("goals:goal-restore", args=[programme.slug, goals["A"].pk])
    response = team_client.post(url, {"offered": "True", "sub_goals": [goals["B1"].pk]})
    assert response.status_code == 200
    assert _archived(goals["A"], goals["B1"]) == [True, True]


def test_restore_page_is_for_the_project_team(client, programme, members):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A"], by=None)
    url = reverse("goals:goal-restore", args=[programme.slug, goals["A"].pk])
    client.force_login(members[Role.LEAD])
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert _archived(goals["A"]) == [True]


def _ticked(html: str) -> list[str]:
    import re

    return re.findall(r'<input type="checkbox" name="sub_goals" value="(\d+)"[^>]*checked', html)
