"""Bulk writes that the ORM cannot make fast enough: the one place where the product speaks
PostgreSQL's COPY. Imports of survey answers and indicator figures write hundreds of thousands
of rows; through model instances that costs several times the database's own work, while COPY
still has the table's constraints and indexes check every row."""

from collections.abc import Iterable

from django.db import connection, models


def copy_rows(model: type[models.Model], columns: list[str], rows: Iterable[tuple]) -> None:
    """Write ``rows`` (tuples in the order of ``columns``, the fields' column names) into the
    model's table with COPY, on PostgreSQL only. Errors are Django's own classes, so that a
    row that breaks a constraint is an IntegrityError as it would be through the ORM."""
    assert connection.vendor == "postgresql", "COPY is PostgreSQL's; use bulk_create elsewhere"
    known = {field.column for field in model._meta.concrete_fields}
    unknown = set(columns) - known
    if unknown:  # never a name from outside the model into the statement
        raise ValueError(f"{model.__name__} has no column {sorted(unknown)}")
    statement = f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN"
    with (
        connection.wrap_database_errors,
        connection.cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for row in rows:
            copy.write_row(row)
