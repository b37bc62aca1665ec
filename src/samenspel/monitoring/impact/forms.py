"""The impact page's question: which areas took part, and which years count as before and
after."""

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin


class ImpactForm(StyledFormMixin, forms.Form):
    show_optional = False
    behandeld = forms.MultipleChoiceField(
        label=_("Areas where the approach ran"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least two areas where the approach ran."),
            "invalid_choice": _("Choose areas from the list."),
        },
    )
    voor = forms.TypedChoiceField(
        label=_("Before: figures up to and including"),
        coerce=int,
        error_messages={
            "required": _("Choose the last year before."),
            "invalid_choice": _("Choose a year from the list."),
        },
    )
    na = forms.TypedChoiceField(
        label=_("After: figures from"),
        coerce=int,
        error_messages={
            "required": _("Choose the first year after."),
            "invalid_choice": _("Choose a year from the list."),
        },
    )

    def __init__(self, *args, areas, periods: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["behandeld"].choices = [(area.code, area.name) for area in areas]
        years = [(str(period), str(period)) for period in periods]
        self.fields["voor"].choices = [("", _("Choose a year")), *years]
        self.fields["na"].choices = [("", _("Choose a year")), *years]

    def clean(self):
        cleaned = super().clean()
        before, after = cleaned.get("voor"), cleaned.get("na")
        if before is not None and after is not None and after <= before:
            self.add_error("na", _("The year after must come later than the year before."))
        return cleaned
