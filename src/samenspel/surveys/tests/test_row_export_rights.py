"""The right to export answers per respondent: asked for with a reason, decided by someone
else of the project team, ended by withdrawal or by leaving the programme; all in the trail."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.translation import gettext

from samenspel.core import services as core_services
from samenspel.core.models import AuditEvent, AuditVerb, Membership, Role
from samenspel.core.tests.factories import UserFactory
from samenspel.surveys.analysis import services
from samenspel.surveys.models import RowExportGrant, RowExportStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_team_member(programme):
    user = UserFactory(username="tweede-teamlid")
    Membership.objects.create(programme=programme, user=user, role=Role.PROJECT_TEAM)
    return user


def test_an_analyst_asks_with_a_reason_and_the_project_team_grants_it(client, programme, members):
    analyst, team = members[Role.ANALYST], members[Role.PROJECT_TEAM]
    url = reverse("surveys:row-export-rights", args=[programme.slug])
    client.force_login(analyst)
    assert client.post(url, {"reason": "kort"}).status_code == 400
    reply = client.post(url, {"reason": "Een regressie in SPSS voor de evaluatie van 2026."})
    assert reply.status_code == 302
    grant = RowExportGrant.objects.get(user=analyst)
    assert grant.status == RowExportStatus.REQUESTED
    assert not analyst.has_perm("surveys.export_rows", programme)
    asked = AuditEvent.objects.get(object_type="surveys.rowexportgrant", verb=AuditVerb.CREATED)
    assert asked.details == {"reason": "Een regressie in SPSS voor de evaluatie van 2026."}
    assert asked.details_in_words() == [
        (gettext("reason"), "Een regressie in SPSS voor de evaluatie van 2026.")
    ]

    client.force_login(team)
    page = client.get(url).content.decode()
    assert "Een regressie in SPSS" in page
    decide = reverse("surveys:row-export-decide", args=[programme.slug, grant.pk])
    client.post(decide, {"decision": "grant", "note": "Tot eind 2026"})
    grant.refresh_from_db()
    assert grant.status == RowExportStatus.GRANTED and grant.decided_by == team
    decided = AuditEvent.objects.get(verb=AuditVerb.STATUS_CHANGED)
    assert decided.details == {"status": "granted", "note": "Tot eind 2026"}
    analyst = type(analyst).objects.get(pk=analyst.pk)  # a new request, a fresh user
    assert analyst.has_perm("surveys.export_rows", programme)


def test_nobody_decides_on_their_own_request(programme, members, second_team_member):
    team = members[Role.PROJECT_TEAM]
    grant = services.row_export_request(
        programme=programme, reason="Koppelen aan de wijkmonitor", by=team
    )
    with pytest.raises(ValidationError):
        services.row_export_decide(grant=grant, granted=True, by=team)
    services.row_export_decide(grant=grant, granted=True, by=second_team_member)
    assert type(team).objects.get(pk=team.pk).has_perm("surveys.export_rows", programme)


def test_only_the_project_team_decides(programme, members):
    grant = services.row_export_request(
        programme=programme, reason="Analyse per dorp voor de raad", by=members[Role.ANALYST]
    )
    for role in (Role.ANALYST, Role.VIEWER, Role.PARTNER):
        with pytest.raises(PermissionDenied):
            services.row_export_decide(grant=grant, granted=True, by=members[role])
    with pytest.raises(PermissionDenied):
        services.row_export_request(
            programme=programme, reason="Ik wil ook alles zien", by=members[Role.VIEWER]
        )


def test_refused_withdrawn_or_left_the_programme_means_no_export(programme, members):
    analyst, team = members[Role.ANALYST], members[Role.PROJECT_TEAM]

    def may_export() -> bool:
        return type(analyst).objects.get(pk=analyst.pk).has_perm("surveys.export_rows", programme)

    grant = services.row_export_request(programme=programme, reason="Eerste analyse", by=analyst)
    services.row_export_decide(grant=grant, granted=False, by=team, note="Niet nodig")
    assert not may_export()
    with pytest.raises(ValidationError):
        services.row_export_decide(grant=grant, granted=True, by=team)

    grant = services.row_export_request(programme=programme, reason="Tweede analyse", by=analyst)
    with pytest.raises(ValidationError):
        services.row_export_request(programme=programme, reason="Nog een keer", by=analyst)
    services.row_export_decide(grant=grant, granted=True, by=team)
    assert may_export()
    services.row_export_withdraw(grant=grant, by=team, note="Analyse klaar")
    assert not may_export()

    grant = services.row_export_request(programme=programme, reason="Derde analyse", by=analyst)
    services.row_export_decide(grant=grant, granted=True, by=team)
    membership = Membership.objects.get(programme=programme, user=analyst)
    core_services.membership_remove(membership=membership, by=team)
    core_services.membership_add(programme=programme, user=analyst, role=Role.ANALYST, by=team)
    assert not may_export(), "coming back does not bring the right back"
    statuses = [event.details.get("status") for event in AuditEvent.objects.order_by("pk")]
    assert statuses.count("refused") == 1 and statuses.count("withdrawn") == 1


def test_a_decision_without_a_choice_changes_nothing(client, programme, members):
    grant = services.row_export_request(
        programme=programme, reason="Analyse per leeftijd", by=members[Role.ANALYST]
    )
    client.force_login(members[Role.PROJECT_TEAM])
    decide = reverse("surveys:row-export-decide", args=[programme.slug, grant.pk])
    assert client.post(decide, {"decision": "alles"}).status_code == 302
    grant.refresh_from_db()
    assert grant.status == RowExportStatus.REQUESTED
