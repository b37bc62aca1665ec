import pytest
from django.core.exceptions import ValidationError

from samenspel.goals import selectors, services
from samenspel.goals.models import MAX_GOAL_DEPTH, Challenge, Goal, Theme
from samenspel.goals.tests.factories import GoalFactory, TargetImageFactory

pytestmark = pytest.mark.django_db


def test_themes_of_statistics_netherlands_are_seeded():
    groups = set(Theme.objects.values_list("group", flat=True))
    assert groups == {"here_and_now", "later", "elsewhere", "distribution"}
    assert Theme.objects.filter(name="Gezondheid", group="here_and_now").exists()
    assert Theme.objects.count() == 14


def test_new_programme_gets_default_challenges(programme):
    names = set(Challenge.objects.filter(programme=programme).values_list("name", flat=True))
    assert {"Netcongestie", "Mobiliteit", "Zorg", "Preventie"} <= names


def test_goal_tree_with_sub_goals_in_order(programme, members):
    image = services.target_image_create(programme=programme, title="Jeugd", by=None)
    first = services.goal_create(programme=programme, target_image=image, title="Eerste", by=None)
    second = services.goal_create(programme=programme, target_image=image, title="Tweede", by=None)
    child = services.goal_create(programme=programme, parent=first, title="Onder eerste", by=None)
    assert child.target_image == image and child.depth == 1

    services.goal_move(goal=second, direction="up", by=None)
    section = selectors.goal_book(programme=programme)[0]
    assert [node.goal.title for node in section.roots] == ["Tweede", "Eerste"]
    assert [node.goal.title for node in section.roots[1].children] == ["Onder eerste"]
    assert section.roots[0].is_first and section.roots[1].is_last


def test_moving_the_first_goal_up_changes_nothing(programme):
    image = TargetImageFactory(programme=programme)
    goal = services.goal_create(programme=programme, target_image=image, title="A", by=None)
    services.goal_create(programme=programme, target_image=image, title="B", by=None)
    services.goal_move(goal=goal, direction="up", by=None)
    assert [g.title for g in Goal.objects.order_by("position")] == ["A", "B"]


def test_depth_is_limited(programme):
    image = TargetImageFactory(programme=programme)
    goal = services.goal_create(programme=programme, target_image=image, title="0", by=None)
    for level in range(1, MAX_GOAL_DEPTH):
        goal = services.goal_create(programme=programme, parent=goal, title=str(level), by=None)
    with pytest.raises(ValidationError):
        services.goal_create(programme=programme, parent=goal, title="te diep", by=None)


def test_target_image_of_another_programme_is_refused(programme, other_programme):
    foreign = TargetImageFactory(programme=other_programme)
    with pytest.raises(ValidationError):
        services.goal_create(programme=programme, target_image=foreign, title="X", by=None)


def test_goal_with_sub_goal_is_archived_not_deleted(programme):
    image = TargetImageFactory(programme=programme)
    parent = services.goal_create(programme=programme, target_image=image, title="Ouder", by=None)
    child = services.goal_create(programme=programme, parent=parent, title="Kind", by=None)
    assert services.goal_remove(goal=parent, by=None) == "archived"
    parent.refresh_from_db()
    child.refresh_from_db()
    assert parent.is_archived and child.is_archived
    assert selectors.goal_book(programme=programme)[0].roots == []
    assert len(selectors.goal_book(programme=programme, include_archived=True)[0].roots) == 1

    services.goal_restore(goal=child, by=None)
    parent.refresh_from_db()
    assert not parent.is_archived, "restoring a sub-goal brings its parent back too"


def test_unreferenced_goal_is_deleted(programme):
    goal = GoalFactory(programme=programme)
    assert services.goal_remove(goal=goal, by=None) == "deleted"
    assert not Goal.objects.filter(pk=goal.pk).exists()


def test_history_records_who_changed_what(programme, members):
    from samenspel.core.history import history_for

    goal = GoalFactory(programme=programme, title="Oud")
    services.goal_update(goal=goal, title="Nieuw", by=members["project_team"])
    entries = history_for(goal)
    assert entries[0].who == members["project_team"].get_full_name()
    assert "titel" in entries[0].summary.lower()


def test_challenge_in_use_cannot_be_deleted(programme):
    challenge = programme.challenges.get(name="Zorg")
    goal = GoalFactory(programme=programme)
    goal.challenges.add(challenge)
    with pytest.raises(ValidationError):
        services.challenge_delete(challenge=challenge)
    with pytest.raises(ValidationError):
        services.challenge_create(programme=programme, name="zorg")
