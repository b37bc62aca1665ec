from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.goals.fields import GoalTreeMultipleChoiceField, GoalTreeSelectMultiple
from samenspel.goals.selectors import goals_in_tree_order

from ..models import Aspect, Background, QuestionKind, Section, Survey, SurveyAudience


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


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(StyledFormMixin, forms.Form):
    """A question as a civil servant writes it: answer options one per line, a show-if
    condition chosen from the answers of earlier questions."""

    section = forms.ModelChoiceField(queryset=Section.objects.none(), label=_("Page"))
    text = forms.CharField(label=_("Question"), max_length=500)
    kind = forms.ChoiceField(label=_("Kind of question"), choices=QuestionKind.choices)
    help_text = forms.CharField(
        label=_("Help text"),
        max_length=300,
        required=False,
        help_text=_("Shown under the question, for example what is meant by a word."),
    )
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    choices = forms.CharField(
        label=_("Answers to choose from"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Single and multiple choice: one answer per line."),
    )
    items = forms.CharField(
        label=_("Statements of the grid"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Grid of Likert items: one statement per line."),
    )
    show_if = forms.MultipleChoiceField(
        label=_("Only show after one of these answers"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        required=False,
        help_text=_("Leave empty to always show the question. Choose answers of one question."),
    )
    background = forms.ChoiceField(
        label=_("Background question"),
        choices=Background.choices,
        required=False,
        help_text=_("Background questions split results and place respondents in target groups."),
    )
    aspect = forms.ChoiceField(
        label=_("Aspect of prevention capacity"), choices=Aspect.choices, required=False
    )
    reverse_scored = forms.BooleanField(
        label=_("Reverse scored (agreeing means a lower score)"), required=False
    )
    count_combinations = forms.BooleanField(
        label=_("Also count combinations of answers (multiple choice)"), required=False
    )
    goals = GoalTreeMultipleChoiceField(
        required=False,
        label=_("Goals this question measures"),
        help_text=_("Results then appear with the goal."),
        widget=GoalTreeSelectMultiple,
    )
    code = forms.SlugField(
        label=_("Code"),
        max_length=40,
        required=False,
        help_text=_("Short name in exports. Left empty, one is made from the question."),
    )

    def __init__(self, *args, survey, earlier: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = survey.sections.all()
        self.fields["goals"].offer(goals_in_tree_order(programme=survey.programme))
        self.fields["show_if"].choices = [
            (question.text, [(f"{question.code}={value}", label) for value, label in options])
            for question, options in earlier
        ]

    def clean(self):
        data = super().clean()
        conditions = [value.split("=", 1) for value in data.get("show_if") or []]
        codes = {code for code, _value in conditions}
        if len(codes) > 1:
            self.add_error("show_if", _("Choose answers of one question only."))
        data["show_if_code"] = codes.pop() if len(codes) == 1 else ""
        data["show_if_values"] = [value for _code, value in conditions]
        data["choice_labels"] = _lines(data.get("choices", ""))
        data["item_labels"] = _lines(data.get("items", ""))
        return data

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        names = [
            "text",
            "kind",
            "code",
            "help_text",
            "required",
            "choice_labels",
            "item_labels",
            "show_if_code",
            "show_if_values",
            "background",
            "aspect",
            "reverse_scored",
            "count_combinations",
            "goals",
        ]
        return {name: data[name] for name in names}


def question_initial(question) -> dict:
    return {
        "section": question.section_id,
        "text": question.text,
        "kind": question.kind,
        "help_text": question.help_text,
        "required": question.required,
        "choices": "\n".join(option["label"] for option in question.choices),
        "items": "\n".join(item["label"] for item in question.items),
        "show_if": [f"{question.show_if_code}={value}" for value in question.show_if_values],
        "background": question.background,
        "aspect": question.aspect,
        "reverse_scored": question.reverse_scored,
        "count_combinations": question.count_combinations,
        "goals": list(question.goals.values_list("pk", flat=True)),
        "code": question.code,
    }


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
