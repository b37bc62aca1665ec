"""Reads of the action book: lists with filters, stalling actions, coverage per goal."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection
from django.db.models import (
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, Greatest, TruncDate
from django.utils import timezone

from samenspel.core.ids import parse_id
from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.goals.selectors import goals_in_tree_order

from .models import Action, ActionStatus, ProgressUpdate, StatusChange
from .services import settings_for

ACTIVE_STATUSES = [ActionStatus.AGREED, ActionStatus.RUNNING]
# A proposal its proposer withdrew serves no goal and counts in no total, until proposed again.
COUNTED_STATUSES = [status for status in ActionStatus if status != ActionStatus.WITHDRAWN]
SORTS = {
    "titel": ("title", "pk"),
    "status": ("status", "title"),
    "voortgang": (F("last_progress_at").desc(nulls_last=True), "title"),
    "start": (F("start_date").asc(nulls_last=True), "title"),
    "nieuw": ("-created_at",),
}


@dataclass
class ActionFilters:
    query: str = ""
    goal: int | None = None
    status: str = ""
    lead: int | None = None
    organisation: int | None = None
    target_group: int | None = None
    area: str = ""
    stalling_only: bool = False
    sort: str = "titel"

    @classmethod
    def from_query(cls, query) -> "ActionFilters":
        """Filters from a query string. Unknown values are dropped; ids need no check against
        the choices because every query is limited to the programme anyway."""

        def number(name: str) -> int | None:
            return parse_id(query.get(name, ""))

        def text(name: str, limit: int) -> str:
            # No stored text holds a NUL character, and PostgreSQL refuses one in a query.
            return query.get(name, "").replace("\x00", "").strip()[:limit]

        status = query.get("status", "")
        sort = query.get("sort", "")
        return cls(
            query=text("q", 200),
            goal=number("goal"),
            status=status if status in ActionStatus.values else "",
            lead=number("lead"),
            organisation=number("organisation"),
            target_group=number("target_group"),
            area=text("area", 120),
            stalling_only=query.get("stalling") in {"on", "1", "true"},
            sort=sort if sort in SORTS else "titel",
        )


def _last_activity():
    """The latest date anything happened to an action: progress, status move or creation."""
    # TruncDate takes the local date (TIME_ZONE), as the per-row check does.
    return Greatest(
        Coalesce("last_progress_at", TruncDate("created_at")),
        TruncDate(Coalesce("status_changed_at", "created_at")),
    )


def stalling_cutoff(*, programme: Programme, today: date | None = None) -> date:
    weeks = settings_for(programme).stalling_after_weeks
    return (today or timezone.localdate()) - timedelta(weeks=weeks)


def _search(actions: QuerySet[Action], query: str) -> QuerySet[Action]:
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector("title", weight="A", config="dutch") + SearchVector(
            "description", "expected_result", weight="B", config="dutch"
        )
        return actions.annotate(search=vector).filter(
            search=SearchQuery(query, config="dutch", search_type="websearch")
        )
    # SQLite: every word must occur in the title, description or expected result.
    for word in query.split():
        actions = actions.filter(
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(expected_result__icontains=word)
        )
    return actions


def goal_and_descendant_ids(*, programme: Programme, goal_id: int) -> list[int]:
    """A goal with all its sub-goals, so that filtering by a goal includes its sub-goals."""
    pairs = list(Goal.objects.filter(programme=programme).values_list("pk", "parent_id"))
    children: dict[int | None, list[int]] = {}
    for pk, parent in pairs:
        children.setdefault(parent, []).append(pk)
    found, frontier = [goal_id], [goal_id]
    while frontier:
        frontier = [child for pk in frontier for child in children.get(pk, [])]
        found += frontier
    return found


def actions_for_book(
    *, programme: Programme, filters: ActionFilters | None = None, today: date | None = None
) -> QuerySet[Action]:
    """The action book, filtered and sorted, each action with its lead and goals."""
    filters = filters or ActionFilters()
    actions = Action.objects.filter(programme=programme)
    if filters.query:
        actions = _search(actions, filters.query)
    if filters.goal:
        ids = goal_and_descendant_ids(programme=programme, goal_id=filters.goal)
        actions = actions.filter(goals__in=ids).distinct()
    if filters.status:
        actions = actions.filter(status=filters.status)
    if filters.lead:
        actions = actions.filter(lead_id=filters.lead)
    if filters.organisation:
        actions = actions.filter(involvements__organisation_id=filters.organisation)
    if filters.target_group:
        actions = actions.filter(target_groups__id=filters.target_group)
    if filters.area:
        actions = actions.filter(area__iexact=filters.area)
    if filters.stalling_only:
        cutoff = stalling_cutoff(programme=programme, today=today)
        actions = actions.annotate(last_activity=_last_activity()).filter(
            status__in=ACTIVE_STATUSES, last_activity__lt=cutoff
        )
    order = SORTS.get(filters.sort, SORTS["titel"])
    return (
        actions.select_related("lead", "lead__organisation")
        .prefetch_related(Prefetch("goals", queryset=Goal.objects.only("pk", "title")))
        .order_by(*order)
    )


LIST_FIELDS = (
    "pk",
    "title",
    "area",
    "status",
    "status_changed_at",
    "last_progress_at",
    "created_at",
)


def actions_for_list(*, programme: Programme, filters: ActionFilters | None = None):
    """The action book for a screen list: a dictionary per action with only the columns the
    list shows. No model instances: building 150 of them for a page of 50 actions with their
    leads cost more than reading the rows. Finish a page with ``book_rows``."""
    return (
        actions_for_book(programme=programme, filters=filters)
        .prefetch_related(None)
        .values(
            *LIST_FIELDS,
            lead_name=F("lead__name"),
            lead_organisation=F("lead__organisation__name"),
        )
    )


def book_rows(actions, *, programme: Programme, today: date | None = None) -> list[dict]:
    """One page of ``actions_for_list`` with what each row shows computed once: the status's
    label, whether the action stalls and its goals' titles (one query for the whole page)."""
    rows = list(actions)
    cutoff = stalling_cutoff(programme=programme, today=today)
    labels = {value: str(label) for value, label in ActionStatus.choices}
    goal_titles: dict[int, list[str]] = {}
    links = Action.goals.through.objects.filter(action_id__in=[row["pk"] for row in rows])
    for action_id, title in links.order_by("goal__position", "goal__pk").values_list(
        "action_id", "goal__title"
    ):
        goal_titles.setdefault(action_id, []).append(title)
    for row in rows:
        row["status_label"] = labels.get(row["status"], row["status"])
        row["is_stalling"] = row["status"] in ACTIVE_STATUSES and (
            _quiet_since_of(row["created_at"], row["status_changed_at"], row["last_progress_at"])
            < cutoff
        )
        row["goal_titles"] = "; ".join(goal_titles.get(row["pk"], []))
    return rows


