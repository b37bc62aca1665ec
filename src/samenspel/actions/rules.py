import rules

from samenspel.core.rules import has_role, is_lead, is_member, is_project_team

from .models import ActionStatus


@rules.predicate
def leads_action(user, action) -> bool:
    lead = getattr(action, "lead", None)
    return lead is not None and lead.user_id is not None and lead.user_id == user.pk


@rules.predicate
def proposed_it(user, action) -> bool:
    proposer = getattr(action, "proposed_by_id", None)
    return proposer is not None and proposer == user.pk


@rules.predicate
def is_open_proposal(user, action) -> bool:
    """Not agreed (yet): proposed, or withdrawn by whoever proposed it."""
    return getattr(action, "status", None) in (ActionStatus.PROPOSED, ActionStatus.WITHDRAWN)


# A partner or lead keeps their own proposal until the project team agrees it: they edit it,
# withdraw it and propose it again. The project team's own ideas need no such step.
owns_proposal = has_role("partner", "lead") & proposed_it & is_open_proposal

rules.add_perm("actions.view_book", is_member)
rules.add_perm("actions.propose", has_role("project_team", "partner", "lead"))
rules.add_perm("actions.follow_proposals", has_role("partner", "lead"))
rules.add_perm("actions.manage", is_project_team)  # agree, link, connect, settings
rules.add_perm("actions.change_action", is_project_team | (is_lead & leads_action) | owns_proposal)
rules.add_perm("actions.withdraw", owns_proposal)  # and propose again
rules.add_perm("actions.post_progress", is_project_team | (is_lead & leads_action))
rules.add_perm("actions.export", is_member)
