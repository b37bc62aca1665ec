import pytest
from django.urls import reverse
from django.utils.html import escape

from samenspel.goals.models import Goal
from samenspel.goals.tests.factories import GoalFactory, TargetImageFactory

pytestmark = pytest.mark.django_db


def test_empty_goals_book_explains_where_to_start(team_client, programme):
    content = team_client.get(reverse("goals:book", args=[programme.slug])).content.decode()
    assert "streefbeeld" in content.lower()


def test_create_goal_without_title_shows_dutch_error(team_client, programme):
    image = TargetImageFactory(programme=programme)
    response = team_client.post(
        reverse("goals:goal-create", args=[programme.slug]), {"target_image": image.pk, "title": ""}
    )
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.content.decode()
    assert Goal.objects.count() == 0


def test_lead_edits_own_goal(client, programme, members):
    goal = GoalFactory(programme=programme, owner=members["lead"])
    client.force_login(members["lead"])
    response = client.post(
        reverse("goals:goal-edit", args=[programme.slug, goal.pk]),
        {"title": "Nieuwe titel", "description": "", "owner": members["lead"].pk},
    )
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.title == "Nieuwe titel"


def test_goal_page_shows_history(team_client, programme, members):
    image = TargetImageFactory(programme=programme)
    team_client.post(
        reverse("goals:goal-create", args=[programme.slug]),
        {"target_image": image.pk, "title": "Doel A"},
    )
    goal = Goal.objects.get()
    content = team_client.get(
        reverse("goals:goal-detail", args=[programme.slug, goal.pk])
    ).content.decode()
    assert "Wijzigingsgeschiedenis" in content
    # Names such as "van 't Erve" are escaped in the page.
    assert escape(members["project_team"].get_full_name()) in content


def test_remove_asks_for_confirmation_then_archives(team_client, programme):
    parent = GoalFactory(programme=programme)
    GoalFactory(programme=programme, parent=parent, target_image=parent.target_image, depth=1)
    url = reverse("goals:goal-remove", args=[programme.slug, parent.pk])
    assert "archiveren" in team_client.get(url).content.decode().lower()
    team_client.post(url)
    parent.refresh_from_db()
    assert parent.is_archived
