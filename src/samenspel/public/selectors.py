"""What residents see without logging in: only programmes that chose to publish, of their
actions only the statuses the project team chose, and of people only the names they agreed
to show (the lists name organisations, never people)."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspel.actions.models import PUBLISHABLE_STATUSES, Action, ActionStatus, ProgressUpdate
from samenspel.actions.selectors import goal_and_descendant_ids
from samenspel.actions.services import settings_for
from samenspel.core.models import Programme
from samenspel.goals.models import Goal

PAGE_SIZE = 20
# The filter's value for actions set in no village: the area is empty, which is also what
# "no filter" would send.
WHOLE_MUNICIPALITY = "-"


def published_programme(*, slug: str) -> Programme:
    """A programme whose goals and action book are public; 404 otherwise."""
    programme = Programme.objects.filter(slug=slug, action_book_settings__is_public=True).first()
    if programme is None:
        raise Http404
    return programme


def published_programmes():
    return Programme.objects.filter(action_book_settings__is_public=True).order_by("name")


def shown_statuses(*, programme: Programme) -> list[str]:
    """The statuses the project team publishes, in the statuses' order; never a proposal,
    whatever is stored."""
    chosen = set(settings_for(programme).public_statuses or [])
    return [status for status in PUBLISHABLE_STATUSES if status in chosen]


def public_actions(*, programme: Programme):
    """The actions in the published statuses, with what their public lines need."""
    return (
        Action.objects.filter(programme=programme, status__in=shown_statuses(programme=programme))
        .select_related("lead", "lead__organisation")
        .prefetch_related(
            Prefetch("goals", queryset=Goal.objects.order_by("title", "pk")),
            "involvements__organisation",
            Prefetch("progress_updates", queryset=ProgressUpdate.objects.order_by("-date", "-pk")),
        )
        .order_by("title", "pk")
    )


@dataclass(frozen=True)
class PublicFilters:
    area: str | None = None  # None: every place; "": the whole municipality (no village)
    goal: int | None = None  # a goal includes its sub-goals


def public_action_list(*, programme: Programme, filters: PublicFilters):
    """The public actions a resident filtered by village and goal."""
    actions = public_actions(programme=programme)
    if filters.area is not None:
        actions = actions.filter(area=filters.area)
    if filters.goal:
        ids = goal_and_descendant_ids(programme=programme, goal_id=filters.goal)
        actions = actions.filter(goals__in=ids).distinct()
    return actions


def public_areas(*, programme: Programme) -> list[str]:
    """The villages and districts public actions are set in (of no other action)."""
    actions = Action.objects.filter(
        programme=programme, status__in=shown_statuses(programme=programme)
    ).exclude(area="")
    return sorted(actions.order_by().values_list("area", flat=True).distinct())


def status_in_words(status: str, count: int) -> str:
    """'12 lopen', '1 loopt': a count with its status as a verb."""
    if status == ActionStatus.AGREED:
        return ngettext("%(count)s agreed", "%(count)s agreed", count) % {"count": count}
    if status == ActionStatus.RUNNING:
        return ngettext("%(count)s running", "%(count)s running", count) % {"count": count}
    if status == ActionStatus.FINISHED:
        return ngettext("%(count)s finished", "%(count)s finished", count) % {"count": count}
    return ngettext("%(count)s stopped", "%(count)s stopped", count) % {"count": count}


def public_summary(*, programme: Programme) -> dict:
    """The top of the public page: the top goals with their number of sub-goals, and how
    many public actions there are per status, in total and per village."""
    from samenspel.goals.selectors import goals_in_tree_order

    statuses = shown_statuses(programme=programme)
    rows = (
        Action.objects.filter(programme=programme, status__in=statuses)
        .values("area", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    per_area: dict[str, dict[str, int]] = {}
    for row in rows:
        per_area.setdefault(row["area"], {})[row["status"]] = row["n"]
    totals = {
        status: sum(counts.get(status, 0) for counts in per_area.values()) for status in statuses
    }
    # Villages by name; actions set in none (the whole municipality) last.
    areas = [
        {
            "area": area,
            "label": area or _("The whole municipality"),
            "filter": area or WHOLE_MUNICIPALITY,
            "counts": [per_area[area].get(status, 0) for status in statuses],
            "total": sum(per_area[area].values()),
        }
        for area in sorted(per_area, key=lambda name: (name == "", name.casefold()))
    ]
    goals = []
    for goal in goals_in_tree_order(programme=programme):
        if not goal.ancestors:
            goals.append({"goal": goal, "sub_goals": 0})
        elif goals:
            goals[-1]["sub_goals"] += 1
    return {
        "goals": goals,
        "statuses": [ActionStatus(status).label for status in statuses],
        "status_counts": [totals[status] for status in statuses],
        "status_words": ", ".join(
            status_in_words(status, totals[status]) for status in statuses if totals[status]
        ),
        "total": sum(totals.values()),
        "areas": areas,
        "shows_area_summary": settings_for(programme).shows_area_summary,
    }


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
