"""An action proposed from a meeting starts with the meeting's goals and the organisations
present, is linked to the meeting, and the trail says so; a meeting that is not there is said
plainly, and nothing typed is lost."""

import re

import pytest
from django.urls import reverse

from samenspel.actions.models import Action, OrganisationRole
from samenspel.core.models import AuditEvent, AuditVerb
from samenspel.goals.tests.factories import GoalFactory
from samenspel.meetings import services as meeting_services
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

NOT_FOUND = "De bijeenkomst waar deze actie vandaan zou komen, is niet gevonden"


@pytest.fixture
def meeting(programme):
    welfare = OrganisationFactory(programme=programme, name="Welzijn Brinkeveld")
    school = OrganisationFactory(programme=programme, name="Basisschool De Linde")
    OrganisationFactory(programme=programme, name="Woningstichting Thuis")
    anouk = PersonFactory(programme=programme, name="Anouk de Vries", organisation=welfare)
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    GoalFactory(programme=programme, title="Betaalbaar wonen")
    return meeting_services.meeting_save(
        programme=programme,
        kind="stakeholder_table",
        title="Tafel eenzaamheid",
        date="2026-03-12",
        goals=[goal],
        participants=[anouk],
        organisations=[school],
        by=None,
    )


def _checked(html: str, name: str) -> list[str]:
    return re.findall(
        rf'<input type="checkbox" name="{name}"[^>]*checked[^>]*>\s*<span>([^<]+)</span>', html
    )


def test_the_form_starts_with_the_meetings_goals_and_organisations(team_client, programme, meeting):
    url = reverse("actions:create", args=[programme.slug])
    html = team_client.get(url, {"bijeenkomst": meeting.pk}).content.decode()
    assert _checked(html, "goals") == ["Minder eenzaamheid"]
    assert sorted(_checked(html, "organisations")) == ["Basisschool De Linde", "Welzijn Brinkeveld"]
    assert "Tafel eenzaamheid" in html
    # Without a meeting nothing is ticked.
    assert _checked(team_client.get(url).content.decode(), "organisations") == []


def test_the_organisations_present_arrive_in_the_action_and_the_trail(
    team_client, programme, members, meeting
):
    url = reverse("actions:create", args=[programme.slug])
    html = team_client.get(url, {"bijeenkomst": meeting.pk}).content.decode()
    ticked = re.findall(
        r'<input type="checkbox" name="(goals|organisations)" value="(\d+)"[^>]*checked', html
    )
    data = {"title": "Koffieochtend in het dorpshuis", "meeting": meeting.pk}
    for name, value in ticked:
        data.setdefault(name, []).append(value)
    reply = team_client.post(url, data)
    action = Action.objects.get(title="Koffieochtend in het dorpshuis")
    assert reply["Location"] == reverse("actions:detail", args=[programme.slug, action.pk])
    assert action.meeting == meeting
    involved = {i.organisation.name: i.role for i in action.involvements.all()}
    assert involved == {
        "Basisschool De Linde": OrganisationRole.CONTRIBUTES,
        "Welzijn Brinkeveld": OrganisationRole.CONTRIBUTES,
    }
    event = AuditEvent.objects.get(verb=AuditVerb.CREATED, object_type="actions.action")
    assert event.details["meeting"] == "Tafel eenzaamheid"
    assert event.details["organisations"] == ["Basisschool De Linde", "Welzijn Brinkeveld"]
    page = team_client.get(reverse("actions:detail", args=[programme.slug, action.pk]))
    assert "Welzijn Brinkeveld" in page.content.decode()


@pytest.mark.parametrize("wrong", ["999999", "abc", "9" * 40, "-1"])
def test_a_meeting_that_is_not_there_is_said_and_nothing_is_saved(team_client, programme, wrong):
    GoalFactory(programme=programme, title="Minder eenzaamheid")
    url = reverse("actions:create", args=[programme.slug])
    page = team_client.get(url, {"bijeenkomst": wrong})
    assert page.status_code == 200 and NOT_FOUND in page.content.decode()
    goal = programme.goals.get()
    reply = team_client.post(url, {"title": "Koffieochtend", "goals": [goal.pk], "meeting": wrong})
    assert reply.status_code == 200 and not Action.objects.exists()
    html = reply.content.decode()
    assert NOT_FOUND in html and 'value="Koffieochtend"' in html
    assert 'name="meeting"' not in html  # sent again, it is proposed without a meeting
    # Sent again to the same address (which still names the meeting), it is saved without.
    again = team_client.post(
        f"{url}?bijeenkomst={wrong}", {"title": "Koffieochtend", "goals": [goal.pk]}
    )
    assert again.status_code == 302 and Action.objects.get().meeting is None


def test_a_meeting_of_another_programme_is_not_carried(team_client, programme, other_programme):
    elsewhere = meeting_services.meeting_save(
        programme=other_programme,
        kind="other",
        title="Tafel elders",
        date="2026-03-12",
        organisations=[OrganisationFactory(programme=other_programme, name="Elders BV")],
        by=None,
    )
    url = reverse("actions:create", args=[programme.slug])
    html = team_client.get(url, {"bijeenkomst": elsewhere.pk}).content.decode()
    assert NOT_FOUND in html and "Elders BV" not in html and "Tafel elders" not in html
