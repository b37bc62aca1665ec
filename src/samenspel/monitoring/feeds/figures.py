"""An indicator's figures computed from where its feed points: a survey question's mean or
share, or an aspect score of professionals, per wave; or the action book, per year.

The numbers are the surveys app's own: its answers, weights, statistics and disclosure
control. A figure is only made where the surveys app would show the same figure itself (its
count cells, group bases and the smallest base for percentages and means); everything else
stays out, so that no small group shows up here that the survey pages hide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np
from django.db.models import Min, Sum
from django.utils import timezone

from samenspel.actions.models import (
    Action,
    ActionOrganisation,
    ActionStatus,
    ProgressUpdate,
    StatusChange,
)
from samenspel.stakeholders.models import TargetGroup
from samenspel.surveys.analysis import protection, statistics
from samenspel.surveys.analysis.aspects import respondent_aspect_scores
from samenspel.surveys.analysis.selectors import target_group_split, wave_answers
from samenspel.surveys.answers import answer_options, choice_values
from samenspel.surveys.models import Background, Question, QuestionKind, Survey, Wave

from ..models import Area, AreaLevel, Feed, Indicator

MEAN_KINDS = (QuestionKind.LIKERT, QuestionKind.SCALE)
SHARE_KINDS = (QuestionKind.SINGLE, QuestionKind.LIKERT, QuestionKind.SCALE, QuestionKind.MULTIPLE)
SURVEY_FEEDS = (Feed.SURVEY_MEAN, Feed.SURVEY_SHARE, Feed.SURVEY_ASPECT)
ACTION_FEEDS = (Feed.ACTIONS_RUNNING, Feed.ACTION_PARTIES, Feed.PEOPLE_REACHED)


@dataclass
class Figure:
    """One computed figure, before it is stored as an indicator value."""

    period: int
    value: float
    area: Area
    target_group: TargetGroup | None = None
    n: int | None = None
    lower: float | None = None
    upper: float | None = None
    effective_base: float | None = None


def question_options(question: Question) -> list[tuple[int, str]]:
    """A question's answers as (index, label): the index is what ``feed_option`` holds."""
    return [(index, label) for index, (_value, label) in enumerate(answer_options(question))]


def wave_year(wave: Wave) -> int:
    """The year a wave's figures belong to: the year its fieldwork began. A wave without an
    opening date began with its first completed answer; one still without answers, when it
    was made."""
    began = (
        wave.opens_at
        or (
            wave.responses.filter(completed_at__isnull=False).aggregate(Min("completed_at"))[
                "completed_at__min"
            ]
        )
    )
    return timezone.localtime(began or wave.created_at).year


def waves_by_year(survey: Survey) -> dict[int, Wave]:
    """One wave per year. Where a survey ran twice in one year, the later wave stands for that
    year: it is the most recent measurement, and an indicator holds one figure per year."""
    found: dict[int, Wave] = {}
    for wave in survey.waves.order_by("created_at", "pk"):
        wave.survey = survey
        found[wave_year(wave)] = wave  # a later wave of the same year replaces the earlier
    return dict(sorted(found.items()))


# Surveys ----------------------------------------------------------------------------------


@dataclass
class _Estimate:
    value: float
    n: int
    lower: float | None
    upper: float | None
    effective_base: float


def _interval(lower: float, upper: float) -> tuple[float | None, float | None]:
    if np.isnan(lower) or np.isnan(upper):
        return None, None
    return float(lower), float(upper)


