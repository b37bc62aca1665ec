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


BAR = 14  # height of one column's bar in a split chart, with its gap
COLOURS = 6  # column colours before they repeat; every bar also names its column


def split_chart(result, chart_id: str) -> dict | None:
    """Per answer, a bar for each column of a split table (the total last), each named by its
    column so that colour is never the only clue; None when no percentage is shown."""
    if not any(cell.percent is not None for _label, cells in result.table for cell in cells):
        return None
    groups, y = [], 12
    for label, cells in result.table:
        bars = []
        for index, (column, cell) in enumerate(zip(result.columns, cells, strict=True)):
            top = y + 6 + index * BAR
            bar = {"y": top, "colour": "total" if index == len(cells) - 1 else index % COLOURS}
            if cell.percent is None:
                bar.update(width=None, text=f"{column}: –", text_x=0)
            else:
                width = round(SCALE * cell.percent / 100, 1)
                bar.update(
                    width=width,
                    lower=round(SCALE * (cell.lower or cell.percent) / 100, 1),
                    upper=round(SCALE * (cell.upper or cell.percent) / 100, 1),
                    text=f"{column}: {number_format(cell.percent, 1)}%",
                )
                bar["text_x"] = round(max(width, bar["upper"]) + 6, 1)
            bars.append(bar)
        groups.append({"label": label, "y": y, "bars": bars})
        y += 6 + len(cells) * BAR + 16
    title = result.question.text + (f": {result.item}" if result.item else "")
    return {"id": chart_id, "title": title, "groups": groups, "height": y}
