"""Professionals' prevention capacity: a score of 0-100 per aspect (awareness, development,
preconditions) per respondent, and its means per group with small groups protected."""

from dataclasses import dataclass

import numpy as np
from django.utils.translation import gettext as _

from ..answers import choice_values
from ..models import Aspect, Question, QuestionKind, Survey, Wave
from . import protection, segments
from .selectors import background_questions, wave_answers


@dataclass
class AspectTable:
    """Professionals' scores (0-100) per aspect, per group of a background question."""

    aspects: list[str]
    rows: list[tuple[str, list]]  # group, then (count, mean, lower, upper) per aspect; last: all


def respondent_aspect_scores(survey: Survey, answers: dict[int, list], n: int) -> dict:
    """Per aspect, every respondent's score 0-100: the mean of their answered items of the
    aspect's statements (1-5 mapped onto 0-100, reversed where a statement is); NaN if none."""
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, np.ndarray] = {}
    for question in Question.objects.filter(section__survey=survey).exclude(aspect=""):
        values = answers.get(question.pk, [None] * n)
        items = (
            values
            if question.kind == QuestionKind.GRID
            else [{"": value} if value is not None else None for value in values]
        )
        total = sums.setdefault(question.aspect, np.zeros(n))
        answered = counts.setdefault(question.aspect, np.zeros(n))
        for index, value in enumerate(items):
            for score in (value or {}).values():
                score = 6 - score if question.reverse_scored else score
                total[index] += (score - 1) * 25
                answered[index] += 1
    return {
        aspect: np.divide(
            sums[aspect], counts[aspect], out=np.full(n, np.nan), where=counts[aspect] > 0
        )
        for aspect in sums
    }


def aspect_scores_by_group(*, wave: Wave, by_code: str = "") -> AspectTable | None:
    """Mean aspect scores with 95% intervals per group of a background question (by default
    the kind of organisation), small groups hidden; None for a survey without aspects."""
    survey = wave.survey
    weights, answers = wave_answers(wave)
    scores = respondent_aspect_scores(survey, answers, len(weights))
    if not scores:
        return None
    questions = list(background_questions(survey=survey))
    by_question = next((q for q in questions if q.code == by_code), None) or next(
        (q for q in questions if q.background == "organisation_kind"), None
    )
    labels, codes = [], np.full(len(weights), -1, dtype=np.int64)
    if by_question is not None:
        options = choice_values(by_question)
        labels = [choice["label"] for choice in by_question.choices]
        values = answers.get(by_question.pk, [None] * len(weights))
        codes = np.array(
            [options.index(str(v)) if v is not None and str(v) in options else -1 for v in values],
            dtype=np.int64,
        )
    order = [aspect for aspect in Aspect.values if aspect in scores]
    disclosure = protection.wave_disclosure(wave=wave)
    if disclosure.withheld:
        return None
    by_name = protection.variable_name(by_question) if by_question is not None else None
    columns = [
        segments.means_by_group(
            scores[aspect],
            codes,
            len(labels),
            weights,
            shown=[
                *(disclosure.shows(("a", aspect, by_name, group)) for group in range(len(labels))),
                disclosure.shows(("abase", aspect)),
            ],
            min_base=survey.min_base,
        )
        for aspect in order
    ]
    rows = [
        (
            label,
            [
                (
                    column.counts[index],
                    column.means[index],
                    column.lower[index],
                    column.upper[index],
                )
                for column in columns
            ],
        )
        for index, label in enumerate([*labels, _("Everybody")])
    ]
    return AspectTable(aspects=[str(Aspect(aspect).label) for aspect in order], rows=rows)
