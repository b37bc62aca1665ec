from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from samenspel.core.checks import production_problems


class Command(BaseCommand):
    help = "Report settings that are missing or unsafe for production, then run Django's deploy checks."

    def handle(self, *args, **options):
        problems = production_problems()
        for problem in problems:
            self.stdout.write(self.style.WARNING(f"- {problem}"))
        call_command("check", deploy=True)
        if problems:
            raise CommandError(f"{len(problems)} setting(s) not ready for production.")
        self.stdout.write(self.style.SUCCESS("Settings are ready for production."))
