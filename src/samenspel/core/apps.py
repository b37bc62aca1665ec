from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "samenspel.core"
    label = "core"
    verbose_name = _("Programmes and roles")

    def ready(self) -> None:
        from . import lookups, navigation  # noqa: F401 - lookups registers itself

        navigation.register(
            navigation.NavEntry(
                _("Settings"),
                "core:programme-settings",
                90,
                permission="core.manage_settings",
                section="settings",
            )
        )
        navigation.register(
            navigation.NavEntry(
                _("Audit trail"), "core:audit", 95, permission="core.view_audit", section="audit"
            )
        )
