"""Counts on the home read as Dutch does: "1 organisatie", "3 organisaties", "1 persoon"."""

import pytest
from django.urls import reverse

from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _home(client, programme) -> str:
    html = client.get(reverse("core:programme-home", args=[programme.slug])).content.decode()
    return " ".join(html.split())


def test_one_and_many_on_the_home(programme, team_client):
    OrganisationFactory(programme=programme)
    PersonFactory(programme=programme)
    GoalFactory(programme=programme)
    html = _home(team_client, programme)
    assert "1</span> organisatie</p>" in html
    assert "1 persoon, waarvan 0 ambassadeurs;" in html
    assert "1</span> doel onder" in html

    OrganisationFactory.create_batch(2, programme=programme)
    PersonFactory.create_batch(2, programme=programme)
    GoalFactory(programme=programme)
    html = _home(team_client, programme)
    assert "3</span> organisaties</p>" in html
    assert "3 personen, waarvan 0 ambassadeurs;" in html
    assert "2</span> doelen onder" in html
