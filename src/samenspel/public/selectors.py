"""What residents see without logging in: only programmes that chose to publish, and of
people only the names they agreed to show."""

from django.db.models import Prefetch
from django.http import Http404

from samenspel.actions.models import Action, ActionStatus, ProgressUpdate
from samenspel.core.models import Programme

PUBLIC_STATUSES = [ActionStatus.AGREED, ActionStatus.RUNNING, ActionStatus.FINISHED]


def published_programme(*, slug: str) -> Programme:
    """A programme whose goals and action book are public; 404 otherwise."""
    programme = Programme.objects.filter(slug=slug, action_book_settings__is_public=True).first()
    if programme is None:
        raise Http404
    return programme


def published_programmes():
    return Programme.objects.filter(action_book_settings__is_public=True).order_by("name")


def public_actions(*, programme: Programme):
    """Agreed, running and finished actions (proposals are not public yet)."""
    return (
        Action.objects.filter(programme=programme, status__in=PUBLIC_STATUSES)
        .select_related("lead", "lead__organisation")
        .prefetch_related(
            "goals",
            "involvements__organisation",
            Prefetch("progress_updates", queryset=ProgressUpdate.objects.order_by("-date", "-pk")),
        )
        .order_by("title")
    )


def public_action(*, programme: Programme, pk: int) -> Action:
    action = public_actions(programme=programme).filter(pk=pk).first()
    if action is None:
        raise Http404
    return action


def public_lead_name(action: Action) -> str:
    """The lead's name only with their consent; otherwise their organisation, or nothing."""
    lead = action.lead
    if lead is None:
        return ""
    if lead.shows_name_publicly:
        return lead.name
    return lead.organisation.name if lead.organisation else ""


def public_book(*, programme: Programme) -> dict:
    """The published goals with, per goal, its public actions and their consented lead names."""
    from samenspel.goals.selectors import goal_book, vision_of

    actions = list(public_actions(programme=programme))
    by_goal: dict[int, list] = {}
    for action in actions:
        action.public_lead = public_lead_name(action)
        for goal in action.goals.all():
            by_goal.setdefault(goal.pk, []).append(action)
    return {
        "vision": vision_of(programme=programme),
        "sections": goal_book(programme=programme),
        "actions": actions,
        "actions_by_goal": by_goal,
        "action_count": len(actions),
    }


def publish_preview(*, programme: Programme) -> dict:
    """What residents will read once the programme's pages are public: the book, every
    public action with its progress, and whose names appear or are masked."""
    from samenspel.stakeholders.models import Person

    book = public_book(programme=programme)
    for action in book["actions"]:
        action.updates = list(action.progress_updates.all())
    people = Person.objects.filter(programme=programme)
    return {
        **book,
        "named": list(
            people.filter(shows_name_publicly=True).order_by("name").values_list("name", flat=True)
        ),
        "masked_count": people.filter(shows_name_publicly=False).count(),
    }
