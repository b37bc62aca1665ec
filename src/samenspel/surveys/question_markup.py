"""A question as respondents see it: its context and its markup, shared by the respondent's
pages and the builder's preview."""

from django.template.loader import render_to_string

from .answers import LIKERT_LABELS, LIKERT_VALUES, answer_options
from .models import QuestionKind

CLOSED_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.LIKERT, QuestionKind.SCALE}
QUESTION_TEMPLATE = "surveys/respondent/question.html"
QUESTION_MARKUP_SECONDS = 24 * 3600


def question_context(question, value, problem) -> dict:
    """What question.html needs: each option with whether it is chosen, worked out here
    rather than by comparisons in the template."""
    described = []
    if question.help_text:
        described.append(f"{question.code}-help")
    if problem:
        described.append(f"{question.code}-problem")
    item = {
        "question": question,
        "problem": problem,
        "pristine": problem is None and value in (None, "", [], {}),
        "described": " ".join(described),
        "grouped": question.kind == QuestionKind.GRID or question.kind in CLOSED_KINDS,
        "value": "",
        "options": [],
        "rows": [],
        "input_type": "checkbox" if question.kind == QuestionKind.MULTIPLE else "radio",
        "input_required": question.required and question.kind != QuestionKind.MULTIPLE,
    }
    if question.kind == QuestionKind.GRID:
        chosen = {str(key): str(answer) for key, answer in value.items()} if value else {}
        likert = list(zip(LIKERT_VALUES, LIKERT_LABELS(), strict=True))
        item["rows"] = [
            (
                str(line["value"]),
                line["label"],
                [
                    (option, label, chosen.get(str(line["value"])) == option)
                    for option, label in likert
                ],
            )
            for line in question.items
        ]
    elif question.kind in CLOSED_KINDS:
        if isinstance(value, list):
            chosen = {str(option) for option in value}
        else:
            chosen = set() if value in (None, "") else {str(value)}
        item["options"] = [
            (option, label, option in chosen) for option, label in answer_options(question)
        ]
    else:
        item["value"] = "" if value is None else str(value)
    return item


def question_html(item: dict) -> str:
    """One question's markup, as the builder's preview shows it."""
    return render_to_string(QUESTION_TEMPLATE, {"item": item})
