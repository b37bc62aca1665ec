"""An indicator's trend as its page tells it: the figures of one area, the fitted line with
its forecast, the change since the baseline year, and in plain words whether the curve is
turning toward the target. The arithmetic is analysis.indicator_trend's."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .. import statistics
from ..analysis import TrendResult, indicator_trend
from ..charts import TrendLine, figure_text, trend_chart_svg
from ..models import Area, Indicator
from ..selectors import home_area, series, small_group_threshold

Z95 = 1.959963984540054  # a 95% interval is this many standard errors either side


@dataclass
class TrendView:
    area: Area | None
    points: list  # selectors.Point, small ones left out
    hidden: int  # figures left out as resting on too few people
    result: TrendResult | None
    problem: str
    chart: str
    sentence: str
    change: statistics.Change | None
    change_from: object | None
    change_to: object | None

    @property
    def rows(self) -> list[tuple]:
        """Per figure of the table: the figure and the trend line's value that year, if any."""
        fitted = {}
        if self.result is not None:
            trend = self.result.trend
            fitted = {int(p): trend.at(p) for p in trend.periods}
        return [(point, fitted.get(point.period)) for point in self.points]

    @property
    def forecast(self):
        if self.result is None or not self.result.trend.forecasts:
            return None
        return self.result.trend.forecasts[0]


def _se(point) -> float | None:
    if point.lower is None or point.upper is None:
        return None
    return (point.upper - point.lower) / (2 * Z95)


def change_since_baseline(indicator: Indicator, points) -> tuple:
    """The latest figure minus the baseline year's, with its interval where both carry one."""
    if not indicator.baseline_period or not points:
        return None, None, None
    start = next((p for p in points if p.period == indicator.baseline_period), None)
    end = points[-1]
    if start is None or end.period <= start.period:
        return None, None, None
    change = statistics.change_since(
        start.value, end.value, before_se=_se(start), after_se=_se(end)
    )
    return change, start, end


def turning_sentence(indicator: Indicator, trend: statistics.Trend) -> str:
    """Whether the curve goes the right way, said no more firmly than its interval allows."""
    better = 1 if indicator.higher_is_better else -1
    low, high = trend.slope_lower * better, trend.slope_upper * better
    per_year = figure_text(abs(trend.slope), indicator.unit)
    if low > 0:
        sentence = _(
            "The curve is going the right way: on average %(change)s better per year, and "
            "the 95%% interval of that change lies wholly on the good side."
        ) % {"change": per_year}
    elif high < 0:
        sentence = _(
            "The curve is going the wrong way: on average %(change)s worse per year, and "
            "the 95%% interval of that change lies wholly on the bad side."
        ) % {"change": per_year}
    else:
        sentence = _(
            "The curve is not turning clearly yet: the 95%% interval of the change per year "
            "holds both better and worse."
        )
    if indicator.target_value is None:
        return sentence
    period = indicator.target_period or (trend.forecasts[0].period if trend.forecasts else None)
    if period is None:
        return sentence
    expected = trend.at(period)
    reached = (expected - indicator.target_value) * better >= 0
    words = {
        "year": int(period),
        "expected": figure_text(expected, indicator.unit),
        "target": figure_text(indicator.target_value, indicator.unit),
    }
    if reached and low > 0:
        addition = _(
            "If it goes on like this, the line reaches %(expected)s in %(year)s: the target "
            "of %(target)s would be met."
        )
    elif low <= 0 and (reached or high >= 0):
        # A line whose slope may be zero or bad says nothing of meeting the target: its
        # extrapolation is only where chance happened to point it.
        addition = _(
            "There is no clear trend toward the target of %(target)s in %(year)s: whether "
            "it will be met cannot be read from the line."
        )
    else:
        addition = _(
            "If it goes on like this, the line reaches %(expected)s in %(year)s: short of "
            "the target of %(target)s."
        )
    return f"{sentence} {addition % words}"


def _description(indicator: Indicator, area, points, result) -> str:
    first, last = points[0], points[-1]
    text = _("%(name)s in %(area)s from %(first)s to %(last)s: from %(start)s to %(end)s.") % {
        "name": indicator.name,
        "area": area,
        "first": first.period,
        "last": last.period,
        "start": figure_text(first.value, indicator.unit),
        "end": figure_text(last.value, indicator.unit),
    }
    if result is not None and result.trend.forecasts:
        forecast = result.trend.forecasts[0]
        text += " " + _(
            "Forecast for %(year)s: %(value)s (95%% prediction interval %(lower)s to %(upper)s)."
        ) % {
            "year": result.next_period,
            "value": figure_text(forecast.value, indicator.unit),
            "lower": figure_text(forecast.lower, indicator.unit),
            "upper": figure_text(forecast.upper, indicator.unit),
        }
    if indicator.target_value is not None:
        text += " " + _("Target: %(target)s.") % {
            "target": figure_text(indicator.target_value, indicator.unit)
        }
    return text


def _chart(indicator: Indicator, area, points, result) -> str:
    line = None
    if result is not None and result.trend.forecasts:
        trend, forecast = result.trend, result.trend.forecasts[0]
        line = TrendLine(
            start=min(trend.periods),
            end=forecast.period,
            at=trend.at,
            last_period=max(trend.periods),
            forecast_period=forecast.period,
            forecast=forecast.value,
            lower=forecast.lower,
            upper=forecast.upper,
        )
    return trend_chart_svg(
        chart_id=f"trend-{indicator.pk}",
        title=_("Trend of %(name)s in %(area)s") % {"name": indicator.name, "area": area},
        description=_description(indicator, area, points, result),
        points=[(p.period, p.value) for p in points],
        unit=indicator.unit,
        trend=line,
        baseline_period=indicator.baseline_period,
        target_value=indicator.target_value,
        target_period=indicator.target_period,
    )


def trend_view(
    *, indicator: Indicator, area: Area | None = None, threshold: int | None = None
) -> TrendView:
    """Everything the indicator page shows of one area's trend."""
    area = area or home_area(programme=indicator.programme)
    if threshold is None:
        threshold = small_group_threshold(programme=indicator.programme)
    every = series(indicator=indicator, area=area) if area is not None else []
    points = [p for p in every if p.n is None or p.n >= threshold]
    hidden = len(every) - len(points)
    result, problem = None, ""
    if area is None:
        problem = _("This programme has no municipality among its areas yet.")
    elif hidden:
        # A line through figures that are not shown would give them away.
        problem = _("No trend: some figures rest on too few people to be shown.")
    else:
        try:
            result = indicator_trend(indicator=indicator, area=area)
        except ValidationError as error:
            problem = " ".join(error.messages)
    change, change_from, change_to = change_since_baseline(indicator, points)
    return TrendView(
        area=area,
        points=points,
        hidden=hidden,
        result=result,
        problem=problem,
        chart=_chart(indicator, area, points, result) if points else "",
        sentence=turning_sentence(indicator, result.trend) if result else "",
        change=change,
        change_from=change_from,
        change_to=change_to,
    )
