"""The long table of indicator values as people fill it: Dutch headers (English ones are read
too), one figure per row, read from .xlsx or CSV, and an example file to start from."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from samenspel.core.tabular import FileProblem, TableSpec, read_upload, write_xlsx

# Header -> field. The first header of each field is the one the example file writes.
COLUMNS = {
    "indicator": "indicator",
    "gebied": "area",
    "jaar": "period",
    "waarde": "value",
    "doelgroep": "target_group",
    "n": "n",
    "periode": "period",
    "area": "area",
    "period": "period",
    "year": "period",
    "value": "value",
    "target group": "target_group",
    "target_group": "target_group",
}
REQUIRED = ("indicator", "area", "period", "value")
VALUE_TABLE = TableSpec("indicator_values", "Waarden", COLUMNS, "indicator")
EXAMPLE_HEADERS = ["indicator", "gebied", "jaar", "waarde", "doelgroep", "n"]


def max_rows(*, page: bool = True) -> int:
    """How many figures one file may hold: on the page as many as other imports (it is
    checked while the page waits), from the command line as many as a survey's responses."""
    if page:
        return settings.SAMENSPEL_IMPORT_MAX_ROWS
    return max(settings.SAMENSPEL_SURVEY_IMPORT_MAX_ROWS, settings.SAMENSPEL_IMPORT_MAX_ROWS)


def headers_by_field(headers: list[str]) -> dict[str, str]:
    """The header the file uses for each field, refusing a file that names a field twice
    (such as both "jaar" and "periode") or lacks a required one."""
    found: dict[str, str] = {}
    for header in headers:
        field = COLUMNS[header]
        if field in found:
            raise FileProblem(
                _("Columns %(first)s and %(second)s mean the same; keep one.")
                % {"first": found[field], "second": header}
            )
        found[field] = header
    missing = [EXAMPLE_HEADERS[REQUIRED.index(f)] for f in REQUIRED if f not in found]
    if missing:
        raise FileProblem(
            _("The file lacks the column(s) %(columns)s. Required: %(required)s.")
            % {"columns": ", ".join(missing), "required": ", ".join(EXAMPLE_HEADERS[:4])}
        )
    return found


def read_values_file(
    uploaded, *, page: bool = True
) -> tuple[list[tuple[int, dict]], dict[str, str]]:
    """The rows of an uploaded .xlsx or .csv file with the header of each field; raises
    FileProblem for a file that cannot be read as a whole."""
    sheets = read_upload(
        uploaded,
        specs=(VALUE_TABLE,),
        kind_hint="indicator_values",
        max_rows=max_rows(page=page),
    )
    headers: dict[str, str] = {}
    rows: list[tuple[int, dict]] = []
    for sheet in sheets:
        headers.update(headers_by_field(sheet.headers))
        rows.extend(sheet.rows)
    return rows, headers


def example_workbook(programme) -> bytes:
    """An example file with the columns and a few rows made of the programme's own codes."""
    indicator = programme.indicators.order_by("position", "pk").first()
    area = programme.areas.order_by("level", "code").first()
    group = programme.target_groups.order_by("name").first()
    code = indicator.code if indicator else "eenzaam"
    area_code = area.code if area else "WK028501"
    rows = [
        [code, area_code, 2024, 23.5, "", 412],
        [code, area_code, 2025, 21.8, "", 398],
    ]
    if group is not None:
        rows.append([code, area_code, 2025, 30.1, group.name, 57])
    return write_xlsx({VALUE_TABLE.sheet_name: (EXAMPLE_HEADERS, rows)})
