"""Disclosure control of a wave takes seconds after every new response: the worker computes
it, so that no page waits for it."""

from django_tasks import task

from ..models import Wave


@task()
def compute_wave_disclosure(wave_id: int) -> None:
    from .protection import wave_disclosure

    wave = Wave.objects.select_related("survey").filter(pk=wave_id).first()
    if wave is not None:  # removed meanwhile: nothing to compute
        wave_disclosure(wave=wave)
