"""Keep the programme's change stamp current when the action book changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from samenspel.core.services import programme_touch, touch_programme_on_change

from .models import Action, ActionOrganisation


def _touch_links(sender, instance, **kwargs) -> None:
    if getattr(instance, "programme_id", None):
        programme_touch(programme_id=instance.programme_id)


def _touch_involvement(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw:
        programme_touch(programme_id=instance.action.programme_id)


touch_programme_on_change(Action)
m2m_changed.connect(_touch_links, sender=Action.goals.through, dispatch_uid="touch-action-goals")
m2m_changed.connect(
    _touch_links, sender=Action.target_groups.through, dispatch_uid="touch-action-target-groups"
)
post_save.connect(_touch_involvement, sender=ActionOrganisation, dispatch_uid="touch-involvement")
post_delete.connect(
    _touch_involvement, sender=ActionOrganisation, dispatch_uid="touch-involvement-d"
)
