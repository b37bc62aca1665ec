"""Survey results as people read them: counts and percentages with their base and interval,
small groups hidden, computed by the statistics engine."""

from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _

from ..answers import LIKERT_LABELS, choice_values
from ..models import (
    Answer,
    Question,
    QuestionKind,
    Response,
    ResponseStatus,
    Survey,
    TargetGroupMapping,
    Wave,
)
from . import segments, statistics

BY_TARGET_GROUP = "doelgroepen"

CLOSED_KINDS = (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE)


@dataclass
class ResultRow:
    label: str
    count: int | None  # None when hidden
    percent: float | None
    lower: float | None
    upper: float | None


@dataclass
class QuestionResult:
    question: Question
    item: str = ""
    item_value: str = ""
    base: int = 0
    rows: list[ResultRow] = field(default_factory=list)
    mean: float | None = None
    mean_lower: float | None = None
    mean_upper: float | None = None
    base_too_small: bool = False
    columns: list[str] = field(default_factory=list)  # crosstab column labels
    column_bases: list = field(default_factory=list)  # respondents per column, None if hidden
    combinations: list = field(default_factory=list)  # (labels, count) of shown combinations
    other_combinations: int | None = None
    table: list = field(default_factory=list)  # split rows: (label, cells), the total last
    text_answers: int = 0
    change: object = None  # statistics.Change since the previous wave, where it may be shown
    chart: dict | None = None  # bar chart coordinates, beside the table


def _labels(question: Question) -> list[str]:
    if question.kind == QuestionKind.LIKERT or question.kind == QuestionKind.GRID:
        return LIKERT_LABELS()
    if question.kind == QuestionKind.SCALE:
        return [str(value) for value in range(11)]
    return [choice["label"] for choice in question.choices]


def _rows(labels, freq, suppression) -> list[ResultRow]:
    rows = []
    for index, label in enumerate(labels):
        hidden = bool(suppression.cells[index, 0])
        share_hidden = bool(suppression.shares[index, 0])
        rows.append(
            ResultRow(
                label,
                None if hidden else int(freq.counts[index]),
                None if share_hidden else round(100 * float(freq.shares[index]), 1),
                None if share_hidden else round(100 * float(freq.lower[index]), 1),
                None if share_hidden else round(100 * float(freq.upper[index]), 1),
            )
        )
    return rows


def _closed(question, values, weights, survey, item="", by=None) -> QuestionResult:
    options = (
        choice_values(question) if question.kind != QuestionKind.GRID else ["1", "2", "3", "4", "5"]
    )
    index = {value: position for position, value in enumerate(options)}
    codes = np.array(
        [index.get(str(value), -1) if value is not None else -1 for value in values], dtype=np.int64
    )
    freq = statistics.frequencies(codes, len(options), weights)
    suppression = statistics.suppress(
        freq.counts.reshape(-1, 1), min_cell=survey.min_cell, min_base=survey.min_base
    )
    result = QuestionResult(
        question, item=item, base=int(freq.base), rows=_rows(_labels(question), freq, suppression)
    )
    result.base_too_small = not statistics.may_show_estimate(
        int(freq.base), min_base=survey.min_base
    )
    if question.kind in (QuestionKind.LIKERT, QuestionKind.SCALE, QuestionKind.GRID):
        numbers = np.array([float(value) if value is not None else np.nan for value in values])
        estimate = statistics.weighted_mean(numbers, weights)
        if not result.base_too_small and not np.isnan(estimate.mean):
            result.mean = round(estimate.mean, 2)
            result.mean_lower, result.mean_upper = (
                round(estimate.lower, 2),
                round(estimate.upper, 2),
            )
    if isinstance(by, TargetGroupSplit):
        _group_columns(result, codes, len(options), by, weights, survey)
    elif by is not None:
        _crosstab(result, codes, len(options), by, weights, survey)
    return result


@dataclass
class TargetGroupSplit:
    """Respondents x target groups: who counts in which group, by their background answers."""

    labels: list[str]
    membership: np.ndarray


