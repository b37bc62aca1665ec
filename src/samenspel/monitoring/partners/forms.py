"""Forms for figures asked of partners: filtering the list, asking, and delivering."""

from __future__ import annotations

import math

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.stakeholders.models import Organisation

from ..models import Indicator
from .selectors import STATUS_CHOICES

YEARS = {"min_value": 1900, "max_value": 2100}
YEAR_MESSAGES = {
    "required": _("Fill in the year."),
    "invalid": _("Fill in a year, such as 2026."),
    "min_value": _("Fill in a year from 1900 to 2100."),
    "max_value": _("Fill in a year from 1900 to 2100."),
}


class FigureRequestFilterForm(StyledFormMixin, forms.Form):
    show_optional = False

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All"))] + STATUS_CHOICES,
        error_messages={"invalid_choice": _("Choose a status from the list.")},
    )

    def status_or_all(self) -> str:
        return self.cleaned_data.get("status", "") if self.is_valid() else ""


class FigureRequestForm(StyledFormMixin, forms.Form):
    indicator = forms.ModelChoiceField(
        label=_("Indicator"),
        queryset=Indicator.objects.none(),
        error_messages={
            "required": _("Choose the indicator."),
            "invalid_choice": _("Choose an indicator from the list."),
        },
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": _("Choose the organisation you ask."),
            "invalid_choice": _("Choose an organisation from the list."),
        },
    )
    period = forms.IntegerField(label=_("Year"), error_messages=YEAR_MESSAGES, **YEARS)
    due_date = forms.DateField(
        label=_("Deliver by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Fill in a date, such as 24-11-2026.")},
    )
    message = forms.CharField(
        label=_("Explanation for the partner"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What you need the figure for, and how to count it."),
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = programme.indicators.all()
        self.fields["organisation"].queryset = programme.organisations.all()


class FigureDeliverForm(StyledFormMixin, forms.Form):
    value = forms.CharField(
        label=_("Value"),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={"required": _("Fill in the figure.")},
    )
    n = forms.IntegerField(
        label=_("Base (n)"),
        required=False,
        min_value=1,
        max_value=10**9,
        help_text=_("How many people or cases the figure is based on, if you know."),
        error_messages={
            "invalid": _("Fill in a whole number."),
            "min_value": _("The base is at least 1."),
            "max_value": _("That base is too large."),
        },
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=200,
        help_text=_("How you counted, or what the team should know."),
        error_messages={"max_length": _("Keep the note to 200 characters.")},
    )

    def __init__(self, *args, unit: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if unit:
            self.fields["value"].label = _("Value (%(unit)s)") % {"unit": unit}

    def clean_value(self) -> float:
        return parse_number(self.cleaned_data["value"])


def parse_number(text: str) -> float:
    """A number as people type it here: with a decimal comma or point, no thousands marks."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise forms.ValidationError(_("Fill in a number, such as 12 or 12,5.")) from None
    if not math.isfinite(value) or abs(value) > 1e12:
        raise forms.ValidationError(_("Fill in a number, such as 12 or 12,5."))
    return value
