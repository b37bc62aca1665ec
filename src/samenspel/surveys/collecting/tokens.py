"""Invitation links that cannot be traced to an answer. The token in a person's link is never
stored: the invitation keeps one keyed hash of it, the response another, made with a key that
lives in the settings, not in the database. Holding the database (or a backup) gives no way
to join the two; only the link itself, presented by its owner, brings them together, and
even that link is dropped from the response once it is complete."""

import secrets

from django.conf import settings
from django.utils.crypto import salted_hmac


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


def _keyed(purpose: str, token: str) -> str:
    return salted_hmac(
        f"samenspel.invitation.{purpose}",
        token,
        secret=settings.SAMENSPEL_INVITATION_KEY,
        algorithm="sha256",
    ).hexdigest()


def invitation_key(token: str) -> str:
    """What the invitation keeps of its token: to recognise the link."""
    return _keyed("invitation", token)


def response_key(token: str) -> str:
    """What a response keeps of the same token while it is open: to resume it, one per link."""
    return _keyed("response", token)
