import rules
from django.db.models import F

from samenspel.core.rules import is_project_team, programme_of, reads_everything

_GRANTS_ATTR = "_samenspel_row_export_grants"


@rules.predicate
def has_row_export_grant(user, obj=None) -> bool:
    """A granted right to export answers per respondent in the object's programme, given
    since the user's current membership began: leaving the programme ends the right, and
    coming back does not bring it back. Cached on the user object for one request."""
    programme = programme_of(obj)
    if programme is None or not getattr(user, "is_authenticated", False):
        return False
    granted = getattr(user, _GRANTS_ATTR, None)
    if granted is None:
        from .models import RowExportGrant, RowExportStatus

        granted = set(
            RowExportGrant.objects.filter(
                user=user,
                status=RowExportStatus.GRANTED,
                programme__memberships__user=user,
                decided_at__gte=F("programme__memberships__created_at"),
            ).values_list("programme_id", flat=True)
        )
        setattr(user, _GRANTS_ATTR, granted)
    return programme.pk in granted


def forget_row_export_grants(user) -> None:
    """Drop the cached grants, after one was given, refused or withdrawn."""
    if hasattr(user, _GRANTS_ATTR):
        delattr(user, _GRANTS_ATTR)


rules.add_perm("surveys.view_results", reads_everything)
rules.add_perm("surveys.manage", is_project_team)
# Weighting a wave is analysis: the analyst may do it as well as the project team.
rules.add_perm("surveys.weight", reads_everything)
# Answers one row per respondent are a right of their own, asked for and given per programme.
rules.add_perm("surveys.request_row_export", reads_everything)
rules.add_perm("surveys.export_rows", reads_everything & has_row_export_grant)
rules.add_perm("surveys.decide_row_export", is_project_team)
