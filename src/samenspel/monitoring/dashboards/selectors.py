"""Reads of the dashboards: per goal its actions by status, its indicators with their trend
toward the target, survey results, professionals' capacity per wave and chosen quotes.

Few queries, whatever the programme's size: one for the figures of every indicator shown, the
trends computed in Python and kept in the cache under a digest of the very figures they fit,
so that a changed, added or removed figure (or target) leads to a new key by itself.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from samenspel.actions.models import Action, ActionStatus
from samenspel.actions.selectors import ACTIVE_STATUSES, mark_stalling
from samenspel.core.models import Programme
from samenspel.goals.models import Goal
from samenspel.goals.selectors import goals_in_tree_order

from .. import statistics
from ..models import Area, Indicator, IndicatorValue, Quote
from ..selectors import Point, home_area, small_group_threshold
from . import trends

TREND_SECONDS = 24 * 3600  # the key changes with the figures; the timeout only frees memory
ON_TRACK, OFF_TRACK, UNCLEAR = "on", "off", "unclear"


@dataclass
class IndicatorSummary:
    """An indicator's line in the home area (everyone), its trend and where it heads. Its
    points are those that may be shown: a figure about fewer people than the programme's
    smallest group is left out, and only counted in ``hidden``."""

    indicator: Indicator
    points: list[Point]
    hidden: int = 0
    minimum: int = 0  # the fewest people a shown figure stands for
    trend: statistics.Trend | None = None
    # Prediction intervals at every year shown and the year after the last figure.
    band: list[statistics.Forecast] = field(default_factory=list)
    # The forecast for the year the target is judged in, with its prediction interval.
    judged: statistics.Forecast | None = None
    problem: str = ""
    track: str = UNCLEAR
    verdict: str = ""

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None

    @property
    def forecast(self) -> statistics.Forecast | None:
        return self.band[-1] if self.band else None

    @property
    def direction(self) -> str:
        """'up', 'down' or 'flat': flat when the slope's 95% interval holds zero."""
        if self.trend is None or self.trend.slope_lower <= 0 <= self.trend.slope_upper:
            return "flat"
        return "up" if self.trend.slope > 0 else "down"


def _shown(point: Point, minimum: int) -> bool:
    """A figure without n is no sample (a register count, say) and is always shown."""
    return point.n is None or point.n >= minimum


def _fit(
    indicator: Indicator, every: list[Point], area: Area | None, minimum: int
) -> IndicatorSummary:
    shown = [point for point in every if _shown(point, minimum)]
    summary = IndicatorSummary(indicator, shown, hidden=len(every) - len(shown), minimum=minimum)
    fitted = every
    if indicator.baseline_period:
        fitted = [point for point in every if point.period >= indicator.baseline_period]
    if area is None:
        summary.problem = _("This programme has no municipality among its areas yet.")
    elif not shown:
        summary.problem = _("There are no figures for this indicator in %(area)s.") % {"area": area}
    elif not all(_shown(point, minimum) for point in fitted):
        # A line through figures that are not shown would give them away.
        summary.problem = _("No trend: some figures rest on too few people to be shown.")
    elif not fitted:
        summary.problem = _(
            "A trend needs figures of at least three years; %(area)s has %(count)s."
        ) % {"area": area, "count": 0}
    else:
        periods = [point.period for point in fitted]
        judged = _judged_year(indicator, periods)
        try:
            summary.trend = trends.ols_trend(
                periods,
                [point.value for point in fitted],
                forecast=[*periods, periods[-1] + 1, judged],
            )
        except ValueError:
            summary.problem = _(
                "A trend needs figures of at least three years; %(area)s has %(count)s."
            ) % {"area": area, "count": len(set(periods))}
        else:
            *summary.band, summary.judged = summary.trend.forecasts
    summary.track, summary.verdict = _verdict(summary)
    return summary


def _judged_year(indicator: Indicator, periods: list[int]) -> int:
    """The year whose forecast is held against the target: the target's year, or the year
    after the last figure when the target has no year or its year has gone by."""
    ahead = periods[-1] + 1
    return max(indicator.target_period or ahead, ahead)


