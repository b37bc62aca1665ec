"""The services that keep indicators and their figures: one figure per cell, nothing across
programmes, figures asked of partners, commitments, each change in the audit trail."""

import pytest
from django.core.exceptions import ValidationError

from samenspel.core.models import AuditEvent, AuditVerb
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import services
from samenspel.monitoring.models import IndicatorValue, ValueSource
from samenspel.stakeholders.tests.factories import OrganisationFactory, TargetGroupFactory

from .factories import AreaFactory, IndicatorFactory


def test_indicator_create_serves_goals_and_refuses_a_second_code(programme, members):
    goal = GoalFactory(programme=programme)
    indicator = services.indicator_create(
        programme=programme,
        code="eenzaam",
        name="Eenzaamheid",
        goals=[goal],
        by=members["project_team"],
    )
    assert list(indicator.goals.all()) == [goal]
    assert AuditEvent.objects.filter(verb=AuditVerb.CREATED, object_id=str(indicator.pk)).exists()
    with pytest.raises(ValidationError):
        services.indicator_create(
            programme=programme, code="EENZAAM", name="Dubbel", by=members["project_team"]
        )


def test_indicator_refuses_a_goal_of_another_programme(programme, other_programme, members):
    with pytest.raises(ValidationError):
        services.indicator_create(
            programme=programme,
            code="x",
            name="X",
            goals=[GoalFactory(programme=other_programme)],
            by=members["project_team"],
        )


def test_value_set_replaces_the_figure_of_its_cell(programme, members):
    indicator = IndicatorFactory(programme=programme)
    area = AreaFactory(programme=programme)
    group = TargetGroupFactory(programme=programme)
    by = members["analyst"]
    services.value_set(indicator=indicator, period=2023, area=area, value=10, by=by)
    services.value_set(indicator=indicator, period=2023, area=area, value=12, n=300, by=by)
    services.value_set(
        indicator=indicator, period=2023, area=area, target_group=group, value=15, by=by
    )
    assert IndicatorValue.objects.count() == 2
    assert IndicatorValue.objects.get(target_group=None).value == 12


def test_value_needs_an_area_or_organisation_of_the_programme(programme, other_programme, members):
    indicator = IndicatorFactory(programme=programme)
    with pytest.raises(ValidationError):
        services.value_set(indicator=indicator, period=2023, value=1, by=members["analyst"])
    with pytest.raises(ValidationError):
        services.value_set(
            indicator=indicator,
            period=2023,
            value=1,
            area=AreaFactory(programme=other_programme),
            by=members["analyst"],
        )


def test_a_partner_delivers_what_it_was_asked(programme, members):
    indicator = IndicatorFactory(programme=programme)
    organisation = OrganisationFactory(programme=programme)
    request = services.figure_request_create(
        indicator=indicator, organisation=organisation, period=2025, by=members["project_team"]
    )
    assert request.is_outstanding
    with pytest.raises(ValidationError):
        services.figure_request_create(
            indicator=indicator, organisation=organisation, period=2025, by=members["project_team"]
        )
    figure = services.figure_deliver(request=request, value=42, by=members["partner"])
    request.refresh_from_db()
    assert not request.is_outstanding
    assert figure.organisation == organisation and figure.source == ValueSource.PARTNER
    assert AuditEvent.objects.filter(verb=AuditVerb.DELIVERED).count() == 1
    with pytest.raises(ValidationError):
        services.figure_request_withdraw(request=request, by=members["project_team"])


def test_a_commitment_needs_a_figure(programme, members):
    goal = GoalFactory(programme=programme)
    organisation = OrganisationFactory(programme=programme)
    with pytest.raises(ValidationError):
        services.commitment_create(
            programme=programme, organisation=organisation, goal=goal, period=2025, by=None
        )
    commitment = services.commitment_create(
        programme=programme, organisation=organisation, goal=goal, period=2025, hours=40, by=None
    )
    assert commitment.hours == 40
