"""Responses as a table, one row per complete response and one column per answer, with a
codebook that says what every column and code means. No respondent is named: none is stored.
Open answers may still name someone or hold an address: they are left out unless asked for,
and masked when they are in."""

from django.utils.translation import gettext as _

from samenspel.core.masking import NameMatcher, mask, name_matcher
from samenspel.core.tabular import write_csv, write_xlsx, write_zip

from ..answers import LIKERT_LABELS, LIKERT_VALUES, response_columns
from ..models import Answer, Question, QuestionKind, Response, ResponseStatus, Wave

TEXT_KINDS = (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT)


def _questions(*, wave: Wave, free_text: bool) -> list[Question]:
    """The wave's questions in their order, the open ones only when asked for."""
    questions = Question.objects.filter(section__survey=wave.survey).order_by(
        "section__position", "position"
    )
    if not free_text:
        questions = questions.exclude(kind__in=TEXT_KINDS)
    return list(questions)


def _cell(question: Question, part: str, value, names: NameMatcher | None = None):
    if value is None:
        return ""
    if question.kind in TEXT_KINDS and isinstance(value, str):
        return mask(value, names=names)
    if question.kind == QuestionKind.GRID:
        return value.get(part, "") if isinstance(value, dict) else ""
    if question.kind == QuestionKind.MULTIPLE:
        return 1 if part in (value or []) else 0
    if question.kind == QuestionKind.SINGLE and isinstance(value, str) and value.isdigit():
        # Choice codes are numbers, so that a spreadsheet or SPSS counts and sorts them as such.
        return int(value)
    return value


def _headers(columns) -> list[str]:
    return ["respondent", "gewicht", "ingevuld_op", *[name for name, _q, _p in columns]]


def response_table(*, wave: Wave, free_text: bool = False) -> tuple[list[str], list[list]]:
    """Headers and rows of all complete responses of a wave, with their weight; open answers
    only with ``free_text``, masked."""
    questions = _questions(wave=wave, free_text=free_text)
    names = name_matcher(wave.survey.programme) if free_text else None
    columns = response_columns(questions)
    responses = list(
        Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE)
        .order_by("pk")
        .values_list("pk", "weight", "completed_at")
    )
    given_answers = Answer.objects.filter(
        response__wave=wave, response__status=ResponseStatus.COMPLETE
    )
    if not free_text:
        given_answers = given_answers.exclude(question__kind__in=TEXT_KINDS)
    answers: dict[int, dict[int, object]] = {}
    for response_id, question_id, value in given_answers.values_list(
        "response_id", "question_id", "value"
    ):
        answers.setdefault(response_id, {})[question_id] = value
    headers = _headers(columns)
    rows = []
    for number, (pk, weight, completed_at) in enumerate(responses, start=1):
        given = answers.get(pk, {})
        rows.append(
            [
                number,
                round(weight, 6),
                completed_at.date() if completed_at else "",
                *[
                    _cell(question, part, given.get(question.pk), names)
                    for _name, question, part in columns
                ],
            ]
        )
    return headers, rows


def codebook(*, wave: Wave, free_text: bool = False) -> tuple[list[str], list[list]]:
    """One row per column: name, question text, kind and the meaning of its codes."""
    questions = _questions(wave=wave, free_text=free_text)
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


