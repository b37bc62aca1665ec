"""Changes to the vision and goals book. Every change records who made it (history)."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.history import save_with_relations
from samenspel.core.models import Programme

from .models import MAX_GOAL_DEPTH, Challenge, Goal, TargetImage, Theme, Vision


def _by(instance, by) -> None:
    # django-simple-history reads this attribute to record who made the change.
    if by is not None:
        instance._history_user = by


def vision_update(*, programme: Programme, text: str, by) -> Vision:
    """Replace the programme's vision text."""
    vision, _created = Vision.objects.get_or_create(programme=programme)
    vision.text = text.strip()
    _by(vision, by)
    vision.save()
    record(by=by, verb=AuditVerb.CHANGED, obj=vision, programme=programme)
    return vision


def _next_position(queryset) -> int:
    return (queryset.aggregate(top=Max("position"))["top"] or 0) + 1


def target_image_create(
    *, programme: Programme, title: str, description: str = "", by
) -> TargetImage:
    """Add a target image at the end of the programme's list."""
    image = TargetImage(
        programme=programme,
        title=title.strip(),
        description=description.strip(),
        position=_next_position(programme.target_images.all()),
    )
    _by(image, by)
    image.save()
    record(by=by, verb=AuditVerb.CREATED, obj=image)
    return image


def target_image_update(
    *, target_image: TargetImage, title: str, description: str = "", by
) -> TargetImage:
    """Change a target image's title and description."""
    target_image.title = title.strip()
    target_image.description = description.strip()
    _by(target_image, by)
    target_image.save()
    record(by=by, verb=AuditVerb.CHANGED, obj=target_image)
    return target_image


def target_image_delete(*, target_image: TargetImage, by) -> None:
    """Delete a target image that holds no goals."""
    if target_image.goals.exists():
        raise ValidationError(
            _("This target image still holds goals. Move or remove those goals first.")
        )
    _by(target_image, by)
    record(by=by, verb=AuditVerb.DELETED, obj=target_image)
    target_image.delete()


def _check_parent(*, programme: Programme, parent: Goal | None, goal: Goal | None = None) -> None:
    if parent is None:
        return
    if parent.programme_id != programme.pk:
        raise ValidationError(_("The parent goal belongs to another programme."))
    if parent.archived_at is not None:
        raise ValidationError(_("Restore the parent goal first: it is archived."))
    if parent.depth + 1 >= MAX_GOAL_DEPTH:
        raise ValidationError(
            _("Goals can be nested %(depth)s levels deep at most.") % {"depth": MAX_GOAL_DEPTH}
        )
    ancestor = parent
    while goal is not None and ancestor is not None:
        if ancestor.pk == goal.pk:
            raise ValidationError(_("A goal cannot be placed under itself."))
        ancestor = ancestor.parent


@transaction.atomic
def goal_create(
    *,
    programme: Programme,
    title: str,
    target_image: TargetImage | None = None,
    parent: Goal | None = None,
    description: str = "",
    owner=None,
    themes: list[Theme] | models.QuerySet | None = None,
    challenges: list[Challenge] | models.QuerySet | None = None,
    by,
) -> Goal:
    """Add a goal under a target image, or as a sub-goal under a parent goal."""
    _check_parent(programme=programme, parent=parent)
    if parent is not None:
        target_image = parent.target_image
    if target_image is None:
        raise ValidationError(_("Choose the target image this goal belongs to."))
    if target_image.programme_id != programme.pk:
        raise ValidationError(_("The target image belongs to another programme."))
    siblings = Goal.objects.filter(programme=programme, parent=parent, target_image=target_image)
    goal = Goal(
        programme=programme,
        target_image=target_image,
        parent=parent,
        title=title.strip(),
        description=description.strip(),
        owner=owner,
        depth=(parent.depth + 1) if parent else 0,
        position=_next_position(siblings),
    )
    _by(goal, by)
    save_with_relations(goal, themes=themes or [], challenges=challenges or [])
    record(by=by, verb=AuditVerb.CREATED, obj=goal)
    return goal


@transaction.atomic
def goal_update(
    *,
    goal: Goal,
    title: str,
    description: str = "",
    owner=None,
    themes=None,
    challenges=None,
    by,
) -> Goal:
    """Change a goal's content; its place in the tree stays."""
    goal.title = title.strip()
    goal.description = description.strip()
    goal.owner = owner
    _by(goal, by)
    save_with_relations(goal, themes=themes, challenges=challenges)
    record(by=by, verb=AuditVerb.CHANGED, obj=goal)
    return goal


