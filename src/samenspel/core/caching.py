"""Rendered fragments kept per programme state: a key carries the programme's change stamp,
so any change to its goals, parties or actions makes every older fragment unreachable."""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language


def programme_fragment(programme, name: str, parts: tuple, render: Callable[[], str]) -> str:
    """The cached HTML for this programme state, language, day and parts; rendered on a miss."""
    if not settings.SAMENSPEL_FRAGMENT_CACHE:
        return render()
    stamp = programme.content_changed_at.timestamp()
    key = ":".join(
        str(part)
        for part in (name, programme.pk, stamp, get_language(), timezone.localdate(), *parts)
    )
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, timeout=settings.SAMENSPEL_FRAGMENT_CACHE_SECONDS)
    return html
