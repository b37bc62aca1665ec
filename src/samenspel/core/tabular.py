"""Reading and writing tables as spreadsheets (.xlsx) and CSV, for imports and exports.

Column headers are Dutch, as people who fill the files read them. Each kind of table is
described by a TableSpec; a workbook may hold several kinds, one per sheet.
"""

import csv
import io
from dataclasses import dataclass
from zipfile import BadZipFile, ZipFile

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException


class FileProblem(Exception):
    """The file as a whole cannot be read; nothing in it is used."""


# Limits checked while a file is read, so that a file made to exhaust the server (millions
# of rows in a few hundred kilobytes, a cell of megabytes, a zip that unpacks to gigabytes)
# is refused after reading no more than the limit.
MAX_COLUMNS = 200
MAX_CELL_CHARACTERS = 32_767  # what one Excel cell holds
MAX_EMPTY_ROWS = 1_000  # blank rows between filled ones before a file counts as too long
MAX_UNPACKED_FACTOR = 40  # an .xlsx may unpack to at most this many times the upload limit


def _bounded(rows, max_rows: int):
    """The rows of a file as lists, refusing one with too many rows, columns or characters."""
    filled = empty = 0
    for row in rows:
        row = list(row)
        if len(row) > MAX_COLUMNS and any(_clean(cell) for cell in row[MAX_COLUMNS:]):
            raise FileProblem(_("The file has more than %(max)s columns.") % {"max": MAX_COLUMNS})
        row = row[:MAX_COLUMNS]
        if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARACTERS for cell in row):
            raise FileProblem(
                _("A cell holds more than %(max)s characters.") % {"max": MAX_CELL_CHARACTERS}
            )
        if any(_clean(cell) for cell in row):
            filled += 1
            empty = 0
        else:
            empty += 1
        if filled > max_rows + 1 or empty > MAX_EMPTY_ROWS:
            raise FileProblem(
                _("The file has more than %(max)s rows; at most %(max)s can be imported at once.")
                % {"max": max_rows}
            )
        yield row


@dataclass(frozen=True)
class TableSpec:
    kind: str
    sheet_name: str
    columns: dict[str, str]  # Dutch header -> field name
    required: str  # the header that must be there


@dataclass
class Sheet:
    kind: str
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (row number in the file, values by field)


