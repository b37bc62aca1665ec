"""The indicators panel on a goal's page."""


def goal_panel_context(goal, user) -> dict:
    from .selectors import goal_indicator_panel

    return {"indicators": goal_indicator_panel(goal=goal)}
