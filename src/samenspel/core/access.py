"""View helpers that apply the permission layer: resolve the programme, then check a rule."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from .selectors import programme_for_user


def programme_view(permission: str = "core.view_programme") -> Callable:
    """Decorate a view taking ``(request, programme, ...)`` from a URL with ``slug``.

    A programme the user is no member of is a 404 (it does not exist for them);
    a programme they see but may not do this in is a 403.
    """

    def decorator(view: Callable) -> Callable:
        @login_required
        @wraps(view)
        def wrapper(request, slug: str, *args, **kwargs):
            programme = programme_for_user(user=request.user, slug=slug)
            request.programme = programme
            require(request.user, permission, programme)
            return view(request, programme, *args, **kwargs)

        return wrapper

    return decorator


def require(user, permission: str, obj) -> None:
    if not user.has_perm(permission, obj):
        raise PermissionDenied
