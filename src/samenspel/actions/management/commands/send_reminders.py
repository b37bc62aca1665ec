from django.conf import settings
from django.core.management.base import BaseCommand

from samenspel.actions.reminders import stalling_reminders_send
from samenspel.core.models import Programme


class Command(BaseCommand):
    help = "E-mail leads of stalling actions (run daily, for example from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", default=getattr(settings, "SAMENSPEL_BASE_URL", "http://127.0.0.1:8000")
        )

    def handle(self, *args, base_url: str, **options):
        total = 0
        for programme in Programme.objects.all():
            sent = stalling_reminders_send(programme=programme, base_url=base_url)
            self.stdout.write(f"{programme.name}: {sent} herinnering(en) verstuurd")
            total += sent
        self.stdout.write(self.style.SUCCESS(f"Klaar: {total} herinnering(en)."))
