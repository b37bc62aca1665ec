import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from samenspel.cli import DEMO_TASK_BACKEND
from samenspel.demo.loader import ADMIN_USERNAME, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Prepare the database, load the fictional demo programmes and start the server."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="Address to serve on.")
        parser.add_argument("--no-serve", action="store_true", help="Only prepare the data.")

    def handle(self, *args, addr: str, no_serve: bool, **options):
        self.stdout.write("Database bijwerken…")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Demodata laden…")
        load_demo(progress=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"\nSamenspel staat klaar op http://{addr}/\n"
                f"  Inloggen als projectteam: demo / {DEMO_PASSWORD}\n"
                f"  Andere rollen (zelfde wachtwoord): trekker, partner, analist, kijker\n"
                f"  Beheer (back office, /beheer/): {ADMIN_USERNAME} / {DEMO_PASSWORD}\n"
            )
        )
        if not no_serve:
            self.serve(addr)

    def serve(self, addr: str) -> None:
        """Serve as production does, with documents and survey imports built by a worker
        beside the server (`samenspel demo` chooses the database backend for that). Built at
        once, inside the request that asked for them, one took seconds and held up every
        other request that reached the same server process."""
        worker = None
        if settings.TASKS["default"]["BACKEND"] == DEMO_TASK_BACKEND:
            worker = subprocess.Popen([sys.executable, "-m", "samenspel", "worker", "-v", "0"])
        try:
            call_command("serve", addr=addr)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=30)
