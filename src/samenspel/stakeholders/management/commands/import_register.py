from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError

from samenspel.core.models import Programme
from samenspel.stakeholders import imports, tabular


class Command(BaseCommand):
    help = "Check, and with --apply import, organisations and people from .xlsx or .csv."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--programme", required=True, help="Short name (slug) of the programme."
        )
        parser.add_argument("--kind", choices=["organisations", "people"], default=None)
        parser.add_argument(
            "--apply", action="store_true", help="Save when the check finds nothing."
        )

    def handle(self, *args, file: Path, programme: str, kind, apply: bool, **options):
        try:
            target = Programme.objects.get(slug=programme)
        except Programme.DoesNotExist as exc:
            raise CommandError(f"Programma '{programme}' bestaat niet.") from exc
        if not file.exists():
            raise CommandError(f"Bestand {file} bestaat niet.")
        upload = SimpleUploadedFile(file.name, file.read_bytes())
        try:
            sheets = tabular.read_upload(
                upload, kind_hint=kind, max_rows=settings.SAMENSPEL_IMPORT_MAX_ROWS
            )
        except tabular.FileProblem as problem:
            raise CommandError(str(problem)) from problem
        plan = imports.import_check(programme=target, sheets=sheets)
        for label, rows in (("organisaties", plan.organisations), ("personen", plan.people)):
            self.stdout.write(f"{len(rows)} {label} gecontroleerd")
            for row in rows:
                for problem in row.problems:
                    self.stdout.write(self.style.ERROR(f"  rij {row.row}: {problem}"))
        if not plan.is_valid:
            raise CommandError(f"{plan.problem_count} problemen; er is niets opgeslagen.")
        if not apply:
            self.stdout.write("Geen problemen. Voeg --apply toe om op te slaan.")
            return
        batch, _plan = imports.import_prepare(
            programme=target, sheets=sheets, filename=file.name, by=None
        )
        try:
            imports.import_apply(batch=batch, by=None)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS("Import opgeslagen."))
