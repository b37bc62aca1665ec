"""The register's tables: Dutch column headers for organisations and people."""

from samenspel.core.tabular import FileProblem, Sheet, TableSpec, write_csv, write_xlsx
from samenspel.core.tabular import read_upload as _read_upload

ORGANISATION_COLUMNS = {
    "naam": "name",
    "soort": "kind",
    "gemeente": "municipality",
    "gebied": "area",
    "e-mail": "email",
    "telefoon": "phone",
    "website": "website",
    "omschrijving": "description",
}
PERSON_COLUMNS = {
    "naam": "name",
    "organisatie": "organisation",
    "functie": "function",
    "e-mail": "email",
    "telefoon": "phone",
    "ambassadeur": "is_ambassador",
}
SHEET_NAMES = {"organisations": "Organisaties", "people": "Personen"}
REGISTER_TABLES = (
    TableSpec("organisations", SHEET_NAMES["organisations"], ORGANISATION_COLUMNS, "naam"),
    TableSpec("people", SHEET_NAMES["people"], PERSON_COLUMNS, "naam"),
)

__all__ = ["FileProblem", "Sheet", "read_upload", "write_csv", "write_xlsx"]


def read_upload(uploaded, *, kind_hint: str | None = None, max_rows: int) -> list[Sheet]:
    """Organisations and/or people from an uploaded .xlsx or .csv file."""
    return _read_upload(uploaded, specs=REGISTER_TABLES, kind_hint=kind_hint, max_rows=max_rows)
