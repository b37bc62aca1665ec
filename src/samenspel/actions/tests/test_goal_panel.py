"""A goal's page lists the actions that serve it, by status, for every member."""

import pytest
from django.urls import reverse

from samenspel.actions import selectors, services
from samenspel.actions.models import ActionStatus
from samenspel.core.models import Role
from samenspel.goals.tests.factories import goal_tree
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _page(client, programme, goal) -> str:
    url = reverse("goals:goal-detail", args=[programme.slug, goal.pk])
    return client.get(url).content.decode()


def test_goal_page_lists_its_actions_by_status(client, programme, members):
    goals = goal_tree(programme)
    lead = PersonFactory(
        programme=programme,
        name="Anouk de Vries",
        organisation=OrganisationFactory(programme=programme, name="Welzijn Brinkeveld"),
    )
    for title, status in [
        ("Sportdag", ActionStatus.RUNNING),
        ("Buurtsportcoach", ActionStatus.PROPOSED),
        ("Schoolzwemmen", ActionStatus.RUNNING),
        ("Oude sportweek", ActionStatus.FINISHED),
    ]:
        services.action_create(
            programme=programme, title=title, goals=[goals["B"]], lead=lead, status=status, by=None
        )
    services.action_create(programme=programme, title="Elders", goals=[goals["A"]], by=None)
    groups = selectors.actions_for_goal(goal=goals["B"])
    assert [(group.status, [a.title for a in group.actions]) for group in groups] == [
        (ActionStatus.PROPOSED, ["Buurtsportcoach"]),
        (ActionStatus.RUNNING, ["Schoolzwemmen", "Sportdag"]),
        (ActionStatus.FINISHED, ["Oude sportweek"]),
    ]
    client.force_login(members[Role.VIEWER])
    html = _page(client, programme, goals["B"])
    assert "4 acties dragen bij aan dit doel." in html or "4 actions serve this goal." in html
    assert html.index("Voorgesteld (1)") < html.index("Loopt (2)") < html.index("Afgerond (1)")
    assert "Anouk de Vries (Welzijn Brinkeveld)" in html
    assert "Elders" not in html
    assert f"?goal={goals['B'].pk}" in html


def test_goal_without_actions_says_so(client, programme, members):
    goals = goal_tree(programme)
    client.force_login(members[Role.PARTNER])
    html = _page(client, programme, goals["C"])
    assert 'id="goal-actions"' in html
    assert reverse("actions:create", args=[programme.slug]) in html
    client.force_login(members[Role.VIEWER])
    html = _page(client, programme, goals["C"])
    assert 'id="goal-actions"' in html
    assert reverse("actions:create", args=[programme.slug]) not in html


def test_goal_page_reads_its_actions_in_few_queries(
    client, programme, members, django_assert_max_num_queries
):
    goals = goal_tree(programme)
    for number in range(12):
        lead = PersonFactory(
            programme=programme, organisation=OrganisationFactory(programme=programme)
        )
        services.action_create(
            programme=programme, title=f"Actie {number}", goals=[goals["A"]], lead=lead, by=None
        )
    client.force_login(members[Role.VIEWER])
    _page(client, programme, goals["A"])
    with django_assert_max_num_queries(15):
        _page(client, programme, goals["A"])
