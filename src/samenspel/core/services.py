"""Changes of state for programmes and their members."""

import hashlib
import io
import secrets
from datetime import timedelta
from struct import error as struct_error

from axes.utils import reset as forget_failed_logins
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import AuditVerb, record
from .models import MemberInvitation, Membership, Municipality, Programme, Role, Theme
from .rules import forget_roles

User = get_user_model()


@transaction.atomic
def programme_create(
    *,
    name: str,
    slug: str,
    municipalities: list[Municipality],
    description: str = "",
    by,
) -> Programme:
    """Create a programme; its creator (if given) joins it as project team."""
    if not municipalities:
        raise ValidationError(_("A programme belongs to at least one municipality."))
    programme = Programme.objects.create(name=name, slug=slug, description=description)
    programme.municipalities.set(municipalities)
    if by is not None:
        Membership.objects.create(programme=programme, user=by, role=Role.PROJECT_TEAM)
        forget_roles(by)
    return programme


def municipality_get_or_create(*, name: str, cbs_code: str = "") -> Municipality:
    """The municipality with this name, created if new."""
    municipality, _created = Municipality.objects.get_or_create(
        name=name.strip(), defaults={"cbs_code": cbs_code}
    )
    return municipality


@transaction.atomic
def membership_add(*, programme: Programme, user, role: str, by) -> Membership:
    """Give a user a role in the programme (or change the role they have)."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    membership, created = Membership.objects.get_or_create(
        programme=programme, user=user, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership_set_role(membership=membership, role=role, by=by)
    elif created:
        record(by=by, verb=AuditVerb.MEMBER_ADDED, obj=membership, role=role)
    forget_roles(user)
    return membership


def _project_team_left(membership: Membership) -> bool:
    # Locked, so that two team members cannot demote each other at the same moment.
    others = (
        Membership.objects.select_for_update()
        .filter(programme=membership.programme, role=Role.PROJECT_TEAM)
        .exclude(pk=membership.pk)
    )
    return others.exists()


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, by) -> Membership:
    """Change a member's role; a programme always keeps someone in its project team."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    demoted = membership.role == Role.PROJECT_TEAM and role != Role.PROJECT_TEAM
    if demoted and not _project_team_left(membership):
        raise ValidationError(_("A programme needs at least one project team member."))
    earlier, membership.role = membership.role, role
    membership.save(update_fields=["role"])
    record(by=by, verb=AuditVerb.ROLE_CHANGED, obj=membership, role=role, earlier=earlier)
    forget_roles(membership.user)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, by) -> None:
    """Remove a member from the programme; never the last of its project team."""
    if membership.role == Role.PROJECT_TEAM and not _project_team_left(membership):
        raise ValidationError(_("A programme needs at least one project team member."))
    forget_roles(membership.user)
    record(by=by, verb=AuditVerb.MEMBER_REMOVED, obj=membership, role=membership.role)
    membership.delete()


