"""Preconditions in numbers: per goal and per action the hours, euros and places
organisations commit, against what the actions said they need, and the gap between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet, Sum
from django.shortcuts import get_object_or_404

from samenspel.actions.models import Action, ActionStatus
from samenspel.core.models import Programme
from samenspel.goals.selectors import goals_in_tree_order
from samenspel.stakeholders.models import Organisation

from ..models import Commitment, ResourceNeed

MEASURES = ("hours", "euros", "places")
ZERO = {"hours": Decimal(0), "euros": Decimal(0), "places": 0}
# Actions that no longer run need nothing more; their commitments still count where made.
ENDED = (ActionStatus.STOPPED, ActionStatus.WITHDRAWN)


@dataclass
class Amounts:
    hours: Decimal = Decimal(0)
    euros: Decimal = Decimal(0)
    places: int = 0

    def add(self, other: Amounts | dict) -> None:
        for name in MEASURES:
            value = other[name] if isinstance(other, dict) else getattr(other, name)
            setattr(self, name, getattr(self, name) + (value or 0))

    def __getitem__(self, name: str):
        return getattr(self, name)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in MEASURES)


@dataclass
class Row:
    """One goal or action: what is needed, what is committed, and what is still missing
    (a negative gap: more committed than asked)."""

    label: str
    obj: object
    need: Amounts = field(default_factory=Amounts)
    committed: Amounts = field(default_factory=Amounts)
    depth: int = 0

    @property
    def gap(self) -> Amounts:
        return Amounts(
            **{name: getattr(self.need, name) - getattr(self.committed, name) for name in MEASURES}
        )

    @property
    def is_empty(self) -> bool:
        return self.need.is_empty and self.committed.is_empty


@dataclass
class Overview:
    goals: list[Row]
    actions: list[Row]
    total: Row  # each action and each commitment counted once


def _sums(commitments, key: str) -> dict:
    rows = commitments.exclude(**{f"{key}__isnull": True}).values(key)
    rows = rows.annotate(hours=Sum("hours"), euros=Sum("euros"), places=Sum("places"))
    return {row[key]: row for row in rows}


def preconditions_overview(*, programme: Programme, period: int | None = None) -> Overview:
    """Per action and per goal, need against commitments (of one year, if given). A goal
    counts the needs and commitments of the actions serving it and what was committed to
    the goal itself; needs are not per year, so a year filters only the commitments."""
    commitments = Commitment.objects.filter(programme=programme)
    if period is not None:
        commitments = commitments.filter(period=period)
    per_action = _sums(commitments, "action")
    per_goal = _sums(commitments, "goal")
    needs = {
        need.action_id: need
        for need in ResourceNeed.objects.filter(action__programme=programme).exclude(
            action__status__in=ENDED
        )
    }
    actions = Action.objects.filter(programme=programme).filter(pk__in=set(per_action) | set(needs))
    action_rows = {}
    for action in actions.order_by("title", "pk"):
        row = Row(label=action.title, obj=action)
        if action.pk in needs:
            row.need.add(needs[action.pk])
        if action.pk in per_action:
            row.committed.add(per_action[action.pk])
        action_rows[action.pk] = row
    served = Action.goals.through.objects.filter(action_id__in=action_rows).values_list(
        "goal_id", "action_id"
    )
    actions_of_goal: dict[int, list[int]] = {}
    for goal_id, action_id in served:
        actions_of_goal.setdefault(goal_id, []).append(action_id)
    goal_rows = []
    for goal in goals_in_tree_order(programme=programme, include_archived=True):
        row = Row(label=goal.title, obj=goal, depth=len(getattr(goal, "ancestors", [])))
        for action_id in actions_of_goal.get(goal.pk, []):
            row.need.add(action_rows[action_id].need)
            row.committed.add(action_rows[action_id].committed)
        if goal.pk in per_goal:
            row.committed.add(per_goal[goal.pk])
        if not row.is_empty:
            goal_rows.append(row)
    total = Row(label="", obj=None)
    for row in action_rows.values():
        total.need.add(row.need)
        total.committed.add(row.committed)
    for sums in per_goal.values():
        total.committed.add(sums)
    return Overview(goals=goal_rows, actions=list(action_rows.values()), total=total)


def commitment_periods(*, programme: Programme) -> list[int]:
    """The years commitments were made for, newest first."""
    periods = Commitment.objects.filter(programme=programme).values_list("period", flat=True)
    return sorted(set(periods), reverse=True)


def commitments_for(*, programme: Programme, period: int | None = None) -> QuerySet[Commitment]:
    """The commitments themselves, with their organisation, action and goal, newest year first."""
    commitments = Commitment.objects.filter(programme=programme).select_related(
        "organisation", "action", "goal"
    )
    if period is not None:
        commitments = commitments.filter(period=period)
    return commitments


def commitment_in(*, programme: Programme, pk: int) -> Commitment:
    """One commitment of this programme, or 404."""
    return get_object_or_404(
        Commitment.objects.select_related("organisation", "action", "goal"),
        programme=programme,
        pk=pk,
    )


def action_in(*, programme: Programme, pk: int) -> Action:
    """One action of this programme, or 404."""
    return get_object_or_404(
        Action.objects.select_related("resource_need"), programme=programme, pk=pk
    )


def organisations_for_commitments(*, user, programme: Programme) -> QuerySet[Organisation]:
    """The organisations this user may record commitments for: all for the team, a partner's
    own otherwise."""
    if user.has_perm("monitoring.request_figures", programme):
        return programme.organisations.all()
    return Organisation.objects.filter(programme=programme, people__user=user).distinct()


def actions_without_need(*, programme: Programme) -> QuerySet[Action]:
    """The programme's running or planned actions whose needs are not in numbers yet."""
    return (
        Action.objects.filter(programme=programme, resource_need__isnull=True)
        .exclude(status__in=ENDED)
        .order_by("title", "pk")
    )
