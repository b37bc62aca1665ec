from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.stakeholders.models import Organisation, Person


class MeetingKind(models.TextChoices):
    STAKEHOLDER_TABLE = "stakeholder_table", _("Stakeholder table")
    FUTURE_DIALOGUE = "future_dialogue", _("Future dialogue")
    WORKING_SESSION = "working_session", _("Working session")
    INFORMATION_EVENING = "information_evening", _("Information evening")
    OTHER = "other", _("Other")


class Meeting(models.Model):
    """A bijeenkomst: parties meet, discuss goals and propose actions."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="meetings")
    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="meetings", verbose_name=_("goals discussed")
    )
    participants = models.ManyToManyField(
        Person, blank=True, related_name="meetings", verbose_name=_("participants")
    )
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="meetings",
        verbose_name=_("organisations present"),
    )
    notes = models.TextField(_("notes"), blank=True, help_text=_("What was said."))
    decisions = models.TextField(_("decisions"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return self.title