def target_group_split(survey: Survey, answers: dict[int, list], n: int) -> TargetGroupSplit:
    """Which target groups each complete response falls in, from the mapped background answers."""
    mappings = list(
        TargetGroupMapping.objects.filter(question__section__survey=survey)
        .select_related("target_group")
        .order_by("target_group__dimension", "target_group__name")
    )
    groups = list(dict.fromkeys(mapping.target_group for mapping in mappings))
    column = {group.pk: index for index, group in enumerate(groups)}
    membership = np.zeros((n, len(groups)), dtype=bool)
    for mapping in mappings:
        values = answers.get(mapping.question_id, [])
        chosen = np.array([str(value) == mapping.value for value in values], dtype=bool)
        if chosen.size:
            membership[:, column[mapping.target_group_id]] |= chosen
    return TargetGroupSplit([group.name for group in groups], membership)


def _split_cell(count, freq, row: int, count_hidden: bool, share_hidden: bool) -> ResultRow:
    """One cell of a split table: its count, and its column percentage with interval."""
    return ResultRow(
        "",
        None if count_hidden else int(count),
        None if share_hidden else round(100 * float(freq.shares[row]), 1),
        None if share_hidden else round(100 * float(freq.lower[row]), 1),
        None if share_hidden else round(100 * float(freq.upper[row]), 1),
    )


def _split_table(result, columns, bases, cells) -> None:
    """Fill a result's split table, its unsplit rows as the last (total) column. Groups that
    nobody of the base belongs to are left out: a column of nothing but zeros says nothing."""
    kept = [index for index, base in enumerate(bases) if base != 0]
    result.columns = [*(columns[index] for index in kept), _("Total")]
    result.column_bases = [*(bases[index] for index in kept), result.base]
    for row, line in enumerate(result.rows):
        result.table.append((line.label, [*(cells[row][index] for index in kept), line]))


def _group_columns(result, codes, n_rows, split: TargetGroupSplit, weights, survey) -> None:
    table = segments.group_columns(
        codes,
        n_rows,
        split.membership,
        weights,
        min_cell=survey.min_cell,
        min_base=survey.min_base,
    )
    frequencies = [
        statistics.frequencies(
            codes[split.membership[:, column]], n_rows, weights[split.membership[:, column]]
        )
        for column in range(len(split.labels))
    ]
    cells = [
        [
            _split_cell(
                table.counts[row, column],
                frequencies[column],
                row,
                bool(table.hidden[row, column]),
                bool(table.shares_hidden[row, column]),
            )
            for column in range(len(split.labels))
        ]
        for row in range(n_rows)
    ]
    bases = [
        None if table.bases_hidden[column] else int(table.bases[column])
        for column in range(len(split.labels))
    ]
    _split_table(result, split.labels, bases, cells)


def _crosstab(result, codes, n_rows, by, weights, survey) -> None:
    by_question, by_codes, by_labels = by
    answered = (codes >= 0) & (by_codes >= 0)
    table = statistics.crosstab(
        codes[answered], by_codes[answered], n_rows, len(by_labels), weights[answered]
    )
    suppression = statistics.suppress(
        table.counts, min_cell=survey.min_cell, min_base=survey.min_base
    )
    frequencies = [
        statistics.frequencies(
            codes[answered & (by_codes == column)], n_rows, weights[answered & (by_codes == column)]
        )
        for column in range(len(by_labels))
    ]
    cells = [
        [
            _split_cell(
                table.counts[row, column],
                frequencies[column],
                row,
                bool(suppression.cells[row, column]),
                bool(suppression.shares[row, column]),
            )
            for column in range(len(by_labels))
        ]
        for row in range(n_rows)
    ]
    bases = [
        None if suppression.column_totals[column] else int(table.column_bases[column])
        for column in range(len(by_labels))
    ]
    _split_table(result, by_labels, bases, cells)


