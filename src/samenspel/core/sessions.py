"""Sessions as Django's cached_db backend keeps them, but a session cookie holding a key that
Django cannot have made (any character but lowercase letters and digits, such as a NUL that
PostgreSQL refuses in a query) starts a new session instead of ending the request in an
error: Django itself checks only that the key has at least 8 characters."""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDbSessionStore

_VALID = frozenset(VALID_KEY_CHARS)
_LONGEST = 40  # the length of django_session.session_key


class SessionStore(CachedDbSessionStore):
    def _validate_session_key(self, key):
        return bool(super()._validate_session_key(key)) and (
            len(key) <= _LONGEST and set(key) <= _VALID
        )
