from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "samenspel.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from samenspel.core import navigation

        from . import rules  # noqa: F401  (registers the permissions)

        navigation.register(
            navigation.NavEntry(
                _("Monitoring"),
                "monitoring:indicators",
                45,
                permission="monitoring.view_indicators",
            )
        )
