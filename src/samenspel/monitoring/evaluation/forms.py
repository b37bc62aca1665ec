from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.goals.selectors import goals_in_tree_order

from ..models import Quote

TEXT_LIMIT = 20_000


class EvaluationTextForm(forms.Form):
    text = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Leave an empty line between paragraphs. Left empty, the report says so."),
    )


class QuoteForm(forms.Form):
    text = forms.CharField(
        label=_("Quote"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    attribution = forms.CharField(
        label=Quote._meta.get_field("attribution").verbose_name,
        max_length=120,
        required=False,
        help_text=_("A role or target group, no name."),
    )
    goal = forms.ModelChoiceField(label=_("Goal"), queryset=None, required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        goals = goals_in_tree_order(programme=programme)
        self.fields["goal"].queryset = programme.goals.filter(archived_at__isnull=True)
        self.fields["goal"].choices = [("", _("No goal: the report's introduction"))] + [
            (goal.pk, " › ".join([*(a.title for a in goal.ancestors), goal.title]))
            for goal in goals
        ]
