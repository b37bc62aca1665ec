"""Rows of hand-written SQL as model instances, converted exactly as the ORM converts them.

For the few statements on the busiest public pages, where compiling a queryset costs several
times more than running it, and Django's cursor wrapper about as much as the statement.
Everything else uses the ORM.
"""

import contextlib
import threading
from collections.abc import Iterator

from django.db import connections
from django.db.models import Model


@contextlib.contextmanager
def driver_cursor(using: str = "default") -> Iterator:
    """The database driver's own cursor on Django's connection, inside whatever transaction
    Django has open. Statements take the driver's placeholders (see for_driver); errors
    become Django's, as from any cursor. Django's query log does not see them."""
    connection = connections[using]
    connection.ensure_connection()
    with connection.wrap_database_errors:
        cursor = connection.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()


def for_driver(sql: str, using: str = "default") -> str:
    """A statement written with %s placeholders, in the driver's own style."""
    return sql.replace("%s", "?") if connections[using].vendor == "sqlite" else sql


class ModelColumns:
    """The concrete columns of a model under a table alias, and how to build an instance back
    from them (with the database backend's and the fields' own conversions)."""

    def __init__(self, model: type[Model], alias: str, using: str = "default"):
        self.model, self.alias, self.using = model, alias, using
        connection = connections[using]
        quote = connection.ops.quote_name
        fields = model._meta.concrete_fields
        self.names = [field.attname for field in fields]
        self.table = f"{quote(model._meta.db_table)} {alias}"
        self.select = ", ".join(f"{alias}.{quote(field.column)}" for field in fields)
        self.columns = [field.get_col(alias) for field in fields]
        # Converters are bound to a connection, and each thread has its own.
        self._local = threading.local()

    def __len__(self) -> int:
        return len(self.names)

    def _converters_for(self, connection) -> list:
        local = self._local
        if getattr(local, "connection", None) is not connection:
            local.converters = []
            for index, column in enumerate(self.columns):
                converters = connection.ops.get_db_converters(column)
                converters += column.target.get_db_converters(connection)
                if converters:
                    local.converters.append((index, column, converters))
            local.connection = connection
        return local.converters

    def build(self, values, connection=None) -> Model:
        """An instance from the row's values for these columns (on the given connection)."""
        values = list(values)
        connection = connection or connections[self.using]
        for index, column, converters in self._converters_for(connection):
            for converter in converters:
                values[index] = converter(values[index], column, connection)
        return self.model.from_db(self.using, self.names, values)


def column(model: type[Model], name: str, using: str = "default") -> str:
    """A field's quoted column name."""
    return connections[using].ops.quote_name(model._meta.get_field(name).column)


def table(model: type[Model], using: str = "default") -> str:
    return connections[using].ops.quote_name(model._meta.db_table)


class ModelInsert:
    """INSERT of a new instance of a model with an automatic key, as Model.save() writes it
    (each field's default, pre_save and conversion), but without compiling a query each time
    and without sending pre_save or post_save: use it only for models nothing listens to."""

    def __init__(self, model: type[Model], using: str = "default"):
        self.model, self.using = model, using
        connection = connections[using]
        quote = connection.ops.quote_name
        self.fields = [field for field in model._meta.concrete_fields if not field.primary_key]
        self.key = model._meta.pk
        columns = ", ".join(quote(field.column) for field in self.fields)
        placeholders = ", ".join(["%s"] * len(self.fields))
        # Only the model's own quoted names go into the statement; values are parameters.
        sql = f"INSERT INTO {table(model, using)} ({columns}) VALUES ({placeholders})"  # noqa: S608
        self.returning = connection.features.can_return_columns_from_insert
        if self.returning:
            sql += f" RETURNING {quote(self.key.column)}"
        self.sql = for_driver(sql, using)

    def save(self, instance: Model) -> Model:
        connection = connections[self.using]
        values = [
            field.get_db_prep_save(field.pre_save(instance, True), connection)
            for field in self.fields
        ]
        with driver_cursor(self.using) as cursor:
            cursor.execute(self.sql, values)
            if self.returning:
                key = cursor.fetchone()[0]
            else:
                key = connection.ops.last_insert_id(
                    cursor, self.model._meta.db_table, self.key.column
                )
        setattr(instance, self.key.attname, key)
        instance._state.adding, instance._state.db = False, self.using
        return instance
