from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.actions.models import PUBLISHABLE_STATUSES, ActionStatus
from samenspel.core.forms import StyledFormMixin
from samenspel.core.masking import PUBLIC, mask_for
from samenspel.goals.fields import GoalTreeChoiceField
from samenspel.goals.selectors import goals_in_tree_order

from .selectors import WHOLE_MUNICIPALITY, PublicFilters


class PublishForm(StyledFormMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("I have read the preview: residents may read these pages."),
        error_messages={"required": _("Tick that you have read the preview.")},
    )


class PublicationForm(StyledFormMixin, forms.Form):
    """What residents read once the public pages are on."""

    public_statuses = forms.MultipleChoiceField(
        label=_("Actions shown publicly"),
        choices=[(status, ActionStatus(status).label) for status in PUBLISHABLE_STATUSES],
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Proposals and withdrawn proposals are never public: nobody agreed to them yet."
        ),
        error_messages={
            "required": _("Choose at least one status."),
            "invalid_choice": _("Choose from the statuses offered."),
        },
    )
    shows_area_summary = forms.BooleanField(
        label=_("Show how many actions there are per village or district"),
        required=False,
    )


class PublicFilterForm(StyledFormMixin, forms.Form):
    """The resident's filter on a public programme page; every value checked against what
    the page offers, so a wrong one is a message, never an error page."""

    show_optional = False
    area = forms.ChoiceField(
        label=_("Village or district"),
        required=False,
        error_messages={
            "invalid_choice": _("We do not know this village or district. You see all actions.")
        },
    )
    goal = GoalTreeChoiceField(
        label=_("Goal"),
        required=False,
        empty_label=_("All goals"),
        error_messages={"invalid_choice": _("We do not know this goal. You see all actions.")},
    )

    def __init__(self, *args, programme, areas: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].offer(goals_in_tree_order(programme=programme))
        self.fields["area"].choices = [
            ("", _("All villages and districts")),
            # The label masked as every public text is; the area names a village or district.
            *[(area, mask_for(area, programme, audience=PUBLIC)) for area in areas],
            (WHOLE_MUNICIPALITY, _("The whole municipality")),
        ]

    def filters(self) -> PublicFilters:
        """The filters chosen; none when any value is wrong (the form then says which)."""
        if not self.is_valid():
            return PublicFilters()
        area = self.cleaned_data["area"]
        goal = self.cleaned_data["goal"]
        return PublicFilters(
            area=None if area == "" else ("" if area == WHOLE_MUNICIPALITY else area),
            goal=goal.pk if goal else None,
        )
