import re

import pytest
from django.urls import reverse

from samenspel.goals.tests.factories import goal_tree
from samenspel.goals.tests.test_tree_order import TREE_ORDER
from samenspel.surveys.building import services as building
from samenspel.surveys.models import Survey

pytestmark = pytest.mark.django_db


def test_question_form_offers_goals_in_tree_order(team_client, programme):
    goals = goal_tree(programme)
    survey = Survey.objects.create(programme=programme, title="Peiling", audience="residents")
    section = building.section_create(survey=survey, title="Over u", by=None)
    url = reverse("surveys:question-create", args=[programme.slug, survey.pk])
    html = team_client.get(url).content.decode()
    block = html[html.index('id="id_goals"') : html.index("</select>", html.index('id="id_goals"'))]
    titles = [t.strip("\u00a0 ") for t in re.findall(r'<option value="\d+"[^>]*>([^<]*)<', block)]
    assert titles == TREE_ORDER
    response = team_client.post(
        url,
        {"section": section.pk, "text": "Sport je?", "kind": "likert", "goals": [goals["B1"].pk]},
    )
    assert response.status_code == 302
    assert list(goals["B1"].questions.values_list("text", flat=True)) == ["Sport je?"]
