from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samenspel.core.history import HistoricalRecordsWithRelations
from samenspel.core.models import Programme

MAX_GOAL_DEPTH = 4


class ThemeGroup(models.TextChoices):
    HERE_AND_NOW = "here_and_now", _("Here and now")
    LATER = "later", _("Later")
    ELSEWHERE = "elsewhere", _("Elsewhere")
    DISTRIBUTION = "distribution", _("Distribution")


class Theme(models.Model):
    """A broad-prosperity theme of Statistics Netherlands' Monitor Brede Welvaart."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    group = models.CharField(_("dimension"), max_length=20, choices=ThemeGroup.choices)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("broad-prosperity theme")
        verbose_name_plural = _("broad-prosperity themes")

    def __str__(self) -> str:
        return self.name


class Challenge(models.Model):
    """A societal challenge (opgave) that goals serve; each programme keeps its own list."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="challenges")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("societal challenge")
        verbose_name_plural = _("societal challenges")
        constraints = [
            models.UniqueConstraint(fields=["programme", "name"], name="unique_challenge_name")
        ]

    def __str__(self) -> str:
        return self.name


class Vision(models.Model):
    programme = models.OneToOneField(Programme, on_delete=models.CASCADE, related_name="vision")
    text = models.TextField(_("vision"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vision")
        verbose_name_plural = _("visions")

    def __str__(self) -> str:
        return str(self.programme)


class TargetImage(models.Model):
    """A streefbeeld: a desired state for one theme of life, such as 'lively villages'."""

    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="target_images",
        verbose_name=_("programme"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("target image")
        verbose_name_plural = _("target images")

    def __str__(self) -> str:
        return self.title


class Goal(models.Model):
    """A goal in the goals book; sub-goals hang under a parent, to a limited depth."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="goals", verbose_name=_("programme")
    )
    target_image = models.ForeignKey(
        TargetImage,
        on_delete=models.PROTECT,
        related_name="goals",
        verbose_name=_("target image"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent goal"),
    )
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_goals",
        verbose_name=_("owner"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="goals", verbose_name=_("broad-prosperity themes")
    )
    challenges = models.ManyToManyField(
        Challenge, blank=True, related_name="goals", verbose_name=_("societal challenges")
    )
    # Verbose names for every field: the change history names the fields that changed.
    position = models.PositiveIntegerField(_("order"), default=0)
    depth = models.PositiveSmallIntegerField(_("level"), default=0)
    archived_at = models.DateTimeField(_("archived on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    history = HistoricalRecordsWithRelations(m2m_fields=[themes, challenges])

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        indexes = [models.Index(fields=["programme", "parent", "position"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(depth__lt=MAX_GOAL_DEPTH), name="goal_depth_limited"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
