"""Responses collected on paper or in another tool, imported from the export's own layout:
every row is checked first, and then all rows are written in one transaction, or none."""

import json

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.bulk import copy_rows
from samenspel.core.tabular import TableSpec

from ..answers import LIKERT_VALUES, choice_values, clean_answer, response_columns
from ..models import Answer, Question, QuestionKind, Response, ResponseStatus, Wave
from ..signals import results_changed


def response_table_spec(wave: Wave) -> TableSpec:
    """The columns an import may have: those of the export (respondent, weight, date ignored)."""
    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    columns = {"respondent": "respondent", "gewicht": "gewicht", "ingevuld_op": "ingevuld_op"}
    columns.update({name: name for name, _question, _part in response_columns(questions)})
    return TableSpec("responses", "Antwoorden", columns, "respondent")


TICKED = {"1", "1.0", "ja", "x"}


def _raw_for(question: Question, parts: dict[str, str]):
    """The cells of one question in the shape the respondent's form would send."""
    if question.kind == QuestionKind.GRID:
        return {part: value for part, value in parts.items()}
    if question.kind == QuestionKind.MULTIPLE:
        return [part for part, value in parts.items() if value in TICKED]
    return parts.get("", "")


def _cleaner(question: Question, names: list[tuple[str, str]]):
    """A function from a row to the question's stored value (or ValidationError). The usual
    cells are looked up in a table made by clean_answer itself; anything else goes through
    clean_answer, so both give the same value and the same message."""
    kind = question.kind

    def slow(values: dict):
        parts = {part: str(values.get(name, "")).strip() for name, part in names}
        return clean_answer(question, _raw_for(question, parts))

    if kind in (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE):
        name = names[0][0]
        known = {raw: clean_answer(question, raw) for raw in choice_values(question)}
        known[""] = None

        def single(values: dict):
            cell = values.get(name, "")
            return known[cell] if cell in known else slow(values)

        return single
    if kind == QuestionKind.GRID:
        likert = {value: int(value) for value in LIKERT_VALUES}

        def grid(values: dict):
            cleaned = {}
            for name, part in names:
                cell = values.get(name, "")
                if cell:
                    if cell not in likert:
                        return slow(values)
                    cleaned[part] = likert[cell]
            return cleaned or None

        return grid
    if kind == QuestionKind.MULTIPLE:

        def multiple(values: dict):
            chosen = [part for name, part in names if values.get(name, "") in TICKED]
            return chosen or None

        return multiple
    return slow


PROGRESS_EVERY = 5000


def responses_check(
    *, wave: Wave, rows: list[tuple[int, dict]], progress=None
) -> tuple[list[dict], list[str]]:
    """Cleaned answers per row, and every problem as 'row N, column: message'. ``progress``,
    if given, is called with the number of rows checked so far."""
    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    for question in questions:
        question.required = False  # a paper form cannot insist: empty answers stay empty
    names: dict[int, list[tuple[str, str]]] = {}
    for name, question, part in response_columns(questions):
        names.setdefault(question.pk, []).append((name, part))
    cleaners = [(question, _cleaner(question, names[question.pk])) for question in questions]
    cleaned_rows, problems = [], []
    for index, (number, values) in enumerate(rows):
        if progress and index and index % PROGRESS_EVERY == 0:
            progress(index)
        answers = {}
        for question, clean in cleaners:
            try:
                value = clean(values)
            except ValidationError as error:
                problems.append(
                    _("Row %(row)s, %(column)s: %(message)s")
                    % {"row": number, "column": question.code, "message": " ".join(error.messages)}
                )
                continue
            if value is not None:
                answers[question.pk] = value
        if not answers:
            problems.append(_("Row %(row)s has no answers.") % {"row": number})
        cleaned_rows.append(answers)
    return cleaned_rows, problems


def _copy_answers(rows) -> None:
    """Answers by COPY on PostgreSQL (see core.bulk). Rows are (response id, question id,
    value as JSON text)."""
    copy_rows(Answer, ["response_id", "question_id", "value"], rows)


def responses_import(
    *, wave: Wave, rows: list[tuple[int, dict]], progress=None, writing=None
) -> int:
    """Check every row, then write all responses in one transaction; raises ValidationError
    (nothing written) with every problem when any row is wrong. Returns the number imported.
    ``progress`` hears how many rows are checked; ``writing`` is called once saving starts."""
    cleaned_rows, problems = responses_check(wave=wave, rows=rows, progress=progress)
    if problems:
        raise ValidationError(problems)
    if writing:
        writing()
    imported = _write(wave, cleaned_rows)
    results_changed(wave)
    return imported


@transaction.atomic
def _write(wave: Wave, cleaned_rows: list[dict]) -> int:
    now = timezone.now()
    responses = Response.objects.bulk_create(
        (
            Response(wave=wave, status=ResponseStatus.COMPLETE, completed_at=now, source="import")
            for _ in cleaned_rows
        ),
        batch_size=5000,
    )
    pairs = (
        (response.pk, question_id, value)
        for response, answers in zip(responses, cleaned_rows, strict=True)
        for question_id, value in answers.items()
    )
    if connection.vendor == "postgresql":
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        _copy_answers(
            (response_id, question_id, dumps(value)) for response_id, question_id, value in pairs
        )
    else:
        Answer.objects.bulk_create(
            (Answer(response_id=r, question_id=q, value=v) for r, q, v in pairs), batch_size=5000
        )
    return len(responses)
