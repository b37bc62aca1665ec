"""Bar charts drawn on the server from a result's shown rows: coordinates only, no figures that
the table beside it does not also show."""

from django.utils.formats import number_format

SCALE = 330  # pixels for 100 percent; the rest of the 420 wide chart holds the value
ROW = 40


def bar_chart(result, chart_id: str) -> dict | None:
    """Bars for a result with at least one percentage shown, or None (then the table alone)."""
    if not any(row.percent is not None for row in result.rows):
        return None
    bars = []
    for index, row in enumerate(result.rows):
        y = 12 + index * ROW
        if row.percent is None:
            bars.append({"label": row.label, "y": y, "width": None})
            continue
        width = round(SCALE * row.percent / 100, 1)
        upper = round(SCALE * (row.upper or row.percent) / 100, 1)
        bars.append(
            {
                "label": row.label,
                "y": y,
                "width": width,
                "lower": round(SCALE * (row.lower or row.percent) / 100, 1),
                "upper": upper,
                "text_x": round(max(width, upper) + 6, 1),
                "percent_text": f"{number_format(row.percent, 1)}%",
            }
        )
    title = result.question.text + (f": {result.item}" if result.item else "")
    return {"id": chart_id, "title": title, "bars": bars, "height": 12 + len(bars) * ROW}
