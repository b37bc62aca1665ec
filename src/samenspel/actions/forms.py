from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin
from samenspel.core.public_texts import PublicTextsMixin
from samenspel.core.widgets import SearchableCheckboxSelectMultiple
from samenspel.goals.fields import GoalTreeChoiceField, GoalTreeMultipleChoiceField
from samenspel.goals.selectors import goals_in_tree_order
from samenspel.stakeholders.models import Organisation

from .models import (
    Action,
    ActionBookSettings,
    ActionStatus,
    OrganisationRole,
    ProgressUpdate,
    RelationKind,
)


class ActionForm(PublicTextsMixin, StyledFormMixin, forms.ModelForm):
    public_fields = ("title", "description", "area", "expected_result")

    goals = GoalTreeMultipleChoiceField(
        label=_("Goals served"),
        error_messages={"required": _("Choose at least one goal this action serves.")},
    )
    organisations = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        widget=SearchableCheckboxSelectMultiple(search_label=_("Search the organisations")),
        label=_("Organisations involved"),
    )
    executing_organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        label=_("Organisation that carries it out"),
    )

    class Meta:
        model = Action
        fields = [
            "title",
            "description",
            "goals",
            "lead",
            "executing_organisation",
            "organisations",
            "target_groups",
            "area",
            "start_date",
            "end_date",
            "needs_time",
            "needs_room",
            "needs_money",
            "expected_result",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "target_groups": forms.CheckboxSelectMultiple,
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "needs_time": forms.Textarea(attrs={"rows": 2}),
            "needs_room": forms.Textarea(attrs={"rows": 2}),
            "needs_money": forms.Textarea(attrs={"rows": 2}),
            "expected_result": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].offer(goals_in_tree_order(programme=programme))
        organisations = programme.organisations.all()
        self.fields["organisations"].queryset = organisations
        self.fields["executing_organisation"].queryset = organisations
        self.fields["lead"].queryset = programme.people.select_related("organisation")
        self.fields["target_groups"].queryset = programme.target_groups.all()
        if self.instance.pk:
            involvements = list(self.instance.involvements.all())
            self.initial["organisations"] = [i.organisation_id for i in involvements]
            executing = [i for i in involvements if i.role == OrganisationRole.EXECUTES]
            self.initial["executing_organisation"] = (
                executing[0].organisation_id if executing else None
            )

    @staticmethod
    def initial_from_meeting(meeting) -> dict:
        """What an action proposed at a meeting starts with: the goals discussed there and the
        organisations present (from meetings.selectors.meeting_for_action)."""
        return {
            "goals": [goal.pk for goal in meeting.goals.all()],
            "organisations": [organisation.pk for organisation in meeting.organisations.all()],
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end cannot be before the start."))
        return data

    def service_arguments(self) -> dict:
        """The cleaned data in the shape the services take: organisations with their role."""
        data = dict(self.cleaned_data)
        executing = data.pop("executing_organisation")
        organisations = {org: OrganisationRole.CONTRIBUTES for org in data.pop("organisations")}
        if executing is not None:
            organisations[executing] = OrganisationRole.EXECUTES
        data["organisations"] = organisations
        return data


class ProgressForm(PublicTextsMixin, StyledFormMixin, forms.ModelForm):
    public_fields = ("text",)

    class Meta:
        model = ProgressUpdate
        fields = ["date", "text", "percent_complete", "figure_value", "figure_label"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        if data.get("figure_value") is not None and not data.get("figure_label"):
            self.add_error("figure_label", _("Say what the figure counts."))
        return data


class QuickProgressForm(StyledFormMixin, forms.ModelForm):
    """A lead's short update from their own page: what happened, and how far along, today.
    One per action on a page, so each has ids of its own."""

    # An empty form is no error yet: the server says what is missing, in Dutch, on posting.
    use_required_attribute = False

    class Meta:
        model = ProgressUpdate
        fields = ["text", "percent_complete"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, action, **kwargs):
        kwargs.setdefault("auto_id", f"id_actie{action.pk}_%s")
        super().__init__(*args, **kwargs)
        self.action_pk = action.pk
        self.fields["percent_complete"].widget.attrs.update({"min": 0, "max": 100})


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=ActionStatus.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class RelationForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("This action"), choices=RelationKind.choices)
    target = forms.ModelChoiceField(queryset=Action.objects.none(), label=_("Other action"))

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Action.objects.filter(programme=action.programme).exclude(
            pk=action.pk
        )


class ActionFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    q = forms.CharField(label=_("Search"), required=False)
    goal = GoalTreeChoiceField(label=_("Goal"), required=False, empty_label=_("All goals"))
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *ActionStatus.choices]
    )
    lead = forms.ChoiceField(label=_("Lead"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    area = forms.ChoiceField(label=_("Area"), required=False)
    stalling = forms.BooleanField(label=_("Stalling only"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("titel", _("Title")),
            ("status", _("Status")),
            ("voortgang", _("Latest progress")),
            ("start", _("Start")),
            ("nieuw", _("Newest first")),
        ],
    )

    def __init__(self, *args, programme, areas: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].offer(goals_in_tree_order(programme=programme))
        self.fields["lead"].choices = [("", _("All leads"))] + [
            (str(pk), name)
            for pk, name in programme.people.filter(
                pk__in=Action.objects.filter(programme=programme).values("lead_id")
            ).values_list("pk", "name")
        ]
        self.fields["organisation"].choices = [("", _("All organisations"))] + [
            (str(pk), name) for pk, name in programme.organisations.values_list("pk", "name")
        ]
        self.fields["target_group"].choices = [("", _("All target groups"))] + [
            (str(pk), name) for pk, name in programme.target_groups.values_list("pk", "name")
        ]
        self.fields["area"].choices = [("", _("All areas"))] + [(a, a) for a in areas]


class SettingsForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ActionBookSettings
        # Public pages are switched on through their preview (public.views.publish).
        fields = ["stalling_after_weeks"]
