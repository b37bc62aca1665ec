"""A member's own corner of the action book, on their page "My actions" and on the home: the
actions they lead, with a short progress form for each that is under way, and the proposals
they made, with what became of them."""

from samenspel.core.models import Programme
from samenspel.core.public_texts import PUBLIC_NOTE

from . import selectors
from .forms import QuickProgressForm
from .services import settings_for

# Only an action under way asks for news; a proposal, a finished or a stopped action is
# shown without the form (its own page still takes an update).
ASKS_FOR_PROGRESS = selectors.ACTIVE_STATUSES
HOME_PROPOSALS = 5


def workbench(
    *, programme: Programme, user, bound: QuickProgressForm | None = None, posted: int | None = None
) -> dict:
    """What is this user's own: ``led`` (each with ``progress_form`` where they may post),
    ``proposals`` (when they follow their own), and counts. ``bound`` is a form to show again
    with its errors; ``posted`` the action just updated."""
    led = selectors.actions_led_by(programme=programme, user=user)
    for action in led:
        action.progress_form = None
        action.just_posted = action.pk == posted
        if action.status in ASKS_FOR_PROGRESS and user.has_perm("actions.post_progress", action):
            if bound is not None and bound.action_pk == action.pk:
                action.progress_form = bound
            else:
                action.progress_form = QuickProgressForm(action=action)
    proposals = (
        list(selectors.proposals_of(programme=programme, user=user))
        if user.has_perm("actions.follow_proposals", programme)
        else []
    )
    return {
        "programme": programme,
        "led": led,
        "under_way": [action for action in led if action.status in ASKS_FOR_PROGRESS],
        "other_led": [action for action in led if action.status not in ASKS_FOR_PROGRESS],
        "stalling_count": sum(1 for action in led if action.is_stalling),
        "stalling_weeks": settings_for(programme).stalling_after_weeks,
        "proposals": proposals,
        "public_note": PUBLIC_NOTE,
    }


def home_panel(programme: Programme, user) -> dict | None:
    """The home's "My actions": for anyone who leads actions or follows their proposals."""
    context = workbench(programme=programme, user=user)
    if not context["led"] and not context["proposals"]:
        return None
    context["home_proposals"] = context["proposals"][:HOME_PROPOSALS]
    return context
