from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.core.widgets import SearchableCheckboxSelectMultiple
from samenspel.goals.fields import (
    GoalTreeMultipleChoiceField,
    GoalTreeSearchableCheckboxSelectMultiple,
)
from samenspel.goals.selectors import goals_in_tree_order

from .models import Meeting, MeetingKind


class MeetingForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "kind",
            "title",
            "date",
            "place",
            "goals",
            "participants",
            "organisations",
            "notes",
            "decisions",
        ]
        field_classes = {"goals": GoalTreeMultipleChoiceField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            # Lists of checkboxes with a search field: no Ctrl-click, and usable by keyboard.
            "goals": GoalTreeSearchableCheckboxSelectMultiple,
            "participants": SearchableCheckboxSelectMultiple(search_label=_("Search the people")),
            "organisations": SearchableCheckboxSelectMultiple(
                search_label=_("Search the organisations")
            ),
            "notes": forms.Textarea(attrs={"rows": 5}),
            "decisions": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "participants": _("Tick everyone who came."),
            "organisations": _("The participants' organisations are added by themselves."),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].offer(goals_in_tree_order(programme=programme))
        self.fields["participants"].queryset = programme.people.select_related("organisation")
        self.fields["organisations"].queryset = programme.organisations.all()
        self.fields["participants"].label_from_instance = lambda p: (
            f"{p.name} ({p.organisation})" if p.organisation_id else p.name
        )


class MeetingFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *MeetingKind.choices]
    )