def user_find_or_invite(*, email: str, first_name: str = "", last_name: str = ""):
    """The user with this e-mail address, or a new account without a password yet.

    Returns ``(user, created)``; a new user chooses a password through the invitation link.
    """
    email = email.strip().lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing:
        return existing, False
    user = User(username=email, email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    return user, True


def invitation_send(*, invitation: MemberInvitation, token: str, base_url: str, by) -> None:
    """E-mail the invited account the link to accept; someone without a password yet chooses
    one on the same page."""
    user = invitation.user
    context = {
        "user": user,
        "programme": invitation.programme,
        "role": invitation.get_role_display(),
        "link": base_url.rstrip("/") + reverse("core:invitation", args=[token]),
        "until": invitation.expires_at,
        "new": not user.has_usable_password(),
        "inviter": by,
    }
    send_mail(
        subject=_("You are invited to %(programme)s on Samenspel")
        % {"programme": invitation.programme.name},
        message=render_to_string("registration/invitation_email.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )


@transaction.atomic
def password_set(*, user, password: str, by) -> None:
    """Give an account a new password, chosen through a link sent to its e-mail address, and
    lift its login block: whoever holds the mailbox is the account's holder."""
    user.set_password(password)
    user.save(update_fields=["password"])
    # Only the user name's failures: an address blocked for trying many names stays blocked,
    # or anyone with an account of their own could lift it by resetting their password.
    lifted = forget_failed_logins(username=user.get_username()) > 0
    record(by=by, verb=AuditVerb.PASSWORD_SET, obj=user, lockout_lifted=lifted)


def programme_touch(*, programme_id: int) -> None:
    """Note that the programme's content changed, so cached fragments are rebuilt."""
    from django.utils import timezone

    Programme.objects.filter(pk=programme_id).update(content_changed_at=timezone.now())


@transaction.atomic
def member_invite(
    *,
    programme: Programme,
    email: str,
    role: str,
    by,
    base_url: str,
    first_name: str = "",
    last_name: str = "",
) -> MemberInvitation:
    """Invite the person with this address to a role. An address without an account gets a
    new one without a password (the names are for that account only); either way the account
    joins when its holder accepts, and the team learns nothing of who had an account."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    email = email.strip().lower()
    # The members page shows the members' addresses already: saying so gives nothing away.
    if Membership.objects.filter(programme=programme, user__email__iexact=email).exists():
        raise ValidationError(
            _("%(email)s is a member already; change the role in the list.") % {"email": email}
        )
    user, _created = user_find_or_invite(email=email, first_name=first_name, last_name=last_name)
    token = secrets.token_urlsafe(32)
    invitation, _created = MemberInvitation.objects.update_or_create(
        programme=programme,
        user=user,
        defaults={
            "email": email,
            "role": role,
            "token_hash": MemberInvitation.hash_token(token),
            "invited_by": by if getattr(by, "is_authenticated", False) else None,
            "expires_at": timezone.now()
            + timedelta(days=settings.SAMENSPEL_MEMBER_INVITATION_DAYS),
        },
    )
    record(by=by, verb=AuditVerb.MEMBER_INVITED, obj=invitation, role=role)
    invitation_send(invitation=invitation, token=token, base_url=base_url, by=by)
    return invitation


def invitation_check(*, invitation: MemberInvitation | None) -> None:
    """Refuse a link that leads nowhere or no longer counts, in words its holder acts on."""
    if invitation is None:
        raise ValidationError(
            _(
                "This invitation link does not work: it was used already, withdrawn, or not "
                "copied whole. Ask the project team for a new invitation."
            ),
            code="unknown",
        )
    if invitation.is_expired or not invitation.user.is_active:
        raise ValidationError(
            _("This invitation has expired. Ask the project team for a new invitation."),
            code="expired",
        )


@transaction.atomic
def invitation_accept(
    *, invitation: MemberInvitation, by, password: str | None = None
) -> Membership:
    """The invited account joins the programme with the invited role, choosing its first
    password on the way if it has none; the invitation is used up. A member already keeps
    the role they have."""
    invitation_check(invitation=invitation)
    if by != invitation.user:
        raise PermissionDenied
    if password is not None:
        password_set(user=by, password=password, by=by)
    membership, created = Membership.objects.get_or_create(
        programme=invitation.programme, user=by, defaults={"role": invitation.role}
    )
    if created:
        record(
            by=by,
            verb=AuditVerb.INVITATION_ACCEPTED,
            obj=membership,
            role=membership.role,
            invited_by=invitation.invited_by.get_username() if invitation.invited_by else "",
        )
        forget_roles(by)
    invitation.delete()
    return membership


@transaction.atomic
def invitation_withdraw(*, invitation: MemberInvitation, by) -> None:
    """Withdraw an invitation not yet accepted: its link stops working."""
    record(by=by, verb=AuditVerb.INVITATION_WITHDRAWN, obj=invitation, role=invitation.role)
    invitation.delete()


def touch_programme_on_change(*models_) -> None:
    """Connect saves and deletes of these models (each with a ``programme``) to the stamp."""
    from django.db.models.signals import post_delete, post_save

    def touch(sender, instance, raw: bool = False, **kwargs) -> None:
        if not raw and getattr(instance, "programme_id", None):
            programme_touch(programme_id=instance.programme_id)

    for model in models_:
        label = model._meta.label
        post_save.connect(touch, sender=model, weak=False, dispatch_uid=f"touch-save-{label}")
        post_delete.connect(touch, sender=model, weak=False, dispatch_uid=f"touch-delete-{label}")


LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000  # larger images are refused before they are decoded
LOGO_BOX = (600, 240)


def programme_logo_set(*, programme: Programme, data: bytes | None, by) -> Programme:
    """Give a programme a logo (PNG, JPEG, WebP or GIF), or none with ``data=None``. The image
    is decoded, scaled to fit 600 x 240 and written anew as PNG: what is kept and served is
    an image and nothing else (no metadata, no script, no second file inside)."""
    if not data:
        programme.logo, programme.logo_version = b"", ""
        programme.save(update_fields=["logo", "logo_version"])
        record(by=by, verb=AuditVerb.CHANGED, obj=programme, fields=["logo"], removed=True)
        return programme
    programme.logo = logo_as_png(data)
    programme.logo_version = hashlib.sha256(programme.logo).hexdigest()[:12]
    programme.save(update_fields=["logo", "logo_version"])
    record(by=by, verb=AuditVerb.CHANGED, obj=programme, fields=["logo"])
    return programme


def logo_as_png(data: bytes) -> bytes:
    from PIL import Image, UnidentifiedImageError

    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo is larger than 1 MB. Upload a smaller image."))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG", "WEBP", "GIF"):
                raise ValidationError(_("Upload the logo as PNG, JPEG, WebP or GIF."))
            if image.width * image.height > LOGO_MAX_PIXELS:
                raise ValidationError(_("The logo has too many pixels. Upload a smaller image."))
            image.load()
            logo = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_("This file is not an image that can be read.")) from error
    logo.thumbnail(LOGO_BOX)
    buffer = io.BytesIO()
    logo.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


FONT_MAX_BYTES = 2 * 1024 * 1024


@transaction.atomic
def theme_save(
    *,
    theme: Theme,
    font: bytes | None = None,
    font_remove: bool = False,
    logo: bytes | None = None,
    logo_remove: bool = False,
    by,
) -> Theme:
    """Save a theme of the site or of a programme (its colours and font name already set on
    it), with a new font file or logo, or without them; every page shows it within a minute."""
    theme.full_clean()
    fields = ["theme"]
    if font_remove:
        theme.font_file, theme.font_version = b"", ""
        fields.append("font_file")
    elif font:
        theme.font_file = font_as_woff2(font)
        theme.font_version = hashlib.sha256(theme.font_file).hexdigest()[:12]
        fields.append("font_file")
    if logo_remove:
        theme.logo, theme.logo_version = b"", ""
        fields.append("logo")
    elif logo:
        theme.logo = logo_as_png(logo)
        theme.logo_version = hashlib.sha256(theme.logo).hexdigest()[:12]
        fields.append("logo")
    created = theme.pk is None
    theme.save()
    record(
        by=by,
        verb=AuditVerb.CREATED if created else AuditVerb.CHANGED,
        obj=theme,
        programme=theme.programme,
        fields=fields,
    )
    from .selectors import themes_forget

    # Forgotten now for this process's next page, and again once committed, so that no page
    # read in between caches the look from before.
    themes_forget()
    transaction.on_commit(themes_forget)
    return theme


def font_as_woff2(data: bytes) -> bytes:
    """A font file (WOFF2, WOFF, TrueType or OpenType) read and written anew as WOFF2: what
    is kept and served is a font and nothing else."""
    from fontTools.ttLib import TTFont, TTLibError

    if len(data) > FONT_MAX_BYTES:
        raise ValidationError(_("The font file is larger than 2 MB. Upload a smaller one."))
    try:
        font = TTFont(io.BytesIO(data))
        font.flavor = "woff2"
        buffer = io.BytesIO()
        font.save(buffer)
    except (TTLibError, AssertionError, KeyError, ValueError, OSError, struct_error) as error:
        raise ValidationError(
            _("This file is not a font that can be read. Upload a WOFF2, WOFF, TTF or OTF file.")
        ) from error
    return buffer.getvalue()


@transaction.atomic
def theme_delete(*, theme: Theme, by) -> None:
    """Remove a theme: its pages take the site's look again, or Samenspel's own."""
    record(by=by, verb=AuditVerb.DELETED, obj=theme, programme=theme.programme)
    theme.delete()
    from .selectors import themes_forget

    # Forgotten now for this process's next page, and again once committed, so that no page
    # read in between caches the look from before.
    themes_forget()
    transaction.on_commit(themes_forget)
