"""Flood protection on a survey's public link that never closes the wave for a town.

Counted per wave and client address (as seen through trusted proxies), in the cache that
every worker shares, and only what a script does and a person does not: starts that never
answer a page, and wrong access codes. Only a hash of the address is kept, for an hour at most.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from samenspel.core.clients import client_address

STARTS_SECONDS = 3600
CODES_SECONDS = 15 * 60


def _key(kind: str, wave_id: int, request) -> str:
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{wave_id}:{client_address(request)}".encode()
    ).hexdigest()
    return f"survey-{kind}:{digest}"


def _count(key: str) -> int:
    return caches["shared"].get(key, 0)


def _add(key: str, amount: int, timeout: int) -> None:
    cache = caches["shared"]
    # add() then incr() keeps concurrent workers from overwriting each other's counts.
    if not cache.add(key, max(amount, 0), timeout=timeout):
        try:
            if amount >= 0 or cache.get(key, 0) > 0:
                cache.incr(key, amount)
        except ValueError:
            cache.set(key, max(amount, 0), timeout=timeout)


def too_many_idle_starts(request, wave) -> bool:
    """Whether this client started the wave many times without answering a page."""
    return (
        _count(_key("idle-starts", wave.pk, request)) >= settings.SAMENSPEL_SURVEY_STARTS_PER_HOUR
    )


def start_counted(request, wave) -> None:
    _add(_key("idle-starts", wave.pk, request), 1, STARTS_SECONDS)


def first_page_answered(request, wave) -> None:
    """A start that answered a page is a person taking part: it no longer counts."""
    _add(_key("idle-starts", wave.pk, request), -1, STARTS_SECONDS)


def too_many_wrong_codes(request, wave) -> bool:
    return _count(_key("codes", wave.pk, request)) >= settings.SAMENSPEL_ACCESS_CODE_ATTEMPTS


def wrong_code(request, wave) -> None:
    _add(_key("codes", wave.pk, request), 1, CODES_SECONDS)
