"""Keep the programme's change stamp current when anything the action book shows changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from samenspel.core.services import programme_touch
from samenspel.goals.models import Goal
from samenspel.stakeholders.models import Organisation, Person, TargetGroup

from .models import Action, ActionOrganisation


def _touch(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw and getattr(instance, "programme_id", None):
        programme_touch(programme_id=instance.programme_id)


for model in (Goal, Organisation, Person, TargetGroup, Action):
    post_save.connect(_touch, sender=model, dispatch_uid=f"touch-save-{model.__name__}")
    post_delete.connect(_touch, sender=model, dispatch_uid=f"touch-delete-{model.__name__}")
m2m_changed.connect(_touch, sender=Action.goals.through, dispatch_uid="touch-action-goals")
m2m_changed.connect(
    _touch, sender=Action.target_groups.through, dispatch_uid="touch-action-target-groups"
)


def _touch_involvement(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw:
        programme_touch(programme_id=instance.action.programme_id)


post_save.connect(_touch_involvement, sender=ActionOrganisation, dispatch_uid="touch-involvement")
post_delete.connect(
    _touch_involvement, sender=ActionOrganisation, dispatch_uid="touch-involvement-d"
)
