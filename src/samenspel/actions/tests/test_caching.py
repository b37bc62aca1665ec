"""Cached fragments of the action book and home follow every change at once."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders import services as register_services
from samenspel.stakeholders.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragment_cache(settings):
    settings.SAMENSPEL_FRAGMENT_CACHE = True
    cache.clear()
    yield
    cache.clear()


def test_book_and_home_show_changes_despite_the_cache(team_client, programme):
    goal = GoalFactory(programme=programme)
    lead = PersonFactory(programme=programme, name="Sanne Bakker")
    action = services.action_create(
        programme=programme,
        title="Wandelgroep",
        goals=[goal],
        lead=lead,
        status=ActionStatus.RUNNING,
        by=None,
    )
    book = reverse("actions:book", args=[programme.slug])
    home = reverse("core:programme-home", args=[programme.slug])
    assert "Wandelgroep" in team_client.get(book).content.decode()
    assert "Sanne Bakker" in team_client.get(book).content.decode()
    team_client.get(home)

    services.action_update(action=action, title="Wandelgroep Heggenrade", by=None)
    register_services.person_update(person=lead, name="Sanne de Bakker", email=lead.email, by=None)
    content = team_client.get(book).content.decode()
    assert "Wandelgroep Heggenrade" in content and "Sanne de Bakker" in content

    services.action_create(programme=programme, title="Tweede", goals=[goal], by=None)
    assert "1 voorgestelde actie wacht op akkoord" in team_client.get(home).content.decode()
    services.progress_post(action=action, text="Gestart", by=None)
    content = team_client.get(book + "?goal=" + str(goal.pk)).content.decode()
    assert "Wandelgroep Heggenrade" in content