def mark_stalling(actions, *, programme: Programme, today: date | None = None) -> list[Action]:
    """Set ``is_stalling`` on the actions of one page; cheaper than computing it in SQL for all."""
    cutoff = stalling_cutoff(programme=programme, today=today)
    actions = list(actions)
    for action in actions:
        action.is_stalling = (
            _quiet_since(action) < cutoff if action.status in ACTIVE_STATUSES else False
        )
    return actions


def _quiet_since(action: Action) -> date:
    return _quiet_since_of(action.created_at, action.status_changed_at, action.last_progress_at)


def _quiet_since_of(created_at, status_changed_at, last_progress_at: date | None) -> date:
    moments = [timezone.localtime(created_at).date()]
    if status_changed_at:
        moments.append(timezone.localtime(status_changed_at).date())
    if last_progress_at:
        moments.append(last_progress_at)
    return max(moments)


def stalling_actions(*, programme: Programme, today: date | None = None) -> QuerySet[Action]:
    """Agreed or running actions with no progress, status move or start for too long."""
    return actions_for_book(
        programme=programme,
        filters=ActionFilters(stalling_only=True, sort="voortgang"),
        today=today,
    )


def action_detail(*, programme: Programme, pk: int) -> Action:
    """One action with everything its page shows; 404 for another programme's action."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        Action.objects.select_related(
            "lead", "lead__organisation", "meeting", "proposed_by"
        ).prefetch_related(
            "goals",
            "target_groups",
            "involvements__organisation",
            Prefetch("progress_updates", queryset=ProgressUpdate.objects.select_related("author")),
            Prefetch("status_changes", queryset=StatusChange.objects.select_related("changed_by")),
            "relations_out__target",
            "relations_in__source",
        ),
        programme=programme,
        pk=pk,
    )


def area_choices(*, programme: Programme) -> list[str]:
    """The areas actions are set in, for the filter."""
    areas = Action.objects.filter(programme=programme).exclude(area="").order_by()
    return sorted(areas.values_list("area", flat=True).distinct())


def action_book_health(*, programme: Programme, today: date | None = None) -> dict:
    """For the programme home: how up to date the action book is, and what is stalling."""
    today = today or timezone.localdate()
    cutoff = stalling_cutoff(programme=programme, today=today)
    actions = Action.objects.filter(programme=programme, status__in=COUNTED_STATUSES).annotate(
        last_activity=_last_activity()
    )
    figures = actions.aggregate(
        total=Count("pk"),
        running=Count("pk", filter=Q(status=ActionStatus.RUNNING)),
        running_recent=Count(
            "pk", filter=Q(status=ActionStatus.RUNNING, last_progress_at__gte=cutoff)
        ),
        proposed=Count("pk", filter=Q(status=ActionStatus.PROPOSED)),
    )
    stalling = list(stalling_actions(programme=programme, today=today)[:5])
    running = figures["running"]
    return {
        **figures,
        "up_to_date_percent": round(100 * figures["running_recent"] / running) if running else None,
        "stalling": stalling,
        "stalling_count": stalling_actions(programme=programme, today=today).count(),
        "stalling_weeks": settings_for(programme).stalling_after_weeks,
    }


@dataclass
class GoalCoverage:
    goal: Goal
    counts: dict[str, int]
    total: int

    @property
    def only_proposed(self) -> bool:
        return self.total > 0 and self.counts.get(ActionStatus.PROPOSED, 0) == self.total


def goal_coverage(*, programme: Programme) -> list[GoalCoverage]:
    """Per active goal in tree order, how many actions it has in each status (directly
    linked)."""
    rows = (
        Action.goals.through.objects.filter(
            action__programme=programme, action__status__in=COUNTED_STATUSES
        )
        .values("goal_id", "action__status")
        .annotate(n=Count("action_id"))
    )
    counts: dict[int, dict[str, int]] = {}
    for row in rows:
        counts.setdefault(row["goal_id"], {})[row["action__status"]] = row["n"]
    return [
        GoalCoverage(goal, counts.get(goal.pk, {}), sum(counts.get(goal.pk, {}).values()))
        for goal in goals_in_tree_order(programme=programme)
    ]


@dataclass
class StatusGroup:
    status: str
    label: str
    actions: list[Action]


def actions_for_goal(*, goal: Goal) -> list[StatusGroup]:
    """The actions that serve a goal directly, grouped by status in the statuses' order (empty
    groups left out), each with its lead and ``is_stalling``."""
    actions = mark_stalling(
        goal.actions.select_related("lead__organisation").order_by("title", "pk"),
        programme=goal.programme,
    )
    groups = []
    for status, label in ActionStatus.choices:
        found = [action for action in actions if action.status == status]
        if found:
            groups.append(StatusGroup(status, label, found))
    return groups


def is_stalling(action: Action, today: date | None = None) -> bool:
    """Whether one action is stalling: active, and nothing happened since the cutoff."""
    return mark_stalling([action], programme=action.programme, today=today)[0].is_stalling


@dataclass
class TimelineEntry:
    kind: str  # "progress" or "status"
    date: date
    item: object


def action_timeline(action: Action) -> list[TimelineEntry]:
    """Progress updates and status moves of one action, newest first."""
    entries = [
        TimelineEntry("progress", update.date, update) for update in action.progress_updates.all()
    ]
    entries += [
        TimelineEntry("status", timezone.localtime(change.changed_at).date(), change)
        for change in action.status_changes.all()
    ]
    return sorted(entries, key=lambda entry: (entry.date, entry.kind == "progress"), reverse=True)


def _latest_progress(field: str) -> Subquery:
    return Subquery(
        ProgressUpdate.objects.filter(action=OuterRef("pk"))
        .order_by("-date", "-pk")
        .values(field)[:1]
    )


# Order of a lead's own list: what needs them first.
_OWN_ORDER = {
    ActionStatus.RUNNING: 1,
    ActionStatus.AGREED: 1,
    ActionStatus.PROPOSED: 2,
    ActionStatus.FINISHED: 3,
    ActionStatus.STOPPED: 4,
    ActionStatus.WITHDRAWN: 4,
}


def actions_led_by(*, programme: Programme, user, today: date | None = None) -> list[Action]:
    """The actions this user leads (as a person in the register), each with ``is_stalling``
    and its latest progress; stalling ones first, then agreed and running, then the rest."""
    if not getattr(user, "is_authenticated", False):
        return []
    actions = (
        Action.objects.filter(programme=programme, lead__user=user)
        .select_related("lead")
        .annotate(
            latest_progress_text=_latest_progress("text"),
            latest_percent=_latest_progress("percent_complete"),
        )
        .order_by("title", "pk")
    )
    marked = mark_stalling(actions, programme=programme, today=today)
    return sorted(
        marked,
        key=lambda action: (
            not action.is_stalling,
            _OWN_ORDER.get(action.status, 5),
            _quiet_since(action) if action.is_stalling else date.min,
        ),
    )


def proposals_of(*, programme: Programme, user) -> QuerySet[Action]:
    """The actions this user proposed, newest first, each with what the project team last
    noted on it (``team_note``, ``team_note_at``) and the title it was proposed with."""
    if not getattr(user, "is_authenticated", False):
        return Action.objects.none()
    team_notes = (
        StatusChange.objects.filter(action=OuterRef("pk"))
        .exclude(note="")
        .exclude(changed_by=user)
        .order_by("-changed_at", "-pk")
    )
    first_version = Action.history.model.objects.filter(id=OuterRef("pk")).order_by(
        "history_date", "history_id"
    )
    return (
        Action.objects.filter(programme=programme, proposed_by=user)
        .select_related("lead")
        .annotate(
            team_note=Subquery(team_notes.values("note")[:1]),
            team_note_at=Subquery(team_notes.values("changed_at")[:1]),
            proposed_title=Subquery(first_version.values("title")[:1]),
        )
        .order_by("-created_at", "-pk")
    )
