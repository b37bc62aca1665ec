"""The audit trail: services write who did what, views write who looked at personal data,
the project team reads it per programme and per object, and nobody can change it."""

import pytest
from django.urls import reverse

from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import PersonFactory
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting

pytestmark = pytest.mark.django_db


def test_changes_and_looks_are_recorded_with_who_and_which_programme(client, programme, members):
    team = members[Role.PROJECT_TEAM]
    client.force_login(team)
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=team)
    wave = collecting.wave_create(survey=survey, name="Meting", by=team)
    client.post(reverse("surveys:wave-toggle", args=[programme.slug, wave.pk]))
    person = PersonFactory(programme=programme, name="Quirijn Zwijgerhof")
    client.get(reverse("stakeholders:person-detail", args=[programme.slug, person.pk]))
    from samenspel.surveys.tests.factories import row_export_granted

    row_export_granted(programme=programme, user=team)
    client.post(
        reverse("surveys:export", args=[programme.slug, wave.pk]),
        {"file_format": "csv", "reason": "Tabellen voor de raad"},
    )
    events = list(AuditEvent.objects.filter(programme=programme).order_by("pk"))
    assert [(event.verb, event.object_type) for event in events] == [
        (AuditVerb.CREATED, "surveys.survey"),
        (AuditVerb.CREATED, "surveys.wave"),
        (AuditVerb.CHANGED, "surveys.wave"),
        (AuditVerb.VIEWED_PERSONAL, "stakeholders.person"),
        (AuditVerb.CREATED, "surveys.rowexportgrant"),
        (AuditVerb.STATUS_CHANGED, "surveys.rowexportgrant"),
        (AuditVerb.EXPORTED_PERSONAL, "surveys.wave"),
    ]
    deciding = events.pop(5)
    assert all(event.actor == team for event in events)
    assert deciding.actor != team, "someone else decides on the team member's request"
    assert events[2].details == {"is_open": False}


def test_a_viewer_who_sees_no_contact_details_leaves_no_look_behind(client, programme, members):
    person = PersonFactory(programme=programme)
    client.force_login(members[Role.VIEWER])
    client.get(reverse("stakeholders:person-detail", args=[programme.slug, person.pk]))
    assert not AuditEvent.objects.filter(verb=AuditVerb.VIEWED_PERSONAL).exists()


def test_the_project_team_reads_the_trail_with_filters_and_per_object(
    client, programme, members, other_programme
):
    team = members[Role.PROJECT_TEAM]
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    from samenspel.goals import services as goals

    goals.goal_update(goal=goal, title="Minder eenzaamheid onder ouderen", by=team)
    goals.goal_archive(goal=goal, by=team)
    other_goal = GoalFactory(programme=other_programme, title="Elders")
    goals.goal_archive(goal=other_goal, by=team)
    url = reverse("core:audit", args=[programme.slug])
    client.force_login(team)
    page = client.get(url).content.decode()
    assert "Minder eenzaamheid onder ouderen" in page and "Elders" not in page
    archived = client.get(url, {"verb": AuditVerb.ARCHIVED}).content.decode()
    assert "1 regel" in archived and "archiveerde" in archived
    per_object = client.get(url, {"object_type": "goals.goal", "object_id": goal.pk})
    assert "2 regels" in per_object.content.decode(), "changed and archived"
    assert client.get(url, {"since": "2026-13-01"}).status_code == 400
    for role in (Role.LEAD, Role.PARTNER, Role.ANALYST, Role.VIEWER):
        client.force_login(members[role])
        assert client.get(url).status_code == 403


def test_nobody_can_change_or_remove_an_entry(programme, members):
    from samenspel.core.audit import record

    event = record(by=members[Role.PROJECT_TEAM], verb=AuditVerb.CHANGED, obj=programme)
    event.object_label = "iets anders"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(object_label="weg")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).object_label == str(programme)
