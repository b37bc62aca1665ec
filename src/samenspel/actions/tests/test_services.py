from datetime import date, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from samenspel.actions import selectors, services, suggestions
from samenspel.actions.models import ActionStatus, StatusChange
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def goal(programme):
    return GoalFactory(programme=programme, title="Minder eenzaamheid")


def test_partner_proposes_and_team_agrees_with_history(programme, members, goal):
    action = services.action_create(
        programme=programme, title="Koffieochtend", goals=[goal], by=members[Role.PARTNER]
    )
    assert action.status == ActionStatus.PROPOSED
    with pytest.raises(PermissionDenied):
        services.action_set_status(
            action=action, status=ActionStatus.AGREED, by=members[Role.PARTNER]
        )
    services.action_set_status(
        action=action, status=ActionStatus.AGREED, by=members[Role.PROJECT_TEAM]
    )
    moves = list(StatusChange.objects.filter(action=action).order_by("changed_at", "pk"))
    assert [(m.from_status, m.to_status) for m in moves] == [
        ("", "proposed"),
        ("proposed", "agreed"),
    ]
    assert moves[1].changed_by == members[Role.PROJECT_TEAM]


def test_status_moves_follow_the_rules(programme, members, goal):
    action = services.action_create(programme=programme, title="A", goals=[goal], by=None)
    with pytest.raises(ValidationError):
        services.action_set_status(action=action, status=ActionStatus.FINISHED, by=None)


def test_an_action_needs_a_goal_of_its_own_programme(programme, other_programme):
    with pytest.raises(ValidationError):
        services.action_create(programme=programme, title="A", goals=[], by=None)
    foreign = GoalFactory(programme=other_programme)
    with pytest.raises(ValidationError):
        services.action_create(programme=programme, title="A", goals=[foreign], by=None)


def test_progress_sets_latest_date_and_refuses_the_future(programme, goal, members):
    action = services.action_create(programme=programme, title="A", goals=[goal], by=None)
    services.progress_post(
        action=action, text="Gestart", by=None, on=date.today() - timedelta(days=3)
    )
    assert action.last_progress_at == date.today() - timedelta(days=3)
    with pytest.raises(ValidationError):
        services.progress_post(
            action=action, text="Later", by=None, on=date.today() + timedelta(days=1)
        )
    with pytest.raises(ValidationError):
        services.progress_post(action=action, text="Zonder label", by=None, figure_value=5)


def test_stalling_detection_with_a_frozen_clock(programme, goal):
    with time_machine.travel(date(2026, 1, 5), tick=False):
        action = services.action_create(
            programme=programme,
            title="Beweegaanbod",
            goals=[goal],
            status=ActionStatus.RUNNING,
            by=None,
        )
        services.progress_post(action=action, text="Eerste les", by=None)
        quiet = services.action_create(
            programme=programme, title="Stil", goals=[goal], status=ActionStatus.PROPOSED, by=None
        )
    with time_machine.travel(date(2026, 2, 9), tick=False):  # five weeks later
        assert list(selectors.stalling_actions(programme=programme)) == []
    with time_machine.travel(date(2026, 2, 20), tick=False):  # more than six weeks later
        assert list(selectors.stalling_actions(programme=programme)) == [action]
        assert selectors.is_stalling(action)
        assert not selectors.is_stalling(quiet), "a proposed action is not stalling"
        health = selectors.action_book_health(programme=programme)
        assert health["stalling_count"] == 1 and health["up_to_date_percent"] == 0
        services.progress_post(action=action, text="Weer bezig", by=None)
        assert list(selectors.stalling_actions(programme=programme)) == []


def test_suggestion_for_alike_actions_and_dismissal_sticks(programme, goal):
    organisation = OrganisationFactory(programme=programme)
    group = TargetGroupFactory(programme=programme)
    first = services.action_create(
        programme=programme,
        title="Koffieochtend Heggenrade",
        goals=[goal],
        area="Heggenrade",
        description="Wekelijkse koffieochtend voor ouderen in het dorpshuis tegen eenzaamheid.",
        organisations={organisation: "executes"},
        target_groups=[group],
        by=None,
    )
    second = services.action_create(
        programme=programme,
        title="Ontmoetingsochtend",
        goals=[goal],
        area="Heggenrade",
        description="Wekelijkse ontmoetingsochtend voor ouderen in het dorpshuis tegen eenzaamheid.",
        organisations={organisation: "contributes"},
        target_groups=[group],
        by=None,
    )
    services.action_create(
        programme=programme,
        title="Schuldhulp op school",
        goals=[GoalFactory(programme=programme)],
        description="Les over geld en schulden voor leerlingen van groep acht.",
        by=None,
    )
    found = suggestions.action_suggestions(programme=programme)
    assert [(s.first, s.second) for s in found] == [(first, second)]
    assert any(
        "beschrijving" in reason or "description" in reason for reason in found[0].reasons
    ), found[0].reasons

    services.suggestion_dismiss(programme=programme, key=found[0].key, by=None)
    assert suggestions.action_suggestions(programme=programme) == []


def test_related_pair_is_no_longer_suggested(programme, goal):
    organisation = OrganisationFactory(programme=programme)
    a = services.action_create(
        programme=programme,
        title="A",
        goals=[goal],
        organisations={organisation: "executes"},
        area="X",
        by=None,
    )
    b = services.action_create(
        programme=programme,
        title="B",
        goals=[goal],
        organisations={organisation: "executes"},
        area="X",
        by=None,
    )
    assert len(suggestions.action_suggestions(programme=programme)) == 1
    services.relation_create(source=a, target=b, kind="strengthens", by=None)
    assert suggestions.action_suggestions(programme=programme) == []
    with pytest.raises(ValidationError):
        services.relation_create(source=b, target=a, kind="overlaps", by=None)


