"""Survey results appear with the goal a question measures, for those who may read results."""

import pytest
from django.urls import reverse

from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question

from .test_results import _respond

pytestmark = pytest.mark.django_db


def test_a_goal_shows_the_latest_results_of_its_questions(client, programme, members):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    Question.objects.get(section__survey=survey, code="eenzaam").goals.add(goal)
    before = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    after = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
    _respond(before, [{"eenzaam": 4}] * 40 + [{"eenzaam": 3}] * 40)
    _respond(after, [{"eenzaam": 2}] * 40 + [{"eenzaam": 3}] * 40)
    url = reverse("goals:goal-detail", args=[programme.slug, goal.pk])
    client.force_login(members[Role.ANALYST])
    page = client.get(url).content.decode()
    assert "Gemeten in peilingen" in page and "Meting 2026" in page
    assert "Ik voel me vaak alleen." in page
    assert "-1,00" in page and "significant" in page
    # A viewer reads the goals book but not survey results.
    client.force_login(members[Role.VIEWER])
    assert "Gemeten in peilingen" not in client.get(url).content.decode()


def test_a_goal_without_survey_questions_has_no_survey_section(team_client, programme):
    goal = GoalFactory(programme=programme)
    page = team_client.get(reverse("goals:goal-detail", args=[programme.slug, goal.pk]))
    assert "Gemeten in peilingen" not in page.content.decode()
