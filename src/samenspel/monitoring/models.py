"""Monitoring: areas with their shapes, indicators per goal, their values over the years,
figures asked of partners, what organisations commit (preconditions), and the texts of the
evaluation report."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from samenspel.actions.models import Action
from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.stakeholders.models import Organisation, TargetGroup

# No figure comes near a million millions; far larger ones break every axis and sum. Forms,
# imports and Statistics Netherlands' tables all refuse a figure beyond it.
FIGURE_LIMIT = 1e12


class AreaLevel(models.TextChoices):
    COUNTRY = "country", _("Country")
    MUNICIPALITY = "municipality", _("Municipality")
    DISTRICT = "district", _("District")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")


class Area(models.Model):
    """A district or neighbourhood of the programme (or the municipality, or the country as a
    yardstick), with its Statistics Netherlands code and, once uploaded, its shape."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="areas")
    code = models.CharField(
        _("code"),
        max_length=20,
        help_text=_("The code of Statistics Netherlands, such as GM0285, WK028501 or BU02850101."),
    )
    name = models.CharField(_("name"), max_length=120)
    level = models.CharField(_("level"), max_length=20, choices=AreaLevel.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("lies in"),
    )
    # A GeoJSON geometry (Polygon or MultiPolygon) in longitude and latitude.
    geometry = models.JSONField(_("shape"), null=True, blank=True)

    class Meta:
        ordering = ["level", "name"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="unique_area_code"),
        ]

    def __str__(self) -> str:
        return self.name


class IndicatorKind(models.TextChoices):
    """Results-Based Accountability: population indicators, and three kinds of performance."""

    POPULATION = "population", _("Population indicator")
    HOW_MUCH = "how_much", _("How much did we do?")
    HOW_WELL = "how_well", _("How well did we do it?")
    BETTER_OFF = "better_off", _("Is anyone better off?")


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


class IndicatorLevel(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    DISTRICT = "district", _("District")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")
    ORGANISATION = "organisation", _("Organisation")


class Feed(models.TextChoices):
    """Where the product finds an indicator's values itself; the rest come by hand or file."""

    NONE = "", _("By hand, from a file or from Statistics Netherlands")
    SURVEY_MEAN = "survey_mean", _("A survey question: mean")
    SURVEY_SHARE = "survey_share", _("A survey question: share giving an answer")
    SURVEY_ASPECT = "survey_aspect", _("Professionals' prevention capacity: an aspect score")
    ACTIONS_RUNNING = "actions_running", _("Action book: actions running")
    ACTION_PARTIES = "action_parties", _("Action book: parties involved")
    PEOPLE_REACHED = "people_reached", _("Action book: people reached")


class Indicator(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="indicators")
    code = models.SlugField(
        _("code"), max_length=40, help_text=_("Short, for files and commands: such as 'eenzaam'.")
    )
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"), blank=True)
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("Such as %, €, people.")
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=IndicatorKind.choices, default=IndicatorKind.POPULATION
    )
    source = models.CharField(_("source"), max_length=200, blank=True)
    level = models.CharField(
        _("level"), max_length=20, choices=IndicatorLevel.choices, default=IndicatorLevel.DISTRICT
    )
    by_area = models.BooleanField(_("broken down by area"), default=True)
    by_target_group = models.BooleanField(_("broken down by target group"), default=False)
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="indicators", verbose_name=_("goals")
    )
    baseline_period = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target_value = models.FloatField(_("target"), null=True, blank=True)
    target_period = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    feed = models.CharField(
        _("values come from"), max_length=20, choices=Feed.choices, default=Feed.NONE, blank=True
    )
    # For a survey feed: the question (and for a share, the answer counted), or the aspect.
    feed_question = models.ForeignKey(
        "surveys.Question",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("survey question"),
    )
    feed_option = models.PositiveSmallIntegerField(_("answer counted"), null=True, blank=True)
    feed_survey = models.ForeignKey(
        "surveys.Survey",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("survey"),
    )
    feed_aspect = models.CharField(_("aspect"), max_length=20, blank=True)
    position = models.PositiveIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "name", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="unique_indicator_code"),
            models.CheckConstraint(
                condition=Q(target_period__isnull=True)
                | Q(baseline_period__isnull=True)
                | Q(target_period__gte=models.F("baseline_period")),
                name="indicator_target_after_baseline",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def higher_is_better(self) -> bool:
        return self.direction == Direction.HIGHER


class ValueSource(models.TextChoices):
    MANUAL = "manual", _("By hand")
    FILE = "file", _("File")
    SURVEY = "survey", _("Survey")
    ACTION_BOOK = "action_book", _("Action book")
    STATLINE = "statline", _("Statistics Netherlands")
    PARTNER = "partner", _("Delivered by a partner")


class IndicatorValue(models.Model):
    """One figure: an indicator's value for a year, in an area (or for an organisation), for
    everyone or one target group, with its base and interval where the source has them."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period = models.PositiveSmallIntegerField(_("year"))
    area = models.ForeignKey(
        Area,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="values",
        verbose_name=_("area"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indicator_values",
        verbose_name=_("organisation"),
    )
    target_group = models.ForeignKey(
        TargetGroup,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="indicator_values",
        verbose_name=_("target group"),
    )
    value = models.FloatField(_("value"))
    n = models.PositiveIntegerField(_("base (n)"), null=True, blank=True)
    lower = models.FloatField(_("lower bound"), null=True, blank=True)
    upper = models.FloatField(_("upper bound"), null=True, blank=True)
    effective_base = models.FloatField(_("effective base"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=20, choices=ValueSource.choices, default=ValueSource.MANUAL
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["period", "pk"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        indexes = [models.Index(fields=["indicator", "period"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(area__isnull=False) | Q(organisation__isnull=False),
                name="value_has_area_or_organisation",
            ),
            models.CheckConstraint(
                condition=Q(organisation__isnull=True) | Q(target_group__isnull=True),
                name="value_organisation_without_target_group",
            ),
            # One figure per cell; nulls never collide in a unique index, hence three.
            models.UniqueConstraint(
                fields=["indicator", "area", "period"],
                condition=Q(target_group__isnull=True, organisation__isnull=True),
                name="unique_value_area",
            ),
            models.UniqueConstraint(
                fields=["indicator", "area", "target_group", "period"],
                condition=Q(target_group__isnull=False, organisation__isnull=True),
                name="unique_value_area_group",
            ),
            models.UniqueConstraint(
                fields=["indicator", "organisation", "period"],
                condition=Q(organisation__isnull=False),
                name="unique_value_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.period}: {self.value}"


class FigureRequest(models.Model):
    """The team asks an organisation for an indicator's figure for a year."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="requests", verbose_name=_("indicator")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="figure_requests",
        verbose_name=_("organisation"),
    )
    period = models.PositiveSmallIntegerField(_("year"))
    due_date = models.DateField(_("deliver by"), null=True, blank=True)
    message = models.TextField(_("explanation for the partner"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_value = models.OneToOneField(
        IndicatorValue, on_delete=models.SET_NULL, null=True, blank=True, related_name="request"
    )
    delivered_at = models.DateTimeField(_("delivered on"), null=True, blank=True)
    delivered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["delivered_at", "due_date", "pk"]
        verbose_name = _("figure request")
        verbose_name_plural = _("figure requests")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "organisation", "period"], name="unique_figure_request"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} – {self.organisation} – {self.period}"

    @property
    def programme(self) -> Programme:
        return self.indicator.programme

    @property
    def is_outstanding(self) -> bool:
        return self.delivered_at is None


