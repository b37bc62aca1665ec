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


def test_the_goal_page_does_not_wait_for_disclosure_control(client, programme, members, settings):
    """With a worker (here a backend that only keeps what it is asked), the page says the
    figures are being computed, asks for them once, and shows them when the worker is done."""
    from django_tasks import task_backends

    from samenspel.surveys.analysis.tasks import compute_wave_disclosure

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    goal = GoalFactory(programme=programme)
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    question = Question.objects.get(section__survey=survey, code="eenzaam")
    question.goals.add(goal)
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    _respond(wave, [{"eenzaam": 4}] * 30 + [{"eenzaam": 2}] * 30)
    client.force_login(members[Role.ANALYST])
    url = reverse("goals:goal-detail", args=[programme.slug, goal.pk])
    for _ in range(2):
        html = client.get(url).content.decode()
        assert "worden berekend" in html and 'hx-trigger="load delay:3s"' in html
    backend = task_backends["default"]
    asked = [result for result in backend.results if result.task.name == "compute_wave_disclosure"]
    assert len(asked) == 1, "asked of the worker once, not on every visit"
    compute_wave_disclosure.call(wave.pk)
    html = client.get(url).content.decode()
    assert "worden berekend" not in html and "hx-trigger" not in html.split("goal-surveys")[1][:400]
    assert "Gemiddelde" in html or "%" in html.split("goal-surveys")[1]
