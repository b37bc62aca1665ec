from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin


class PublishForm(StyledFormMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("I have read the preview: residents may read these pages."),
        error_messages={"required": _("Tick that you have read the preview.")},
    )
