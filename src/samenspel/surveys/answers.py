"""Checking one answer against its question, with messages a respondent understands."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Question, QuestionKind

LIKERT_VALUES = ["1", "2", "3", "4", "5"]
SCALE_VALUES = [str(value) for value in range(11)]


def choice_values(question: Question) -> list[str]:
    if question.kind == QuestionKind.LIKERT:
        return LIKERT_VALUES
    if question.kind == QuestionKind.SCALE:
        return SCALE_VALUES
    return [str(choice["value"]) for choice in question.choices]


def LIKERT_LABELS() -> list[str]:  # noqa: N802 - reads as the constant it stands for
    return [_("Strongly disagree"), _("Disagree"), _("Neutral"), _("Agree"), _("Strongly agree")]


def answer_options(question: Question) -> list[tuple[str, str]]:
    """(value, label) of every answer a closed question offers, as the respondent sees them."""
    if question.kind == QuestionKind.LIKERT:
        return list(zip(LIKERT_VALUES, LIKERT_LABELS(), strict=True))
    if question.kind == QuestionKind.SCALE:
        return [(value, value) for value in SCALE_VALUES]
    return [(str(choice["value"]), choice["label"]) for choice in question.choices]


def is_visible(question: Question, answers_by_code: dict) -> bool:
    """A question with a show-if condition appears only after one of the named answers."""
    if not question.show_if_code:
        return True
    given = answers_by_code.get(question.show_if_code)
    wanted = {str(value) for value in question.show_if_values}
    if isinstance(given, list):
        return bool(wanted & {str(value) for value in given})
    return given is not None and str(given) in wanted


def clean_answer(question: Question, raw):
    """The stored value for a raw form value (str, list or dict for grids), or ValidationError.
    An empty answer is None."""
    kind = question.kind
    if kind == QuestionKind.MULTIPLE:
        values = [value for value in (raw or []) if value]
        unknown = set(values) - set(choice_values(question))
        if unknown:
            raise ValidationError(_("Choose from the options given."))
        if not values:
            return _required(question)
        return sorted(values, key=choice_values(question).index)
    if kind == QuestionKind.GRID:
        raw = raw or {}
        items = [str(item["value"]) for item in question.items]
        cleaned = {}
        for item in items:
            value = (raw.get(item) or "").strip()
            if value and value not in LIKERT_VALUES:
                raise ValidationError(_("Choose from the options given."))
            if value:
                cleaned[item] = int(value)
        if question.required and len(cleaned) < len(items):
            raise ValidationError(_("Answer every line of this question."))
        return cleaned or None
    value = (raw or "").strip() if isinstance(raw, str) or raw is None else str(raw)
    if not value:
        return _required(question)
    if kind in (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE):
        if value not in choice_values(question):
            raise ValidationError(_("Choose from the options given."))
        return int(value) if kind != QuestionKind.SINGLE else value
    if kind == QuestionKind.NUMBER:
        try:
            number = Decimal(value.replace(",", "."))
        except InvalidOperation as exc:
            raise ValidationError(_("Fill in a number, for example 3 or 2,5.")) from exc
        if not number.is_finite() or abs(number) > Decimal("1e9"):
            raise ValidationError(_("Fill in a number, for example 3 or 2,5."))
        return float(number)
    if "\x00" in value:
        raise ValidationError(_("The answer holds an invisible character that cannot be saved."))
    limit = 200 if kind == QuestionKind.SHORT_TEXT else 5000
    if len(value) > limit:
        raise ValidationError(_("Use at most %(limit)s characters.") % {"limit": limit})
    return value


def _required(question: Question):
    if question.required:
        raise ValidationError(_("Please answer this question."))
    return None


def response_columns(questions: list[Question]) -> list[tuple[str, Question, str]]:
    """(column name, question, grid item or option value) for every column."""
    columns = []
    for question in questions:
        if question.kind == QuestionKind.GRID:
            columns += [
                (f"{question.code}_{item['value']}", question, str(item["value"]))
                for item in question.items
            ]
        elif question.kind == QuestionKind.MULTIPLE:
            columns += [
                (f"{question.code}_{choice['value']}", question, str(choice["value"]))
                for choice in question.choices
            ]
        else:
            columns.append((question.code, question, ""))
    return columns
