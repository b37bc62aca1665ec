"""Questionnaires, the waves they run in, and the responses of residents and professionals.

Privacy by design: a response holds no name or e-mail address. Personal invitations are kept
in their own table; a response stores only a hash of its invitation token, so answers cannot
be joined back to an address.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from samenspel.core.models import Programme
from samenspel.goals.models import Goal


def new_revision() -> str:
    return secrets.token_hex(8)


class SurveyAudience(models.TextChoices):
    RESIDENTS = "residents", _("Residents (needs survey)")
    PROFESSIONALS = "professionals", _("Professionals (prevention capacity)")


class Survey(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="surveys")
    title = models.CharField(_("title"), max_length=200)
    audience = models.CharField(_("audience"), max_length=20, choices=SurveyAudience.choices)
    introduction = models.TextField(_("introduction"), blank=True)
    thanks = models.TextField(_("thank-you text"), blank=True)
    contact = models.CharField(
        _("contact for questions"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown to respondents on every page and in the invitation, for example "
            "“peiling@brinkeveld.nl or 14 0571”."
        ),
    )
    min_cell = models.PositiveSmallIntegerField(
        _("smallest group shown"),
        default=10,
        help_text=_("Cells with fewer respondents are hidden."),
    )
    min_base = models.PositiveSmallIntegerField(
        _("smallest base for percentages"),
        default=50,
        help_text=_("No percentage or mean on fewer respondents than this."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Renewed with every change to a page or question; see structure.py.
    revision = models.CharField(max_length=16, default=new_revision, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # A full save must not write back a revision read before a page or question changed.
        if not self._state.adding and self.pk and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "revision"
            ]
        super().save(*args, **kwargs)


class Section(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    LIKERT = "likert", _("Likert (5 points)")
    SCALE = "scale", _("Scale 0-10")
    NUMBER = "number", _("Number")
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    GRID = "grid", _("Grid of Likert items")


class Background(models.TextChoices):
    NONE = "", _("Not a background question")
    AGE_BAND = "age_band", _("Age band")
    GENDER = "gender", _("Gender")
    AREA = "area", _("Area")
    HOUSEHOLD = "household", _("Household")
    INCOME_BAND = "income_band", _("Income band")
    ORGANISATION_KIND = "organisation_kind", _("Kind of organisation")
    OTHER = "other", _("Other background")


class Aspect(models.TextChoices):
    NONE = "", _("None")
    AWARENESS = "awareness", _("Awareness")
    DEVELOPMENT = "development", _("Development")
    PRECONDITIONS = "preconditions", _("Preconditions")


class Question(models.Model):
    """One question. Choices and grid items are lists of {"value", "label"}; a show-if
    condition names an earlier question's code and the values that make this one appear."""

    # The survey again, beside the page: answers are keyed by code across the whole survey,
    # and only a constraint on the survey's own column makes the database hold that.
    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="questions", editable=False
    )
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField(_("code"), max_length=40, help_text=_("Short name in exports."))
    text = models.CharField(_("question"), max_length=500)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    required = models.BooleanField(_("required"), default=False)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    items = models.JSONField(_("grid items"), default=list, blank=True)
    show_if_code = models.SlugField(_("show if question"), max_length=40, blank=True)
    show_if_values = models.JSONField(_("show if answer is one of"), default=list, blank=True)
    background = models.CharField(
        _("background"), max_length=20, choices=Background.choices, blank=True, default=""
    )
    aspect = models.CharField(
        _("aspect of prevention capacity"),
        max_length=20,
        choices=Aspect.choices,
        blank=True,
        default="",
    )
    reverse_scored = models.BooleanField(_("reverse scored"), default=False)
    count_combinations = models.BooleanField(
        _("also count combinations"),
        default=False,
        help_text=_("Multiple choice only: how often each combination of answers was chosen."),
    )
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="questions", verbose_name=_("goals")
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["section__position", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "code"], name="question_code_per_survey")
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs):
        # A question belongs to its page's survey, whoever creates it.
        self.survey_id = self.section.survey_id
        super().save(*args, **kwargs)


