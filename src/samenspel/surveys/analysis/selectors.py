"""Survey results as people read them: counts and percentages with their base and interval,
small groups hidden, computed by the statistics engine."""

from dataclasses import dataclass, field

import numpy as np
from django.core.cache import cache
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
from . import protection, statistics

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
    withheld: bool = False  # too few respondents to show anything but that
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


def _share(freq, index: int, hidden: bool, min_base: int) -> tuple:
    """A category's percentage and interval, or Nones where hidden or on too small a base."""
    if hidden or not statistics.may_show_estimate(freq.effective_base, min_base=min_base):
        return None, None, None
    return (
        round(100 * float(freq.shares[index]), 1),
        round(100 * float(freq.lower[index]), 1),
        round(100 * float(freq.upper[index]), 1),
    )


def _closed(question, values, weights, survey, disclosure, item="", by=None) -> QuestionResult:
    name = protection.variable_name(question, item)
    codes, options = protection.closed_codes(question, values)
    freq = statistics.frequencies(codes, len(options), weights)
    result = QuestionResult(question, item=item, base=int(freq.base))
    if not disclosure.shows(("base", name)):
        result.withheld = True
        return result
    for index, label in enumerate(_labels(question)):
        hidden = not disclosure.shows(protection.cell_key(name, index))
        result.rows.append(
            ResultRow(
                label,
                None if hidden else int(freq.counts[index]),
                *_share(freq, index, hidden, survey.min_base),
            )
        )
    result.base_too_small = not statistics.may_show_estimate(
        freq.effective_base, min_base=survey.min_base
    )
    numbers = protection.numbers_of(question, codes, options)
    if numbers is not None and disclosure.shows(("mean", name)):
        estimate = protection.displayed_mean(numbers, weights, min_base=survey.min_base)
        if estimate is not None:
            result.mean = round(estimate.mean, 2)
            if disclosure.shows(("spread", name)) and not np.isnan(estimate.lower):
                result.mean_lower = round(estimate.lower, 2)
                result.mean_upper = round(estimate.upper, 2)
    if isinstance(by, TargetGroupSplit):
        _group_columns(result, name, codes, len(options), by, weights, survey, disclosure)
    elif by is not None:
        _crosstab(result, name, codes, len(options), by, weights, survey, disclosure)
    return result


@dataclass
class TargetGroupSplit:
    """Respondents x target groups: who counts in which group, by their background answers."""

    labels: list[str]
    membership: np.ndarray
    keys: list = field(default_factory=list)  # the target groups' ids, as disclosure knows them


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
    return TargetGroupSplit(
        [group.name for group in groups], membership, [group.pk for group in groups]
    )


def _split_cell(count, freq, row: int, hidden: bool, base_hidden: bool, min_base) -> ResultRow:
    """One cell of a split table: its count, and its column percentage with interval (not
    where the column's base is hidden)."""
    share = _share(freq, row, hidden or base_hidden, min_base)
    return ResultRow("", None if hidden else int(count), *share)


def _split_table(result, columns, bases, cells) -> None:
    """Fill a result's split table, its unsplit rows as the last (total) column. Groups that
    nobody of the base belongs to are left out: a column of nothing but zeros says nothing."""
    kept = [index for index, base in enumerate(bases) if base != 0]
    result.columns = [*(columns[index] for index in kept), _("Total")]
    result.column_bases = [*(bases[index] for index in kept), result.base]
    for row, line in enumerate(result.rows):
        result.table.append((line.label, [*(cells[row][index] for index in kept), line]))


def _columns(result, codes, n_rows, members, keys, weights, survey, disclosure) -> None:
    """Fill the split table of a result: one column per group of respondents (``members``),
    with the disclosure keys of its cells and its base."""
    cells, bases = [[] for _row in range(n_rows)], []
    for member, (cell_of, base_key) in zip(members, keys, strict=True):
        freq = statistics.frequencies(codes[member], n_rows, weights[member])
        base_hidden = not disclosure.shows(base_key)
        bases.append(None if base_hidden else int(freq.base))
        for row in range(n_rows):
            hidden = not disclosure.shows(cell_of(row))
            cells[row].append(
                _split_cell(freq.counts[row], freq, row, hidden, base_hidden, survey.min_base)
            )
    _split_table(result, result.columns or [], bases, cells)


