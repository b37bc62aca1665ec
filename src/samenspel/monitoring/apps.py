from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "samenspel.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from . import rules  # noqa: F401  (registers the permissions)
        from .feeds import signals as feed_signals  # noqa: F401  (fed indicators follow)
