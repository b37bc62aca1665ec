from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    name = "samenspel.public"
    label = "public"
    verbose_name = _("Public pages")

    def ready(self) -> None:
        from samenspel.core import navigation

        navigation.register_settings_page(
            navigation.SettingsPage(
                _("Public pages"),
                _("Whether residents read the goals and actions, and which actions they see."),
                "public:settings",
                10,
            )
        )