def _group_columns(result, name, codes, n_rows, split, weights, survey, disclosure) -> None:
    result.columns = split.labels
    members = [split.membership[:, column] for column in range(len(split.labels))]
    keys = [((lambda row, pk=pk: ("g", name, pk, row)), ("gbase", name, pk)) for pk in split.keys]
    _columns(result, codes, n_rows, members, keys, weights, survey, disclosure)


def _crosstab(result, name, codes, n_rows, by, weights, survey, disclosure) -> None:
    by_question, by_codes, by_labels = by
    by_name = protection.variable_name(by_question)
    result.columns = by_labels
    members = [by_codes == column for column in range(len(by_labels))]
    keys = [
        (
            (lambda row, column=column: protection.cross_key(name, row, by_name, column)),
            ("xbase", name, by_name, column),
        )
        for column in range(len(by_labels))
    ]
    _columns(result, codes, n_rows, members, keys, weights, survey, disclosure)


ANSWERS_SECONDS = 600


def wave_answers(wave: Wave) -> tuple[np.ndarray, dict[int, list]]:
    """Weights of the complete responses, and per question their answers in the same order;
    kept in this process's cache while the wave's state holds, since one goal page reads the
    same wave up to three times (results, and both sides of a change). Callers must not
    change what they get."""
    from .results_page import wave_state_key

    key = "wave-answers:" + wave_state_key(wave)
    found = cache.get(key)
    if found is None:
        found = _load_wave_answers(wave)
        cache.set(key, found, ANSWERS_SECONDS)
    return found


def _load_wave_answers(wave: Wave) -> tuple[np.ndarray, dict[int, list]]:
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
    with Welch's test on effective bases; only where both waves show the mean and its interval,
    since the change and the one mean give the other."""
    survey = wave.survey
    shown_now = protection.wave_disclosure(wave=wave)
    shown_then = protection.wave_disclosure(wave=earlier)
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
            name = protection.variable_name(question, item)
            if not all(
                shown.shows((kind, name))
                for shown in (shown_now, shown_then)
                for kind in ("mean", "spread")
            ):
                continue
            empty = [None] * len(weights_now)
            first = statistics.weighted_mean(
                _numbers(question, then.get(question.pk, [None] * len(weights_then)), item),
                weights_then,
            )
            second = statistics.weighted_mean(
                _numbers(question, now.get(question.pk, empty), item), weights_now
            )
            if (
                min(first.effective_base, second.effective_base) < survey.min_base
                or np.isnan(first.sd)
                or np.isnan(second.sd)
            ):
                continue
            changes[(question.pk, item)] = statistics.compare_means(first, second)
    return changes


def split_question(survey: Survey, by_code: str) -> Question | None:
    """The background question a page is split by; only those are offered, and protected."""
    return background_questions(survey=survey).filter(code=by_code).first() if by_code else None


def wave_results(*, wave: Wave, by_code: str = "", question_ids=None) -> list[QuestionResult]:
    """Per closed question (and per grid line): counts, percentages with 95% intervals, means;
    what the wave's disclosure hides left out, nothing at all on a wave below the minimum."""
    survey = wave.survey
    disclosure = protection.wave_disclosure(wave=wave)
    if disclosure.withheld:
        return []
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
    elif (by_question := split_question(survey, by_code)) is not None:
        by_codes, _options = protection.closed_codes(
            by_question, answers.get(by_question.pk, [None] * len(weights))
        )
        by = (by_question, by_codes, [c["label"] for c in by_question.choices])
    results = []
    for question in questions:
        values = answers.get(question.pk, [None] * len(weights))
        if question.kind in CLOSED_KINDS:
            split = by if question.pk != _by_question_pk(by) else None
            results.append(_closed(question, values, weights, survey, disclosure, by=split))
        elif question.kind == QuestionKind.GRID:
            for item in question.items:
                item_value = str(item["value"])
                result = _closed(
                    question,
                    protection.grid_values(values, item_value),
                    weights,
                    survey,
                    disclosure,
                    item=item_value,
                    by=by,
                )
                result.item, result.item_value = item["label"], item_value
                results.append(result)
        elif question.kind == QuestionKind.MULTIPLE:
            results.append(_multiple(question, values, weights, survey, disclosure))
        else:
            result = QuestionResult(question, text_answers=sum(1 for v in values if v))
            result.withheld = not disclosure.shows(("text", question.pk))
            results.append(result)
    return results