def test_organisations_on_the_same_goal_without_shared_action(programme, goal):
    welfare = OrganisationFactory(programme=programme, name="Welzijn")
    library = OrganisationFactory(programme=programme, name="Bibliotheek")
    services.action_create(
        programme=programme, title="A", goals=[goal], organisations={welfare: "executes"}, by=None
    )
    services.action_create(
        programme=programme, title="B", goals=[goal], organisations={library: "executes"}, by=None
    )
    found = suggestions.organisation_suggestions(programme=programme)
    assert {found[0].first.name, found[0].second.name} == {"Welzijn", "Bibliotheek"}
    services.suggestion_dismiss(programme=programme, key=found[0].key, by=None)
    assert suggestions.organisation_suggestions(programme=programme) == []


def test_book_filters_and_search(programme, goal):
    child = GoalFactory(programme=programme, parent=goal, target_image=goal.target_image, depth=1)
    lead = PersonFactory(programme=programme)
    services.action_create(
        programme=programme,
        title="Opvoedcafé",
        goals=[child],
        lead=lead,
        description="Ouders praten over opvoeding",
        by=None,
    )
    services.action_create(
        programme=programme,
        title="Budgetcursus",
        goals=[goal],
        description="Omgaan met geld",
        by=None,
    )
    by_goal = selectors.actions_for_book(
        programme=programme, filters=selectors.ActionFilters(goal=goal.pk)
    )
    assert by_goal.count() == 2, "a goal's filter includes its sub-goals"
    found = selectors.actions_for_book(
        programme=programme, filters=selectors.ActionFilters(query="opvoeding")
    )
    assert [a.title for a in found] == ["Opvoedcafé"]
    by_lead = selectors.actions_for_book(
        programme=programme, filters=selectors.ActionFilters(lead=lead.pk)
    )
    assert [a.title for a in by_lead] == ["Opvoedcafé"]


def test_goal_coverage_shows_gaps_and_only_proposed(programme, goal):
    empty = GoalFactory(programme=programme, target_image=goal.target_image, title="Leeg")
    services.action_create(programme=programme, title="A", goals=[goal], by=None)
    rows = {row.goal.title: row for row in selectors.goal_coverage(programme=programme)}
    assert rows["Leeg"].total == 0
    assert rows["Minder eenzaamheid"].only_proposed
    assert empty.pk


def test_reminder_goes_once_per_quiet_spell(programme, goal, mailoutbox):
    from samenspel.actions.reminders import stalling_reminders_send

    lead = PersonFactory(programme=programme, email="trekker@example.nl")
    with time_machine.travel(date(2026, 1, 5), tick=False):
        action = services.action_create(
            programme=programme,
            title="Maatjesproject",
            goals=[goal],
            lead=lead,
            status=ActionStatus.RUNNING,
            by=None,
        )
    with time_machine.travel(date(2026, 3, 1), tick=False):
        assert stalling_reminders_send(programme=programme, base_url="https://s.example.nl") == 1
        assert stalling_reminders_send(programme=programme, base_url="https://s.example.nl") == 0
    assert mailoutbox[0].to == ["trekker@example.nl"]
    assert f"/p/{programme.slug}/acties/{action.pk}/" in mailoutbox[0].body
    with time_machine.travel(date(2026, 3, 2), tick=False):
        services.progress_post(action=action, text="Loopt weer", by=None)
    with time_machine.travel(date(2026, 5, 1), tick=False):
        assert stalling_reminders_send(programme=programme, base_url="https://s.example.nl") == 1


def test_a_lead_cannot_revive_a_stopped_proposal_or_unagree(programme, members, goal):
    lead_person = PersonFactory(programme=programme, user=members[Role.LEAD])
    action = services.action_create(
        programme=programme, title="A", goals=[goal], lead=lead_person, by=None
    )
    services.action_set_status(
        action=action, status=ActionStatus.STOPPED, by=members[Role.PROJECT_TEAM]
    )
    with pytest.raises(PermissionDenied):
        services.action_set_status(
            action=action, status=ActionStatus.RUNNING, by=members[Role.LEAD]
        )
    services.action_set_status(
        action=action, status=ActionStatus.AGREED, by=members[Role.PROJECT_TEAM]
    )
    with pytest.raises(PermissionDenied):
        services.action_set_status(
            action=action, status=ActionStatus.PROPOSED, by=members[Role.LEAD]
        )


def test_suggestion_keys_and_kinds_are_checked(programme, goal):
    a = services.action_create(programme=programme, title="A", goals=[goal], by=None)
    b = services.action_create(programme=programme, title="B", goals=[goal], by=None)
    for key in ("actions:1", "actions:x:y", "iets"):
        with pytest.raises(ValidationError):
            services.suggestion_accept(programme=programme, key=key, kind="overlaps", by=None)
    with pytest.raises(ValidationError):
        services.suggestion_accept(
            programme=programme, key=f"actions:{a.pk}:{b.pk}", kind="zzz", by=None
        )
    relation = services.suggestion_accept(
        programme=programme, key=f"actions:{a.pk}:{b.pk}", kind="overlaps", by=None
    )
    assert relation.kind == "overlaps"
