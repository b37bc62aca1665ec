from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "samenspel.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permissions)
        from .feeds import signals as feed_signals  # noqa: F401  (fed indicators follow)

        _register_indicators()
        # Figures asked of partners: what is still to come, on the programme home, for the
        # team and for each partner.
        _register_figure_requests_panel()
        _register_dashboards()


def _register_indicators() -> None:
    from samenspel.core import navigation

    navigation.register(
        navigation.NavEntry(
            _("Monitoring"),
            "monitoring:dashboard",
            45,
            permission="monitoring.view_indicators",
        )
    )


def _register_figure_requests_panel() -> None:
    from samenspel.core import navigation

    navigation.register_home_panel(
        navigation.HomePanel(
            "monitoring/partners/home_panel.html",
            _figure_requests_panel,
            30,
            permission="monitoring.request_figures",
        )
    )
    # A partner's own: what its organisation was asked and has not delivered yet.
    navigation.register_home_panel(
        navigation.HomePanel(
            "monitoring/partners/own_panel.html",
            _own_figure_requests_panel,
            20,
            permission="monitoring.deliver_figures",
            per_user=True,
        )
    )


def _figure_requests_panel(programme, user) -> dict | None:
    from .partners.selectors import outstanding_summary

    return outstanding_summary(programme=programme)


def _own_figure_requests_panel(programme, user) -> dict | None:
    from .partners.selectors import own_requests_summary

    return own_requests_summary(user=user, programme=programme)


def _register_dashboards() -> None:
    """The goal page's indicators panel, in the place the goals app keeps for it."""
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