class _WaveReader:
    """One wave of the indicator's survey: its answers, weights and disclosure, read once."""

    def __init__(self, indicator: Indicator, wave: Wave):
        self.indicator = indicator
        self.survey = wave.survey
        self.disclosure = protection.wave_disclosure(wave=wave)
        self.weights, self.answers = wave_answers(wave)
        self.n = len(self.weights)

    def values_of(self, question: Question) -> list:
        return self.answers.get(question.pk, [None] * self.n)

    def estimate(self, members: np.ndarray, keys: list) -> _Estimate | None:
        """The feed's figure for the respondents in ``members``, if every key is shown."""
        if self.disclosure.withheld or not all(self.disclosure.shows(key) for key in keys):
            return None
        feed = self.indicator.feed
        if feed == Feed.SURVEY_SHARE:
            return self._share(members)
        values = self.scores
        if values is None:
            return None
        estimate = statistics.weighted_mean(values[members], self.weights[members])
        if np.isnan(estimate.mean) or not statistics.may_show_estimate(
            estimate.effective_base, min_base=self.survey.min_base
        ):
            return None
        lower, upper = _interval(estimate.lower, estimate.upper)
        return _Estimate(estimate.mean, estimate.base, lower, upper, estimate.effective_base)

    @cached_property
    def scores(self) -> np.ndarray | None:
        """Every respondent's number to average: their answer, or their aspect score."""
        if self.indicator.feed == Feed.SURVEY_ASPECT:
            scores = respondent_aspect_scores(self.survey, self.answers, self.n)
            return scores.get(self.indicator.feed_aspect)
        question = self.indicator.feed_question
        codes, options = protection.closed_codes(question, self.values_of(question))
        return protection.numbers_of(question, codes, options)

    def _share(self, members: np.ndarray) -> _Estimate | None:
        question, option = self.indicator.feed_question, self.indicator.feed_option
        values = self.values_of(question)
        if question.kind == QuestionKind.MULTIPLE:
            options = choice_values(question)
            selected = np.array(
                [[value in (answer or []) for value in options] for answer in values], dtype=bool
            ).reshape(-1, len(options))
            answered = np.array([answer is not None for answer in values], dtype=bool)
            freq = statistics.multiple_choice(
                selected[members], answered[members], self.weights[members]
            )
        else:
            codes, options = protection.closed_codes(question, values)
            freq = statistics.frequencies(codes[members], len(options), self.weights[members])
        if option is None or option >= len(freq.shares):
            return None
        if not statistics.may_show_estimate(freq.effective_base, min_base=self.survey.min_base):
            return None
        lower, upper = _interval(100 * freq.lower[option], 100 * freq.upper[option])
        return _Estimate(
            100 * float(freq.shares[option]), int(freq.base), lower, upper, freq.effective_base
        )


def _whole_keys(indicator: Indicator) -> list:
    """The disclosure keys under the figure for everybody, as the results page reads them."""
    if indicator.feed == Feed.SURVEY_ASPECT:
        return [("abase", indicator.feed_aspect)]
    question = indicator.feed_question
    name = protection.variable_name(question)
    if indicator.feed == Feed.SURVEY_MEAN:
        return [("base", name), ("mean", name)]
    if question.kind == QuestionKind.MULTIPLE:
        return [("mbase", question.pk), ("m", question.pk, indicator.feed_option)]
    return [("base", name), protection.cell_key(name, indicator.feed_option)]


def _area_keys(indicator: Indicator, by_name, column: int) -> list | None:
    """Keys under a figure for one answer of the area question; None where the survey pages
    show no such figure (a split of a multiple-choice question)."""
    if indicator.feed == Feed.SURVEY_ASPECT:
        return [("a", indicator.feed_aspect, by_name, column)]
    question = indicator.feed_question
    name = protection.variable_name(question)
    if question.kind == QuestionKind.MULTIPLE:
        return None
    if indicator.feed == Feed.SURVEY_MEAN:
        # A mean per group stands beside the group's size, and only where the mean is shown.
        return [("xbase", name, by_name, column), ("mean", name)]
    option = indicator.feed_option
    return [
        ("xbase", name, by_name, column),
        protection.cross_key(name, option, by_name, column),
    ]


def _group_keys(indicator: Indicator, group_pk: int) -> list | None:
    """Keys under a figure for one target group; the survey pages show aspect scores and
    multiple-choice answers by background question only, so those give none."""
    if indicator.feed == Feed.SURVEY_ASPECT:
        return None
    question = indicator.feed_question
    if question.kind == QuestionKind.MULTIPLE:
        return None
    name = protection.variable_name(question)
    if indicator.feed == Feed.SURVEY_MEAN:
        return [("gbase", name, group_pk), ("mean", name)]
    return [("gbase", name, group_pk), ("g", name, group_pk, indicator.feed_option)]


def area_question(survey: Survey) -> Question | None:
    return (
        Question.objects.filter(
            section__survey=survey, kind=QuestionKind.SINGLE, background=Background.AREA
        )
        .order_by("section__position", "position", "pk")
        .first()
    )


def areas_of_answers(question: Question, areas: list[Area]) -> dict[int, Area]:
    """Which of the programme's areas each answer of the area question stands for: an answer
    whose value or label is an area's code or name."""
    by_word = {}
    for area in areas:
        by_word.setdefault(area.code.lower(), area)
        by_word.setdefault(area.name.strip().lower(), area)
    found = {}
    for index, choice in enumerate(question.choices):
        for word in (str(choice.get("value", "")), str(choice.get("label", ""))):
            area = by_word.get(word.strip().lower())
            if area is not None:
                found[index] = area
                break
    return found


def _figure(period: int, estimate: _Estimate, area: Area, group=None) -> Figure:
    return Figure(
        period=period,
        value=estimate.value,
        area=area,
        target_group=group,
        n=estimate.n,
        lower=estimate.lower,
        upper=estimate.upper,
        effective_base=estimate.effective_base,
    )


