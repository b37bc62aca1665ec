from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionsConfig(AppConfig):
    name = "samenspel.actions"
    label = "actions"
    verbose_name = _("Action book")

    def ready(self) -> None:
        from samenspel.core import navigation

        from . import signals  # noqa: F401

        navigation.register(navigation.NavEntry(_("Action book"), "actions:book", 15))
        navigation.register_home_panel(
            navigation.HomePanel("actions/home_panel.html", _home_panel_context, 5)
        )
        navigation.register_home_panel(
            navigation.HomePanel("actions/own_panel.html", _own_panel_context, 1, per_user=True)
        )


def _home_panel_context(programme, user) -> dict:
    from .selectors import action_book_health

    return action_book_health(programme=programme)


def _own_panel_context(programme, user) -> dict | None:
    from .workbench import home_panel

    return home_panel(programme, user)
