"""A goal's page lists the survey questions that measure it, also before any answers."""

import pytest
from django.urls import reverse

from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.surveys.analysis.selectors import goal_results
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Question

from .test_results import _respond

pytestmark = pytest.mark.django_db


def test_questions_without_answers_are_listed_with_the_goal(client, programme, members):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    question = Question.objects.get(section__survey=survey, code="eenzaam")
    question.goals.add(goal)
    collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    [block] = goal_results(goal=goal)
    assert block["wave"] is None and block["without_result"] == [question]
    client.force_login(members[Role.ANALYST])
    page = client.get(reverse("goals:goal-detail", args=[programme.slug, goal.pk])).content
    assert "Gemeten in peilingen" in page.decode() and question.text in page.decode()


def test_a_question_whose_result_is_hidden_is_still_listed(client, programme, members):
    goal = GoalFactory(programme=programme)
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    question = Question.objects.get(section__survey=survey, code="eenzaam")
    question.goals.add(goal)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    _respond(wave, [{"eenzaam": 4}] * 3)  # far below the minimum: the wave shows no figures
    [block] = goal_results(goal=goal)
    assert block["wave"] == wave and block["results"] == []
    assert block["without_result"] == [question]
    client.force_login(members[Role.ANALYST])
    page = client.get(reverse("goals:goal-detail", args=[programme.slug, goal.pk])).content
    assert question.text in page.decode()
