"""Rendered fragments kept per programme state: a key carries the programme's change stamp,
so any change to its goals, parties or actions makes every older fragment unreachable."""

import hashlib
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
    identity = repr((programme.pk, stamp, get_language(), timezone.localdate().isoformat(), parts))
    # Hashed, so that query strings make safe keys for any cache backend.
    key = f"{name}:{hashlib.sha256(identity.encode()).hexdigest()}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, timeout=settings.SAMENSPEL_FRAGMENT_CACHE_SECONDS)
    return html
