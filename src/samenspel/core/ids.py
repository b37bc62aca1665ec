"""Ids as people and scripts send them: in addresses, filters and forms. An id is 1 to 18
digits, so it always fits the database's integer; anything else is no id (never a 500)."""

import re

ID_PATTERN = "[0-9]{1,18}"
_ID = re.compile(rf"^{ID_PATTERN}$")


def parse_id(value) -> int | None:
    """The id in a query parameter or form value, or None when it is not one."""
    text = str(value or "").strip()
    return int(text) if _ID.match(text) else None


class IdConverter:
    """``<id:pk>`` in an address: like ``<int:pk>``, but too long a number is not found."""

    regex = ID_PATTERN

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


TOKEN_PATTERN = "[-A-Za-z0-9_]{1,64}"  # noqa: S105 - the shape of a token, not one
_TOKEN = re.compile(rf"^{TOKEN_PATTERN}$")


def parse_token(value) -> str | None:
    """A token as a cookie or form sends it, or None when it cannot be one of ours."""
    return value if isinstance(value, str) and _TOKEN.match(value) else None


class TokenConverter:
    """``<token:token>`` in an address: a link's token as secrets.token_urlsafe makes it. Any
    other text (a NUL character, a slash-free novel) is not found, before a query is made."""

    regex = TOKEN_PATTERN

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)
