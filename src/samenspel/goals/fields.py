"""Form fields that offer goals as their tree, for every app whose forms choose goals: per
target image a group, in it each goal followed by its sub-goals, indented under their parent.
A sub-goal's accessible name (aria-label on its option or checkbox) says its parent, so that
someone who hears the list, or searches it, knows where a goal hangs. Long lists get a search field (goal-choices.js); without
JavaScript they are a plain select or list of checkboxes."""

from itertools import groupby

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samenspel.core.widgets import SearchableCheckboxSelectMultiple

from .models import Goal

SEARCH_FROM = 10  # a list of this many goals or more gets a search field
INDENT = "\u00a0" * 4  # per level in an option's text, where no markup can indent


def sub_goal_of(goal: Goal) -> str:
    """', sub-goal of X' for a goal under a parent, for its accessible name; '' for a top goal."""
    ancestors = getattr(goal, "ancestors", None)
    if not ancestors:
        return ""
    return ", " + _("sub-goal of %(parent)s") % {"parent": ancestors[-1].title}


class _GoalTreeIterator(ModelChoiceIterator):
    """The field's goals in the order given, grouped by target image."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for _image, goals in groupby(self.field.tree, key=lambda goal: goal.target_image_id):
            goals = list(goals)
            yield (goals[0].target_image.title, [self.choice(goal) for goal in goals])

    def __len__(self):
        return len(self.field.tree) + (1 if self.field.empty_label is not None else 0)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.tree)


class _TreeOptions:
    """Per option: the goal's level and parent, for indenting, searching and naming it."""

    class Media:
        css = {"all": ["goals/goal-choices.css"]}
        js = ["goals/goal-choices.js"]

    search_attrs = {
        "data-choice-search": str(SEARCH_FROM),
        "data-search-label": gettext_lazy("Search the goals"),
        "data-search-status": gettext_lazy("%(shown)s of %(total)s goals shown"),
    }

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        goal = getattr(value, "instance", None)
        ancestors = getattr(goal, "ancestors", None) or []
        option["depth"] = len(ancestors)
        if ancestors:
            # The accessible name says the parent; it begins with the words one sees.
            option["attrs"] = {
                **option["attrs"],
                "data-parent": str(ancestors[-1].pk),
                "aria-label": f"{label}{sub_goal_of(goal)}",
            }
        return option


class GoalTreeSelect(_TreeOptions, forms.Select):
    def __init__(self, attrs=None):
        super().__init__({"class": "utrecht-select utrecht-select--html-select", **(attrs or {})})

    def get_context(self, name, value, attrs):
        return super().get_context(name, value, {**self.search_attrs, **(attrs or {})})

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        if option["depth"]:
            # An option holds text only: indent it with non-breaking spaces.
            option["label"] = f"{INDENT * option['depth']}{option['label']}"
        return option


class GoalTreeSelectMultiple(GoalTreeSelect, forms.SelectMultiple):
    def __init__(self, attrs=None):
        super().__init__({"size": 8, **(attrs or {})})


class GoalTreeCheckboxSelectMultiple(_TreeOptions, forms.CheckboxSelectMultiple):
    """A group of checkboxes per target image; sub-goals indented under their parent."""

    template_name = "goals/widgets/goal_checkboxes.html"
    option_template_name = "goals/widgets/goal_checkbox_option.html"

    def __init__(self, attrs=None):
        super().__init__({"class": "samenspel-checkbox-list", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # On the list itself, not on every checkbox (a checkbox inherits the widget's attrs).
        context["search_attrs"] = self.search_attrs
        return context


class GoalTreeSearchableCheckboxSelectMultiple(_TreeOptions, SearchableCheckboxSelectMultiple):
    """The goal tree in the shared searchable list (core/widgets.py): its search keeps a
    matching sub-goal's parents in sight, and chosen goals show as buttons above the list."""

    class Media:
        # Not goal-choices.js: multi-select.js searches this list; the list has none of the
        # data-choice-search that script looks for.
        extend = False
        js = ["samenspel/multi-select.js"]

    def __init__(self, attrs=None):
        super().__init__(attrs, search_label=gettext_lazy("Search the goals"))


class _GoalTreeField:
    iterator = _GoalTreeIterator

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Goal.objects.none())
        super().__init__(*args, **kwargs)
        self.tree: list[Goal] = []

    def offer(self, goals: list[Goal]) -> None:
        """Offer these goals in this order (from goals_in_tree_order); only they are valid."""
        self.tree = list(goals)
        self.queryset = Goal.objects.filter(pk__in=[goal.pk for goal in self.tree])

    def label_from_instance(self, goal: Goal) -> str:
        return goal.title


class GoalTreeChoiceField(_GoalTreeField, forms.ModelChoiceField):
    widget = GoalTreeSelect


class GoalTreeMultipleChoiceField(_GoalTreeField, forms.ModelMultipleChoiceField):
    widget = GoalTreeCheckboxSelectMultiple
