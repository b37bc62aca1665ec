"""Meetings: who came, what was discussed and decided, what was proposed there; only the
programme's own parties and goals, and a list newest first with its filter."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from samenspel.actions.tests.factories import ActionFactory
from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.meetings import selectors, services
from samenspel.meetings.models import Meeting
from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties(programme):
    welfare = OrganisationFactory(programme=programme, name="Welzijn Brinkeveld")
    school = OrganisationFactory(programme=programme, name="Basisschool De Linde")
    anouk = PersonFactory(programme=programme, name="Anouk de Vries", organisation=welfare)
    return {"welfare": welfare, "school": school, "anouk": anouk}


def test_participants_bring_their_organisation_and_the_change_is_recorded(
    programme, members, parties
):
    team = members[Role.PROJECT_TEAM]
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    meeting = services.meeting_save(
        programme=programme,
        kind="stakeholder_table",
        title="Tafel eenzaamheid",
        date="2026-03-12",
        place="Dorpshuis",
        goals=[goal],
        participants=[parties["anouk"]],
        organisations=[parties["school"]],
        by=team,
    )
    assert set(meeting.organisations.all()) == {parties["welfare"], parties["school"]}
    assert meeting.created_by == team
    services.meeting_save(
        programme=programme, meeting=meeting, title="Tafel eenzaamheid (2)", by=team
    )
    verbs = list(
        AuditEvent.objects.filter(object_type="meetings.meeting").values_list("verb", flat=True)
    )
    assert sorted(verbs) == sorted([AuditVerb.CREATED, AuditVerb.CHANGED])


def test_nothing_of_another_programme_can_be_linked(programme, other_programme, members):
    stranger = PersonFactory(programme=other_programme)
    with pytest.raises(ValidationError):
        services.meeting_save(
            programme=programme,
            kind="stakeholder_table",
            title="Tafel",
            date="2026-03-12",
            participants=[stranger],
            by=None,
        )
    assert not Meeting.objects.exists()


def test_the_list_is_newest_first_with_counts_and_a_filter(client, programme, members, parties):
    first = services.meeting_save(
        programme=programme,
        kind="stakeholder_table",
        title="Eerste tafel",
        date="2026-01-10",
        by=None,
    )
    services.meeting_save(
        programme=programme,
        kind="future_dialogue",
        title="Dialoog over de toekomst van Heggenrade",
        date="2026-02-10",
        participants=[parties["anouk"]],
        by=None,
    )
    ActionFactory(programme=programme, meeting=first)
    listed = list(selectors.meetings_for_programme(programme=programme))
    assert [m.title for m in listed] == ["Dialoog over de toekomst van Heggenrade", "Eerste tafel"]
    assert (listed[0].participant_count, listed[1].action_count) == (1, 1)
    client.force_login(members[Role.VIEWER])
    url = reverse("meetings:list", args=[programme.slug])
    page = client.get(url, {"kind": "stakeholder_table"}).content.decode()
    assert "Eerste tafel" in page and "toekomst van Heggenrade" not in page
    # An unknown kind shows every meeting rather than an error.
    assert client.get(url, {"kind": "onbekend"}).status_code == 200


def test_the_team_records_a_meeting_and_a_viewer_reads_it(client, programme, members, parties):
    client.force_login(members[Role.PROJECT_TEAM])
    reply = client.post(
        reverse("meetings:create", args=[programme.slug]),
        {
            "kind": "stakeholder_table",
            "title": "Tafel jeugd",
            "date": "2026-04-01",
            "participants": [parties["anouk"].pk],
            "notes": "Veel zorgen over jongeren na school.",
        },
    )
    meeting = Meeting.objects.get()
    assert reply["Location"] == reverse("meetings:detail", args=[programme.slug, meeting.pk])
    bad = client.post(reverse("meetings:create", args=[programme.slug]), {"title": ""})
    assert bad.status_code == 200 and Meeting.objects.count() == 1
    client.force_login(members[Role.VIEWER])
    page = client.get(reverse("meetings:detail", args=[programme.slug, meeting.pk]))
    assert "Veel zorgen over jongeren" in page.content.decode()
    assert "Welzijn Brinkeveld" in page.content.decode()
