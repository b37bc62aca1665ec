from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "samenspel.surveys"
    label = "surveys"
    verbose_name = _("Surveys")

    def ready(self) -> None:
        from samenspel.core import navigation
        from samenspel.goals.panels import GoalPanel, register_goal_panel

        navigation.register(
            navigation.NavEntry(_("Surveys"), "surveys:list", 40, permission="surveys.view_results")
        )
        register_goal_panel(
            GoalPanel("surveys/goal_panel.html", _goal_panel_context, 30, "surveys.view_results")
        )


def _goal_panel_context(goal, user) -> dict | None:
    from .analysis.selectors import goal_results

    results = goal_results(goal=goal)
    if not results:
        return None
    return {"results": results, "pending": any(block.get("pending") for block in results)}
