"""A published programme to read, for the public pages' tests and browser tests."""

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.goals.tests.factories import goal_tree
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory


def published_villages(programme):
    """A published programme with actions in two villages and in the whole municipality, in
    every status, on the goal tree of goal_tree (A with two sub-goals, B with one, C)."""
    goals = goal_tree(programme)
    library = OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    lead = PersonFactory(
        programme=programme,
        name="Anouk de Vries",
        email="anouk@example.nl",
        organisation=library,
        shows_name_publicly=True,
    )
    rows = [
        ("Taalcafé", "Brinkeveld", ActionStatus.RUNNING, "A1a"),
        ("Leesclub", "Brinkeveld", ActionStatus.RUNNING, "A"),
        ("Sportdag", "Brinkeveld", ActionStatus.FINISHED, "B1"),
        ("Huiswerkklas", "Oosterhoek", ActionStatus.RUNNING, "A1"),
        ("Buurtsportcoach", "Oosterhoek", ActionStatus.AGREED, "B"),
        ("Woonloket", "", ActionStatus.RUNNING, "C"),
        ("Gestopte moestuin", "Oosterhoek", ActionStatus.STOPPED, "B"),
        ("Geheim plan", "Westerdorp", ActionStatus.PROPOSED, "C"),
    ]
    for title, area, status, goal in rows:
        services.action_create(
            programme=programme,
            title=title,
            area=area,
            goals=[goals[goal]],
            lead=lead,
            status=status,
            description=f"{title}: " + "woord " * 60,
            by=None,
        )
    services.settings_update(programme=programme, is_public=True, by=None)
    return goals