SPSS_MEASURES = {
    QuestionKind.SINGLE: "nominal",
    QuestionKind.MULTIPLE: "nominal",
    QuestionKind.LIKERT: "ordinal",
    QuestionKind.GRID: "ordinal",
    QuestionKind.SCALE: "scale",
    QuestionKind.NUMBER: "scale",
}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_file(
    *, wave: Wave, file_format: str, free_text: bool = False
) -> tuple[bytes | str, str]:
    """The wave's answers as a file and its content type: Excel with its codebook, CSV for
    Dutch Excel, a zip of plain CSV for tools with the codebook beside it, or SPSS. Open
    answers only with ``free_text``, masked."""
    headers, rows = response_table(wave=wave, free_text=free_text)
    if file_format == "xlsx":
        content = write_xlsx(
            {
                "Antwoorden": (headers, rows),
                "Codeboek": codebook(wave=wave, free_text=free_text),
            }
        )
        return content, XLSX
    if file_format == "zip":
        code_headers, code_rows = codebook(wave=wave, free_text=free_text)
        files = {
            "antwoorden.csv": write_csv(headers, rows, for_excel=False),
            "codeboek.csv": write_csv(code_headers, code_rows, for_excel=False),
            "antwoorden-excel.csv": write_csv(headers, rows),
            "codeboek-excel.csv": write_csv(code_headers, code_rows),
        }
        return write_zip(files), "application/zip"
    if file_format == "sav":
        content = spss_file(wave=wave, headers=headers, rows=rows, free_text=free_text)
        return content, "application/x-spss-sav"
    return write_csv(headers, rows), "text/csv; charset=utf-8"


def import_layout(*, wave: Wave) -> bytes:
    """The columns of an export without a single response, with the codebook: the layout
    for answers collected on paper, which needs no right to export answers."""
    columns = response_columns(_questions(wave=wave, free_text=True))
    return write_xlsx(
        {
            "Antwoorden": (_headers(columns), []),
            "Codeboek": codebook(wave=wave, free_text=True),
        }
    )


def spss_file(
    *, wave: Wave, headers: list[str], rows: list[list], free_text: bool = False
) -> bytes:
    """The response table as an SPSS .sav file: every variable with its question as label,
    every code with its answer as value label, and its measurement level."""
    # Imported here: pandas takes a moment to load, and only this export needs it.
    import tempfile
    from pathlib import Path

    import pandas as pd
    import pyreadstat

    questions = _questions(wave=wave, free_text=free_text)
    labels = {
        "respondent": _("Sequence number of the response (not a person)"),
        "gewicht": _("Weight (1 when not weighted)"),
        "ingevuld_op": _("Date the response was completed"),
    }
    value_labels, measures = {}, {"respondent": "nominal", "gewicht": "scale"}
    likert = {
        int(value): label for value, label in zip(LIKERT_VALUES, LIKERT_LABELS(), strict=True)
    }
    numeric = {"respondent", "gewicht"}
    for name, question, part in response_columns(questions):
        if question.kind == QuestionKind.GRID:
            item = next(i["label"] for i in question.items if str(i["value"]) == part)
            labels[name], value_labels[name] = f"{question.text} – {item}", likert
        elif question.kind == QuestionKind.MULTIPLE:
            choice = next(c["label"] for c in question.choices if str(c["value"]) == part)
            labels[name] = f"{question.text} – {choice}"
            value_labels[name] = {0: _("not chosen"), 1: _("chosen")}
        else:
            labels[name] = question.text
            if question.kind == QuestionKind.SINGLE:
                value_labels[name] = {
                    int(c["value"]): c["label"]
                    for c in question.choices
                    if str(c["value"]).isdigit()
                }
            elif question.kind == QuestionKind.LIKERT:
                value_labels[name] = likert
        if question.kind in SPSS_MEASURES:
            measures[name] = SPSS_MEASURES[question.kind]
            numeric.add(name)
    frame = pd.DataFrame(rows, columns=headers)
    for name in headers:
        if name in numeric:
            frame[name] = pd.to_numeric(frame[name].replace("", None), errors="coerce")
        elif name == "ingevuld_op":
            frame[name] = pd.to_datetime(frame[name].replace("", None)).dt.date
        else:
            frame[name] = frame[name].map(lambda value: "" if value is None else str(value))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "antwoorden.sav"
        pyreadstat.write_sav(
            frame,
            str(path),
            file_label=f"{wave.survey.title} – {wave.name}"[:64],
            column_labels=labels,
            variable_value_labels={name: codes for name, codes in value_labels.items() if codes},
            variable_measure=measures,
        )
        return path.read_bytes()
