"""What other apps may hear from surveys without surveys knowing them."""

from django.dispatch import Signal

# A wave's results changed: a response completed, responses imported, the wave weighted again
# or closed. Sent with ``wave``; receivers run in the sender's transaction and should hand
# long work to a task.
wave_results_changed = Signal()


def results_changed(wave) -> None:
    from .models import Wave

    wave_results_changed.send(sender=Wave, wave=wave)