def _clean(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        # The apostrophe our exports put before formula-like text: the value is what follows.
        return text[1:]
    return text


def _spec_for_headers(
    headers: list[str], hint: str | None, specs: tuple[TableSpec, ...]
) -> TableSpec:
    for spec in specs:
        if spec.kind == hint:
            return spec
    # Without a hint: the kind whose columns explain the most headers.
    return max(specs, key=lambda spec: sum(header in spec.columns for header in headers))


def _sheet_from_rows(
    hint: str | None, raw_rows: list[list], specs: tuple[TableSpec, ...], first_row_number: int = 1
) -> Sheet:
    while raw_rows and not any(_clean(cell) for cell in raw_rows[0]):
        raw_rows.pop(0)
        first_row_number += 1
    if not raw_rows:
        raise FileProblem(_("The file is empty."))
    headers = [_clean(cell).lower() for cell in raw_rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    spec = _spec_for_headers(headers, hint, specs)
    columns = spec.columns
    unknown = [header for header in headers if header not in columns]
    if unknown or spec.required not in headers:
        raise FileProblem(
            _("The columns do not match. Expected: %(expected)s. Found: %(found)s.")
            % {
                "expected": ", ".join(columns),
                "found": ", ".join(h or _("(empty)") for h in headers),
            }
        )
    duplicates = {header for header in headers if headers.count(header) > 1}
    if duplicates:
        raise FileProblem(_("Column %(name)s appears twice.") % {"name": ", ".join(duplicates)})
    rows = []
    for offset, raw in enumerate(raw_rows[1:], start=1):
        values = {columns[h]: _clean(raw[i]) if i < len(raw) else "" for i, h in enumerate(headers)}
        if any(values.values()):
            rows.append((first_row_number + offset, values))
    return Sheet(kind=spec.kind, headers=headers, rows=rows)


def check_upload(uploaded, *, max_bytes: int | None = None) -> None:
    """Refuse, before reading it, a file of the wrong type or too large; raises FileProblem."""
    name = (uploaded.name or "").lower()
    limit = settings.SAMENSPEL_IMPORT_MAX_BYTES if max_bytes is None else max_bytes
    if uploaded.size > limit:
        raise FileProblem(
            _("The file is larger than %(size)s MB.") % {"size": round(limit / 1024 / 1024)}
        )
    if not name.endswith((".xlsx", ".csv")):
        raise FileProblem(_("Choose an Excel file (.xlsx) or a CSV file (.csv)."))


def read_upload(
    uploaded, *, specs: tuple[TableSpec, ...], kind_hint: str | None = None, max_rows: int
) -> list[Sheet]:
    """Turn an uploaded .xlsx or .csv file into sheets of rows, or raise FileProblem."""
    name = (uploaded.name or "").lower()
    check_upload(uploaded)
    data = uploaded.read()
    if not data.strip():
        raise FileProblem(_("The file is empty."))
    if name.endswith(".xlsx"):
        sheets = _read_xlsx(data, specs, max_rows)
    else:
        sheets = [_read_csv(data, kind_hint, specs, max_rows)]
    total = sum(len(sheet.rows) for sheet in sheets)
    if total == 0:
        raise FileProblem(_("The file has column headers but no rows."))
    if total > max_rows:
        raise FileProblem(
            _("The file has %(count)s rows; at most %(max)s can be imported at once.")
            % {"count": total, "max": max_rows}
        )
    return sheets


def _unpacked_size(data: bytes) -> int:
    try:
        with ZipFile(io.BytesIO(data)) as archive:
            return sum(member.file_size for member in archive.infolist())
    except (BadZipFile, ValueError, OSError):
        return 0  # not a zip: load_workbook says so below


def _too_many_rows(data: bytes, limit: int) -> bool:
    """Whether a sheet of the workbook has more than ``limit`` rows, counted in its unpacked
    XML a megabyte at a time: openpyxl would otherwise read a sheet without a size whole."""
    try:
        with ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                if not member.filename.startswith("xl/worksheets/"):
                    continue
                rows, tail = 0, b""
                with archive.open(member) as sheet:
                    while chunk := sheet.read(1 << 20):
                        rows += (tail + chunk).count(b"<row")
                        tail = chunk[-3:]  # a tag cut in two is counted in the next round
                        if rows > limit:
                            return True
    except (BadZipFile, ValueError, OSError):
        return False  # not a zip: load_workbook says so below
    return False


def _read_xlsx(data: bytes, specs: tuple[TableSpec, ...], max_rows: int) -> list[Sheet]:
    if _unpacked_size(data) > MAX_UNPACKED_FACTOR * settings.SAMENSPEL_IMPORT_MAX_BYTES:
        raise FileProblem(_("This workbook unpacks to far more than a table of its size holds."))
    if _too_many_rows(data, max_rows + MAX_EMPTY_ROWS + 1):
        raise FileProblem(
            _("The file has more than %(max)s rows; at most %(max)s can be imported at once.")
            % {"max": max_rows}
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileProblem(
            _("This file is not an Excel spreadsheet (.xlsx) that can be read.")
        ) from exc
    sheets = []
    by_title = {spec.sheet_name.lower(): spec.kind for spec in specs}
    # A workbook with a sheet named as we expect (such as our own export, which also holds a
    # codebook) is read for those sheets only.
    named = [ws for ws in workbook.worksheets if ws.title.lower() in by_title]
    for worksheet in named or workbook.worksheets:
        # max_col: a row declared 16,384 cells wide is read only as far as a table can go.
        # max_row too: without it openpyxl first reads the whole sheet to learn its size.
        rows = worksheet.iter_rows(
            values_only=True, max_col=MAX_COLUMNS + 1, max_row=max_rows + MAX_EMPTY_ROWS + 2
        )
        raw = list(_bounded(rows, max_rows))
        if not any(any(_clean(c) for c in row) for row in raw):
            continue
        hint = by_title.get(worksheet.title.lower())
        sheets.append(_sheet_from_rows(hint, raw, specs))
    workbook.close()
    if not sheets:
        raise FileProblem(_("The file is empty."))
    return sheets


def _read_csv(
    data: bytes, kind_hint: str | None, specs: tuple[TableSpec, ...], max_rows: int
) -> Sheet:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise FileProblem(_("The file's characters cannot be read. Save it as UTF-8 CSV."))
    if "\x00" in text:
        raise FileProblem(_("This is not a text (CSV) file."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(_bounded(csv.reader(io.StringIO(text), dialect), max_rows))
    except csv.Error as exc:
        # Such as a cell longer than the csv module's limit (128 KB), or a broken quote.
        raise FileProblem(
            _("The CSV file cannot be read: a cell is too long or a quote is not closed.")
        ) from exc
    return _sheet_from_rows(kind_hint, rows, specs)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_xlsx(sheets: dict[str, tuple[list[str], list[list]]]) -> bytes:
    """A workbook with one sheet per entry: title -> (headers, rows)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, (headers, rows) in sheets.items():
        worksheet = workbook.create_sheet(title)
        worksheet.append(headers)
        for row in rows:
            worksheet.append([_inert(value) for value in row])
        for column, header in zip(worksheet.columns, headers, strict=False):
            width = max([len(header), *(len(str(cell.value or "")) for cell in column)])
            worksheet.column_dimensions[column[0].column_letter].width = min(width + 2, 60)
        worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _dutch_number(value):
    """A float with a decimal comma, as Dutch Excel reads a number; other values as they are."""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return value


def write_csv(headers: list[str], rows: list[list], *, for_excel: bool = True) -> str:
    """CSV as Dutch Excel opens it (semicolons, decimal commas, UTF-8 with a byte order mark,
    formulas neutralised), or with ``for_excel=False`` as tools read it (commas, decimal
    points, plain UTF-8, every value as it is: no spreadsheet runs it)."""
    buffer = io.StringIO()
    if not for_excel:
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(rows)
        return buffer.getvalue()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    writer.writerows([_dutch_number(_inert(value)) for value in row] for row in rows)
    return "\ufeff" + buffer.getvalue()


def write_zip(files: dict[str, str]) -> bytes:
    """A zip archive of text files (name -> content, written as UTF-8)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content.encode("utf-8"))
    return buffer.getvalue()
