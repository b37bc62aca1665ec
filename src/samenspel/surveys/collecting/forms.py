"""Forms of collecting answers: a wave and its invitation mail."""

from django import forms

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
