import rules

from samenspel.core.rules import is_lead, is_member, is_project_team


@rules.predicate
def owns_goal(user, goal) -> bool:
    return goal is not None and getattr(goal, "owner_id", None) == user.pk


rules.add_perm("goals.view_book", is_member)
rules.add_perm("goals.edit_book", is_project_team)
rules.add_perm("goals.change_goal", is_project_team | (is_lead & owns_goal))
