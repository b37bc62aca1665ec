"""Uploads made to exhaust the server are refused while they are read: a workbook of two
million rows in a few hundred kilobytes, a cell of megabytes, a zip that unpacks to gigabytes,
too many columns, a CSV cell past the csv module's limit."""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from samenspel.core.tabular import FileProblem, TableSpec, read_upload

SPEC = TableSpec("invitations", "Uitnodigingen", {"e-mail": "email"}, "e-mail")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Uitnodigingen" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def bomb(rows: int, cell: str = "inwoner@example.nl") -> bytes:
    """A workbook of ``rows`` filled rows, written straight as compressed XML."""
    buffer = io.BytesIO()
    line = f'<row><c t="inlineStr"><is><t>{cell}</t></is></c></row>'
    chunk = line * 10_000
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ):
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
                b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                b'<row><c t="inlineStr"><is><t>e-mail</t></is></c></row>'
            )
            for _chunk in range(rows // 10_000):
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def read(data: bytes, name: str = "bom.xlsx", max_rows: int = 10_000):
    return read_upload(SimpleUploadedFile(name, data), specs=(SPEC,), max_rows=max_rows)


def test_two_million_rows_are_refused_in_seconds_with_bounded_memory():
    data = bomb(2_000_000)
    assert len(data) < 1024 * 1024, f"the file is small: {len(data) // 1024} KB"
    tracemalloc.start()
    began = time.perf_counter()
    with pytest.raises(FileProblem, match="meer dan 10000 rijen"):
        read(data)
    seconds = time.perf_counter() - began
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"bomb of {len(data) // 1024} KB refused in {seconds:.2f} s, peak {peak / 2**20:.1f} MB")
    assert seconds < 10
    assert peak < 100 * 2**20


def test_a_file_within_the_limits_is_read():
    sheets = read(bomb(10_000), max_rows=10_000)
    assert len(sheets[0].rows) == 10_000


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_opened(settings):
    settings.SAMENSPEL_IMPORT_MAX_BYTES = 10_000
    with pytest.raises(FileProblem, match="pakt uit"):
        read(bomb(20_000))


def test_a_huge_cell_and_too_many_columns_are_refused():
    with pytest.raises(FileProblem, match="meer dan 32767 tekens"):
        read(bomb(10_000, cell="x" * 40_000))
    wide = "e-mail" + ";x" * 300 + "\n" + "a@example.nl" + ";y" * 300 + "\n"
    with pytest.raises(FileProblem, match="meer dan 200 kolommen"):
        read(wide.encode(), name="breed.csv")


def test_a_csv_cell_past_the_csv_modules_limit_gets_a_message():
    text = 'e-mail\n"' + "a" * 200_000 + "\n"
    with pytest.raises(FileProblem, match="CSV-bestand kan niet worden gelezen"):
        read(text.encode(), name="lang.csv")
