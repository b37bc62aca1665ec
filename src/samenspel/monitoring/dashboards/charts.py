"""The dashboards' charts, drawn on the server as SVG: an indicator's figures with its trend,
forecast, 95% prediction band and target; actions per status; the aspects of professionals'
capacity per wave. Each chart carries its text alternative and the rows of the table shown
beside it, and the downloads (SVG, Excel) are made from the very same chart.

Colours are presentation attributes rather than classes, so that a downloaded SVG looks the
same as the one on the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from samenspel.surveys.analysis.charts import ROW, SCALE

from .selectors import IndicatorSummary, StatusCount

INK, MUTED, LINE, BAND, TARGET, FORECAST = (
    "#1a1a1a",
    "#4d4d4d",
    "#1d5e8c",
    "#cfe0ee",
    "#a33b00",
    "#5c3c8a",
)
ASPECT_COLOURS = ["#1d5e8c", "#a33b00", "#2f6b2f"]
FONT = 'font-family="system-ui, sans-serif" font-size="13"'


@dataclass
class Chart:
    """A drawn chart with what stands beside it: its title, a sentence for those who do not
    see it, and the table of its figures (headers, rows)."""

    kind: str
    title: str
    description: str
    headers: list[str]
    rows: list[list]
    body: str  # the SVG's drawing, without its <svg> element
    width: int
    height: int
    params: dict = field(default_factory=dict)
    # The page's table may join figures into one cell (an interval, a mean with its n); its
    # numbers stay those of ``rows``, which the download holds one per column.
    display_headers: list[str] | None = None
    display_rows: list[list] | None = None

    @property
    def table(self) -> tuple[list[str], list[list]]:
        if self.display_rows is None:
            return self.headers, self.rows
        return self.display_headers, self.display_rows

    def svg(self, chart_id: str = "chart", *, standalone: bool = False) -> SafeString:
        """The whole SVG element, labelled by its title and description."""
        namespace = ' xmlns="http://www.w3.org/2000/svg"'
        head = '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else ""
        size = f'width="{self.width}" height="{self.height}"' if standalone else 'width="100%"'
        return mark_safe(  # noqa: S308 - every text in it went through escape()
            f'{head}<svg{namespace} viewBox="0 0 {self.width} {self.height}" {size} role="img" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" {FONT}>'
            f'<title id="{chart_id}-title">{escape(self.title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(self.description)}</desc>'
            f'<rect width="{self.width}" height="{self.height}" fill="#ffffff"/>'
            f"{self.body}</svg>"
        )


def _number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else number_format(value, digits)


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}">{escape(text)}</text>'
    )


def _nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values for an axis; any finite range gives at least two ticks a finite distance
    apart, however large or close its ends."""
    limit = 1e300  # beyond this the distance between the ends no longer fits a float
    low, high = (min(max(v, -limit), limit) for v in (low, high))
    if high <= low:
        high = low + max(1.0, abs(low) * 1e-9)
    step = (high - low) / count
    # Ends closer than a float tells apart (or subnormal) have no round steps between them.
    if step <= max(abs(low), abs(high)) * 1e-12 or step < 1e-300:
        return [low, high] if high > low else [low, low + 1]
    magnitude = 10.0 ** math.floor(math.log10(step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= step)
    first = math.floor(low / step) * step
    ticks = []
    for index in range(count * 3):
        tick = first + index * step
        if tick > high + step / 2:
            break
        ticks.append(round(tick, 10))
    ticks = sorted(set(ticks))
    return ticks if len(ticks) >= 2 else [low, high]


def trend_chart(summary: IndicatorSummary) -> Chart:
    """The figures as points, the fitted line with the next year's forecast, the 95%
    prediction band around it and the target as a dashed line."""
    indicator, points, trend = summary.indicator, summary.points, summary.trend
    unit = f" {indicator.unit}" if indicator.unit else ""
    fitted = dict(zip(trend.periods, trend.fitted, strict=True)) if trend else {}
    band = {forecast.period: forecast for forecast in summary.band}
    headers = [_("Year"), _("Kind"), _("Value"), _("Trend"), _("Lower bound"), _("Upper bound")]
    figure, forecast_kind, target_kind = _("figure"), _("forecast"), _("target")

    def rounded(value):
        return None if value is None else round(value, 2)

    rows = []
    for point in points:
        interval = band.get(float(point.period))
        rows.append(
            [
                point.period,
                figure,
                rounded(point.value),
                rounded(fitted.get(point.period)),
                rounded(interval.lower if interval else None),
                rounded(interval.upper if interval else None),
            ]
        )
    ahead = summary.forecast
    if ahead is not None:
        rows.append(
            [
                int(ahead.period),
                forecast_kind,
                None,
                rounded(ahead.value),
                rounded(ahead.lower),
                rounded(ahead.upper),
            ]
        )
    target = indicator.target_value
    if target is not None:
        rows.append([indicator.target_period, target_kind, rounded(target), None, None, None])
    display = [
        [
            f"{year or ''} ({kind})" if kind != figure else str(year),
            _number(value, 2),
            _number(trend_value, 2),
            "–" if low is None else f"{_number(low, 2)} – {_number(high, 2)}",
        ]
        for year, kind, value, trend_value, low, high in rows
    ]
    width, height, left, right, top, bottom = 420, 240, 52, 16, 18, 34
    years = [point.period for point in points] + ([int(ahead.period)] if ahead else [])
    # A far-off target year would squeeze the figures into a corner: then the line alone.
    if years and indicator.target_period and indicator.target_period <= max(years) + 10:
        years.append(indicator.target_period)
    values = [v for row in rows for v in row[2:] if v is not None]
    display_headers = [_("Year"), _("Value"), _("Trend"), _("95% prediction interval")]
    body = []
    if not points:
        body.append(_text(width / 2, height / 2, _("No figures yet."), anchor="middle"))
    else:
        low, high = min(values), max(values)
        pad = (high - low) * 0.08 or abs(high) * 0.1 or 1
        ticks = _nice_ticks(low - pad, high + pad)
        y_low, y_high = ticks[0], ticks[-1]
        x_low, x_high = min(years), max(max(years), min(years) + 1)

        def x(year: float) -> float:
            return left + (year - x_low) / (x_high - x_low) * (width - left - right)

        def y(value: float) -> float:
            return top + (y_high - value) / (y_high - y_low) * (height - top - bottom)

        for tick in ticks:
            body.append(
                f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                f'stroke="#e0e0e0"/>'
            )
            body.append(_text(left - 6, y(tick) + 4, _number(tick, 1), anchor="end", fill=MUTED))
        step = 1 if x_high - x_low <= 8 else 2 if x_high - x_low <= 16 else 5
        # Counted back from the last year, so that the target's year has its label.
        for year in range(int(x_high), int(x_low) - 1, -step):
            body.append(
                _text(x(year), height - bottom + 16, str(year), anchor="middle", fill=MUTED)
            )
        if summary.band:
            upper = " ".join(f"{x(f.period):.1f},{y(f.upper):.1f}" for f in summary.band)
            lower = " ".join(f"{x(f.period):.1f},{y(f.lower):.1f}" for f in reversed(summary.band))
            body.append(f'<polygon points="{upper} {lower}" fill="{BAND}" stroke="none"/>')
            line = " ".join(f"{x(f.period):.1f},{y(f.value):.1f}" for f in summary.band[:-1])
            body.append(f'<polyline points="{line}" fill="none" stroke="{LINE}" stroke-width="2"/>')
            last, ahead = summary.band[-2], summary.band[-1]
            body.append(
                f'<line x1="{x(last.period):.1f}" y1="{y(last.value):.1f}" '
                f'x2="{x(ahead.period):.1f}" y2="{y(ahead.value):.1f}" stroke="{FORECAST}" '
                f'stroke-width="2" stroke-dasharray="4 3"/>'
            )
            body.append(
                f'<line x1="{x(ahead.period):.1f}" x2="{x(ahead.period):.1f}" '
                f'y1="{y(ahead.lower):.1f}" y2="{y(ahead.upper):.1f}" stroke="{FORECAST}" '
                f'stroke-width="2"/>'
            )
            body.append(
                f'<rect x="{x(ahead.period) - 4:.1f}" y="{y(ahead.value) - 4:.1f}" width="8" '
                f'height="8" fill="{FORECAST}"/>'
            )
        for point in points:
            body.append(
                f'<circle cx="{x(point.period):.1f}" cy="{y(point.value):.1f}" r="3.5" '
                f'fill="{INK}"/>'
            )
        if target is not None:
            body.append(
                f'<line x1="{left}" x2="{width - right}" y1="{y(target):.1f}" '
                f'y2="{y(target):.1f}" stroke="{TARGET}" stroke-width="1.5" '
                f'stroke-dasharray="6 4"/>'
            )
            if indicator.target_period and indicator.target_period <= x_high:
                cx, cy = x(indicator.target_period), y(target)
                body.append(
                    f'<polygon points="{cx:.1f},{cy - 6:.1f} {cx + 6:.1f},{cy:.1f} '
                    f'{cx:.1f},{cy + 6:.1f} {cx - 6:.1f},{cy:.1f}" fill="{TARGET}"/>'
                )
            label = _("target") + (f" {indicator.target_period}" if indicator.target_period else "")
            body.append(_text(width - right - 10, y(target) - 8, label, anchor="end", fill=TARGET))
    return Chart(
        kind="indicator",
        title=indicator.name + (f" ({indicator.unit})" if indicator.unit else ""),
        description=trend_description(summary, unit),
        headers=headers,
        rows=rows,
        body="".join(body),
        width=width,
        height=height,
        params={"indicator": indicator.pk},
        display_headers=display_headers,
        display_rows=display,
    )


def trend_description(summary: IndicatorSummary, unit: str = "") -> str:
    """The chart in words: the figures' span, the trend with its interval, the forecast and
    the target, and whether the curve heads for it."""
    points, trend, indicator = summary.points, summary.trend, summary.indicator
    if not points:
        return _("No figures yet.")
    parts = [
        _("Figures from %(first)s to %(last)s: from %(start)s to %(end)s.")
        % {
            "first": points[0].period,
            "last": points[-1].period,
            "start": _number(points[0].value, 1) + unit,
            "end": _number(points[-1].value, 1) + unit,
        }
    ]
    if trend is not None:
        parts.append(
            _("Trend %(slope)s per year (95%% interval %(low)s to %(high)s).")
            % {
                "slope": _number(trend.slope, 2),
                "low": _number(trend.slope_lower, 2),
                "high": _number(trend.slope_upper, 2),
            }
        )
        ahead = summary.forecast
        parts.append(
            _("Forecast for %(year)s: %(value)s (95%% prediction interval %(low)s to %(high)s).")
            % {
                "year": int(ahead.period),
                "value": _number(ahead.value, 1) + unit,
                "low": _number(ahead.lower, 1),
                "high": _number(ahead.upper, 1),
            }
        )
    elif summary.problem:
        parts.append(summary.problem)
    if indicator.target_value is not None:
        if indicator.target_period:
            parts.append(
                _("Target for %(year)s: %(value)s.")
                % {
                    "year": indicator.target_period,
                    "value": _number(indicator.target_value, 1) + unit,
                }
            )
        else:
            parts.append(_("Target: %(value)s.") % {"value": _number(indicator.target_value, 1)})
    parts.append(summary.verdict)
    return " ".join(parts)


def status_chart(counts: list[StatusCount], title: str) -> Chart:
    """A bar per status with the number of actions."""
    most = max([count.count for count in counts] + [1])
    body, label_width = [], 110
    for index, count in enumerate(counts):
        y = 8 + index * (ROW - 14)
        length = round((SCALE - label_width) * count.count / most, 1)
        body.append(_text(0, y + 13, count.label))
        body.append(f'<rect x="{label_width}" y="{y}" width="{length}" height="18" fill="{LINE}"/>')
        body.append(_text(label_width + length + 6, y + 13, str(count.count)))
    described = "; ".join(f"{count.label}: {count.count}" for count in counts)
    return Chart(
        kind="acties",
        title=title,
        description=_("Number of actions per status: %(counts)s.") % {"counts": described},
        headers=[_("Status"), _("Actions")],
        rows=[[count.label, count.count] for count in counts],
        body="".join(body),
        width=SCALE + 60,
        height=16 + len(counts) * (ROW - 14),
    )


def aspects_chart(block: dict) -> Chart:
    """Per aspect a line of its mean score (0-100) over the waves, with 95% intervals."""
    survey, waves = block["survey"], block["waves"]
    aspects = waves[0]["aspects"] if waves else []
    headers = [_("Wave")]
    for aspect in aspects:
        headers += [
            aspect,
            _("%(aspect)s, 95%% interval lower") % {"aspect": aspect},
            _("%(aspect)s, 95%% interval upper") % {"aspect": aspect},
            _("%(aspect)s, n") % {"aspect": aspect},
        ]
    rows = []
    for wave in waves:
        row = [wave["wave"].name]
        for count, mean, lower, upper in wave["cells"]:
            row += [
                None if mean is None else round(mean, 1),
                None if lower is None else round(lower, 1),
                None if upper is None else round(upper, 1),
                count,
            ]
        rows.append(row)
    display = [
        [wave["wave"].name]
        + [
            "–"
            if mean is None
            else f"{_number(mean, 1)} ({_number(lower, 1)} – {_number(upper, 1)}), n={count}"
            for count, mean, lower, upper in wave["cells"]
        ]
        for wave in waves
    ]
    width, height, left, right, top, bottom = 420, 240, 40, 16, 16, 56
    inner = 50  # room for the waves' names under the first and last point
    body = []

    def x(index: int) -> float:
        if len(waves) == 1:
            return (left + width - right) / 2
        return left + inner + index * (width - left - right - 2 * inner) / (len(waves) - 1)

    def y(value: float) -> float:
        return top + (100 - value) / 100 * (height - top - bottom)

    for tick in (0, 25, 50, 75, 100):
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#e0e0e0"/>'
        )
        body.append(_text(left - 6, y(tick) + 4, str(tick), anchor="end", fill=MUTED))
    for index, wave in enumerate(waves):
        body.append(
            _text(
                x(index), height - bottom + 16, wave["wave"].name[:16], anchor="middle", fill=MUTED
            )
        )
    for number, aspect in enumerate(aspects):
        colour = ASPECT_COLOURS[number % len(ASPECT_COLOURS)]
        shown = [
            (index, wave["cells"][number])
            for index, wave in enumerate(waves)
            if wave["cells"][number][1] is not None
        ]
        if len(shown) > 1:
            line = " ".join(f"{x(i):.1f},{y(cell[1]):.1f}" for i, cell in shown)
            body.append(
                f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        for index, (_count, mean, lower, upper) in shown:
            if lower is not None and upper is not None:
                body.append(
                    f'<line x1="{x(index):.1f}" x2="{x(index):.1f}" y1="{y(lower):.1f}" '
                    f'y2="{y(upper):.1f}" stroke="{colour}"/>'
                )
            body.append(f'<circle cx="{x(index):.1f}" cy="{y(mean):.1f}" r="3.5" fill="{colour}"/>')
        # A legend in words, so that colour is never the only clue.
        legend_x = left + number * 125
        body.append(
            f'<rect x="{legend_x}" y="{height - 22}" width="12" height="12" fill="{colour}"/>'
        )
        body.append(_text(legend_x + 16, height - 12, aspect))
    described = []
    for wave, row in zip(waves, rows, strict=True):
        scores = ", ".join(
            f"{aspect} {_number(row[1 + 4 * i], 1)}" for i, aspect in enumerate(aspects)
        )
        described.append(f"{wave['wave'].name}: {scores}")
    return Chart(
        kind="aspecten",
        title=_("Prevention capacity per aspect: %(survey)s") % {"survey": survey.title},
        description=_("Mean score from 0 to 100 per aspect, per wave: %(scores)s.")
        % {"scores": "; ".join(described) or "–"},
        headers=headers,
        rows=rows,
        body="".join(body),
        width=width,
        height=height,
        params={"survey": survey.pk},
        display_headers=[_("Wave"), *aspects],
        display_rows=display,
    )
