"""The statements behind a respondent's pages, written out once.

Every respondent opens and sends each page of a questionnaire, so these few statements run
more often than all others together; the ORM spent several times longer compiling them than
the database spent running them. They are built from the models' own tables and columns, and
give back the same model instances the ORM would.
"""

import functools

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from samenspel.core.plain_sql import (
    ModelColumns,
    ModelInsert,
    column,
    driver_cursor,
    for_driver,
    table,
)

from .models import Answer, Response, ResponseStatus, StartNonce, Survey, Wave

_WAVE, _SURVEY = Response._meta.get_field("wave"), Wave._meta.get_field("survey")


@functools.cache
def _link_query() -> tuple[str, tuple[ModelColumns, ModelColumns, ModelColumns]]:
    parts = ModelColumns(Response, "r"), ModelColumns(Wave, "w"), ModelColumns(Survey, "s")
    responses, waves, surveys = parts
    sql = (
        f"SELECT {responses.select}, {waves.select}, {surveys.select} "
        f"FROM {responses.table} "
        f"JOIN {waves.table} ON w.{column(Wave, 'id')} = r.{column(Response, 'wave')} "
        f"JOIN {surveys.table} ON s.{column(Survey, 'id')} = w.{column(Wave, 'survey')} "
        f"WHERE r.{column(Response, 'resume_token')} = %s AND w.{column(Wave, 'public_token')} = %s"
    )
    return for_driver(sql), parts


def response_for_link(*, token: str, resume: str) -> Response | None:
    """The response behind a respondent's link, with its wave and survey, or None."""
    sql, (responses, waves, surveys) = _link_query()
    database = connections[DEFAULT_DB_ALIAS]
    with driver_cursor() as cursor:
        cursor.execute(sql, [resume, token])
        row = cursor.fetchone()
    if row is None:
        return None
    split = len(responses), len(responses) + len(waves)
    response = responses.build(row[: split[0]], database)
    wave = waves.build(row[split[0] : split[1]], database)
    # The keys came with the rows; only the related objects are left to attach.
    _SURVEY.set_cached_value(wave, surveys.build(row[split[1] :], database))
    _WAVE.set_cached_value(response, wave)
    return response


@functools.cache
def _inserts() -> tuple[ModelInsert, ModelInsert]:
    return ModelInsert(Response), ModelInsert(StartNonce)


def response_create(*, wave: Wave, nonce: str, invitation_hash: str | None) -> Response:
    """A new response with the start form's nonce, in one transaction. Raises IntegrityError
    when the nonce (a double click) or the invitation (one response each) was used before."""
    responses, nonces = _inserts()
    with transaction.atomic():
        response = responses.save(Response(wave=wave, invitation_hash=invitation_hash))
        nonces.save(StartNonce(wave=wave, nonce=nonce, response=response))
    return response


@functools.cache
def _wave_query() -> tuple[str, tuple[ModelColumns, ModelColumns]]:
    parts = ModelColumns(Wave, "w"), ModelColumns(Survey, "s")
    waves, surveys = parts
    sql = (
        f"SELECT {waves.select}, {surveys.select} FROM {waves.table} "
        f"JOIN {surveys.table} ON s.{column(Survey, 'id')} = w.{column(Wave, 'survey')} "
        f"WHERE w.{column(Wave, 'public_token')} = %s"
    )
    return for_driver(sql), parts


def wave_for_token(token: str) -> Wave | None:
    """The wave behind a survey's public link, with its survey, or None."""
    sql, (waves, surveys) = _wave_query()
    database = connections[DEFAULT_DB_ALIAS]
    with driver_cursor() as cursor:
        cursor.execute(sql, [token])
        row = cursor.fetchone()
    if row is None:
        return None
    wave = waves.build(row[: len(waves)], database)
    _SURVEY.set_cached_value(wave, surveys.build(row[len(waves) :], database))
    return wave


@functools.cache
def _answer_statements() -> dict[str, str]:
    answers, responses = table(Answer), table(Response)
    response_id, question_id, value = (
        column(Answer, name) for name in ("response", "question", "value")
    )
    status, section = column(Response, "status"), column(Response, "current_section")
    key = column(Response, "id")
    statements = {
        "read": f"SELECT {question_id}, {value} FROM {answers} WHERE {response_id} = %s",
        "delete": f"DELETE FROM {answers} WHERE {response_id} = %s AND {question_id} IN ({{}})",
        "write": (
            f"INSERT INTO {answers} ({response_id}, {question_id}, {value}) VALUES (%s, %s, %s) "
            f"ON CONFLICT ({response_id}, {question_id}) DO UPDATE SET {value} = excluded.{value}"
        ),
        "hold": f"UPDATE {responses} SET {section} = {section} WHERE {key} = %s AND {status} = %s",
        "advance": (
            f"UPDATE {responses} SET {section} = CASE WHEN {section} < %s THEN %s ELSE {section} END "
            f"WHERE {key} = %s AND {status} = %s"
        ),
        "finish": (
            f"UPDATE {responses} SET {status} = %s, {column(Response, 'completed_at')} = %s "
            f"WHERE {key} = %s AND {status} = %s"
        ),
    }
    return {name: for_driver(sql) for name, sql in statements.items()}


def stored_answers(response_id: int) -> list[tuple[int, object]]:
    """(question id, value) of every answer a response holds."""
    field = Answer._meta.get_field("value")
    with driver_cursor() as cursor:
        cursor.execute(_answer_statements()["read"], [response_id])
        return [
            (question_id, field.from_db_value(value, None, connection))
            for question_id, value in cursor.fetchall()
        ]


def answers_store(
    *, response_id: int, values: dict[int, object], emptied: list[int], progress: tuple
) -> bool:
    """Write a page's answers and move the response on, in one short transaction. The first
    statement locks the response and checks that it is still in progress; False when it is not
    (then nothing changes). progress is ("hold",), ("advance", next_section) or ("finish", at)."""
    statements = _answer_statements()
    field = Answer._meta.get_field("value")
    in_progress = ResponseStatus.IN_PROGRESS.value
    if progress[0] == "advance":
        arguments = [progress[1], progress[1], response_id, in_progress]
    elif progress[0] == "finish":
        completed_at = Response._meta.get_field("completed_at").get_db_prep_save(
            progress[1], connection
        )
        arguments = [ResponseStatus.COMPLETE.value, completed_at, response_id, in_progress]
    else:
        arguments = [response_id, in_progress]
    values_for_database = [
        (response_id, question_id, field.get_db_prep_save(value, connection))
        for question_id, value in values.items()
    ]
    # SQLite holds its write lock from the first statement on: nothing else happens inside.
    with transaction.atomic(), driver_cursor() as cursor:
        cursor.execute(statements[progress[0]], arguments)
        if cursor.rowcount != 1:
            return False
        if emptied:
            placeholders = ", ".join([for_driver("%s")] * len(emptied))
            cursor.execute(statements["delete"].format(placeholders), [response_id, *emptied])
        if values_for_database:
            cursor.executemany(statements["write"], values_for_database)
    return True
