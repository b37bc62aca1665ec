from django.apps import apps
from django.core.cache import cache
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse

from . import theming
from .models import AuditEvent, MemberInvitation, Membership, Programme, Theme


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


def invitations_pending(*, programme: Programme) -> QuerySet[MemberInvitation]:
    """The programme's invitations not yet accepted, by the address the team typed."""
    return programme.member_invitations.only("email", "role", "expires_at").order_by("email")


def invitation_by_token(*, token: str) -> MemberInvitation | None:
    """The invitation an e-mailed link leads to, if any."""
    if not token or len(token) > 100:  # made ones have 43 characters
        return None
    return (
        MemberInvitation.objects.select_related("programme", "user", "invited_by")
        .filter(token_hash=MemberInvitation.hash_token(token))
        .first()
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


def audit_events(*, programme: Programme, filters: dict) -> QuerySet[AuditEvent]:
    """The programme's audit trail, newest first, narrowed by the filter form's values."""
    events = AuditEvent.objects.filter(programme=programme)
    if filters.get("verb"):
        events = events.filter(verb=filters["verb"])
    if filters.get("actor"):
        events = events.filter(actor=filters["actor"])
    if filters.get("object_type"):
        events = events.filter(object_type=filters["object_type"])
    if filters.get("object_id"):
        events = events.filter(object_id=filters["object_id"])
    if filters.get("since"):
        events = events.filter(at__date__gte=filters["since"])
    if filters.get("until"):
        events = events.filter(at__date__lte=filters["until"])
    return events.select_related("actor")


def audit_object_types(*, programme: Programme) -> list[tuple[str, str]]:
    """The kinds of object the programme's trail names, with their names in the interface."""
    found = (
        AuditEvent.objects.filter(programme=programme)
        .exclude(object_type="")
        .values_list("object_type", flat=True)
        .distinct()
    )
    choices = []
    for label in sorted(set(found)):
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        choices.append((label, str(model._meta.verbose_name).capitalize()))
    return sorted(choices, key=lambda choice: choice[1])


THEMES_KEY = "themes"
THEMES_SECONDS = 60  # another worker's cache sees a change in the back office within a minute


def _themes() -> dict[int, theming.Look]:
    looks = cache.get(THEMES_KEY)
    if looks is None:
        rows = Theme.objects.values_list(
            "pk", "programme_id", "primary_colour", "link_colour", "font_name",
            "font_version", "logo_version",
        )  # fmt: skip
        looks = {
            programme_id or 0: theming.Look(
                primary_colour=primary,
                link_colour=link,
                font_name=font_name,
                font_url=reverse("core:theme-font", args=[pk, font_version])
                if font_version
                else "",
                logo_url=reverse("core:theme-logo", args=[pk, logo_version])
                if logo_version
                else "",
            )
            for pk, programme_id, primary, link, font_name, font_version, logo_version in rows
        }
        cache.set(THEMES_KEY, looks, THEMES_SECONDS)
    return looks


def theme_look(*, programme_id: int | None) -> theming.Look:
    """How a programme's pages look: its own theme, else the site's, else Samenspel's."""
    looks = _themes()
    return looks.get(programme_id or 0) or looks.get(0) or theming.Look()


def theme_for_document(*, programme_id: int | None) -> tuple[theming.Look, bytes]:
    """A programme's look and its font file (empty without one), for a document."""
    look = theme_look(programme_id=programme_id)
    if not look.font_url:
        return look, b""
    theme = (
        Theme.objects.filter(programme_id=programme_id).first()
        or Theme.objects.filter(programme__isnull=True).first()
    )
    return look, bytes(theme.font_file) if theme else b""


def theme_file(*, pk: int, kind: str) -> tuple[bytes, str] | None:
    """A theme's font file or logo (``kind``: "font" or "logo") with its current version."""
    field, version = ("font_file", "font_version") if kind == "font" else ("logo", "logo_version")
    row = Theme.objects.filter(pk=pk).values_list(field, version).first()
    if row is None or not row[0]:
        return None
    return bytes(row[0]), row[1]


def themes_forget() -> None:
    cache.delete(THEMES_KEY)
