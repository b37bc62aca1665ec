from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samenspel.core.models import Programme
from samenspel.stakeholders import selectors, tabular


class Command(BaseCommand):
    help = "Export a programme's organisations and people to .xlsx (both) or .csv (one kind)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Target file, ending in .xlsx or .csv.")
        parser.add_argument(
            "--programme", required=True, help="Short name (slug) of the programme."
        )
        parser.add_argument("--kind", choices=["organisations", "people"], default="organisations")

    def handle(self, *args, file: Path, programme: str, kind: str, **options):
        try:
            target = Programme.objects.get(slug=programme)
        except Programme.DoesNotExist as exc:
            raise CommandError(f"Programma '{programme}' bestaat niet.") from exc
        sheets = selectors.register_export_rows(programme=target)
        if file.suffix.lower() == ".xlsx":
            file.write_bytes(tabular.write_xlsx(sheets))
        elif file.suffix.lower() == ".csv":
            headers, rows = sheets[tabular.SHEET_NAMES[kind]]
            file.write_text(tabular.write_csv(headers, rows), encoding="utf-8")
        else:
            raise CommandError("Kies een bestandsnaam die eindigt op .xlsx of .csv.")
        self.stdout.write(self.style.SUCCESS(f"Geschreven: {file}"))
