"""`samenspel indicators import` and `samenspel indicators statline`: the same checks and
writes as the import page, as plain text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import CommandError

from samenspel.core.models import Programme
from samenspel.core.tabular import FileProblem
from samenspel.monitoring.imports import statline, tables
from samenspel.monitoring.imports.services import ValuePlan, values_import
from samenspel.monitoring.models import ValueSource


def add_import_commands(commands) -> None:
    importing = commands.add_parser(
        "import",
        help="Import figures from a CSV or Excel file in long format, all rows or none.",
        description=(
            "Import figures from a CSV file (comma or semicolon, UTF-8) or an Excel file "
            "(.xlsx) with the columns indicator (code), gebied (area code), jaar (year), "
            "waarde (value) and optionally doelgroep (target group) and n. Every row is "
            "checked first; with any problem nothing is saved and the command fails. "
            "Existing figures of the same indicator, area, year and group are replaced."
        ),
    )
    importing.add_argument("file", help="The .csv or .xlsx file.")
    _common(importing)
    reading = commands.add_parser(
        "statline",
        help="Import figures from a downloaded Statistics Netherlands (StatLine) table.",
        description=(
            "Import figures from a StatLine table as its open data service publishes it "
            "(OData v3: TypedDataSet.json, DataProperties.json and the region and period "
            "lists; or OData v4: Observations.json with MeasureCodes.json and the code "
            "lists), in a directory or a zip. Each --measure maps a measure onto an "
            "indicator; regions become the programme's areas by their code, other regions "
            "are skipped, and so are empty (null) figures and those of areas finer than "
            "the indicator goes (neighbourhoods for a district indicator)."
        ),
    )
    reading.add_argument("path", help="Directory or .zip with the table's JSON files.")
    reading.add_argument(
        "--measure",
        action="append",
        required=True,
        metavar="KEY=CODE",
        help="A measure of the table and the indicator it feeds, such as "
        "AantalInwoners_5=inwoners; repeat for more.",
    )
    reading.add_argument(
        "--period", type=int, default=None, help="The year, for a table without periods."
    )
    _common(reading)


def _common(parser) -> None:
    parser.add_argument("--programme", required=True, help="Short name (slug) of the programme.")
    parser.add_argument(
        "--dry-run", action="store_true", help="Check and report only; save nothing."
    )
    parser.add_argument("--json", action="store_true", help="Print JSON instead of text.")


def _programme(slug: str) -> Programme:
    try:
        return Programme.objects.get(slug=slug)
    except Programme.DoesNotExist as exc:
        raise CommandError(f"Programma '{slug}' bestaat niet.") from exc


def _run(command, options, *, programme, rows, headers, filename, source, extra) -> None:
    try:
        plan = values_import(
            programme=programme,
            rows=rows,
            headers=headers,
            filename=filename,
            source=source,
            dry_run=options["dry_run"],
            by=None,
        )
    except ValidationError as exc:
        problems = exc.messages
        if options["json"]:
            command.stdout.write(
                json.dumps({"saved": False, "problems": problems, **extra}, indent=2)
            )
        shown = "\n".join(f"  {problem}" for problem in problems[:200])
        more = f"\n  ... en nog {len(problems) - 200}" if len(problems) > 200 else ""
        raise CommandError(
            f"{filename}: {len(problems)} {'probleem' if len(problems) == 1 else 'problemen'}; "
            f"er is niets opgeslagen.\n"
            f"{shown}{more}"
        ) from exc
    _report(command, options, plan, filename, extra)


def _report(command, options, plan: ValuePlan, filename: str, extra: dict) -> None:
    summary = plan.summary()
    saved = not options["dry_run"]
    if options["json"]:
        command.stdout.write(json.dumps({"saved": saved, **summary, **extra}, indent=2))
        return
    lines = [
        f"{filename}: {summary['rows']} rijen gecontroleerd, geen problemen",
        f"Nieuw: {summary['create']}, bijgewerkt: {summary['update']}, "
        f"ongewijzigd: {summary['unchanged']}",
    ]
    for code, counts in sorted(summary["per_indicator"].items()):
        lines.append(
            f"  {code}: {counts['create']} nieuw, {counts['update']} bijgewerkt, "
            f"{counts['unchanged']} ongewijzigd"
        )
    if extra.get("skipped_empty"):
        lines.append(f"Lege cijfers overgeslagen: {extra['skipped_empty']}")
    if extra.get("skipped_finer"):
        lines.append(f"Cijfers van fijnere gebieden overgeslagen: {extra['skipped_finer']}")
    if extra.get("skipped_regions"):
        lines.append(f"Gebieden buiten het programma overgeslagen: {len(extra['skipped_regions'])}")
    lines.append("Opgeslagen." if saved else "Niets opgeslagen (--dry-run).")
    command.stdout.write("\n".join(lines))


def run_import(command, options) -> None:
    programme = _programme(options["programme"])
    path = Path(options["file"])
    if not path.is_file():
        raise CommandError(f"Bestand '{path}' bestaat niet.")
    upload = SimpleUploadedFile(path.name, path.read_bytes())
    try:
        rows, headers = tables.read_values_file(upload, page=False)
    except FileProblem as exc:
        raise CommandError(f"{path.name}: {exc}") from exc
    _run(
        command,
        options,
        programme=programme,
        rows=rows,
        headers=headers,
        filename=path.name,
        source=ValueSource.FILE,
        extra={},
    )


def run_statline(command, options) -> None:
    programme = _programme(options["programme"])
    path = Path(options["path"])
    if not path.exists():
        raise CommandError(f"'{path}' bestaat niet.")
    try:
        measures = statline.parse_measure_map(options["measure"])
        table = statline.read_statline(path, measures=measures)
        found = statline.statline_rows(
            table,
            programme=programme,
            measures=measures,
            period=options["period"],
        )
    except FileProblem as exc:
        raise CommandError(f"{path.name}: {exc}") from exc
    extra = {
        "form": table.form,
        "skipped_empty": found.skipped_empty,
        "skipped_finer": found.skipped_finer,
        "skipped_regions": found.skipped_regions,
        "skipped_periods": found.skipped_periods,
    }
    _run(
        command,
        options,
        programme=programme,
        rows=found.rows,
        headers=found.headers,
        filename=path.name,
        source=ValueSource.STATLINE,
        extra=extra,
    )
