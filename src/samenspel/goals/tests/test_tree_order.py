"""Goals offered in tree order: the selector every goal choice uses, and its form fields."""

import re

import pytest
from django import forms
from django.utils import translation

from samenspel.goals import selectors, services
from samenspel.goals.fields import GoalTreeChoiceField, GoalTreeMultipleChoiceField
from samenspel.goals.tests.factories import goal_tree

pytestmark = pytest.mark.django_db

TREE_ORDER = [
    "Minder schooluitval",
    "Mentoren op school",
    "Mentoren in groep 8",
    "Gezond opgroeien",
    "Meer sporten",
    "Betaalbaar wonen",
]


def test_goals_come_depth_first_per_target_image(programme):
    goals = goal_tree(programme)
    ordered = selectors.goals_in_tree_order(programme=programme)
    assert [goal.title for goal in ordered] == TREE_ORDER
    by_title = {goal.title: goal for goal in ordered}
    assert by_title["Mentoren in groep 8"].ancestors == [goals["A"], goals["A1"]]
    assert by_title["Minder schooluitval"].ancestors == []


def test_moving_a_goal_moves_its_sub_goals_with_it(programme):
    goals = goal_tree(programme)
    services.goal_move(goal=goals["B"], direction="up", by=None)
    titles = [goal.title for goal in selectors.goals_in_tree_order(programme=programme)]
    assert titles[:5] == ["Gezond opgroeien", "Meer sporten", *TREE_ORDER[:3]]


def test_archived_goals_are_left_out_unless_asked(programme):
    goals = goal_tree(programme)
    services.goal_archive(goal=goals["A1"], by=None)
    titles = [goal.title for goal in selectors.goals_in_tree_order(programme=programme)]
    assert "Mentoren op school" not in titles and "Mentoren in groep 8" not in titles
    everything = selectors.goals_in_tree_order(programme=programme, include_archived=True)
    assert [goal.title for goal in everything] == TREE_ORDER


def test_other_programmes_goals_are_not_offered(programme, other_programme):
    goal_tree(programme)
    assert selectors.goals_in_tree_order(programme=other_programme) == []


class _Form(forms.Form):
    one = GoalTreeChoiceField(required=False, empty_label="Alle")
    many = GoalTreeMultipleChoiceField(required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        tree = selectors.goals_in_tree_order(programme=programme)
        self.fields["one"].offer(tree)
        self.fields["many"].offer(tree)


def _option_texts(html: str) -> list[str]:
    return [text.strip("\u00a0 \n") for text in re.findall(r"<option[^>]*>([^<]*)</option>", html)]


def test_select_groups_by_target_image_and_names_the_parent(programme):
    goal_tree(programme)
    with translation.override("en"):
        html = str(_Form(programme=programme)["one"])
    assert _option_texts(html) == ["Alle", *TREE_ORDER]
    assert html.index('<optgroup label="Jeugd">') < html.index('<optgroup label="Wonen">')
    assert re.search(
        r'aria-label="Mentoren in groep 8, sub-goal of Mentoren op school">'
        "\u00a0{8}Mentoren in groep 8<",
        html,
    )
    assert "data-choice-search" in html


def test_checkboxes_indent_sub_goals_and_name_their_parent(programme):
    goal_tree(programme)
    with translation.override("en"):
        html = str(_Form(programme=programme)["many"])
    labels = re.findall(r"<span>([^<]+)", html)
    assert labels == TREE_ORDER
    assert html.count("<fieldset") == 2 and "<legend" in html
    assert re.search(
        r'samenspel-tree-choice--depth-2" data-choice><label[^>]*><input[^>]*data-parent="\d+" '
        r'aria-label="Mentoren in groep 8, sub-goal of Mentoren op school">\s*'
        r"<span>Mentoren in groep 8</span>",
        html,
    )


def test_only_offered_goals_are_valid(programme, other_programme):
    goals = goal_tree(programme)
    foreign = goal_tree(other_programme)
    services.goal_archive(goal=goals["C"], by=None)
    form = _Form(
        {"one": goals["A1a"].pk, "many": [goals["A"].pk, goals["B1"].pk]}, programme=programme
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["one"] == goals["A1a"]
    assert set(form.cleaned_data["many"]) == {goals["A"], goals["B1"]}
    for bad in (foreign["A"].pk, goals["C"].pk, "9" * 40, "abc"):
        form = _Form({"one": bad, "many": [bad]}, programme=programme)
        assert not form.is_valid()
        assert set(form.errors) == {"one", "many"}
