"""Tree-ordered goal choices in a real browser: the action form's checkboxes and the action
book's goal filter list each goal with its sub-goals under it, name a sub-goal's parent to
assistive technology, and get a search field when the list is long. axe-core on each page, at
desktop and phone width."""

import re

import pytest

from samenspel.actions.models import Action
from samenspel.conftest import PASSWORD
from samenspel.goals import services as goal_services
from samenspel.goals.tests.factories import goal_tree
from samenspel.goals.tests.test_tree_order import TREE_ORDER

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

MORE = [
    "Meer woningen voor starters",
    "Langer thuis wonen",
    "Levendige dorpskernen",
    "Veilig verkeer",
]
SUB_GOAL_OF = "(?:subdoel van|sub-goal of)"  # the Dutch words once the translation is merged


@pytest.fixture
def tree(programme):
    goals = goal_tree(programme)
    for title in MORE:
        goal_services.goal_create(
            programme=programme, target_image=goals["C"].target_image, title=title, by=None
        )
    return goals


def _visible(locator) -> list[str]:
    return [text.strip() for text in locator.all_inner_texts() if text.strip()]


def _titles(labels) -> list[str]:
    """The goal titles of these checkbox labels, without the words only a screen reader gets."""
    return labels.evaluate_all(
        "labels => labels.map(label => label.querySelector('span').firstChild.textContent.trim())"
    )


def test_tree_ordered_goal_choices(page, phone_page, programme, members, tree):
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/acties/nieuw/")
    goals = page.locator("#id_goals")
    assert _titles(goals.locator("label")) == [*TREE_ORDER, *MORE]
    assert _visible(goals.locator("legend")) == ["Jeugd", "Wonen"]
    sub_goal = page.get_by_role(
        "checkbox", name=re.compile(rf"^Mentoren in groep 8, {SUB_GOAL_OF} Mentoren op school$")
    )
    assert sub_goal.count() == 1, goals.aria_snapshot()
    box = goals.locator("label", has_text="Mentoren in groep 8").bounding_box()
    top = goals.locator("label", has_text="Minder schooluitval").bounding_box()
    assert box["x"] > top["x"] + 20, "a sub-goal is indented under its parent"

    search = page.get_by_role("searchbox", name=re.compile("doelen|goals", re.I))
    search.fill("groep 8")
    assert _titles(goals.locator("[data-choice]:visible label")) == TREE_ORDER[:3]
    assert not goals.locator("fieldset", has_text="Wonen").is_visible()
    page.get_by_role("status").filter(has_text="3").wait_for()
    sub_goal.check()
    search.fill("wonen")
    visible = _titles(goals.locator("[data-choice]:visible label"))
    assert "Mentoren in groep 8" in visible and "Betaalbaar wonen" in visible
    assert "Gezond opgroeien" not in visible
    assert_accessible(page, "action form with goal search")
    screenshot(page, "goal-choices-action-form")

    search.fill("")
    page.get_by_label("Titel").fill("Huiswerkklas in groep 8")
    page.get_by_role("button", name=re.compile("Actie voorstellen|Propose action")).click()
    page.wait_for_url("**/acties/*/")
    action = Action.objects.get(title="Huiswerkklas in groep 8")
    assert [goal.title for goal in action.goals.all()] == ["Mentoren in groep 8"]

    page.goto("/p/brinkeveld/acties/")
    select = page.get_by_label("Doel", exact=True)
    options = [text.strip("\u00a0 ") for text in select.locator("option").all_inner_texts()]
    assert options[1:] == [*TREE_ORDER, *MORE]
    # Chromium's own accessibility tree, as a screen reader gets it.
    session = page.context.new_cdp_session(page)
    names = [
        node.get("name", {}).get("value", "")
        for node in session.send("Accessibility.getFullAXTree")["nodes"]
        if node.get("role", {}).get("value") in ("option", "MenuListOption")
    ]
    assert any(
        re.fullmatch(rf"Mentoren in groep 8, {SUB_GOAL_OF} Mentoren op school", name)
        for name in names
    ), names
    filter_search = page.get_by_role("searchbox", name=re.compile("doelen|goals", re.I))
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    filter_search.fill("sporten")
    filter_search.press("Tab")
    page.wait_for_timeout(500)
    assert requests == [], "searching the goals is no filter of the book"
    hidden = select.locator("option[hidden]")
    assert hidden.count() == len(TREE_ORDER) + len(MORE) - 2
    select.select_option(value=str(tree["B1"].pk))
    page.wait_for_url(re.compile(rf"goal={tree['B1'].pk}"))
    assert_accessible(page, "action book with goal search")
    screenshot(page, "goal-choices-action-book")

    log_in(phone_page, "project_team", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto("/p/brinkeveld/acties/nieuw/")
    phone_page.get_by_role("searchbox", name=re.compile("doelen|goals", re.I)).fill("mentoren")
    assert_accessible(phone_page, "action form with goal search on a phone")
    screenshot(phone_page, "goal-choices-action-form-phone")
    phone_page.goto("/p/brinkeveld/acties/")
    assert_accessible(phone_page, "action book on a phone")
    screenshot(phone_page, "goal-choices-action-book-phone")
