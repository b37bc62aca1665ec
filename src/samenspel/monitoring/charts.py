"""Charts of indicators, drawn on the server as SVG so that they also print, download and work
without JavaScript. Like the surveys' charts they show no figure that the table beside them
does not also give, and every line is named in text (the legend), never by colour alone."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 480, 280
LEFT, RIGHT, TOP, BOTTOM = 58, 16, 16, 36
LEGEND_ROW = 20
# Text in user units: the chart shrinks on a phone, so it starts larger than the page text.
TEXT = mark_safe('font-size="13" fill="#1b1b1b"')  # noqa: S308 - fixed markup
# The house colours of surveys/analysis charts: figures blue, the trend orange, the target green.
FIGURE, TREND, TARGET, MUTED, INK = "#1d5e8c", "#b35c00", "#2e7d32", "#6b6b6b", "#1b1b1b"


def figure_text(value: float, unit: str = "", decimals: int | None = None) -> str:
    """A figure the Dutch way with as many decimals as its size needs (no trailing zeros),
    and its unit."""
    if decimals is None:
        size = abs(value)
        decimals = 0 if size >= 100 else 1 if size >= 10 else 2
        rounded = round(value, decimals)
        while decimals and round(rounded, decimals - 1) == rounded:
            decimals -= 1
    text = number_format(round(value, decimals) + 0.0, decimals)
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def difference_text(value: float, unit: str = "") -> str:
    """A difference between two figures: of a share in percentage points, else in the unit."""
    if unit == "%":
        return f"{figure_text(value)} {_('percentage points')}"
    return figure_text(value, unit)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values for an axis from low to high, about ``count`` of them. Any finite range
    gives at least two ticks a finite distance apart, however large or close its ends."""
    # Beyond this the distance between the ends no longer fits a float.
    limit = 1e300
    low, high = (min(max(v, -limit), limit) for v in (low, high))
    if high <= low:
        high = low + (abs(low) or 1)
    raw = (high - low) / count
    # Ends closer than a float tells apart (or subnormal) have no round steps between them.
    if raw <= max(abs(low), abs(high)) * 1e-12 or raw < 1e-300:
        return [low, high] if high > low else [low, low + 1]
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    for index in range(count * 3):
        tick = start + index * step
        if tick > high + step * 0.5:
            break
        ticks.append(round(tick, 10))
    ticks = sorted(set(ticks))
    return ticks if len(ticks) >= 2 else [low, high]


@dataclass(frozen=True)
class TrendLine:
    """The fitted line from its first period to the forecast period, with the forecast's
    prediction interval at that period."""

    start: float
    end: float
    at: object  # callable(period) -> value
    last_period: float
    forecast_period: float
    forecast: float
    lower: float
    upper: float


class _Scale:
    def __init__(self, periods, values):
        self.x0, self.x1 = min(periods), max(periods)
        if self.x0 == self.x1:
            self.x0, self.x1 = self.x0 - 1, self.x1 + 1
        self.ticks = nice_ticks(min(values), max(values))
        self.y0, self.y1 = self.ticks[0], self.ticks[-1]

    def x(self, period: float) -> float:
        inner = WIDTH - LEFT - RIGHT
        return round(LEFT + inner * (period - self.x0) / (self.x1 - self.x0), 1)

    def y(self, value: float) -> float:
        inner = HEIGHT - TOP - BOTTOM
        return round(TOP + inner * (1 - (value - self.y0) / (self.y1 - self.y0)), 1)


def _axes(scale: _Scale, periods: list[int], unit: str) -> list[str]:
    parts = []
    # As few decimals as the ticks need, the same for all: 8, 10, 12 or 10,25, 10,50.
    decimals = next(
        d for d in range(4) if all(abs(round(t, d) - t) < 1e-9 for t in scale.ticks) or d == 3
    )
    for tick in scale.ticks:
        y = scale.y(tick)
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d0d0d0" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="end" {text}>{}</text>',
                LEFT,
                WIDTH - RIGHT,
                y,
                y,
                LEFT - 6,
                y + 4,
                figure_text(tick, unit, decimals),
                text=TEXT,
            )
        )
    every = max(1, math.ceil(len(periods) / 10))
    for index, period in enumerate(periods):
        if index % every and period != periods[-1]:
            continue
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" {text}>{}</text>',
                scale.x(period),
                HEIGHT - BOTTOM + 18,
                period,
                text=TEXT,
            )
        )
    parts.append(
        format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>',
            LEFT,
            WIDTH - RIGHT,
            HEIGHT - BOTTOM,
            HEIGHT - BOTTOM,
            INK,
        )
    )
    return parts


def _trend_parts(scale: _Scale, line: TrendLine) -> list[str]:
    last_x, next_x = scale.x(line.last_period), scale.x(line.forecast_period)
    last_y = scale.y(line.at(line.last_period))
    band = format_html(
        '<polygon points="{},{} {},{} {},{}" fill="{}" fill-opacity="0.18"/>',
        last_x,
        last_y,
        next_x,
        scale.y(line.upper),
        next_x,
        scale.y(line.lower),
        TREND,
    )
    fitted = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>',
        scale.x(line.start),
        scale.y(line.at(line.start)),
        last_x,
        last_y,
        TREND,
    )
    ahead = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2" '
        'stroke-dasharray="5 4"/>',
        last_x,
        last_y,
        next_x,
        scale.y(line.forecast),
        TREND,
    )
    whisker = format_html(
        '<line x1="{x}" x2="{x}" y1="{top}" y2="{bottom}" stroke="{c}" stroke-width="1.5"/>'
        '<line x1="{a}" x2="{b}" y1="{top}" y2="{top}" stroke="{c}" stroke-width="1.5"/>'
        '<line x1="{a}" x2="{b}" y1="{bottom}" y2="{bottom}" stroke="{c}" stroke-width="1.5"/>'
        '<circle cx="{x}" cy="{y}" r="4" fill="#fff" stroke="{c}" stroke-width="2"/>',
        x=next_x,
        a=next_x - 5,
        b=next_x + 5,
        top=scale.y(line.upper),
        bottom=scale.y(line.lower),
        y=scale.y(line.forecast),
        c=TREND,
    )
    return [band, fitted, ahead, whisker]


