"""The action form, the action book's goal filter and the coverage table offer goals in tree
order: each goal followed by its sub-goals, per target image."""

import re

import pytest
from django.urls import reverse

from samenspel.actions import selectors, services
from samenspel.goals.tests.factories import goal_tree
from samenspel.goals.tests.test_tree_order import TREE_ORDER

pytestmark = pytest.mark.django_db


def _goal_titles(html: str, name: str) -> list[str]:
    """The goals offered by the field ``name``, in the order the page has them."""
    start = html.index(f'id="id_{name}"')
    block = html[
        start : html.index("</select>" if name == "goal" else "</fieldset>\n</div>", start)
    ]
    if name == "goal":
        return [t.strip("\u00a0 ") for t in re.findall(r'<option value="\d+"[^>]*>([^<]*)<', block)]
    return re.findall(r"<span>([^<]+)", block)


def test_action_form_offers_goals_in_tree_order(team_client, programme):
    goal_tree(programme)
    html = team_client.get(reverse("actions:create", args=[programme.slug])).content.decode()
    assert _goal_titles(html, "goals") == TREE_ORDER
    assert "goals/goal-choices.js" in html


def test_action_book_filter_offers_goals_in_tree_order(team_client, programme):
    goals = goal_tree(programme)
    html = team_client.get(reverse("actions:book", args=[programme.slug])).content.decode()
    assert _goal_titles(html, "goal") == TREE_ORDER
    assert "goals/goal-choices.js" in html
    # Filtering on a goal keeps its sub-goals' actions.
    services.action_create(programme=programme, title="Huiswerkklas", goals=[goals["A1a"]], by=None)
    url = reverse("actions:book", args=[programme.slug]) + f"?goal={goals['A'].pk}"
    assert "Huiswerkklas" in team_client.get(url).content.decode()


def test_coverage_lists_goals_in_tree_order_under_their_target_image(team_client, programme):
    goals = goal_tree(programme)
    services.action_create(programme=programme, title="Sportdag", goals=[goals["B1"]], by=None)
    rows = selectors.goal_coverage(programme=programme)
    assert [row.goal.title for row in rows] == TREE_ORDER
    html = team_client.get(reverse("actions:coverage", args=[programme.slug])).content.decode()
    headers = re.findall(r'scope="(?:rowgroup|row)"[^>]*>(?:<a[^>]*>)?([^<]+)<', html)
    assert headers == ["Jeugd", *TREE_ORDER[:5], "Wonen", TREE_ORDER[5]]
    assert html.count('<tbody class="utrecht-table__body">') == 2
    assert 'Mentoren in groep 8</a><span class="samenspel-visually-hidden">' in html
