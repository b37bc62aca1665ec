import re

import pytest
from django.urls import reverse

from samenspel.goals.tests.factories import goal_tree
from samenspel.goals.tests.test_tree_order import TREE_ORDER

pytestmark = pytest.mark.django_db


def test_meeting_form_offers_goals_in_tree_order(team_client, programme):
    goal_tree(programme)
    html = team_client.get(reverse("meetings:create", args=[programme.slug])).content.decode()
    block = html[html.index('id="id_goals"') :]
    assert re.findall(r"<span>([^<]+)", block)[: len(TREE_ORDER)] == TREE_ORDER
