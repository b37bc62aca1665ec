from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "samenspel.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permissions)

        _register_dashboards()


def _register_dashboards() -> None:
    """A menu entry for the programme's dashboard, and the goal page's indicators panel in
    the place the goals app keeps for it."""
    from samenspel.core import navigation
    from samenspel.goals.panels import GoalPanel, register_goal_panel

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
    # A section of its own, so that the other monitoring pages do not light this entry up.
    navigation.register(
        navigation.NavEntry(
            _("Dashboard"),
            "monitoring:dashboard",
            45,
            permission="monitoring.view_indicators",
            section="dashboards",
        )
    )
