import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    cbs_code = models.CharField(
        _("CBS code"), max_length=6, blank=True, help_text=_("For example GM0285.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class Programme(models.Model):
    """A community-policy programme, run by one municipality or a region of them."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in web addresses"), max_length=60, unique=True)
    description = models.TextField(_("description"), blank=True)
    municipalities = models.ManyToManyField(
        Municipality, related_name="programmes", verbose_name=_("municipalities")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The logo residents and partners see, re-encoded as a small PNG by programme_logo_set;
    # kept in the database so that every worker and every backup has it, with no media store.
    logo = models.BinaryField(_("logo"), blank=True, default=b"", editable=False)
    logo_version = models.CharField(max_length=16, blank=True, default="", editable=False)
    # Bumped whenever the programme's goals, parties or actions change; keys cached fragments.
    content_changed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="programme_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_regional(self) -> bool:
        return self.municipalities.count() > 1


class Theme(models.Model):
    """How the pages and documents look, on NL Design System tokens: colours, font and logo of
    the whole site (no programme) or of one programme, which then takes precedence."""

    programme = models.OneToOneField(
        Programme,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="theme",
        verbose_name=_("programme"),
        help_text=_("Empty: the theme of the whole site, for every programme without its own."),
    )
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        default="#1d5e8c",
        help_text=_("The header, main buttons and accents, with white text on it."),
    )
    link_colour = models.CharField(
        _("colour of links"),
        max_length=7,
        default="#154273",
        help_text=_("Links, secondary buttons and the navigation, on white."),
    )
    font_name = models.CharField(
        _("font"),
        max_length=60,
        blank=True,
        help_text=_(
            "The name of the font, for example the municipality's house font. Empty: Source Sans 3."
        ),
    )
    # The font file and logo are kept in the database, as the programme's logo is: every
    # worker and every backup has them, and no page loads them from elsewhere.
    font_file = models.BinaryField(_("font file"), blank=True, default=b"", editable=False)
    font_version = models.CharField(max_length=16, blank=True, default="", editable=False)
    logo = models.BinaryField(_("logo"), blank=True, default=b"", editable=False)
    logo_version = models.CharField(max_length=16, blank=True, default="", editable=False)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            # One theme per programme and one for the site: a null programme counts as one.
            models.UniqueConstraint(
                Coalesce("programme", models.Value(0)), name="one_theme_per_programme_or_site"
            ),
            models.CheckConstraint(
                condition=models.Q(primary_colour__regex=r"^#[0-9a-f]{6}$")
                & models.Q(link_colour__regex=r"^#[0-9a-f]{6}$"),
                name="theme_colours_are_hex",
            ),
        ]

    def __str__(self) -> str:
        if self.programme_id is None:
            return str(_("Theme of the site"))
        return str(_("Theme of %(programme)s") % {"programme": self.programme})

    def clean(self) -> None:
        from . import theming

        errors = {}
        self.primary_colour = self.primary_colour.strip().lower()
        self.link_colour = self.link_colour.strip().lower()
        for field in ("primary_colour", "link_colour"):
            colour = getattr(self, field)
            if not theming.HEX_COLOUR.match(colour):
                errors[field] = _("Write a colour as # and six hexadecimal digits: #1d5e8c.")
            elif theming.contrast(colour, "#ffffff") < theming.MIN_CONTRAST:
                errors[field] = _(
                    "Too light: text in this colour on white, or white text on it, has a "
                    "contrast of %(ratio)s, less than the 4,5 that is needed to be read."
                ) % {"ratio": number_format(theming.contrast_floor(colour, "#ffffff"), 1)}
        self.font_name = self.font_name.strip()
        if self.font_name and not theming.FONT_NAME.match(self.font_name):
            errors["font_name"] = _("Use letters, digits, spaces and hyphens only.")
        if errors:
            raise ValidationError(errors)


class Role(models.TextChoices):
    PROJECT_TEAM = "project_team", _("Project team")
    LEAD = "lead", _("Lead")
    PARTNER = "partner", _("Partner")
    ANALYST = "analyst", _("Analyst")
    VIEWER = "viewer", _("Viewer")


class Membership(models.Model):
    """A user's role in one programme; access to a programme follows from this alone."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["programme", "user__last_name", "user__username"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["programme", "user"], name="one_role_per_programme")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.programme} ({self.get_role_display()})"


class MemberInvitation(models.Model):
    """An invitation to join a programme with a role, until the account's holder accepts it.
    It is the same whether the address had an account or got a new one, so that a team learns
    nothing about who has an account. The link's token is only in the mail; this keeps its hash.
    """

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="member_invitations"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The address as the team typed it: what the team sees, never the account's name.
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))

    class Meta:
        ordering = ["email"]
        verbose_name = _("member invitation")
        verbose_name_plural = _("member invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="one_member_invitation_per_account"
            )
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @staticmethod
    def hash_token(token: str) -> str:
        # Unsalted is enough: a token is 32 random bytes, not something a person chose.
        return hashlib.sha256(token.encode()).hexdigest()


