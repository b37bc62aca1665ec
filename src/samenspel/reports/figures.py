"""Figures in a report the Dutch way (12,5 and 1.234, a minus sign that does not break) and a
small line chart of an indicator as SVG, which WeasyPrint draws in the PDF."""


def number(value, digits: int = 1) -> str:
    """12.5 as 12,5 and 1234 as 1.234: how a Dutch reader writes figures."""
    if value is None:
        return "–"
    value = round(float(value), digits)
    text = f"{value:,.0f}" if value.is_integer() else f"{value:,.{digits}f}"
    # A minus sign, not a hyphen: a hyphen may break the line between it and the figure.
    return text.replace(",", " ").replace(".", ",").replace(" ", ".").replace("-", "−")


def euros(value) -> str:
    return f"€ {number(value, 0)}"


def with_unit(value, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "€":
        return euros(value)
    return f"{number(value)}{unit if unit == '%' else (' ' + unit if unit else '')}"


def difference(value, unit: str) -> str:
    """A change of a percentage is in percentage points, not per cent of itself."""
    return f"{number(value)} procentpunt" if unit == "%" else with_unit(value, unit)


def chart_svg(indicator: dict, width: int = 320, height: int = 120) -> str:
    """A small line of the municipality's figures with the target as a dashed line; its
    <title> says what it shows, and the table beside it in the report holds the figures."""
    points = indicator["points"]
    if len(points) < 2:
        return ""
    target = indicator["target"]
    values = [value for _period, value in points]
    if target and target[1] is not None:
        values.append(target[1])
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    periods = [period for period, _value in points]
    first, last = min(periods), max(periods)
    left, right, top, bottom = 40, 10, 10, 22

    def x(period) -> float:
        return left + (period - first) / max(last - first, 1) * (width - left - right)

    def y(value) -> float:
        return top + (high - value) / (high - low) * (height - top - bottom)

    line = " ".join(f"{x(p):.1f},{y(v):.1f}" for p, v in points)
    title = (
        f"{indicator['name']} in {indicator['area']}, {first} tot {last}: van "
        f"{with_unit(points[0][1], indicator['unit'])} naar "
        f"{with_unit(points[-1][1], indicator['unit'])}"
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img">',
        f"<title>{_escape(title)}</title>",
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" '
        f'y2="{height - bottom}" stroke="#b4b4b4" stroke-width="0.5"/>',
        f'<text x="{left - 4}" y="{y(high) + 3:.1f}" text-anchor="end" font-size="8">'
        f"{_escape(number(high))}</text>",
        f'<text x="{left - 4}" y="{y(low) + 3:.1f}" text-anchor="end" font-size="8">'
        f"{_escape(number(low))}</text>",
        f'<text x="{left}" y="{height - 6}" font-size="8">{first}</text>',
        f'<text x="{width - right}" y="{height - 6}" text-anchor="end" font-size="8">{last}</text>',
    ]
    if target and target[1] is not None:
        parts.append(
            f'<line x1="{left}" y1="{y(target[1]):.1f}" x2="{width - right}" '
            f'y2="{y(target[1]):.1f}" stroke="#8a5a00" stroke-width="1" stroke-dasharray="4 3"/>'
        )
    parts.append(f'<polyline points="{line}" fill="none" stroke="#1d5e8c" stroke-width="1.5"/>')
    parts += [f'<circle cx="{x(p):.1f}" cy="{y(v):.1f}" r="2" fill="#1d5e8c"/>' for p, v in points]
    parts.append("</svg>")
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
