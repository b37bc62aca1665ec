"""The question form: it asks only what a kind of question needs, and a show-if condition is
chosen as an earlier question and the answers to tick, in their own words.

Changing the kind or the condition's question redraws the form from what was typed (a draft):
htmx fetches it while typing, a plain submit with the "bijwerken" button does the same without
JavaScript. Values of fields the chosen kind does not use travel along as hidden fields, so that
switching back finds them again, and are dropped when the question is saved.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.goals.fields import GoalTreeMultipleChoiceField, GoalTreeSelectMultiple
from samenspel.goals.selectors import goals_in_tree_order

from ..models import Aspect, Background, QuestionKind, Section
from .selectors import condition_sentence

# What each kind of question asks beyond what every question has. The one place that says it:
# the form shows these fields, drops the others' values, and the service refuses the rest.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    QuestionKind.SINGLE: ("choices", "background"),
    QuestionKind.MULTIPLE: ("choices", "count_combinations"),
    QuestionKind.LIKERT: ("aspect", "reverse_scored"),
    QuestionKind.SCALE: (),
    QuestionKind.NUMBER: (),
    QuestionKind.SHORT_TEXT: (),
    QuestionKind.LONG_TEXT: (),
    QuestionKind.GRID: ("items", "aspect", "reverse_scored"),
}
KIND_SPECIFIC = ("choices", "items", "background", "aspect", "reverse_scored", "count_combinations")

TOO_FEW_CHOICES = {
    QuestionKind.SINGLE: _("A single-choice question needs at least two answers to choose from."),
    QuestionKind.MULTIPLE: _(
        "A multiple-choice question needs at least two answers to choose from."
    ),
}
TOO_FEW_ITEMS = _("A grid needs at least one statement.")
REFRESH = "bijwerken"  # the name of the buttons that redraw the form without saving it


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(StyledFormMixin, forms.Form):
    """A question as a civil servant writes it: answer options one per line, only the fields
    its kind needs, and a condition picked from the answers of earlier questions."""

    section = forms.ModelChoiceField(queryset=Section.objects.none(), label=_("Page"))
    text = forms.CharField(label=_("Question"), max_length=500)
    kind = forms.ChoiceField(
        label=_("Kind of question"),
        choices=[("", _("Choose the kind of question")), *QuestionKind.choices],
        error_messages={"required": _("Choose the kind of question.")},
    )
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
        help_text=_("One answer per line."),
    )
    items = forms.CharField(
        label=_("Statements of the grid"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One statement per line; each is answered from strongly disagree to strongly agree."
        ),
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
        label=_("Also count combinations of answers"), required=False
    )
    show_if_question = forms.ChoiceField(
        label=_("Only show after an answer to"),
        required=False,
        help_text=_("One of the questions before this one."),
        error_messages={
            "invalid_choice": _(
                "Choose one of the questions before this one: a question can only depend on "
                "an answer given earlier."
            )
        },
    )
    show_if_answers = forms.MultipleChoiceField(
        label=_("After which answers?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Tick answers of the question you chose.")},
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

    def __init__(self, data=None, *args, survey, earlier: list, **kwargs):
        self.earlier = {str(question.pk): (question, options) for question, options in earlier}
        self.source = None
        super().__init__(data, *args, **kwargs)
        self.fields["section"].queryset = survey.sections.all()
        self.fields["goals"].offer(goals_in_tree_order(programme=survey.programme))
        self.fields["show_if_question"].choices = [("", _("Always show this question"))] + [
            (pk, question.text) for pk, (question, _options) in self.earlier.items()
        ]
        kind = self._raw("kind")
        # Not "kind": in a template, form.kind is the field.
        self.chosen_kind = kind if kind in KIND_FIELDS else ""
        for name in KIND_SPECIFIC:
            if name not in KIND_FIELDS.get(self.chosen_kind, ()):
                self.fields[name].widget = forms.HiddenInput()
        # What the kind cannot do without is marked required, with the kind's own words.
        needed = {**TOO_FEW_CHOICES, QuestionKind.GRID: TOO_FEW_ITEMS}.get(self.chosen_kind)
        if needed is not None:
            field = self.fields["items" if self.chosen_kind == QuestionKind.GRID else "choices"]
            field.required, field.error_messages["required"] = True, needed
        self._offer_answers()

    def _raw(self, name: str) -> str:
        if self.is_bound:
            value = self.data.get(self.add_prefix(name))
        else:
            value = self.initial.get(name, self.fields[name].initial)
        return value if isinstance(value, str) else ""

    def _offer_answers(self) -> None:
        """Offer the answers of the question the condition names; answers ticked for another
        question (chosen before, without JavaScript) are let go rather than mistaken."""
        entry = self.earlier.get(self._raw("show_if_question"))
        if entry is None:
            return
        self.source, options = entry
        prefix = f"{self.source.pk}:"
        self.fields["show_if_answers"].choices = [
            (prefix + value, label) for value, label in options
        ]
        name = self.add_prefix("show_if_answers")
        if self.is_bound and hasattr(self.data, "getlist"):
            self.data = self.data.copy()
            self.data.setlist(
                name, [value for value in self.data.getlist(name) if value.startswith(prefix)]
            )

    @classmethod
    def from_draft(cls, data, **kwargs) -> "QuestionForm":
        """An unbound form showing what was typed, for another kind or condition: no errors
        before the team saves."""
        typed = cls(data, **kwargs)
        initial = {}
        for bound in typed:
            value = bound.data
            if isinstance(bound.field, forms.BooleanField):
                value = bound.field.to_python(value)
            initial[bound.name] = value
        return cls(initial=initial, **kwargs)

    # What the template draws, in its parts.
    def kind_fields(self) -> list:
        return [self[name] for name in KIND_FIELDS.get(self.chosen_kind, ())]

    def kind_label(self) -> str:
        return QuestionKind(self.chosen_kind).label if self.chosen_kind else ""

    def carried_fields(self) -> list:
        return [
            self[name]
            for name in KIND_SPECIFIC
            if name not in KIND_FIELDS.get(self.chosen_kind, ())
        ]

    def draft_sentence(self) -> str:
        """The condition as it stands in the form, in words."""
        if self.source is None:
            return ""
        ticked = self["show_if_answers"].value() or []
        labels = [
            label for value, label in self.fields["show_if_answers"].choices if value in ticked
        ]
        return condition_sentence(self.source.text, labels) if labels else ""

    def clean(self):
        data = super().clean()
        used = KIND_FIELDS.get(self.chosen_kind, ())
        for name in KIND_SPECIFIC:
            if name not in used:
                data[name] = False if isinstance(self.fields[name], forms.BooleanField) else ""
        data["choice_labels"] = _lines(data.get("choices", ""))
        data["item_labels"] = _lines(data.get("items", ""))
        if (
            self.chosen_kind in TOO_FEW_CHOICES
            and "choices" not in self.errors
            and len(data["choice_labels"]) < 2
        ):
            self.add_error("choices", TOO_FEW_CHOICES[self.chosen_kind])
        if (
            self.chosen_kind == QuestionKind.GRID
            and "items" not in self.errors
            and not data["item_labels"]
        ):
            self.add_error("items", TOO_FEW_ITEMS)
        self._clean_condition(data)
        return data

    def _clean_condition(self, data: dict) -> None:
        data["show_if_code"], data["show_if_values"] = "", []
        if self.source is None:
            return
        values = [value.split(":", 1)[1] for value in data.get("show_if_answers") or []]
        if not values and "show_if_answers" not in self.errors:
            self.add_error(
                "show_if_answers",
                ValidationError(_("Tick the answers after which this question is shown.")),
            )
        data["show_if_code"], data["show_if_values"] = self.source.code, values

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


def question_initial(question, earlier: list) -> dict:
    """The form's values for a saved question; its condition as the earlier question's id and
    the answers ticked, when that question still comes before it."""
    source = next((q for q, _options in earlier if q.code == question.show_if_code), None)
    return {
        "section": question.section_id,
        "text": question.text,
        "kind": question.kind,
        "help_text": question.help_text,
        "required": question.required,
        "choices": "\n".join(option["label"] for option in question.choices),
        "items": "\n".join(item["label"] for item in question.items),
        "show_if_question": str(source.pk) if source else "",
        "show_if_answers": [f"{source.pk}:{value}" for value in question.show_if_values]
        if source
        else [],
        "background": question.background,
        "aspect": question.aspect,
        "reverse_scored": question.reverse_scored,
        "count_combinations": question.count_combinations,
        "goals": list(question.goals.values_list("pk", flat=True)),
        "code": question.code,
    }
