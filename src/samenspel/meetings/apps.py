from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "samenspel.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from samenspel.core import navigation

        navigation.register(navigation.NavEntry(_("Meetings"), "meetings:list", 30))
