from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.meetings.models import Meeting
from samenspel.stakeholders.models import Organisation, Person, TargetGroup


class ActionStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    AGREED = "agreed", _("Agreed")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    STOPPED = "stopped", _("Stopped")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Which status may follow which: agreeing is the project team's step, withdrawing a proposal
# and proposing it again its proposer's (see rules.py and services.may_set_status).
NEXT_STATUSES = {
    ActionStatus.PROPOSED: [ActionStatus.AGREED, ActionStatus.STOPPED, ActionStatus.WITHDRAWN],
    ActionStatus.AGREED: [ActionStatus.RUNNING, ActionStatus.STOPPED, ActionStatus.PROPOSED],
    ActionStatus.RUNNING: [ActionStatus.FINISHED, ActionStatus.STOPPED],
    ActionStatus.FINISHED: [ActionStatus.RUNNING],
    ActionStatus.STOPPED: [ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.RUNNING],
    ActionStatus.WITHDRAWN: [ActionStatus.PROPOSED],
}


# The button that moves an action to a status says what the move does.
STATUS_MOVE_LABELS = {
    ActionStatus.PROPOSED: pgettext_lazy("status move", "Back to proposed"),
    ActionStatus.AGREED: pgettext_lazy("status move", "Agree"),
    ActionStatus.RUNNING: pgettext_lazy("status move", "Start"),
    ActionStatus.FINISHED: pgettext_lazy("status move", "Mark as finished"),
    ActionStatus.STOPPED: pgettext_lazy("status move", "Stop"),
    ActionStatus.WITHDRAWN: pgettext_lazy("status move", "Withdraw proposal"),
}


def status_move_label(current: str, status: str) -> str:
    """The button's words for moving an action from ``current`` to ``status``."""
    if current == ActionStatus.WITHDRAWN and status == ActionStatus.PROPOSED:
        return pgettext_lazy("status move", "Propose again")
    return STATUS_MOVE_LABELS[status]


# Statuses the project team may choose to publish. A proposal is not agreed yet and a
# withdrawn one serves no goal, so neither is ever public.
PUBLISHABLE_STATUSES = [
    ActionStatus.AGREED,
    ActionStatus.RUNNING,
    ActionStatus.FINISHED,
    ActionStatus.STOPPED,
]


def default_public_statuses() -> list[str]:
    return [ActionStatus.AGREED, ActionStatus.RUNNING, ActionStatus.FINISHED]


class ActionBookSettings(models.Model):
    """Per programme: when an action counts as stalling, and what of the book is public.
    The publication fields are edited on the programme's settings (public.views.settings);
    they stay here so that switching pages on or off needed no move of stored data."""

    programme = models.OneToOneField(
        Programme, on_delete=models.CASCADE, related_name="action_book_settings"
    )
    stalling_after_weeks = models.PositiveSmallIntegerField(
        _("stalling after (weeks)"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("A running action without a progress update for this long is flagged."),
    )
    is_public = models.BooleanField(
        _("publish goals and action book"),
        default=False,
        help_text=_("Residents then see goals, actions, status and progress without logging in."),
    )
    public_statuses = models.JSONField(
        _("statuses shown publicly"),
        default=default_public_statuses,
        blank=True,
        help_text=_("Actions in these statuses appear on the public pages."),
    )
    shows_area_summary = models.BooleanField(
        _("show the summary per village"),
        default=True,
        help_text=_("A table on the public page: how many actions per village or district."),
    )

    class Meta:
        verbose_name = _("action book settings")
        verbose_name_plural = _("action book settings")

    def __str__(self) -> str:
        return str(self.programme)


class Action(models.Model):
    """An action a party commits to, with a lead (trekker), serving one or more goals."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    goals = models.ManyToManyField(Goal, related_name="actions", verbose_name=_("goals served"))
    lead = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_actions",
        verbose_name=_("lead"),
    )
    organisations = models.ManyToManyField(
        Organisation,
        through="ActionOrganisation",
        blank=True,
        related_name="actions",
        verbose_name=_("organisations involved"),
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="actions", verbose_name=_("target groups")
    )
    area = models.CharField(
        _("area"),
        max_length=120,
        blank=True,
        help_text=_("Village or district; empty means the whole municipality."),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    needs_time = models.TextField(_("needs time"), blank=True, help_text=_("Hours, people."))
    needs_room = models.TextField(
        _("needs room"), blank=True, help_text=_("Mandate, space to work differently, a place.")
    )
    needs_money = models.TextField(
        _("needs money"), blank=True, help_text=_("Budget and who pays.")
    )
    expected_result = models.TextField(_("expected result"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PROPOSED
    )
    status_changed_at = models.DateTimeField(_("status since"), null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_actions",
        verbose_name=_("proposed at meeting"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    last_progress_at = models.DateField(_("latest progress"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["last_progress_at"])

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        indexes = [
            models.Index(fields=["programme", "status"]),
            models.Index(fields=["programme", "last_progress_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="action_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title


class OrganisationRole(models.TextChoices):
    EXECUTES = "executes", _("Carries it out")
    CONTRIBUTES = "contributes", _("Contributes")
    FUNDS = "funds", _("Funds")
    ADVISES = "advises", _("Advises")


class ActionOrganisation(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="involvements")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="involvements"
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=OrganisationRole.choices,
        default=OrganisationRole.CONTRIBUTES,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["action", "organisation"], name="one_role_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class StatusChange(models.Model):
    """Every move of an action from one status to another: when, and who moved it."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=ActionStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ActionStatus.choices)
    changed_at = models.DateTimeField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_status} → {self.to_status}"


class ProgressUpdate(models.Model):
    """A voortgangsbericht: what happened, with an optional percentage and figure reached."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress_updates")
    date = models.DateField(_("date"))
    text = models.TextField(_("what happened"))
    percent_complete = models.PositiveSmallIntegerField(
        _("percentage done"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    figure_value = models.DecimalField(
        _("figure reached"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    figure_label = models.CharField(
        _("what the figure counts"),
        max_length=120,
        blank=True,
        help_text=_("For example: participants, home visits, households helped."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent_complete__isnull=True)
                | models.Q(percent_complete__lte=100),
                name="percent_at_most_100",
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} – {self.date}"


class RelationKind(models.TextChoices):
    BUILDS_ON = "builds_on", _("builds on")
    STRENGTHENS = "strengthens", _("strengthens")
    OVERLAPS = "overlaps", _("overlaps with")


class ActionRelation(models.Model):
    """A connection the project team made between two actions."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(_("kind"), max_length=20, choices=RelationKind.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="one_relation_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="no_relation_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target}"


class DismissedSuggestion(models.Model):
    """A suggestion the team dismissed; its key keeps it from coming back."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=120)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["programme", "key"], name="dismiss_once")]

    def __str__(self) -> str:
        return self.key


class StallingReminder(models.Model):
    """A reminder sent to a lead; one per quiet spell, not one per day."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="reminders")
    sent_to = models.EmailField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"{self.action} → {self.sent_to}"
