"""Forms of the indicator pages: the indicator itself (without its feed, which the feeds keep),
the list's filters, the area of the trend, and one figure by hand."""

from __future__ import annotations

import math

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.goals.fields import GoalTreeChoiceField, GoalTreeMultipleChoiceField
from samenspel.goals.selectors import goals_in_tree_order

from ..models import FIGURE_LIMIT, Indicator, IndicatorKind, IndicatorLevel
from .services import AREA_LEVELS_FOR

# Years people plausibly record figures for; the model's small integer holds far more.
FIRST_YEAR, LAST_YEAR = 1900, 2100

YEAR_ERRORS = {
    "invalid": _("Fill in a year, such as 2024."),
    "min_value": _("Fill in a year from %(limit_value)s on."),
    "max_value": _("Fill in a year up to %(limit_value)s."),
}


def year_field(label, *, required: bool = True, help_text: str = "") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        help_text=help_text,
        error_messages=YEAR_ERRORS,
    )


class FiniteFloatField(forms.FloatField):
    """A number that is a number: 'nan' and 'inf' pass Python's float but mean nothing here."""

    LIMIT = FIGURE_LIMIT
    default_error_messages = {
        "invalid": _("Fill in a number, such as 12.5."),
        "too_large": _("Fill in a number between −1,000,000,000,000 and 1,000,000,000,000."),
    }
    # A text box rather than type=number, which refuses the decimal comma people type here.
    widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        number = super().to_python(value)
        if number is not None and not math.isfinite(number):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if number is not None and abs(number) > self.LIMIT:
            raise forms.ValidationError(self.error_messages["too_large"], code="too_large")
        return number

    def widget_attrs(self, widget):
        # No min, max or step: the field checks the number itself.
        return {}


class IndicatorForm(StyledFormMixin, forms.ModelForm):
    goals = GoalTreeMultipleChoiceField(label=_("Goals it measures"), required=False)
    baseline_period = year_field(
        _("Baseline year"),
        required=False,
        help_text=_("The trend line starts here; the change is measured from this year."),
    )
    target_value = FiniteFloatField(label=_("Target"), required=False)
    target_period = year_field(_("Target year"), required=False)

    class Meta:
        model = Indicator
        fields = [
            "name",
            "code",
            "definition",
            "kind",
            "unit",
            "direction",
            "source",
            "level",
            "by_area",
            "by_target_group",
            "goals",
            "baseline_period",
            "target_value",
            "target_period",
        ]
        widgets = {"definition": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].offer(goals_in_tree_order(programme=programme))
        if self.instance.pk:
            self.initial.setdefault("goals", [goal.pk for goal in self.instance.goals.all()])

    def clean(self):
        cleaned = super().clean()
        baseline, target = cleaned.get("baseline_period"), cleaned.get("target_period")
        if baseline and target and target < baseline:
            self.add_error("target_period", _("The target year lies before the baseline year."))
        if cleaned.get("target_period") and cleaned.get("target_value") is None:
            self.add_error("target_value", _("Fill in the target for the target year."))
        return cleaned

    def _post_clean(self):
        # The service checks and saves the indicator; the form only checks its own fields.
        pass

    def service_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        data["goals"] = list(data["goals"])
        return data


class IndicatorFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    doel = GoalTreeChoiceField(label=_("Goal"), required=False, empty_label=_("All goals"))
    soort = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *IndicatorKind.choices],
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["doel"].offer(goals_in_tree_order(programme=programme, include_archived=True))

    def filters(self) -> dict:
        """The chosen goal and kind; a value that is no choice counts as no filter."""
        if not self.is_valid():
            return {"goal": None, "kind": ""}
        return {"goal": self.cleaned_data["doel"], "kind": self.cleaned_data["soort"]}


class TrendAreaForm(StyledFormMixin, forms.Form):
    """Which area the trend shows: by default the municipality."""

    show_optional = False
    gebied = forms.ChoiceField(label=_("Area"), required=False)

    def __init__(self, *args, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.areas = {str(area.pk): area for area in areas}
        self.fields["gebied"].choices = [("", _("The municipality"))] + [
            (key, area.name) for key, area in self.areas.items()
        ]
        self.fields["gebied"].error_messages["invalid_choice"] = _(
            "This area is not one of the indicator's areas; the municipality is shown."
        )

    def area(self):
        if not self.is_valid():
            return None
        return self.areas.get(self.cleaned_data["gebied"])


class ValueForm(StyledFormMixin, forms.Form):
    """One figure by hand: its year, area or organisation, perhaps a target group, and base."""

    period = year_field(_("Year"))
    area = forms.ModelChoiceField(
        label=_("Area"), queryset=None, required=False, empty_label=_("Choose an area")
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        required=False,
        empty_label=_("Choose an organisation"),
    )
    target_group = forms.ModelChoiceField(
        label=_("Target group"),
        queryset=None,
        required=False,
        empty_label=_("Everyone"),
        help_text=_("Leave empty for a figure about everyone."),
    )
    value = FiniteFloatField(label=_("Value"))
    n = forms.IntegerField(
        label=_("Base (n)"),
        required=False,
        min_value=0,
        max_value=10**9,
        help_text=_("How many people or cases the figure rests on, where known."),
        error_messages={
            "invalid": _("Fill in a whole number."),
            "min_value": _("A base cannot be negative."),
            "max_value": _("That base is too large."),
        },
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        programme = indicator.programme
        if indicator.level == IndicatorLevel.ORGANISATION:
            del self.fields["area"]
            self.fields["organisation"].queryset = programme.organisations.order_by("name")
            self.fields["organisation"].required = True
            self.fields["organisation"].error_messages["required"] = _("Choose the organisation.")
        else:
            del self.fields["organisation"]
            levels = AREA_LEVELS_FOR[indicator.level]
            if not indicator.by_area:
                levels = [level for level in levels if level in ("country", "municipality")]
            self.fields["area"].queryset = programme.areas.filter(level__in=levels).order_by(
                "level", "name"
            )
            self.fields["area"].required = True
            self.fields["area"].label_from_instance = lambda area: (
                f"{area.name} ({area.get_level_display().lower()})"
            )
            self.fields["area"].error_messages["required"] = _("Choose the area.")
        if indicator.by_target_group and indicator.level != IndicatorLevel.ORGANISATION:
            self.fields["target_group"].queryset = programme.target_groups.order_by("name")
        else:
            del self.fields["target_group"]
        for name in ("area", "organisation", "target_group"):
            if name in self.fields:
                self.fields[name].error_messages["invalid_choice"] = _(
                    "Choose one of the options offered."
                )

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "period": data["period"],
            "value": data["value"],
            "area": data.get("area"),
            "organisation": data.get("organisation"),
            "target_group": data.get("target_group"),
            "n": data.get("n"),
            "note": data.get("note", ""),
        }
