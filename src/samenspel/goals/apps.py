from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class GoalsConfig(AppConfig):
    name = "samenspel.goals"
    label = "goals"
    verbose_name = _("Vision and goals book")

    def ready(self) -> None:
        from samenspel.core import navigation

        from . import panels, signals  # noqa: F401

        # Themes are reference data: restore them after every migrate, also after a flush.
        post_migrate.connect(_seed_themes, sender=self, dispatch_uid="goals_seed_themes")
        navigation.register(
            navigation.NavEntry(_("Home"), "core:programme-home", 0, section="home")
        )
        navigation.register(navigation.NavEntry(_("Goals book"), "goals:book", 10))
        navigation.register_home_panel(
            navigation.HomePanel("goals/home_panel.html", _home_panel_context, 10)
        )
        # Indicators per goal come with monitoring, which registers a panel of this key.
        panels.register_goal_panel(
            panels.GoalPanel(
                "goals/indicators_panel.html", _no_indicators, 40, key="indicators", fallback=True
            )
        )


def _seed_themes(sender, **kwargs) -> None:
    from .models import Theme
    from .seeds import seed_themes

    seed_themes(Theme)


def _home_panel_context(programme, user) -> dict:
    from .selectors import goal_book_summary

    return goal_book_summary(programme=programme)


def _no_indicators(goal, user) -> dict:
    return {}