def wave_answers(wave: Wave) -> tuple[np.ndarray, dict[int, list]]:
    """Weights of the complete responses, and per question their answers in the same order."""
    responses = list(
        Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE)
        .order_by("pk")
        .values_list("pk", "weight")
    )
    position = {pk: index for index, (pk, _weight) in enumerate(responses)}
    weights = np.array([weight for _pk, weight in responses], dtype=float)
    answers: dict[int, list] = {}
    for question_id, response_id, value in Answer.objects.filter(
        response_id__in=position
    ).values_list("question_id", "response_id", "value"):
        answers.setdefault(question_id, [None] * len(responses))[position[response_id]] = value
    return weights, answers


def _numbers(question: Question, values: list, item: str = "") -> np.ndarray:
    if item:
        values = [v.get(item) if isinstance(v, dict) else None for v in values]
    return np.array([float(v) if v is not None else np.nan for v in values], dtype=float)


def previous_wave(wave: Wave) -> Wave | None:
    """The wave of the same survey just before this one, to compare with."""
    return (
        Wave.objects.filter(survey=wave.survey, created_at__lt=wave.created_at)
        .order_by("-created_at")
        .first()
    )


def wave_changes(*, wave: Wave, earlier: Wave) -> dict[tuple[int, str], statistics.Change]:
    """Change in the mean of every Likert, scale and grid question since an earlier wave,
    with Welch's test on effective bases; only where both bases are large enough to show."""
    survey = wave.survey
    weights_now, now = wave_answers(wave)
    weights_then, then = wave_answers(earlier)
    changes = {}
    for question in Question.objects.filter(
        section__survey=survey,
        kind__in=[QuestionKind.LIKERT, QuestionKind.SCALE, QuestionKind.GRID],
    ):
        items = (
            [str(i["value"]) for i in question.items]
            if question.kind == QuestionKind.GRID
            else [""]
        )
        for item in items:
            empty = [None] * len(weights_now)
            first = statistics.weighted_mean(
                _numbers(question, then.get(question.pk, [None] * len(weights_then)), item),
                weights_then,
            )
            second = statistics.weighted_mean(
                _numbers(question, now.get(question.pk, empty), item), weights_now
            )
            if (
                min(first.base, second.base) < survey.min_base
                or np.isnan(first.sd)
                or np.isnan(second.sd)
            ):
                continue
            changes[(question.pk, item)] = statistics.compare_means(first, second)
    return changes


def wave_results(*, wave: Wave, by_code: str = "", question_ids=None) -> list[QuestionResult]:
    """Per closed question (and per grid line): counts, percentages with 95% intervals, means;
    cells below the survey's minimum hidden, no percentage on a base below its second minimum."""
    survey = wave.survey
    weights, answers = wave_answers(wave)
    questions = list(Question.objects.filter(section__survey=survey).select_related("section"))
    if question_ids is not None:
        wanted = set(question_ids)
        questions = [q for q in questions if q.pk in wanted or q.code == by_code]
    by = None
    if by_code == BY_TARGET_GROUP:
        by = target_group_split(survey, answers, len(weights))
        if not by.labels:
            by = None
    elif by_code:
        by_question = next(
            (q for q in questions if q.code == by_code and q.kind == QuestionKind.SINGLE), None
        )
        if by_question is not None:
            options = choice_values(by_question)
            values = answers.get(by_question.pk, [None] * len(weights))
            by_codes = np.array(
                dtype=np.int64,
                object=[
                    options.index(str(v)) if v is not None and str(v) in options else -1
                    for v in values
                ],
            )
            by = (by_question, by_codes, [c["label"] for c in by_question.choices])
    results = []
    for question in questions:
        values = answers.get(question.pk, [None] * len(weights))
        if question.kind in CLOSED_KINDS:
            results.append(
                _closed(
                    question,
                    values,
                    weights,
                    survey,
                    by=by if question.pk != _by_question_pk(by) else None,
                )
            )
        elif question.kind == QuestionKind.GRID:
            for item in question.items:
                item_values = [
                    v.get(str(item["value"])) if isinstance(v, dict) else None for v in values
                ]
                result = _closed(question, item_values, weights, survey, item=item["label"], by=by)
                result.item_value = str(item["value"])
                results.append(result)
        elif question.kind == QuestionKind.MULTIPLE:
            result = _multiple(question, values, weights, survey)
            if question.count_combinations:
                _combinations(result, question, values, survey)
            results.append(result)
        else:
            results.append(QuestionResult(question, text_answers=sum(1 for v in values if v)))
    return results


