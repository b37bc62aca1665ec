from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.core.public_texts import PublicTextsMixin

from .models import Challenge, Goal, TargetImage, Theme
from .selectors import owner_choices


class VisionForm(PublicTextsMixin, StyledFormMixin, forms.Form):
    public_fields = ("text",)
    text = forms.CharField(
        label=_("Vision"),
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        help_text=_("Where does the programme want society to be in a few years? In plain words."),
    )


class TargetImageForm(PublicTextsMixin, StyledFormMixin, forms.ModelForm):
    public_fields = ("title", "description")

    class Meta:
        model = TargetImage
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"title": _("For example: Youth, Lively villages, Caring for each other.")}


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Theme) -> str:
        return f"{obj.name} ({obj.get_group_display().lower()})"


class GoalForm(PublicTextsMixin, StyledFormMixin, forms.ModelForm):
    public_fields = ("title",)

    themes = ThemeChoiceField(
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Broad-prosperity themes"),
    )

    class Meta:
        model = Goal
        fields = ["target_image", "title", "description", "owner", "themes", "challenges"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "challenges": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, programme, with_target_image: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owner_choices(programme=programme)
        self.fields["owner"].label_from_instance = lambda user: (
            user.get_full_name() or user.username
        )
        self.fields["challenges"].queryset = Challenge.objects.filter(programme=programme)
        if with_target_image:
            self.fields["target_image"].queryset = TargetImage.objects.filter(programme=programme)
            self.fields["target_image"].empty_label = None
        else:
            del self.fields["target_image"]


class ChallengeForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Challenge
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