class ResourceNeed(models.Model):
    """What an action said it needs, in numbers: hours, euros and places (preconditions)."""

    action = models.OneToOneField(Action, on_delete=models.CASCADE, related_name="resource_need")
    hours = models.DecimalField(_("hours"), max_digits=10, decimal_places=1, default=0)
    euros = models.DecimalField(_("euros"), max_digits=12, decimal_places=2, default=0)
    places = models.PositiveIntegerField(_("places"), default=0)

    class Meta:
        verbose_name = _("need of an action")
        verbose_name_plural = _("needs of actions")

    def __str__(self) -> str:
        return str(self.action)

    @property
    def programme(self) -> Programme:
        return self.action.programme


class Commitment(models.Model):
    """Time, room and money an organisation commits to an action or a goal."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="commitments")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("organisation"),
    )
    action = models.ForeignKey(
        Action,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("action"),
    )
    goal = models.ForeignKey(
        Goal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("goal"),
    )
    period = models.PositiveSmallIntegerField(_("year"))
    hours = models.DecimalField(_("hours"), max_digits=10, decimal_places=1, default=0)
    euros = models.DecimalField(_("euros"), max_digits=12, decimal_places=2, default=0)
    places = models.PositiveIntegerField(
        _("places"), default=0, help_text=_("Rooms, workplaces or spots offered.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period", "organisation__name", "pk"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        constraints = [
            models.CheckConstraint(
                condition=Q(action__isnull=False) | Q(goal__isnull=False),
                name="commitment_to_action_or_goal",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.action or self.goal}"


class EvaluationSection(models.TextChoices):
    """The narrative parts of the evaluation report, in the order of the Voorst text."""

    RESEARCH_WELL = "research_well", _("Research phase: what went well")
    RESEARCH_LESS = "research_less", _("Research phase: what went less well")
    EXECUTION_WELL = "execution_well", _("Execution phase: what went well")
    EXECUTION_LESS = "execution_less", _("Execution phase: what went less well")
    AWARENESS = "awareness", _("Awareness: what succeeded")
    DEVELOPMENT = "development", _("Development: what succeeded")
    PRECONDITIONS = "preconditions", _("Preconditions: what succeeded")
    RESULTS = "results", _("Concrete results for society")
    MONEY = "money", _("The money spent")
    EMBEDDING = "embedding", _("What is needed to embed it")


class EvaluationText(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="evaluation_texts"
    )
    section = models.CharField(_("part"), max_length=30, choices=EvaluationSection.choices)
    text = models.TextField(_("text"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("evaluation text")
        verbose_name_plural = _("evaluation texts")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "section"], name="unique_evaluation_section"
            )
        ]

    def __str__(self) -> str:
        return self.get_section_display()


class Quote(models.Model):
    """A quote the team chose to show on a dashboard and in the report: attributed by role and
    target group only, never by name."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="quotes")
    goal = models.ForeignKey(
        Goal,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("goal"),
    )
    text = models.TextField(_("quote"))
    attribution = models.CharField(
        _("said by"), max_length=120, blank=True, help_text=_("A role or target group, no name.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self) -> str:
        return self.text[:60]
