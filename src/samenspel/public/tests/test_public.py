import pytest
from django.urls import reverse

from samenspel.actions import services
from samenspel.actions.models import ActionStatus
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(programme):
    goal = GoalFactory(programme=programme, title="Iedereen doet mee")
    library = OrganisationFactory(programme=programme, name="Bibliotheek Brinkeveld")
    shy = PersonFactory(
        programme=programme,
        name="Verlegen Trekker",
        organisation=library,
        email="verlegen@example.nl",
        phone="0570 00 11 22",
        shows_name_publicly=False,
    )
    open_lead = PersonFactory(programme=programme, name="Open Trekker", shows_name_publicly=True)
    services.action_create(
        programme=programme, title="Taalcafé", goals=[goal], lead=shy, status=ActionStatus.RUNNING
    )
    services.action_create(
        programme=programme,
        title="Leesclub",
        goals=[goal],
        lead=open_lead,
        status=ActionStatus.AGREED,
    )
    services.action_create(programme=programme, title="Nog maar een idee", goals=[goal])
    services.settings_update(programme=programme, stalling_after_weeks=6, is_public=True)
    return programme


def test_unpublished_programme_is_not_public(client, programme):
    assert client.get(reverse("public:programme", args=[programme.slug])).status_code == 404


def test_residents_see_goals_actions_and_only_consented_names(client, published):
    content = client.get(reverse("public:programme", args=[published.slug])).content.decode()
    assert "Iedereen doet mee" in content
    assert "Taalcafé" in content and "Leesclub" in content
    assert "Nog maar een idee" not in content, "proposals are not public"
    assert "Open Trekker" in content
    assert "Verlegen Trekker" not in content
    assert "Bibliotheek Brinkeveld" in content
    assert "verlegen@example.nl" not in content and "0570 00 11 22" not in content


def test_public_action_page_hides_contact_details(client, published):
    action = published.actions.get(title="Taalcafé")
    content = client.get(
        reverse("public:action", args=[published.slug, action.pk])
    ).content.decode()
    assert "Taalcafé" in content
    assert "Verlegen Trekker" not in content and "verlegen@example.nl" not in content
    proposal = published.actions.get(title="Nog maar een idee")
    assert (
        client.get(reverse("public:action", args=[published.slug, proposal.pk])).status_code == 404
    )
