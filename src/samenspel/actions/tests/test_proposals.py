"""A partner keeps their proposal until the project team agrees it: they change it, withdraw
it and propose it again; a withdrawn proposal counts nowhere meanwhile."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samenspel.actions import selectors, services
from samenspel.actions.models import ActionStatus, StatusChange
from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.core.tests.factories import MembershipFactory, UserFactory
from samenspel.goals.tests.factories import GoalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def goal(programme):
    return GoalFactory(programme=programme, title="Minder eenzaamheid")


def _proposal(programme, goal, partner, title="Rookvrije schoolpleinen"):
    return services.action_create(programme=programme, title=title, goals=[goal], by=partner)


def test_a_partner_withdraws_their_proposal_and_proposes_it_again(programme, goal, members):
    partner = members[Role.PARTNER]
    proposal = _proposal(programme, goal, partner)
    assert partner.has_perm("actions.change_action", proposal)
    services.proposal_withdraw(action=proposal, by=partner)
    proposal.refresh_from_db()
    assert proposal.status == ActionStatus.WITHDRAWN
    change = StatusChange.objects.filter(action=proposal).first()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "proposed",
        "withdrawn",
        partner,
    )
    assert AuditEvent.objects.filter(
        verb=AuditVerb.STATUS_CHANGED, actor=partner, object_id=str(proposal.pk)
    ).exists()
    assert partner.has_perm("actions.change_action", proposal), "still theirs to change"
    with pytest.raises(PermissionDenied):  # it is the partner's to propose again, not the team's
        services.action_set_status(
            action=proposal, status=ActionStatus.PROPOSED, by=members[Role.PROJECT_TEAM]
        )
    services.action_set_status(action=proposal, status=ActionStatus.PROPOSED, by=partner)
    proposal.refresh_from_db()
    assert proposal.status == ActionStatus.PROPOSED


def test_only_the_proposer_withdraws_and_only_before_agreement(programme, goal, members):
    partner = members[Role.PARTNER]
    proposal = _proposal(programme, goal, partner)
    other_partner = UserFactory(username="andere-partner")
    MembershipFactory(programme=programme, user=other_partner, role=Role.PARTNER)
    for someone in (other_partner, members[Role.PROJECT_TEAM], members[Role.LEAD]):
        with pytest.raises(PermissionDenied):
            services.proposal_withdraw(action=proposal, by=someone)
        assert not someone.has_perm("actions.change_action", proposal) or (
            someone == members[Role.PROJECT_TEAM]
        )
    services.action_set_status(
        action=proposal, status=ActionStatus.AGREED, by=members[Role.PROJECT_TEAM]
    )
    proposal.refresh_from_db()
    assert not partner.has_perm("actions.change_action", proposal)
    with pytest.raises(ValidationError):
        services.proposal_withdraw(action=proposal, by=partner)


def test_a_withdrawn_proposal_counts_in_no_coverage_or_total(programme, goal, members):
    proposal = _proposal(programme, goal, members[Role.PARTNER])
    services.proposal_withdraw(action=proposal, by=members[Role.PARTNER])
    row = next(r for r in selectors.goal_coverage(programme=programme) if r.goal == goal)
    assert row.total == 0
    assert selectors.action_book_health(programme=programme)["total"] == 0
