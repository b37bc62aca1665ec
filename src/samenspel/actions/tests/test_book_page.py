"""The action book's list: what a row shows, and a page's queries do not grow with its rows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from samenspel.actions.models import Action, ActionStatus
from samenspel.actions.tests.factories import ActionFactory
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def add_actions(programme, count: int) -> None:
    """Actions as the book holds them: each with a lead of an organisation and two goals."""
    goals = [GoalFactory(programme=programme) for _ in range(3)]
    for index in range(count):
        organisation = OrganisationFactory(programme=programme)
        lead = PersonFactory(programme=programme, organisation=organisation)
        ActionFactory(
            programme=programme,
            lead=lead,
            area=f"Wijk {index % 4}",
            goals=[goals[index % 3], goals[(index + 1) % 3]],
        )


def book_queries(client, programme) -> int:
    url = reverse("actions:book", args=[programme.slug])
    client.get(url)  # the session and the user's roles, as on any page after the first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_a_page_of_50_actions_reads_no_more_than_a_page_of_5(team_client, programme):
    add_actions(programme, 5)
    five = book_queries(team_client, programme)
    add_actions(programme, 45)
    fifty = book_queries(team_client, programme)
    # Per row a lead, its organisation and its goals: none of them may cost a query of its own.
    assert fifty == five
    assert 0 < fifty <= 16


def test_a_row_shows_status_lead_organisation_goals_and_stalling(team_client, programme):
    first, second = (
        GoalFactory(programme=programme, title="Minder eenzaamheid"),
        GoalFactory(programme=programme, title="Meer bewegen"),
    )
    lead = PersonFactory(
        programme=programme,
        name="Sanne Bakker",
        organisation=OrganisationFactory(programme=programme, name="Welzijn Brinkeveld"),
    )
    long_ago = timezone.now() - timedelta(weeks=52)
    ActionFactory(
        programme=programme,
        title="Wandelgroep",
        lead=lead,
        goals=[second, first],
        status=ActionStatus.RUNNING,
        status_changed_at=long_ago,
    )
    Action.objects.filter(title="Wandelgroep").update(created_at=long_ago)  # set on creation
    ActionFactory(programme=programme, title="Koffieochtend", status=ActionStatus.PROPOSED)

    content = team_client.get(reverse("actions:book", args=[programme.slug])).content.decode()

    # Sorted by title: the coffee morning's row comes first.
    coffee = content[content.index("Koffieochtend") : content.index("Wandelgroep")]
    walk = content[content.index("Wandelgroep") :]
    assert "Sanne Bakker" in walk and "Welzijn Brinkeveld" in walk
    # The goals in the book's order, whatever order they were linked in.
    assert "Minder eenzaamheid; Meer bewegen" in walk
    assert "Loopt" in walk and "stilgevallen" in walk
    assert "nog geen trekker" in coffee and "stilgevallen" not in coffee


@pytest.mark.parametrize("sort", ["titel", "status", "voortgang", "start", "nieuw"])
def test_every_sort_with_a_goal_and_stalling_filter_lists_each_action_once(
    team_client, programme, sort
):
    add_actions(programme, 6)
    goal = programme.goals.first()
    url = reverse("actions:book", args=[programme.slug])
    content = team_client.get(url, {"goal": goal.pk, "sort": sort}).content.decode()
    # Each action of the goal once, though a goal and its sub-goals could match it twice.
    linked = list(goal.actions.values_list("title", flat=True))
    assert linked and all(content.count(f">{title}</a>") == 1 for title in linked)
    response = team_client.get(url, {"goal": goal.pk, "sort": sort, "stalling": "on"})
    assert response.status_code == 200
