from samenspel.core.models import Membership, Role
from samenspel.core.tests.factories import UserFactory
from samenspel.surveys.analysis import services


def row_export_granted(*, programme, user, reason="Analyse in SPSS voor het jaarverslag"):
    """Give a member the right to export answers per respondent, asked and decided as the
    product asks it: by someone else of the project team."""
    decider = UserFactory(username=f"beslisser-{programme.slug}")
    Membership.objects.get_or_create(
        programme=programme, user=decider, defaults={"role": Role.PROJECT_TEAM}
    )
    grant = services.row_export_request(programme=programme, reason=reason, by=user)
    return services.row_export_decide(grant=grant, granted=True, by=decider)
