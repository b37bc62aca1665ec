from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.core.public_texts import PublicTextsMixin

from .fields import GoalTreeMultipleChoiceField
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


class GoalRestoreForm(StyledFormMixin, forms.Form):
    """Which archived sub-goals come back with a goal; those archived with it are ticked."""

    sub_goals = GoalTreeMultipleChoiceField(
        required=False,
        label=_("Restore these sub-goals too"),
        help_text=_("Ticked at first: the sub-goals that were archived together with this goal."),
    )
    # Sent by the form that shows the sub-goals: without it (the button on the goal's page)
    # the sub-goals archived together with the goal come back.
    offered = forms.BooleanField(required=False, initial=True, widget=forms.HiddenInput)

    def __init__(self, *args, sub_goals: list[Goal], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sub_goals"].offer(sub_goals)
        self.fields["sub_goals"].initial = [item.pk for item in sub_goals if item.archived_together]
        if not sub_goals:
            del self.fields["sub_goals"]

    def chosen_sub_goals(self) -> list[Goal] | None:
        """The sub-goals chosen, or None for the default (those archived with the goal)."""
        if not self.cleaned_data.get("offered") or "sub_goals" not in self.fields:
            return None
        return list(self.cleaned_data["sub_goals"])
