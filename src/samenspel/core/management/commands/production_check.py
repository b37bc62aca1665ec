from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, SystemCheckError

from samenspel.core.checks import production_problems


class Command(BaseCommand):
    help = (
        "Report settings that are missing or unsafe for production, then run Django's deploy "
        "checks; exits non-zero on any problem or warning."
    )

    def handle(self, *args, **options):
        problems = production_problems()
        for problem in problems:
            self.stdout.write(self.style.WARNING(f"- {problem}"))
        try:
            # A warning of Django's deploy checks (a short key, no HSTS, ...) fails too.
            call_command("check", deploy=True, fail_level="WARNING")
        except SystemCheckError as error:
            self.stdout.write(str(error))
            problems.append("Django's deploy checks")
        if problems:
            raise CommandError(f"{len(problems)} problem(s): not ready for production.")
        self.stdout.write(self.style.SUCCESS("Settings are ready for production."))
