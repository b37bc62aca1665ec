"""Need against commitment as horizontal bars, drawn on the server: per row a bar for what is
needed and one for what is committed, each named in text so colour is never the only clue."""

from __future__ import annotations

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

SCALE = 240  # pixels for the largest amount; the rest of the 420 wide chart holds the text
BAR = 14


def amount_text(measure: str, value) -> str:
    """An amount the Dutch way, with its unit: 12,5 uur, € 1.250, 3 plekken."""
    if measure == "euros":
        return f"€ {number_format(value, 0, force_grouping=True)}"
    whole = value == int(value)
    amount = number_format(value, 0 if whole else 1, force_grouping=True)
    if measure == "hours":
        return ngettext("%(amount)s hour", "%(amount)s hours", 1 if value == 1 else 2) % {
            "amount": amount
        }
    return ngettext("%(amount)s place", "%(amount)s places", 1 if value == 1 else 2) % {
        "amount": amount
    }


def need_chart(rows, measure: str, chart_id: str, title: str) -> dict | None:
    """Bars for the rows with a need or a commitment in this measure; None when none has."""
    shown = [row for row in rows if row.need[measure] or row.committed[measure]]
    if not shown:
        return None
    largest = max(max(row.need[measure], row.committed[measure]) for row in shown)
    groups, y = [], 12
    for row in shown:
        bars = []
        for index, (kind, name) in enumerate(
            (("need", _("needed")), ("committed", _("committed")))
        ):
            value = getattr(row, kind)[measure]
            width = round(SCALE * float(value) / float(largest), 1) if largest else 0
            bars.append(
                {
                    "y": y + 6 + index * (BAR + 2),
                    "width": width,
                    "kind": kind,
                    "text": f"{name}: {amount_text(measure, value)}",
                    "text_x": round(width + 6, 1),
                }
            )
        groups.append({"label": row.label, "y": y, "bars": bars})
        y += 6 + 2 * (BAR + 2) + 14
    return {"id": chart_id, "title": title, "groups": groups, "height": y}


def table_rows(rows, measure: str) -> list[dict]:
    """The chart's figures as the table beside it reads them, with what is still missing."""
    found = []
    for row in rows:
        gap = row.gap[measure]
        if gap > 0:
            gap_text = amount_text(measure, gap)
        elif gap < 0:
            gap_text = _("covered, %(amount)s more") % {"amount": amount_text(measure, -gap)}
        else:
            gap_text = _("covered")
        found.append(
            {
                "row": row,
                "need": amount_text(measure, row.need[measure]),
                "committed": amount_text(measure, row.committed[measure]),
                "gap": gap_text,
                "missing": gap > 0,
            }
        )
    return found


def totals(total) -> list[dict]:
    """Per measure, the programme's need, commitment and what is still missing."""
    return [
        {
            "measure": measure,
            "need": amount_text(measure, total.need[measure]),
            "committed": amount_text(measure, total.committed[measure]),
            "gap": amount_text(measure, max(total.gap[measure], 0)),
        }
        for measure in ("hours", "euros", "places")
    ]
