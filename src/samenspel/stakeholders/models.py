from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from samenspel.core.models import Municipality, Programme


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    PARTNER = "partner", _("Partner of the municipality")
    CARE = "care", _("Health care")
    EDUCATION = "education", _("Education")
    WELFARE = "welfare", _("Welfare")
    BUSINESS = "business", _("Business")
    ASSOCIATION = "association", _("Association")
    RESIDENTS_INITIATIVE = "residents_initiative", _("Residents' initiative")
    AREA_COUNCIL = "area_council", _("Neighbourhood or village council")
    VILLAGE_SUPPORTER = "village_supporter", _("Village supporter")
    DEBT_COUNSELLING = "debt_counselling", _("Debt counselling")
    OTHER = "other", _("Other")


class Organisation(models.Model):
    """A party (partij) taking part in the programme."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="organisations")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=30, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("municipality"),
    )
    area = models.CharField(
        _("area"), max_length=120, blank=True, help_text=_("Village, district or neighbourhood.")
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                "programme", Lower("name"), name="unique_organisation_name_per_programme"
            )
        ]
        indexes = [models.Index(fields=["programme", "kind"])]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """Someone who works on the programme, usually on behalf of an organisation."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("organisation"),
    )
    function = models.CharField(_("function"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    is_ambassador = models.BooleanField(
        _("ambassador"),
        default=False,
        help_text=_("Ambassadors carry the programme into their own circles."),
    )
    shows_name_publicly = models.BooleanField(
        _("name may be shown on public pages"),
        default=False,
        help_text=_("Only with this person's consent."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user account"),
        help_text=_(
            "The member who is this person: as a lead they then edit the actions they lead."
        ),
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(
                "programme",
                Lower("email"),
                condition=~models.Q(email=""),
                name="unique_person_email_per_programme",
            ),
            # One person per account in a programme; the same account may be a person elsewhere.
            models.UniqueConstraint(
                fields=["programme", "user"],
                condition=models.Q(user__isnull=False),
                name="one_person_per_account_per_programme",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class TargetGroupDimension(models.TextChoices):
    DEMOGRAPHIC = "demographic", _("Demographic")
    CULTURAL = "cultural", _("Cultural")
    SOCIO_ECONOMIC = "socio_economic", _("Socio-economic")
    OTHER = "other", _("Other")


class TargetGroup(models.Model):
    """A group of residents the programme wants to reach, such as young parents."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="target_groups")
    name = models.CharField(_("name"), max_length=200)
    dimension = models.CharField(
        _("dimension"), max_length=20, choices=TargetGroupDimension.choices
    )
    description = models.TextField(_("description"), blank=True)
    estimated_size = models.PositiveIntegerField(
        _("estimated size"), null=True, blank=True, help_text=_("Number of residents, roughly.")
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["dimension", "name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                "programme", Lower("name"), name="unique_target_group_name_per_programme"
            )
        ]

    def __str__(self) -> str:
        return self.name


class ImportBatch(models.Model):
    """An uploaded file, checked and waiting for the user to apply it (all rows or none)."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, default="register")  # register or actions
    filename = models.CharField(max_length=255)
    rows = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename
