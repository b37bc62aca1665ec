"""Who may do what in monitoring: everyone in a programme reads its indicators; the project
team and analysts keep them; a partner delivers only the figures it was asked for."""

import rules

from samenspel.core.rules import is_member, is_partner, is_project_team, reads_everything


@rules.predicate
def is_asked_organisation(user, request) -> bool:
    """The user belongs to the organisation a delivery request was sent to."""
    if request is None or not hasattr(request, "organisation_id"):
        return False
    return request.organisation.people.filter(user=user).exists()


rules.add_perm("monitoring.view_indicators", is_member)
rules.add_perm("monitoring.manage_indicators", reads_everything)
rules.add_perm("monitoring.manage_areas", reads_everything)
rules.add_perm("monitoring.request_figures", is_project_team)
rules.add_perm("monitoring.write_evaluation", is_project_team)
rules.add_perm("monitoring.deliver_figure", is_partner & is_asked_organisation)
rules.add_perm("monitoring.deliver_figures", is_partner)


# Figures asked of partners and preconditions ----------------------------------------------


@rules.predicate
def is_committing_organisation(user, commitment) -> bool:
    """The user belongs to the organisation that made a commitment."""
    if commitment is None or not hasattr(commitment, "organisation_id"):
        return False
    return commitment.organisation.people.filter(user=user).exists()


# The team sees every request, a partner those sent to its own organisations (the selector
# narrows the list); analysts read along.
rules.add_perm("monitoring.view_figure_requests", reads_everything | is_partner)
# A partner records what its own organisation commits (the form offers only those).
rules.add_perm("monitoring.record_commitments", is_project_team | is_partner)
rules.add_perm(
    "monitoring.delete_commitment", is_project_team | (is_partner & is_committing_organisation)
)
rules.add_perm("monitoring.set_resource_need", is_project_team)
