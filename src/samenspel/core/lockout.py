"""Login lockout with a limit of its own per rule, on django-axes' database handler.

Axes counts failures per rule of AXES_LOCKOUT_PARAMETERS but holds them all against one
AXES_FAILURE_LIMIT. A person mistyping on their own device, an attack on one account spread
over many addresses, and one password sprayed over many user names from one address deserve
different limits: an office, a library or a town hall's network shares one address, so that
rule needs more room than the others. This handler scales each rule's count to the common
limit, so that axes locks when any rule reaches its own limit.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_lockout_parameters
from django.conf import settings
from django.db.models import Sum


def rule_limit(rule) -> int:
    """The failures a lockout rule allows: one user name from one address (the common limit),
    one user name from any address, or one address under any user name."""
    names = {rule} if isinstance(rule, str) else set(rule)
    if names == {"username"}:
        return settings.SAMENSPEL_LOGIN_USER_FAILURE_LIMIT
    if names == {"ip_address"}:
        return settings.SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT
    return settings.AXES_FAILURE_LIMIT


class LockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials: dict | None = None) -> int:
        """The failures of the rule nearest to its own limit, in units of the common limit:
        ``count * common // own`` reaches the common limit exactly when the count reaches
        the rule's own."""
        common = get_failure_limit(request, credentials)
        rules = get_lockout_parameters(request, credentials)
        counts = self.get_user_attempts(request, credentials)
        return max(
            (
                (attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0)
                * common
                // max(rule_limit(rule), 1)
                for rule, attempts in zip(rules, counts, strict=True)
            ),
            default=0,
        )

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """After a successful login, forget the failures of that user name only. Axes would
        also forget every failure from the address, and anyone with an account of their own
        could then spray past the address rule by logging in between rounds."""
        username = get_client_username(request, credentials)
        if not username:
            return 0
        return self.reset_attempts(username=username)
