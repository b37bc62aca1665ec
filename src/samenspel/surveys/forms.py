from django import forms

from samenspel.core.forms import StyledFormMixin

from .models import Wave


class WaveForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Wave
        fields = ["name", "access_code", "invitation_only"]
