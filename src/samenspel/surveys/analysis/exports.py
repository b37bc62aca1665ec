"""Responses as a table, one row per complete response and one column per answer, with a
codebook that says what every column and code means. No personal data: none is stored."""

from django.utils.translation import gettext as _

from ..answers import LIKERT_VALUES, response_columns
from ..models import Answer, Question, QuestionKind, Response, ResponseStatus, Wave


def _cell(question: Question, part: str, value):
    if value is None:
        return ""
    if question.kind == QuestionKind.GRID:
        return value.get(part, "") if isinstance(value, dict) else ""
    if question.kind == QuestionKind.MULTIPLE:
        return 1 if part in (value or []) else 0
    if question.kind == QuestionKind.SINGLE and isinstance(value, str) and value.isdigit():
        # Choice codes are numbers, so that a spreadsheet or SPSS counts and sorts them as such.
        return int(value)
    return value


def response_table(*, wave: Wave) -> tuple[list[str], list[list]]:
    """Headers and rows of all complete responses of a wave, with their weight."""
    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    columns = response_columns(questions)
    responses = list(
        Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE)
        .order_by("pk")
        .values_list("pk", "weight", "completed_at")
    )
    answers: dict[int, dict[int, object]] = {}
    for response_id, question_id, value in Answer.objects.filter(
        response__wave=wave, response__status=ResponseStatus.COMPLETE
    ).values_list("response_id", "question_id", "value"):
        answers.setdefault(response_id, {})[question_id] = value
    headers = ["respondent", "gewicht", "ingevuld_op", *[name for name, _q, _p in columns]]
    rows = []
    for number, (pk, weight, completed_at) in enumerate(responses, start=1):
        given = answers.get(pk, {})
        rows.append(
            [
                number,
                round(weight, 6),
                completed_at.date() if completed_at else "",
                *[
                    _cell(question, part, given.get(question.pk))
                    for _name, question, part in columns
                ],
            ]
        )
    return headers, rows


def codebook(*, wave: Wave) -> tuple[list[str], list[list]]:
    """One row per column: name, question text, kind and the meaning of its codes."""
    from ..answers import LIKERT_LABELS

    questions = list(
        Question.objects.filter(section__survey=wave.survey).order_by(
            "section__position", "position"
        )
    )
    rows = [
        ["respondent", _("Sequence number of the response (not a person)"), "", ""],
        ["gewicht", _("Weight (1 when not weighted)"), "", ""],
        ["ingevuld_op", _("Date the response was completed"), "", ""],
    ]
    likert = "; ".join(
        f"{value} = {label}" for value, label in zip(LIKERT_VALUES, LIKERT_LABELS(), strict=True)
    )
    for name, question, part in response_columns(questions):
        kind = str(question.get_kind_display())
        if question.kind == QuestionKind.GRID:
            item = next(i["label"] for i in question.items if str(i["value"]) == part)
            rows.append([name, f"{question.text} – {item}", kind, likert])
        elif question.kind == QuestionKind.MULTIPLE:
            choice = next(c["label"] for c in question.choices if str(c["value"]) == part)
            rows.append(
                [name, f"{question.text} – {choice}", kind, _("1 = chosen; 0 = not chosen")]
            )
        elif question.kind == QuestionKind.SINGLE:
            codes = "; ".join(f"{c['value']} = {c['label']}" for c in question.choices)
            rows.append([name, question.text, kind, codes])
        elif question.kind == QuestionKind.LIKERT:
            rows.append([name, question.text, kind, likert])
        elif question.kind == QuestionKind.SCALE:
            rows.append([name, question.text, kind, "0-10"])
        else:
            rows.append([name, question.text, kind, ""])
    return ["kolom", "vraag", "soort", "codes"], rows
