from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "samenspel.surveys"
    label = "surveys"
    verbose_name = _("Surveys")

    def ready(self) -> None:
        from samenspel.core import navigation

        navigation.register(
            navigation.NavEntry(_("Surveys"), "surveys:list", 40, permission="surveys.view_results")
        )