def _target_parts(scale: _Scale, value: float, period: int | None, unit: str) -> list[str]:
    y = scale.y(value)
    parts = [
        format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1.5" '
            'stroke-dasharray="2 3"/>',
            LEFT,
            WIDTH - RIGHT,
            y,
            y,
            TARGET,
        )
    ]
    if period is not None:
        x = scale.x(period)
        parts.append(
            format_html('<path d="M {} {} l 6 6 l -6 6 l -6 -6 z" fill="{}"/>', x, y - 6, TARGET)
        )
    label = _("target %(value)s") % {"value": figure_text(value, unit)}
    if period is not None:
        label = f"{label} ({period})"
    parts.append(
        format_html(
            '<text x="{}" y="{}" text-anchor="start" font-size="13" fill="{}">{}</text>',
            LEFT + 4,
            y - 4 if y - 4 > TOP + 8 else y + 12,
            TARGET,
            label,
        )
    )
    return parts


def _legend(items: list[tuple[str, str]], top: float) -> list[str]:
    parts = []
    for index, (sample, label) in enumerate(items):
        y = top + index * LEGEND_ROW
        parts.append(
            format_html(
                '<g transform="translate({}, {})">{}</g><text x="{}" y="{}" {text}>{}</text>',
                LEFT,
                y - 4,
                mark_safe(sample),  # noqa: S308 - fixed markup of this module
                LEFT + 30,
                y,
                label,
                text=TEXT,
            )
        )
    return parts


SAMPLES = {
    "figures": f'<line x1="0" x2="22" y1="0" y2="0" stroke="{FIGURE}" stroke-width="2"/>'
    f'<circle cx="11" cy="0" r="3.5" fill="{FIGURE}"/>',
    "trend": f'<line x1="0" x2="22" y1="0" y2="0" stroke="{TREND}" stroke-width="2"/>',
    "forecast": f'<rect x="0" y="-5" width="22" height="10" fill="{TREND}" fill-opacity="0.18"/>'
    f'<circle cx="11" cy="0" r="4" fill="#fff" stroke="{TREND}" stroke-width="2"/>',
    "target": f'<line x1="0" x2="22" y1="0" y2="0" stroke="{TARGET}" stroke-width="1.5" '
    f'stroke-dasharray="2 3"/>',
    "baseline": f'<line x1="11" x2="11" y1="-6" y2="6" stroke="{MUTED}" stroke-dasharray="3 3"/>',
}


def trend_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    points: list[tuple[int, float]],
    unit: str = "",
    trend: TrendLine | None = None,
    baseline_period: int | None = None,
    target_value: float | None = None,
    target_period: int | None = None,
) -> SafeString:
    """A line of figures per period with, where given, the fitted trend, the forecast of the
    next period with its 95% prediction interval, the baseline year and the target.

    ``title`` and ``description`` are the chart's text alternative; the page shows the same
    figures in a table beside it.
    """
    if not points:
        return mark_safe("")  # noqa: S308 - nothing to draw
    periods = [period for period, _value in points]
    values = [value for _period, value in points]
    span_periods = list(periods)
    span_values = list(values)
    if trend is not None:
        span_periods += [trend.start, trend.forecast_period]
        span_values += [trend.lower, trend.upper, trend.at(trend.start)]
    if target_value is not None:
        span_values.append(target_value)
        if target_period is not None:
            span_periods.append(target_period)
    scale = _Scale(span_periods, span_values)
    axis_periods = list(range(int(scale.x0), int(scale.x1) + 1))
    parts = _axes(scale, axis_periods, unit)
    legend = [(SAMPLES["figures"], _("Figures"))]
    if baseline_period is not None and scale.x0 <= baseline_period <= scale.x1:
        x = scale.x(baseline_period)
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-dasharray="3 3"/>',
                x,
                x,
                TOP,
                HEIGHT - BOTTOM,
                MUTED,
            )
        )
        legend.append(
            (SAMPLES["baseline"], _("Baseline year %(year)s") % {"year": baseline_period})
        )
    if target_value is not None:
        parts += _target_parts(scale, target_value, target_period, unit)
        legend.append((SAMPLES["target"], _("Target")))
    if trend is not None:
        parts += _trend_parts(scale, trend)
        legend.append((SAMPLES["trend"], _("Trend line from the baseline year")))
        legend.append(
            (
                SAMPLES["forecast"],
                _("Forecast %(year)s with 95%% prediction interval")
                % {"year": int(trend.forecast_period)},
            )
        )
    coordinates = " ".join(f"{scale.x(p)},{scale.y(v)}" for p, v in points)
    parts.append(
        format_html(
            '<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>',
            coordinates,
            FIGURE,
        )
    )
    parts.append(
        format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="3.5" fill="{}"/>',
            ((scale.x(p), scale.y(v), FIGURE) for p, v in points),
        )
    )
    parts += _legend(legend, HEIGHT + 10)
    height = HEIGHT + len(legend) * LEGEND_ROW + 4
    return format_html(
        '<svg viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg" '
        'font-family="inherit">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        w=WIDTH,
        h=height,
        id=chart_id,
        title=title,
        desc=description,
        body=mark_safe("".join(parts)),  # noqa: S308 - every part is built with format_html
    )
