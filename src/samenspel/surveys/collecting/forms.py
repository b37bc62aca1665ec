"""Forms of collecting answers: a wave and its invitation mail."""

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin

from ..models import Wave


class WaveForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Wave
        fields = ["name", "access_code", "invitation_only"]


class InvitationTextForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Wave
        fields = ["invitation_subject", "invitation_text", "invitation_sender", "closes_at"]
        widgets = {
            "invitation_text": forms.Textarea(attrs={"rows": 5}),
            "closes_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def clean_closes_at(self):
        # The year 1 or 9999 is a typing slip, and one the database cannot store in UTC.
        closes = self.cleaned_data.get("closes_at")
        if closes is not None and not 2000 <= closes.year <= 2100:
            raise forms.ValidationError(_("Choose a date between the years 2000 and 2100."))
        return closes
