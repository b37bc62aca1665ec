"""Who is asking: the client's address as seen through the configured trusted proxies.

X-Forwarded-For is believed only when the request comes from a trusted proxy, and then only
up to the first address that is not one: anyone can write that header, but only a trusted
proxy's own additions to it are true.
"""

import functools
import ipaddress

from django.conf import settings


@functools.cache
def _trusted(configured: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in configured)


def _is_trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _trusted(tuple(settings.SAMENSPEL_TRUSTED_PROXIES)))


def client_address(request) -> str:
    """The address of the client itself: REMOTE_ADDR, or behind trusted proxies the last
    address in X-Forwarded-For that is not one of them."""
    address = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted(address):
        return address
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([part for part in forwarded if part]):
        if not _is_trusted(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return address  # a header that is no address: the proxy itself is the client
    return address


USERNAME_KEPT = 255  # the length of axes' AccessAttempt.username


def client_username(request, credentials: dict | None = None) -> str | None:
    """The user name a login tried, as the lockout records it. Django's login forms do not
    check its length, so a name of any length arrives here; no account's is longer than 150
    characters, so the first 255 count as the whole name, and a longer one is counted as a
    failure instead of ending the login in an error."""
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get(getattr(settings, "AXES_USERNAME_FORM_FIELD", "username"))
    if not isinstance(username, str):
        return username
    return username.replace("\x00", "")[:USERNAME_KEPT]
