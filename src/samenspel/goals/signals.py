from django.db.models.signals import post_save
from django.dispatch import receiver

from samenspel.core.models import Programme

from .seeds import DEFAULT_CHALLENGES


@receiver(post_save, sender=Programme, dispatch_uid="goals_seed_programme")
def seed_new_programme(sender, instance: Programme, created: bool, raw: bool = False, **kwargs):
    """A new programme starts with an empty vision and the default list of challenges."""
    if not created or raw:
        return
    from .models import Challenge, Vision

    Vision.objects.get_or_create(programme=instance)
    Challenge.objects.bulk_create(
        [Challenge(programme=instance, name=name) for name in DEFAULT_CHALLENGES],
        ignore_conflicts=True,
    )


def _connect_change_stamp() -> None:
    from samenspel.core.services import touch_programme_on_change

    from .models import Challenge, Goal, TargetImage, Vision

    touch_programme_on_change(Goal, TargetImage, Challenge, Vision)


_connect_change_stamp()