def _by_question_pk(by) -> int | None:
    return by[0].pk if isinstance(by, tuple) else None


def _selected(question, values) -> np.ndarray:
    options = choice_values(question)
    return np.array(
        [[option in (value or []) for option in options] for value in values], dtype=bool
    ).reshape(-1, len(options))


def _combinations(result: QuestionResult, question, values, survey) -> None:
    labels = [choice["label"] for choice in question.choices]
    shown, rest, _base = segments.combinations(
        _selected(question, values), min_cell=survey.min_cell, min_base=survey.min_base
    )
    result.combinations = [(" + ".join(labels[i] for i in key), count) for key, count in shown]
    result.other_combinations = rest


def _multiple(question, values, weights, survey) -> QuestionResult:
    selected = _selected(question, values)
    answered = np.array([value is not None for value in values], dtype=bool)
    freq = statistics.multiple_choice(selected, answered, weights)
    base = int(freq.base)
    rows = []
    for index, choice in enumerate(question.choices):
        chosen = int(freq.counts[index])
        # Chosen and not chosen must both be safe to show, or the option's count is hidden.
        table = np.array([[chosen], [base - chosen]])
        suppression = statistics.suppress(table, min_cell=survey.min_cell, min_base=survey.min_base)
        hidden = bool(suppression.cells[0, 0])
        share_hidden = hidden or not statistics.may_show_estimate(base, min_base=survey.min_base)
        rows.append(
            ResultRow(
                choice["label"],
                None if hidden else chosen,
                None if share_hidden else round(100 * float(freq.shares[index]), 1),
                None if share_hidden else round(100 * float(freq.lower[index]), 1),
                None if share_hidden else round(100 * float(freq.upper[index]), 1),
            )
        )
    result = QuestionResult(question, base=base, rows=rows)
    result.base_too_small = not statistics.may_show_estimate(base, min_base=survey.min_base)
    return result


def background_questions(*, survey: Survey):
    return Question.objects.filter(section__survey=survey, kind=QuestionKind.SINGLE).exclude(
        background=""
    )


def margins_of(*, wave: Wave) -> dict[int, dict]:
    """The wave's population targets per background question (by id)."""
    return dict(wave.margins.values_list("question_id", "targets"))


def survey_has_target_groups(*, survey: Survey) -> bool:
    return TargetGroupMapping.objects.filter(question__section__survey=survey).exists()


def latest_wave_with_answers(survey: Survey) -> Wave | None:
    return (
        survey.waves.filter(responses__status=ResponseStatus.COMPLETE)
        .order_by("-created_at")
        .distinct()
        .first()
    )


def goal_results(*, goal) -> list[dict]:
    """The latest results of the survey questions that measure a goal: per survey its most
    recent wave with answers, the change since the wave before where it may be shown."""
    found = []
    questions = Question.objects.filter(goals=goal).select_related("section__survey")
    by_survey: dict[int, list[Question]] = {}
    for question in questions:
        by_survey.setdefault(question.section.survey_id, []).append(question)
    for survey_questions in by_survey.values():
        survey = survey_questions[0].section.survey
        wave = latest_wave_with_answers(survey)
        if wave is None:
            found.append({"survey": survey, "wave": None, "results": []})
            continue
        wave.survey = survey
        results = wave_results(wave=wave, question_ids=[q.pk for q in survey_questions])
        earlier = previous_wave(wave)
        if earlier is not None:
            changes = wave_changes(wave=wave, earlier=earlier)
            for result in results:
                result.change = changes.get((result.question.pk, result.item_value))
        found.append({"survey": survey, "wave": wave, "earlier": earlier, "results": results})
    return found
