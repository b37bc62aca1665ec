"""Responses collected on paper or in another tool, imported from the export's own layout:
every row is checked first, and then all rows are written in one transaction, or none."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.tabular import TableSpec

from .answers import clean_answer
from .exports import _columns
from .models import Answer, Question, QuestionKind, Response, ResponseStatus, Wave


def response_table_spec(wave: Wave) -> TableSpec:
    """The columns an import may have: those of the export (respondent, weight, date ignored)."""
    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    columns = {"respondent": "respondent", "gewicht": "gewicht", "ingevuld_op": "ingevuld_op"}
    columns.update({name: name for name, _question, _part in _columns(questions)})
    return TableSpec("responses", "Antwoorden", columns, "respondent")


def _raw_for(question: Question, parts: dict[str, str]):
    """The cells of one question in the shape the respondent's form would send."""
    if question.kind == QuestionKind.GRID:
        return {part: value for part, value in parts.items()}
    if question.kind == QuestionKind.MULTIPLE:
        return [part for part, value in parts.items() if value in {"1", "1.0", "ja", "x"}]
    return parts.get("", "")


def responses_check(*, wave: Wave, rows: list[tuple[int, dict]]) -> tuple[list[dict], list[str]]:
    """Cleaned answers per row, and every problem as 'row N, column: message'."""
    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    for question in questions:
        question.required = False  # a paper form cannot insist: empty answers stay empty
    columns = _columns(questions)
    cleaned_rows, problems = [], []
    for number, values in rows:
        answers = {}
        for question in questions:
            parts = {
                part: str(values.get(name, "")).strip()
                for name, q, part in columns
                if q.pk == question.pk
            }
            try:
                value = clean_answer(question, _raw_for(question, parts))
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


@transaction.atomic
def responses_import(*, wave: Wave, rows: list[tuple[int, dict]]) -> int:
    """Check every row, then write all responses at once; raises ValidationError (nothing
    written) with every problem when any row is wrong. Returns the number imported."""
    cleaned_rows, problems = responses_check(wave=wave, rows=rows)
    if problems:
        raise ValidationError(problems)
    now = timezone.now()
    responses = Response.objects.bulk_create(
        Response(wave=wave, status=ResponseStatus.COMPLETE, completed_at=now, source="import")
        for _ in cleaned_rows
    )
    Answer.objects.bulk_create(
        (
            Answer(response=response, question_id=question_id, value=value)
            for response, answers in zip(responses, cleaned_rows, strict=True)
            for question_id, value in answers.items()
        ),
        batch_size=5000,
    )
    return len(responses)
