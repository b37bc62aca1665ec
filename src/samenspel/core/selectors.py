from django.db.models import QuerySet
from django.http import Http404

from .models import Membership, Programme


def programmes_for_user(*, user) -> QuerySet[Programme]:
    """The programmes a user may see: those they are a member of."""
    if not user.is_authenticated:
        return Programme.objects.none()
    return (
        Programme.objects.filter(memberships__user=user)
        .prefetch_related("municipalities")
        .distinct()
    )


def programme_for_user(*, user, slug: str) -> Programme:
    """One programme by slug, or 404 when it does not exist or the user may not see it."""
    try:
        return programmes_for_user(user=user).get(slug=slug)
    except Programme.DoesNotExist as exc:
        raise Http404 from exc


def members_of(*, programme: Programme) -> QuerySet[Membership]:
    """The programme's memberships with their users, for the members page."""
    return programme.memberships.select_related("user").order_by(
        "role", "user__first_name", "user__last_name"
    )


def programme_logo(*, slug: str) -> tuple[bytes, str] | None:
    """A programme's logo and its version, if it has one."""
    found = (
        Programme.objects.filter(slug=slug)
        .exclude(logo_version="")
        .values_list("logo", "logo_version")
        .first()
    )
    return (bytes(found[0]), found[1]) if found is not None else None