@transaction.atomic
def goal_move(*, goal: Goal, direction: str, by) -> Goal:
    """Swap a goal with its neighbour above ('up') or below ('down') among its siblings."""
    siblings = list(
        Goal.objects.select_for_update()
        .filter(
            programme=goal.programme,
            parent=goal.parent,
            target_image=goal.target_image,
            archived_at__isnull=True,
        )
        .order_by("position", "pk")
    )
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == goal.pk)
    other = index - 1 if direction == "up" else index + 1
    if other < 0 or other >= len(siblings):
        return goal
    siblings[index], siblings[other] = siblings[other], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        if sibling.position != position:
            sibling.position = position
            _by(sibling, by)
            sibling.save(update_fields=["position"])
    goal.refresh_from_db()
    return goal


def goal_references(goal: Goal) -> int:
    """How many other records point at this goal (sub-goals, actions, indicators, ...)."""
    count = 0
    for relation in goal._meta.related_objects:
        if relation.related_model._meta.app_label == goal._meta.app_label and (
            relation.related_model.__name__.startswith("Historical")
        ):
            continue
        accessor = relation.get_accessor_name()
        if relation.one_to_one:
            count += int(
                relation.related_model.objects.filter(**{relation.field.name: goal}).exists()
            )
        else:
            count += getattr(goal, accessor).count()
    return count


@transaction.atomic
def goal_archive(*, goal: Goal, by) -> Goal:
    """Archive a goal and its sub-goals in one step: they leave the book but keep their links,
    and restoring the goal brings back the sub-goals archived with it."""
    now = timezone.now()
    for item in [goal, *_descendants(goal)]:
        if item.archived_at is None:
            item.archived_at = now
            _by(item, by)
            item.save(update_fields=["archived_at"])
            details = {} if item is goal else {"with_goal": goal.pk}
            record(by=by, verb=AuditVerb.ARCHIVED, obj=item, **details)
    return goal


@transaction.atomic
def goal_restore(*, goal: Goal, sub_goals: list[Goal] | None = None, by) -> list[Goal]:
    """Bring an archived goal back with the sub-goals archived together with it, or with the
    archived sub-goals given (and those between them and the goal); its parents come back
    too if they were archived. Returns the goals restored, from the top down."""
    if goal.archived_at is None:
        return []
    descendants = {item.pk: item for item in _descendants(goal)}
    if sub_goals is None:
        chosen = [item for item in descendants.values() if item.archived_at == goal.archived_at]
    else:
        if any(item.pk not in descendants for item in sub_goals):
            raise ValidationError(_("Only sub-goals of this goal can be restored with it."))
        chosen = [descendants[item.pk] for item in sub_goals]
    # A sub-goal comes back under a parent that is back too: the goals between it and this one.
    wanted = set()
    for item in chosen:
        while item is not None and item.pk != goal.pk:
            wanted.add(item.pk)
            item = descendants.get(item.parent_id)
    parents = []
    parent = goal.parent
    while parent is not None and parent.archived_at is not None:
        parents.insert(0, parent)
        parent = parent.parent
    restored = [
        *parents,
        goal,
        *(item for item in descendants.values() if item.pk in wanted and item.archived_at),
    ]
    for item in restored:
        item.archived_at = None
        _by(item, by)
        item.save(update_fields=["archived_at"])
        details = {} if item is goal else {"with_goal": goal.pk}
        record(by=by, verb=AuditVerb.RESTORED, obj=item, **details)
    return restored


@transaction.atomic
def goal_remove(*, goal: Goal, by) -> str:
    """Delete a goal nobody refers to; archive it otherwise. Returns 'deleted' or 'archived'."""
    if goal_references(goal):
        goal_archive(goal=goal, by=by)
        return "archived"
    _by(goal, by)
    record(by=by, verb=AuditVerb.DELETED, obj=goal)
    goal.delete()
    return "deleted"


def _descendants(goal: Goal) -> list[Goal]:
    found, frontier = [], [goal]
    while frontier:
        children = list(Goal.objects.filter(parent__in=frontier))
        found.extend(children)
        frontier = children
    return found


def challenge_create(*, programme: Programme, name: str, description: str = "") -> Challenge:
    """Add a societal challenge to the programme's list."""
    name = name.strip()
    if Challenge.objects.filter(programme=programme, name__iexact=name).exists():
        raise ValidationError(_("This challenge is already on the list."))
    try:
        with transaction.atomic():
            return Challenge.objects.create(programme=programme, name=name, description=description)
    except IntegrityError as exc:  # the same name added at the same moment
        raise ValidationError(_("This challenge is already on the list.")) from exc


def challenge_update(*, challenge: Challenge, name: str, description: str = "") -> Challenge:
    """Rename a challenge; the goals linked to it stay linked."""
    name = name.strip()
    clash = Challenge.objects.filter(programme=challenge.programme, name__iexact=name)
    if clash.exclude(pk=challenge.pk).exists():
        raise ValidationError(_("This challenge is already on the list."))
    challenge.name = name
    challenge.description = description
    challenge.save()
    return challenge


def challenge_delete(*, challenge: Challenge) -> None:
    """Remove a challenge that no goal serves."""
    if challenge.goals.exists():
        raise ValidationError(_("Goals still serve this challenge. Unlink them first."))
    challenge.delete()
