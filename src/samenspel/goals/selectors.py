"""Reads of the vision and goals book, each in a fixed, small number of queries."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet

from samenspel.core.models import Programme

from .models import Challenge, Goal, TargetImage, Vision


@dataclass
class GoalNode:
    goal: Goal
    children: list["GoalNode"] = field(default_factory=list)
    is_first: bool = False
    is_last: bool = False


@dataclass
class TargetImageSection:
    target_image: TargetImage
    roots: list[GoalNode]
    goal_count: int


def _link_siblings(nodes: list[GoalNode]) -> None:
    for index, node in enumerate(nodes):
        node.is_first = index == 0
        node.is_last = index == len(nodes) - 1
        _link_siblings(node.children)


def goals_for_programme(*, programme: Programme, include_archived: bool = False) -> QuerySet[Goal]:
    """The programme's goals with owner, themes and challenges loaded."""
    goals = Goal.objects.filter(programme=programme)
    if not include_archived:
        goals = goals.filter(archived_at__isnull=True)
    return goals.select_related("owner", "target_image").prefetch_related("themes", "challenges")


def goal_book(*, programme: Programme, include_archived: bool = False) -> list[TargetImageSection]:
    """Target images in order, each with its tree of goals (sub-goals under their parent)."""
    goals = list(
        goals_for_programme(programme=programme, include_archived=include_archived).order_by(
            "depth", "position", "pk"
        )
    )
    nodes = {goal.pk: GoalNode(goal) for goal in goals}
    roots: dict[int, list[GoalNode]] = {}
    for goal in goals:
        node = nodes[goal.pk]
        if goal.parent_id is None:
            roots.setdefault(goal.target_image_id, []).append(node)
        elif goal.parent_id in nodes:
            nodes[goal.parent_id].children.append(node)
    counts: dict[int, int] = {}
    for goal in goals:
        counts[goal.target_image_id] = counts.get(goal.target_image_id, 0) + 1
    sections = []
    for image in programme.target_images.all():
        image_roots = roots.get(image.pk, [])
        _link_siblings(image_roots)
        sections.append(TargetImageSection(image, image_roots, counts.get(image.pk, 0)))
    return sections


def vision_of(*, programme: Programme) -> Vision:
    """The programme's vision (an empty one if none was written yet)."""
    # Read-only: an unsaved, empty vision when none was written, so a page view writes nothing.
    return Vision.objects.filter(programme=programme).first() or Vision(programme=programme)


def goal_detail(*, programme: Programme, pk: int) -> Goal:
    """One goal of this programme, with what its page shows; 404 for other programmes' goals."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        Goal.objects.select_related("owner", "target_image", "parent").prefetch_related(
            "themes", "challenges", "children"
        ),
        programme=programme,
        pk=pk,
    )


def goal_ancestors(goal: Goal) -> list[Goal]:
    """The parents of a goal from the top down, for breadcrumbs."""
    chain = []
    parent = goal.parent
    while parent is not None:
        chain.append(parent)
        parent = parent.parent
    return list(reversed(chain))


def goals_in_tree_order(*, programme: Programme, include_archived: bool = False) -> list[Goal]:
    """The programme's goals as the book reads them: per target image, each goal followed by
    its sub-goals, depth first. Each goal carries ``ancestors``, its parents from the top."""
    goals = Goal.objects.filter(programme=programme).select_related("target_image")
    if not include_archived:
        goals = goals.filter(archived_at__isnull=True)
    return _in_tree_order(
        goals.order_by("target_image__position", "target_image__pk", "position", "pk")
    )


def _in_tree_order(goals) -> list[Goal]:
    """Goals (ordered by target image, then place among siblings) arranged depth first."""
    goals = list(goals)
    present = {goal.pk for goal in goals}
    children: dict[int, list[Goal]] = {}
    tops = []
    for goal in goals:
        if goal.parent_id in present:
            children.setdefault(goal.parent_id, []).append(goal)
        else:
            # A sub-goal whose parent is left out (archived, say) stays offered, at its place.
            tops.append(goal)
    ordered: list[Goal] = []

    def walk(goal: Goal, ancestors: list[Goal]) -> None:
        goal.ancestors = ancestors
        ordered.append(goal)
        for child in children.get(goal.pk, []):
            walk(child, [*ancestors, goal])

    for goal in tops:
        walk(goal, [])
    return ordered


def archived_sub_goals(*, goal: Goal) -> list[Goal]:
    """The archived sub-goals of a goal at any depth, in tree order; ``archived_together``
    says whether one was archived with the goal itself (in the same step)."""
    found, frontier = [], [goal.pk]
    while frontier:
        level = list(Goal.objects.filter(parent_id__in=frontier).select_related("target_image"))
        found.extend(level)
        frontier = [child.pk for child in level]
    ordered = [
        sub_goal
        for sub_goal in _in_tree_order(sorted(found, key=lambda item: (item.position, item.pk)))
        if sub_goal.archived_at is not None
    ]
    for sub_goal in ordered:
        sub_goal.archived_together = (
            goal.archived_at is not None and sub_goal.archived_at == goal.archived_at
        )
    return ordered


def goal_choices(*, programme: Programme, exclude: Goal | None = None) -> QuerySet[Goal]:
    """Goals that can be a parent: active ones of this programme."""
    goals = Goal.objects.filter(programme=programme, archived_at__isnull=True).select_related(
        "target_image"
    )
    if exclude is not None:
        goals = goals.exclude(pk=exclude.pk)
    return goals.order_by("target_image__position", "depth", "position")


def owner_choices(*, programme: Programme):
    """People who can own a goal: the programme's members."""
    return (
        get_user_model()
        .objects.filter(memberships__programme=programme)
        .order_by("first_name", "last_name", "username")
    )


def challenges_with_use(*, programme: Programme) -> QuerySet[Challenge]:
    """The programme's challenges, each with how many active goals serve it."""
    return programme.challenges.annotate(
        goal_count=Count("goals", filter=Q(goals__archived_at__isnull=True))
    )


def goal_book_summary(*, programme: Programme) -> dict:
    """Figures for the programme home: target images, goals, goals without an owner."""
    goals = Goal.objects.filter(programme=programme, archived_at__isnull=True)
    figures = goals.aggregate(
        total=Count("pk"),
        top=Count("pk", filter=Q(parent__isnull=True)),
        without_owner=Count("pk", filter=Q(owner__isnull=True)),
    )
    return {
        "target_image_count": programme.target_images.count(),
        "goal_count": figures["total"],
        "top_goal_count": figures["top"],
        "goals_without_owner": figures["without_owner"],
    }
