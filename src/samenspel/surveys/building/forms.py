from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin

from ..models import Section, Survey, SurveyAudience


class SurveyForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["title", "introduction", "thanks", "contact", "min_cell", "min_base"]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 4}),
            "thanks": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["min_cell"].validators.append(MinValueValidator(5))
        self.fields["min_cell"].widget.attrs["min"] = 5
        self.fields["min_cell"].help_text = _(
            "Cells with fewer respondents are hidden. At least 5; 10 is usual."
        )


class SurveyStartForm(StyledFormMixin, forms.Form):
    """How a new survey starts: empty, from a shipped questionnaire, or as a copy of one of
    the programme's own surveys."""

    start = forms.ChoiceField(label=_("Start from"))
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to take the title of what you start from."),
    )
    audience = forms.ChoiceField(
        label=_("For"),
        choices=SurveyAudience.choices,
        initial=SurveyAudience.RESIDENTS,
        required=False,
        help_text=_("Only for an empty survey; a copy keeps its own."),
    )

    def __init__(self, *args, programme, questionnaires: dict, **kwargs):
        super().__init__(*args, **kwargs)
        surveys = programme.surveys.order_by("title")
        self.fields["start"].choices = [
            ("blank", _("An empty survey")),
            (
                _("A questionnaire of Samenspel"),
                [(f"q:{code}", data["title"]) for code, data in questionnaires.items()],
            ),
        ] + (
            [
                (
                    _("A copy of a survey of this programme"),
                    [(f"copy:{s.pk}", s.title) for s in surveys],
                )
            ]
            if surveys
            else []
        )

    def clean(self):
        data = super().clean()
        data["audience"] = data.get("audience") or SurveyAudience.RESIDENTS
        if data.get("start") == "blank" and not data.get("title", "").strip():
            self.add_error("title", _("Give the empty survey a title."))
        return data


class SectionForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Section
        fields = ["title", "introduction"]
        widgets = {"introduction": forms.Textarea(attrs={"rows": 3})}
        labels = {"title": _("Title of the page")}


class TargetGroupsForm(forms.Form):
    """Per answer of a background question, the target groups it places a respondent in;
    the page draws the checkboxes itself, as a table of answers by groups."""

    def __init__(self, *args, question, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.question, self.groups = question, {str(group.pk): group for group in groups}
        choices = [(pk, group.name) for pk, group in self.groups.items()]
        for option in question.choices:
            self.fields[f"doelgroep-{option['value']}"] = forms.MultipleChoiceField(
                choices=choices, required=False
            )

    def mapping(self) -> dict[str, list]:
        return {
            str(option["value"]): [
                self.groups[pk] for pk in self.cleaned_data[f"doelgroep-{option['value']}"]
            ]
            for option in self.question.choices
        }