def _verdict(summary: IndicatorSummary) -> tuple[str, str]:
    """Whether the curve heads for the target, in a sentence that claims no more than the
    figures carry: a direction only when the slope's 95% interval excludes zero, and the
    target reached only when the forecast's whole 95% prediction interval lies past it.
    A single figure past the target is no proof: the next may fall short again."""
    indicator, trend = summary.indicator, summary.trend
    if indicator.target_value is None:
        return UNCLEAR, _("No target has been set for this indicator.")
    if trend is None:
        return UNCLEAR, _("Too few figures to say whether the curve heads for the target.")
    if summary.direction == "flat":
        return UNCLEAR, _(
            "No clear trend yet: the change per year lies within its margin of error, so the "
            "curve does not clearly turn toward the target."
        )
    higher, target = indicator.higher_is_better, indicator.target_value
    if (summary.direction == "up") != higher:
        return OFF_TRACK, _("The curve moves away from the target.")
    judged = summary.judged
    worst, best = (judged.lower, judged.upper) if higher else (judged.upper, judged.lower)

    def past(value: float) -> bool:
        return value >= target if higher else value <= target

    year = {"year": int(judged.period)}
    if past(worst):
        return ON_TRACK, _(
            "The curve clearly moves toward the target and, at this pace, reaches it by "
            "%(year)s: even the least favourable end of the forecast's 95%% prediction interval "
            "lies past the target."
        ) % year
    if not past(best):
        return OFF_TRACK, _(
            "The curve moves toward the target, but at this pace it does not reach it by %(year)s."
        ) % year
    return UNCLEAR, _(
        "The curve clearly moves toward the target, but whether it reaches it by %(year)s is "
        "uncertain: the target lies within the forecast's 95%% prediction interval."
    ) % year


def _trend_key(indicator: Indicator, points: list[Point], area: Area | None, minimum: int) -> str:
    parts = (
        minimum,
        indicator.pk,
        indicator.name,
        indicator.direction,
        indicator.baseline_period,
        indicator.target_value,
        indicator.target_period,
        area.pk if area else None,
        str(area) if area else "",
        get_language(),
        [(p.period, p.value, p.n) for p in points],
    )
    return "monitoring-trend:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def indicator_summaries(
    *, programme: Programme, indicators: list[Indicator], area: Area | None
) -> dict[int, IndicatorSummary]:
    """Per indicator its summary, from one query for all their figures in the area."""
    minimum = small_group_threshold(programme=programme)
    by_indicator: dict[int, list[Point]] = {indicator.pk: [] for indicator in indicators}
    if area is not None and indicators:
        rows = IndicatorValue.objects.filter(
            indicator_id__in=list(by_indicator),
            area=area,
            organisation__isnull=True,
            target_group__isnull=True,
        ).order_by("indicator_id", "period")
        for indicator_id, period, value, n, lower, upper in rows.values_list(
            "indicator_id", "period", "value", "n", "lower", "upper"
        ):
            by_indicator[indicator_id].append(Point(period, value, n, lower, upper))
    keys = {
        indicator.pk: _trend_key(indicator, by_indicator[indicator.pk], area, minimum)
        for indicator in indicators
    }
    found = cache.get_many(list(keys.values()))
    summaries, fresh = {}, {}
    for indicator in indicators:
        summary = found.get(keys[indicator.pk])
        if summary is None:
            summary = _fit(indicator, by_indicator[indicator.pk], area, minimum)
            fresh[keys[indicator.pk]] = summary
        summary.indicator = indicator  # the cached copy keeps its figures, not its relations
        summaries[indicator.pk] = summary
    if fresh:
        cache.set_many(fresh, TREND_SECONDS)
    return summaries


@dataclass
class StatusCount:
    status: str
    label: str
    count: int


def status_counts(actions: list[Action]) -> list[StatusCount]:
    """Actions per status in the statuses' order, withdrawn proposals left out."""
    counts = Counter(action.status for action in actions)
    return [
        StatusCount(status, str(label), counts.get(status, 0))
        for status, label in ActionStatus.choices
        if status != ActionStatus.WITHDRAWN
    ]


def _programme_indicators(programme: Programme, goal: Goal | None = None) -> list[Indicator]:
    indicators = programme.indicators.all()
    if goal is not None:
        indicators = indicators.filter(goals=goal)
    return list(indicators.prefetch_related(Prefetch("goals", queryset=Goal.objects.only("pk"))))


def aspects_over_time(*, programme: Programme, survey_pk: int | None = None) -> list[dict]:
    """Per survey with aspect statements (the professionals' survey): the mean score of each
    aspect of prevention capacity per wave with answers, everybody together; a wave whose
    disclosure is still being computed is marked pending, a withheld one is left out."""
    from samenspel.surveys.analysis import protection
    from samenspel.surveys.analysis.aspects import aspect_scores_by_group
    from samenspel.surveys.analysis.results_page import wave_state_key
    from samenspel.surveys.models import ResponseStatus, Survey, Wave

    surveys = (
        Survey.objects.filter(programme=programme, sections__questions__aspect__gt="")
        .distinct()
        .order_by("pk")
    )
    if survey_pk is not None:
        surveys = surveys.filter(pk=survey_pk)
    found = []
    for survey in surveys:
        waves = list(
            Wave.objects.filter(survey=survey, responses__status=ResponseStatus.COMPLETE)
            .distinct()
            .order_by("created_at", "pk")
        )
        rows, pending = [], False
        for wave in waves:
            wave.survey = survey
            if not protection.disclosure_ready(wave=wave):
                pending = True
                continue
            key = f"monitoring-aspects:{get_language()}:{wave_state_key(wave)}"
            table = cache.get(key)
            if table is None:
                table = aspect_scores_by_group(wave=wave) or False
                cache.set(key, table, TREND_SECONDS)
            if not table:
                continue
            _label, everybody = table.rows[-1]
            rows.append({"wave": wave, "aspects": table.aspects, "cells": everybody})
        found.append({"survey": survey, "waves": rows, "pending": pending})
    return found


