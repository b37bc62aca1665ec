"""The form that says where an indicator's figures come from."""

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.core.ids import parse_id
from samenspel.surveys.models import Aspect

from ..models import Feed
from . import selectors
from .figures import question_options


class FeedForm(StyledFormMixin, forms.Form):
    """The feed with its survey and question (or aspect). The questions follow the chosen
    survey; the answers to count follow the chosen question. Without scripts the form is sent
    once more after choosing, and the service says what is still missing."""

    show_optional = False  # which fields a feed needs depends on the feed; the service says

    feed = forms.ChoiceField(label=_("Values come from"), choices=Feed.choices, required=False)
    survey = forms.ModelChoiceField(label=_("Survey"), queryset=None, required=False)
    question = forms.ModelChoiceField(
        label=_("Survey question"),
        queryset=None,
        required=False,
        help_text=_("For a mean: a statement (1-5) or a scale (0-10)."),
    )
    option = forms.TypedChoiceField(
        label=_("Answer counted"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("For a share: the percentage giving this answer."),
    )
    aspect = forms.ChoiceField(
        label=_("Aspect"),
        choices=[("", "—"), *[(value, label) for value, label in Aspect.choices if value]],
        required=False,
        help_text=_("For professionals' prevention capacity: the score of 0-100 on this aspect."),
    )

    def __init__(self, *args, programme, indicator, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "feed": indicator.feed,
                "survey": indicator.feed_survey_id,
                "question": indicator.feed_question_id,
                "option": indicator.feed_option,
                "aspect": indicator.feed_aspect,
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["survey"].queryset = selectors.surveys_for_feeds(programme=programme)
        survey = self._chosen("survey", self.fields["survey"].queryset)
        questions = selectors.questions_for_feeds(programme=programme, survey=survey)
        self.fields["question"].queryset = questions
        self.fields["question"].label_from_instance = lambda q: f"{q.code}: {q.text}"
        question = self._chosen("question", questions)
        self.fields["option"].choices = [("", "—")] + (
            [(index, label) for index, label in question_options(question)] if question else []
        )
        if question is None:
            self.fields["option"].help_text = _(
                "Choose the question first; its answers then appear here."
            )

    def _chosen(self, name: str, queryset):
        """The object chosen so far in this field (sent, or saved before), if it is valid."""
        raw = self.data.get(name) if self.is_bound else self.initial.get(name)
        # parse_id, not str.isdigit: "²" is a digit to Python but no number to int().
        pk = parse_id(raw)
        if pk is None:
            return None
        return queryset.filter(pk=pk).first()

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "feed": data["feed"],
            "survey": data["survey"],
            "question": data["question"],
            "option": data["option"],
            "aspect": data["aspect"],
        }
