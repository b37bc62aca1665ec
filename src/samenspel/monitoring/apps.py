from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "samenspel.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        # Dashboards: the goal page's indicators panel, in the place goals keeps for it.
        from samenspel.goals.panels import GoalPanel, register_goal_panel

        from . import rules  # noqa: F401  (registers the permissions)
        from .dashboards.panels import goal_panel_context

        register_goal_panel(
            GoalPanel(
                "monitoring/dashboards/goal_panel.html",
                goal_panel_context,
                40,
                "monitoring.view_indicators",
                key="indicators",
            )
        )
