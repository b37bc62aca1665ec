from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionsConfig(AppConfig):
    name = "samenspel.actions"
    label = "actions"
    verbose_name = _("Action book")

    def ready(self) -> None:
        from samenspel.core import navigation
        from samenspel.goals.panels import GoalPanel, register_goal_panel

        from . import signals  # noqa: F401

        navigation.register(navigation.NavEntry(_("Action book"), "actions:book", 15))
        navigation.register_settings_page(
            navigation.SettingsPage(
                _("Action book"),
                _("When an action without news counts as stalling."),
                "actions:settings",
                20,
                permission="actions.manage",
            )
        )
        register_goal_panel(
            GoalPanel("actions/goal_panel.html", _goal_panel_context, 10, "actions.view_book")
        )
        navigation.register_home_panel(
            navigation.HomePanel("actions/home_panel.html", _home_panel_context, 5)
        )
        navigation.register_home_panel(
            navigation.HomePanel("actions/own_panel.html", _own_panel_context, 1, per_user=True)
        )


def _home_panel_context(programme, user) -> dict:
    from .selectors import action_book_health

    return action_book_health(programme=programme)


def _goal_panel_context(goal, user) -> dict:
    from .selectors import actions_for_goal

    groups = actions_for_goal(goal=goal)
    return {"groups": groups, "total": sum(len(group.actions) for group in groups)}


def _own_panel_context(programme, user) -> dict | None:
    from .workbench import home_panel

    return home_panel(programme, user)
