import rules

from samenspel.core.rules import has_role, is_lead, is_member, is_project_team


@rules.predicate
def leads_action(user, action) -> bool:
    lead = getattr(action, "lead", None)
    return lead is not None and lead.user_id is not None and lead.user_id == user.pk


rules.add_perm("actions.view_book", is_member)
rules.add_perm("actions.propose", has_role("project_team", "partner", "lead"))
rules.add_perm("actions.manage", is_project_team)  # agree, link, connect, settings
rules.add_perm("actions.change_action", is_project_team | (is_lead & leads_action))
rules.add_perm("actions.post_progress", is_project_team | (is_lead & leads_action))
rules.add_perm("actions.export", is_member)
