from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StakeholdersConfig(AppConfig):
    name = "samenspel.stakeholders"
    label = "stakeholders"
    verbose_name = _("Parties")

    def ready(self) -> None:
        from samenspel.core import masking, navigation

        from . import signals  # noqa: F401
        from .selectors import names_to_mask

        masking.register_name_source(masking.NameSource(names_to_mask))

        navigation.register(navigation.NavEntry(_("Parties"), "stakeholders:organisations", 20))
        navigation.register(
            navigation.NavEntry(
                _("Members"),
                "core:members",
                90,
                permission="core.manage_members",
                section="members",
            )
        )
        navigation.register_home_panel(
            navigation.HomePanel("stakeholders/home_panel.html", _home_panel_context, 20)
        )


def _home_panel_context(programme, user) -> dict:
    from .selectors import register_summary

    return register_summary(programme=programme)
