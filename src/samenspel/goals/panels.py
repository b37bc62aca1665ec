"""Sections that other apps add to a goal's page (actions, survey results now, indicators
later), so the goals app needs to know none of them."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class GoalPanel:
    template: str
    context: Callable  # (goal, user) -> dict, or None to leave the panel out
    order: int
    permission: str = "goals.view_book"
    # A fallback holds a place (an empty state) until an app registers a panel of its key.
    key: str = ""
    fallback: bool = False


_panels: list[GoalPanel] = []


def register_goal_panel(panel: GoalPanel) -> None:
    if panel not in _panels:
        _panels.append(panel)
        _panels.sort(key=lambda item: item.order)


def _shown_panels() -> list[GoalPanel]:
    taken = {panel.key for panel in _panels if panel.key and not panel.fallback}
    return [panel for panel in _panels if not (panel.fallback and panel.key in taken)]


def panels_for(goal, user) -> list[dict]:
    """The panels this user may see on this goal's page, with their context."""
    shown = []
    for panel in _shown_panels():
        if not user.has_perm(panel.permission, goal.programme):
            continue
        context = panel.context(goal, user)
        if context is not None:
            shown.append({"template": panel.template, "context": context})
    return shown