def _by_question_pk(by) -> int | None:
    return by[0].pk if isinstance(by, tuple) else None


def _selected(question, values) -> np.ndarray:
    options = choice_values(question)
    return np.array(
        [[option in (value or []) for option in options] for value in values], dtype=bool
    ).reshape(-1, len(options))


def _combinations(result: QuestionResult, question, selected, answered, disclosure) -> None:
    labels = [choice["label"] for choice in question.choices]
    patterns = protection.pattern_codes(selected, answered)
    found, counts = np.unique(patterns[patterns > 0], return_counts=True)
    shown = [
        (int(pattern), int(count))
        for pattern, count in zip(found, counts, strict=True)
        if disclosure.shows(("combo", question.pk, int(pattern)))
    ]
    shown.sort(key=lambda item: (-item[1], item[0]))
    result.combinations = [
        (" + ".join(label for i, label in enumerate(labels) if pattern >> i & 1), count)
        for pattern, count in shown
    ]
    if disclosure.shows(("many", question.pk)):
        rest = int(counts.sum()) - sum(count for _pattern, count in shown)
        result.other_combinations = rest or None


def _multiple(question, values, weights, survey, disclosure) -> QuestionResult:
    selected = _selected(question, values)
    answered = np.array([value is not None for value in values], dtype=bool)
    freq = statistics.multiple_choice(selected, answered, weights)
    result = QuestionResult(question, base=int(freq.base))
    if not disclosure.shows(("mbase", question.pk)):
        result.withheld = True
        return result
    for index, choice in enumerate(question.choices):
        hidden = not disclosure.shows(("m", question.pk, index))
        result.rows.append(
            ResultRow(
                choice["label"],
                None if hidden else int(freq.counts[index]),
                *_share(freq, index, hidden, survey.min_base),
            )
        )
    result.base_too_small = not statistics.may_show_estimate(
        freq.effective_base, min_base=survey.min_base
    )
    if question.count_combinations and len(question.choices) <= protection.MAX_COMBINATION_OPTIONS:
        _combinations(result, question, selected, answered, disclosure)
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
    """The survey questions that measure a goal with their latest results: per survey its most
    recent wave with answers, the change since the wave before where it may be shown, and the
    questions that have no result to show (yet)."""
    found = []
    questions = Question.objects.filter(goals=goal).select_related("section__survey")
    by_survey: dict[int, list[Question]] = {}
    for question in questions:
        by_survey.setdefault(question.section.survey_id, []).append(question)
    for survey_questions in by_survey.values():
        survey = survey_questions[0].section.survey
        wave = latest_wave_with_answers(survey)
        if wave is None:
            found.append(
                {"survey": survey, "wave": None, "results": [], "without_result": survey_questions}
            )
            continue
        wave.survey = survey
        earlier = previous_wave(wave)
        if earlier is not None:
            earlier.survey = survey
        waiting = [w for w in (wave, earlier) if w is not None]
        if not all([protection.disclosure_ready(wave=w) for w in waiting]):
            found.append(
                {
                    "survey": survey,
                    "wave": wave,
                    "pending": True,
                    "results": [],
                    "without_result": [],
                }  # fmt: skip
            )
            continue
        results = wave_results(wave=wave, question_ids=[q.pk for q in survey_questions])
        if earlier is not None:
            changes = wave_changes(wave=wave, earlier=earlier)
            for result in results:
                result.change = changes.get((result.question.pk, result.item_value))
        shown = {result.question.pk for result in results}
        found.append(
            {
                "survey": survey,
                "wave": wave,
                "earlier": earlier,
                "results": results,
                # What disclosure control hides (or a wave below the minimum) shows no figure.
                "without_result": [q for q in survey_questions if q.pk not in shown],
            }
        )
    return found