@dataclass
class GoalRow:
    """One goal's line on the programme dashboard."""

    goal: Goal
    actions_running: int = 0
    actions_stalling: int = 0
    actions_total: int = 0
    on_track: int = 0
    off_track: int = 0
    unclear: int = 0


def programme_dashboard(*, programme: Programme) -> dict:
    """Every goal with its actions running and stalling and its indicators on and off track,
    and the programme's actions by status."""
    goals = goals_in_tree_order(programme=programme)
    rows = {goal.pk: GoalRow(goal) for goal in goals}
    links = Action.goals.through.objects.filter(goal_id__in=list(rows)).select_related("action")
    actions: dict[int, Action] = {}
    goals_of: dict[int, list[int]] = {}
    for link in links:
        actions.setdefault(link.action_id, link.action)
        goals_of.setdefault(link.action_id, []).append(link.goal_id)
    counted = [
        action
        for action in mark_stalling(actions.values(), programme=programme)
        if action.status != ActionStatus.WITHDRAWN
    ]
    for action in counted:
        for goal_id in goals_of[action.pk]:
            row = rows[goal_id]
            row.actions_total += 1
            row.actions_running += action.status in ACTIVE_STATUSES
            row.actions_stalling += action.is_stalling
    indicators = _programme_indicators(programme)
    summaries = indicator_summaries(
        programme=programme, indicators=indicators, area=home_area(programme=programme)
    )
    for indicator in indicators:
        track = summaries[indicator.pk].track
        for goal in indicator.goals.all():
            if goal.pk in rows:
                row = rows[goal.pk]
                row.on_track += track == ON_TRACK
                row.off_track += track == OFF_TRACK
                row.unclear += track == UNCLEAR
    all_actions = list(
        Action.objects.filter(programme=programme)
        .exclude(status=ActionStatus.WITHDRAWN)
        .only("status")
    )
    return {
        "rows": list(rows.values()),
        "status_counts": status_counts(all_actions),
        "indicator_count": len(indicators),
        "quotes": list(Quote.objects.filter(programme=programme, goal__isnull=True)[:6]),
    }


def goal_dashboard(*, goal: Goal, with_surveys: bool) -> dict:
    """One goal: its actions by status and the stalling ones, its indicators with their trend
    and chosen quotes; with ``with_surveys`` (for those who may read survey results) also the
    latest survey results on it and professionals' capacity per wave."""
    from samenspel.surveys.analysis.selectors import goal_results

    programme = goal.programme
    indicators = _programme_indicators(programme, goal)
    area = home_area(programme=programme)
    summaries = indicator_summaries(programme=programme, indicators=indicators, area=area)
    return {
        "area": area,
        **goal_dashboard_actions(goal=goal),
        "indicators": [summaries[indicator.pk] for indicator in indicators],
        "with_surveys": with_surveys,
        "survey_results": goal_results(goal=goal) if with_surveys else [],
        "aspects": aspects_over_time(programme=programme) if with_surveys else [],
        "quotes": list(goal.quotes.all()),
    }


def goal_dashboard_actions(*, goal: Goal) -> dict:
    """A goal's actions per status, and the stalling ones."""
    actions = mark_stalling(
        goal.actions.exclude(status=ActionStatus.WITHDRAWN)
        .select_related("lead__organisation")
        .order_by("title", "pk"),
        programme=goal.programme,
    )
    return {
        "status_counts": status_counts(actions),
        "stalling": [action for action in actions if action.is_stalling],
        "action_count": len(actions),
    }


def goal_indicator_panel(*, goal: Goal) -> list[IndicatorSummary]:
    """The goal's indicators with their latest figure, trend direction and target."""
    programme = goal.programme
    indicators = _programme_indicators(programme, goal)
    summaries = indicator_summaries(
        programme=programme, indicators=indicators, area=home_area(programme=programme)
    )
    return [summaries[indicator.pk] for indicator in indicators]


def indicator_summary(*, indicator: Indicator) -> IndicatorSummary:
    """One indicator's summary, for its chart's downloads."""
    programme = indicator.programme
    area = home_area(programme=programme)
    return indicator_summaries(programme=programme, indicators=[indicator], area=area)[indicator.pk]
