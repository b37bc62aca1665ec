"""Forms for preconditions: the year and measure shown, a commitment, and an action's needs."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.actions.models import Action
from samenspel.core.forms import StyledFormMixin
from samenspel.goals.fields import GoalTreeChoiceField
from samenspel.goals.selectors import goals_in_tree_order
from samenspel.stakeholders.models import Organisation

from ..partners.forms import YEAR_MESSAGES, YEARS

MEASURE_CHOICES = [("hours", _("Hours")), ("euros", _("Euros")), ("places", _("Places"))]


def _hours_field(**kwargs):
    return forms.DecimalField(
        label=_("Hours"),
        min_value=Decimal(0),
        max_digits=10,
        decimal_places=1,
        localize=True,
        initial=0,
        error_messages={
            "invalid": _("Fill in a number of hours, such as 8 or 7,5."),
            "min_value": _("Fill in 0 or more."),
            "max_digits": _("That is too many hours."),
            "max_whole_digits": _("That is too many hours."),
            "max_decimal_places": _("Hours take at most one decimal."),
        },
        **kwargs,
    )


def _euros_field(**kwargs):
    return forms.DecimalField(
        label=_("Euros"),
        min_value=Decimal(0),
        max_digits=12,
        decimal_places=2,
        localize=True,
        initial=0,
        error_messages={
            "invalid": _("Fill in an amount, such as 1500 or 1500,50."),
            "min_value": _("Fill in 0 or more."),
            "max_digits": _("That amount is too large."),
            "max_whole_digits": _("That amount is too large."),
            "max_decimal_places": _("Euros take at most two decimals."),
        },
        **kwargs,
    )


def _places_field(**kwargs):
    return forms.IntegerField(
        label=_("Places"),
        min_value=0,
        max_value=10**9,
        initial=0,
        error_messages={
            "invalid": _("Fill in a whole number of places."),
            "min_value": _("Fill in 0 or more."),
            "max_value": _("That is too many places."),
        },
        **kwargs,
    )


class PreconditionFilterForm(StyledFormMixin, forms.Form):
    show_optional = False

    period = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose a year from the list.")},
    )
    measure = forms.ChoiceField(
        label=_("Chart shows"),
        required=False,
        choices=MEASURE_CHOICES,
        error_messages={"invalid_choice": _("Choose hours, euros or places.")},
    )

    def __init__(self, *args, periods, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [("", _("All years"))] + [(p, str(p)) for p in periods]

    def chosen(self) -> tuple[int | None, str]:
        """The year (None: all) and the measure, falling back on all years and hours."""
        if not self.is_valid():
            return None, "hours"
        return self.cleaned_data["period"], self.cleaned_data["measure"] or "hours"


class CommitmentForm(StyledFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": _("Choose the organisation that commits."),
            "invalid_choice": _("Choose an organisation from the list."),
        },
    )
    action = forms.ModelChoiceField(
        label=_("To the action"),
        queryset=Action.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choose an action from the list.")},
    )
    goal = GoalTreeChoiceField(
        label=_("Or to the goal"),
        required=False,
        error_messages={"invalid_choice": _("Choose a goal from the list.")},
    )
    period = forms.IntegerField(label=_("Year"), error_messages=YEAR_MESSAGES, **YEARS)
    hours = _hours_field(required=False)
    euros = _euros_field(required=False)
    places = _places_field(required=False)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Keep the note to 200 characters.")},
    )

    def __init__(self, *args, programme, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["action"].queryset = programme.actions.order_by("title")
        self.fields["goal"].offer(goals_in_tree_order(programme=programme))

    def clean(self):
        cleaned = super().clean()
        action, goal = cleaned.get("action"), cleaned.get("goal")
        if not self.errors.get("action") and not self.errors.get("goal"):
            if action is None and goal is None:
                self.add_error("action", _("Choose an action or a goal."))
            elif action is not None and goal is not None:
                self.add_error("goal", _("Choose an action or a goal, not both."))
        for name in ("hours", "euros", "places"):
            if cleaned.get(name) is None and name not in self.errors:
                cleaned[name] = 0
        amounts_valid = not any(name in self.errors for name in ("hours", "euros", "places"))
        if amounts_valid and not any(cleaned.get(name) for name in ("hours", "euros", "places")):
            self.add_error(None, _("Fill in at least hours, euros or places."))
        return cleaned


class ResourceNeedForm(StyledFormMixin, forms.Form):
    hours = _hours_field()
    euros = _euros_field()
    places = _places_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("hours", "euros", "places"):
            self.fields[name].error_messages["required"] = _("Fill in 0 if nothing is needed.")
