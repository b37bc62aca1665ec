import rules

from samenspel.core.rules import is_project_team, reads_everything

rules.add_perm("surveys.view_results", reads_everything)
rules.add_perm("surveys.manage", is_project_team)
# Weighting a wave is analysis: the analyst may do it as well as the project team.
rules.add_perm("surveys.weight", reads_everything)
