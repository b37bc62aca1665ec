import rules

from samenspel.core.rules import is_member, is_project_team

rules.add_perm("meetings.view_meetings", is_member)
rules.add_perm("meetings.edit_meetings", is_project_team)