def survey_figures(*, indicator: Indicator, home: Area) -> list[Figure]:
    """Per wave (one a year): the figure for everybody in the programme's home area, and where
    the indicator is broken down, per area of the area question and per target group."""
    survey = indicator.feed_survey
    by_question = area_question(survey) if indicator.by_area else None
    answer_areas = {}
    if by_question is not None:
        areas = [
            area
            for area in indicator.programme.areas.all()
            if area.level not in (AreaLevel.COUNTRY, AreaLevel.MUNICIPALITY)
        ]
        answer_areas = areas_of_answers(by_question, areas)
    groups = {group.pk: group for group in TargetGroup.objects.filter(programme=survey.programme)}
    figures = []
    for period, wave in waves_by_year(survey).items():
        reader = _WaveReader(indicator, wave)
        if reader.disclosure.withheld or reader.n == 0:
            continue
        everybody = np.ones(reader.n, dtype=bool)
        estimate = reader.estimate(everybody, _whole_keys(indicator))
        if estimate is not None:
            figures.append(_figure(period, estimate, home))
        if answer_areas:
            by_name = protection.variable_name(by_question)
            codes, _options = protection.closed_codes(by_question, reader.values_of(by_question))
            for column, area in answer_areas.items():
                keys = _area_keys(indicator, by_name, column)
                estimate = keys and reader.estimate(codes == column, keys)
                if estimate:
                    figures.append(_figure(period, estimate, area))
        if indicator.by_target_group:
            split = target_group_split(survey, reader.answers, reader.n)
            for column, pk in enumerate(split.keys):
                keys = _group_keys(indicator, pk)
                estimate = keys and reader.estimate(split.membership[:, column], keys)
                if estimate and pk in groups:
                    figures.append(_figure(period, estimate, home, groups[pk]))
    return figures


# The action book --------------------------------------------------------------------------


def _running_years(programme, today: date) -> dict[int, set[int]]:
    """Per year, the actions that were running at some moment of it, from their status
    history; an action running without any history counts from its status date."""
    years: dict[int, set[int]] = {}
    started: dict[int, int] = {}
    for action_id, to_status, changed_at in (
        StatusChange.objects.filter(action__programme=programme)
        .order_by("changed_at", "pk")
        .values_list("action_id", "to_status", "changed_at")
    ):
        year = timezone.localtime(changed_at).year
        if to_status == ActionStatus.RUNNING:
            started.setdefault(action_id, year)
        elif action_id in started:
            for running in range(started.pop(action_id), year + 1):
                years.setdefault(running, set()).add(action_id)
    for action_id, status_at, created_at in Action.objects.filter(
        programme=programme, status=ActionStatus.RUNNING
    ).values_list("pk", "status_changed_at", "created_at"):
        if action_id not in started:
            started[action_id] = timezone.localtime(status_at or created_at).year
    for action_id, year in started.items():
        for running in range(year, today.year + 1):
            years.setdefault(running, set()).add(action_id)
    return years


def action_figures(*, indicator: Indicator, home: Area) -> list[Figure]:
    """Per year, for the whole programme: the actions running, the organisations involved in
    them, or the sum of the figures reached that progress updates of that year report."""
    programme = indicator.programme
    if indicator.feed == Feed.PEOPLE_REACHED:
        totals = (
            ProgressUpdate.objects.filter(action__programme=programme, figure_value__isnull=False)
            .values_list("date__year")
            .annotate(total=Sum("figure_value"))
            .order_by("date__year")
        )
        return [Figure(year, float(total), home) for year, total in totals]
    running = _running_years(programme, timezone.localdate())
    if running:  # a year between the first and now without a running action counts 0
        for year in range(min(running), max(running) + 1):
            running.setdefault(year, set())
    if indicator.feed == Feed.ACTIONS_RUNNING:
        return [Figure(year, len(ids), home) for year, ids in sorted(running.items())]
    parties = {}
    for action_id, organisation_id in ActionOrganisation.objects.filter(
        action__programme=programme
    ).values_list("action_id", "organisation_id"):
        parties.setdefault(action_id, set()).add(organisation_id)
    return [
        Figure(year, len(set().union(*(parties.get(pk, set()) for pk in ids))), home)
        for year, ids in sorted(running.items())
    ]


def feed_figures(*, indicator: Indicator, home: Area) -> list[Figure]:
    if indicator.feed in SURVEY_FEEDS:
        return survey_figures(indicator=indicator, home=home)
    if indicator.feed in ACTION_FEEDS:
        return action_figures(indicator=indicator, home=home)
    return []