class AuditVerb(models.TextChoices):
    CREATED = "created", pgettext_lazy("audit", "created")
    CHANGED = "changed", pgettext_lazy("audit", "changed")
    DELETED = "deleted", pgettext_lazy("audit", "deleted")
    ARCHIVED = "archived", pgettext_lazy("audit", "archived")
    RESTORED = "restored", pgettext_lazy("audit", "restored")
    STATUS_CHANGED = "status_changed", pgettext_lazy("audit", "changed the status of")
    MEMBER_ADDED = "member_added", pgettext_lazy("audit", "added a member")
    ROLE_CHANGED = "role_changed", pgettext_lazy("audit", "changed the role of")
    MEMBER_REMOVED = "member_removed", pgettext_lazy("audit", "removed a member")
    IMPORTED = "imported", pgettext_lazy("audit", "imported")
    EXPORTED = "exported", pgettext_lazy("audit", "exported")
    DOCUMENT = "document", pgettext_lazy("audit", "made a document of")
    PUBLISHED = "published", pgettext_lazy("audit", "changed the public pages of")
    WEIGHTED = "weighted", pgettext_lazy("audit", "weighted")
    UNWEIGHTED = "unweighted", pgettext_lazy("audit", "removed the weighting of")
    INVITED = "invited", pgettext_lazy("audit", "made invitations for")
    SENT = "sent", pgettext_lazy("audit", "sent the invitations of")
    VIEWED_PERSONAL = "viewed_personal", pgettext_lazy("audit", "looked at personal data in")
    EXPORTED_PERSONAL = "exported_personal", pgettext_lazy("audit", "exported personal data from")
    PASSWORD_SET = "password_set", pgettext_lazy("audit", "chose a new password for")
    MEMBER_INVITED = "member_invited", pgettext_lazy("audit", "invited")
    INVITATION_WITHDRAWN = (
        "invitation_withdrawn",
        pgettext_lazy("audit", "withdrew the invitation of"),
    )
    INVITATION_ACCEPTED = (
        "invitation_accepted",
        pgettext_lazy("audit", "joined through an invitation"),
    )
    REQUESTED = "requested", pgettext_lazy("audit", "asked for a figure:")
    DELIVERED = "delivered", pgettext_lazy("audit", "delivered a figure:")


# The names of the details services write, as the trail shows them.
AUDIT_DETAILS = {
    "role": _("role"),
    "earlier": _("before"),
    "fields": _("fields"),
    "removed": _("removed"),
    "status": _("status"),
    "progress_update": _("progress update"),
    "is_public": _("public"),
    "public_statuses": _("statuses shown publicly"),
    "area_summary": _("summary per village"),
    "is_open": _("open"),
    "copied_from": _("copy of survey"),
    "questionnaire": _("questionnaire"),
    "section": _("page"),
    "section_deleted": _("page deleted"),
    "question": _("question"),
    "question_deleted": _("question deleted"),
    "answers": _("answers"),
    "target_groups": _("target groups of question"),
    "margins": _("weighted by"),
    "design_effect": _("design effect"),
    "file": _("file"),
    "count": _("number"),
    "format": _("format"),
    "contents": _("contents"),
    "reason": _("reason"),
    "free_text": _("open answers"),
    "note": _("note"),
    "lockout_lifted": _("login block lifted"),
    "invited_by": _("invited by"),
    "meeting": _("from meeting"),
    "organisations": _("organisations"),
}


class AuditEventQuerySet(models.QuerySet):
    """Events are written once and never changed: the product offers no way to alter one."""

    def update(self, **kwargs):
        raise PermissionError("audit events cannot be changed")

    def delete(self):
        raise PermissionError("audit events cannot be deleted")


class AuditEvent(models.Model):
    """Who did what to which object of which programme, and when. django-simple-history keeps
    what changed in the fields; an event says who acted, or who looked at personal data."""

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # Kept apart from the account, so that the trail still names someone whose account is gone.
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    verb = models.CharField(_("what"), max_length=30, choices=AuditVerb.choices)
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    object_type = models.CharField(_("kind of object"), max_length=60, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    object_label = models.CharField(_("object"), max_length=200, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [
            models.Index(fields=["programme", "-at"], name="audit_programme_at"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.verb} {self.object_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("audit events cannot be deleted")

    def details_in_words(self) -> list[tuple[str, str]]:
        """The details as the trail shows them: Dutch names, yes and no, lists joined."""
        shown = []
        for key, value in self.details.items():
            if isinstance(value, bool):
                value = _("yes") if value else _("no")
            elif isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            shown.append((str(AUDIT_DETAILS.get(key, key)), str(value)))
        return shown