class TargetGroupMapping(models.Model):
    """An answer to a background question that places the respondent in a target group."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="target_group_mappings"
    )
    value = models.CharField(max_length=40)
    target_group = models.ForeignKey(
        "stakeholders.TargetGroup", on_delete=models.CASCADE, related_name="survey_mappings"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question", "value", "target_group"], name="map_answer_to_group_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question.code}={self.value} → {self.target_group}"


def new_token() -> str:
    return secrets.token_urlsafe(16)


class Wave(models.Model):
    """One run of a survey (a meting). The same questionnaire again later makes waves comparable."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="waves")
    name = models.CharField(_("name"), max_length=120)
    public_token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    access_code = models.CharField(
        _("access code"),
        max_length=40,
        blank=True,
        help_text=_("Optional: respondents type it first."),
    )
    invitation_only = models.BooleanField(_("only with a personal invitation"), default=False)
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    is_open = models.BooleanField(_("open for answers"), default=True)
    invitation_subject = models.CharField(
        _("subject of the invitation"), max_length=200, blank=True
    )
    invitation_text = models.TextField(
        _("text of the invitation"),
        blank=True,
        help_text=_("Your own words. The personal link, the closing date and the contact follow."),
    )
    invitation_sender = models.CharField(
        _("sender's name"),
        max_length=120,
        blank=True,
        help_text=_("The name residents see as the sender, such as “Gemeente Brinkeveld”."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["survey", "created_at"]

    def __str__(self) -> str:
        return f"{self.survey} – {self.name}"


class Invitation(models.Model):
    """A personal invitation. Its link's token is not kept: only a keyed hash of it, which no
    response holds (see collecting/tokens.py). ``started`` says, without a time, that the
    link was used: the list of who still has to answer needs nothing more."""

    wave = models.ForeignKey(Wave, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    token_hash = models.CharField(max_length=64, unique=True, null=True, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    started = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["wave", "email"], name="invite_once")]

    def __str__(self) -> str:
        return self.email


class ResponseStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETE = "complete", _("Complete")


class Response(models.Model):
    is_new = False  # set by services.response_start on the response it made
    wave = models.ForeignKey(Wave, on_delete=models.CASCADE, related_name="responses")
    resume_token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    # While open: a keyed hash of the invitation link that started it (not the invitation's
    # own hash); emptied when the response is complete.
    invitation_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    status = models.CharField(
        max_length=20, choices=ResponseStatus.choices, default=ResponseStatus.IN_PROGRESS
    )
    current_section = models.PositiveSmallIntegerField(default=0)
    weight = models.FloatField(default=1.0)
    source = models.CharField(max_length=20, default="web")  # web, paper, import
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["wave", "status"])]

    def __str__(self) -> str:
        return f"{self.wave} #{self.pk}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    value = models.JSONField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.question.code}={self.value!r}"


class StartNonce(models.Model):
    """One per start form shown: a double click or reload of the start page reuses the response."""

    wave = models.ForeignKey(Wave, on_delete=models.CASCADE, related_name="+")
    nonce = models.CharField(max_length=40, unique=True)
    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return self.nonce


class Margin(models.Model):
    """Population targets for one background question, to rake a wave's weights to."""

    wave = models.ForeignKey(Wave, on_delete=models.CASCADE, related_name="margins")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    targets = models.JSONField(default=dict)  # choice value -> population count or share

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["wave", "question"], name="one_margin_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.wave} – {self.question.code}"


class Weighting(models.Model):
    """The outcome of the latest raking of a wave."""

    wave = models.OneToOneField(Wave, on_delete=models.CASCADE, related_name="weighting")
    design_effect = models.FloatField()
    effective_sample_size = models.FloatField()
    respondents = models.PositiveIntegerField()
    weighted_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.wave}: deff {self.design_effect:.2f}"


class ImportStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    CHECKING = "checking", _("Checking")
    WRITING = "writing", _("Saving")
    DONE = "done", _("Done")
    FAILED = "failed", _("Not imported")


class ResponseImport(models.Model):
    """A file of responses imported in the background. The file itself is dropped once it has
    been read: open answers may hold personal details."""

    wave = models.ForeignKey(Wave, on_delete=models.CASCADE, related_name="imports")
    filename = models.CharField(max_length=200)
    content = models.BinaryField(null=True, editable=False)
    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.WAITING
    )
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename

    @property
    def percent_done(self) -> int:
        return round(100 * self.rows_done / self.rows_total) if self.rows_total else 0


class RowExportStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class RowExportGrant(models.Model):
    """The right to export a programme's answers one row per respondent: asked for by a member
    with a reason, granted or refused by the project team. Reading the results needs no such
    right; taking every respondent's answers out of the platform does."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="row_export_grants",
        verbose_name=_("member"),
    )
    reason = models.TextField(_("reason"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RowExportStatus.choices,
        default=RowExportStatus.REQUESTED,
    )
    requested_at = models.DateTimeField(_("requested on"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("right to export answers per respondent")
        verbose_name_plural = _("rights to export answers per respondent")
        constraints = [
            # One open request or one right at a time; refused and withdrawn ones stay on record.
            models.UniqueConstraint(
                fields=["programme", "user"],
                condition=models.Q(status__in=["requested", "granted"]),
                name="one_open_row_export_grant",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_status_display()}"
