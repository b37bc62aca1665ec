import rules

from samenspel.core.rules import has_role, is_member, is_project_team, reads_everything

rules.add_perm("stakeholders.view_register", is_member)
rules.add_perm("stakeholders.edit_register", is_project_team)
rules.add_perm("stakeholders.export_register", reads_everything)

# Viewers read the register without e-mail addresses and telephone numbers.
rules.add_perm("stakeholders.view_contact_details", is_member & ~has_role("viewer"))
