"""Checking the rows of an indicator import: every row against the programme (its
indicators, areas and target groups) and the file itself, with a Dutch message per problem,
and what each row would do (a new figure, an update, or nothing)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from samenspel.core.models import Programme
from samenspel.monitoring.models import FIGURE_LIMIT, AreaLevel, IndicatorLevel, IndicatorValue

# The area levels a figure of an indicator may be given for: its own level and the coarser
# ones it is compared with (a district figure beside the municipality's and the country's).
LEVELS_FOR = {
    IndicatorLevel.NEIGHBOURHOOD: {
        AreaLevel.NEIGHBOURHOOD,
        AreaLevel.DISTRICT,
        AreaLevel.MUNICIPALITY,
        AreaLevel.COUNTRY,
    },
    IndicatorLevel.DISTRICT: {AreaLevel.DISTRICT, AreaLevel.MUNICIPALITY, AreaLevel.COUNTRY},
    IndicatorLevel.MUNICIPALITY: {AreaLevel.MUNICIPALITY, AreaLevel.COUNTRY},
}
DUTCH_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", re.ASCII)
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", re.ASCII)


@dataclass
class Cell:
    """One checked row: what it writes and whether that is new, an update or nothing."""

    row: int
    indicator: int
    area: int
    period: int
    value: float
    target_group: int | None = None
    n: int | None = None
    action: str = "create"  # create, update or unchanged
    existing: int | None = None  # the pk of the figure an update replaces


@dataclass
class ValuePlan:
    """What an import would do: its cells, counts per indicator and every problem."""

    cells: list[Cell] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    per_indicator: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def is_valid(self) -> bool:
        return not self.problems and bool(self.cells)

    def count(self, action: str) -> int:
        return sum(1 for cell in self.cells if cell.action == action)

    def summary(self) -> dict:
        return {
            "rows": len(self.cells),
            "create": self.count("create"),
            "update": self.count("update"),
            "unchanged": self.count("unchanged"),
            "problems": len(self.problems),
            "per_indicator": self.per_indicator,
        }


def parse_number(text: str) -> float | None:
    """A number as Dutch and English files write it: 3,5 and 1.234,5 as well as 3.5; None
    for anything else (also for infinity and not-a-number)."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if DUTCH_NUMBER.match(text) and ("," in text or text.count(".") > 1):
        number = float(text.replace(".", "").replace(",", "."))
    elif PLAIN_NUMBER.match(text):
        number = float(text)
    else:
        return None
    return number if math.isfinite(number) else None


def _problem(problems: list[str], row: int, column: str, text: str) -> None:
    problems.append(
        _("Row %(row)s, %(column)s: %(message)s") % {"row": row, "column": column, "message": text}
    )


class _Lookups:
    """The programme's indicators, areas, target groups and existing figures, read once, and
    what each code in the file means, worked out once per code (a file repeats them)."""

    def __init__(self, programme: Programme, rows):
        self.indicators = {i.code.lower(): i for i in programme.indicators.all()}
        self.areas = {a.code.strip().lower(): a for a in programme.areas.all()}
        self.groups = {g.name.strip().lower(): g for g in programme.target_groups.all()}
        wanted = {
            self.indicators[code].pk
            for code in {str(values.get("indicator", "")).strip().lower() for _n, values in rows}
            if code in self.indicators
        }
        existing = IndicatorValue.objects.filter(
            indicator_id__in=wanted, organisation__isnull=True
        ).values_list("pk", "indicator_id", "area_id", "target_group_id", "period", "value", "n")
        self.existing = {
            (indicator, area, group, period): (pk, value, n)
            for pk, indicator, area, group, period, value, n in existing
        }
        self._indicator: dict[str, tuple] = {}
        self._fit: dict[tuple[int, int], str | None] = {}

    def indicator(self, code: str):
        """(indicator or None, problem or None) for a code as written."""
        if code not in self._indicator:
            indicator, problem = self.indicators.get(code.lower()), None
            if not code:
                problem = _("the code is missing.")
            elif indicator is None:
                problem = _("“%(code)s” is not an indicator of this programme.") % {"code": code}
            elif indicator.feed:
                problem = _("%(name)s gets its figures from %(feed)s, not from a file.") % {
                    "name": indicator.name,
                    "feed": indicator.get_feed_display().lower(),
                }
            elif indicator.level == IndicatorLevel.ORGANISATION:
                problem = _("%(name)s is kept per organisation, not per area.") % {
                    "name": indicator.name
                }
            self._indicator[code] = (indicator, problem)
        return self._indicator[code]

    def fit(self, indicator, area) -> str | None:
        """What is wrong with a figure of this indicator for this area's level, if anything."""
        key = (indicator.pk, area.pk)
        if key not in self._fit:
            level = indicator.level if indicator.by_area else IndicatorLevel.MUNICIPALITY
            problem = None
            if level in LEVELS_FOR and area.level not in LEVELS_FOR[level]:
                problem = _(
                    "%(area)s is a %(level)s; %(name)s goes no finer than %(indicator_level)s."
                ) % {
                    "area": area.name,
                    "level": area.get_level_display().lower(),
                    "name": indicator.name,
                    "indicator_level": IndicatorLevel(level).label.lower(),
                }
            self._fit[key] = problem
        return self._fit[key]


def _check_row(number: int, values: dict, headers: dict, look: _Lookups, problems: list[str]):
    """One row's cell, or None with its problems added."""
    before = len(problems)
    header = headers.get

    indicator, problem = look.indicator(str(values.get("indicator", "")).strip())
    if problem:
        _problem(problems, number, header("indicator", "indicator"), problem)
        indicator = None

    area_code = str(values.get("area", "")).strip()
    area = look.areas.get(area_code.lower())
    area_column = header("area", "gebied")
    if not area_code:
        _problem(problems, number, area_column, _("the area code is missing."))
    elif area is None:
        _problem(
            problems,
            number,
            area_column,
            _("“%(code)s” is not an area of this programme.") % {"code": area_code},
        )
    elif indicator is not None and (problem := look.fit(indicator, area)):
        _problem(problems, number, area_column, problem)

    period_text = str(values.get("period", "")).strip()
    period = (
        int(period_text)
        if period_text.isascii() and period_text.isdigit() and len(period_text) == 4
        else None
    )
    if period is None or not 1900 <= period <= 2100:
        _problem(
            problems,
            number,
            header("period", "jaar"),
            _("“%(value)s” is not a year (such as 2024).") % {"value": period_text[:40]}
            if period_text
            else _("the year is missing."),
        )

    value_text = str(values.get("value", "")).strip()
    value = parse_number(value_text) if value_text else None
    if value is not None and abs(value) > FIGURE_LIMIT:
        _problem(
            problems,
            number,
            header("value", "waarde"),
            _("“%(value)s” is too large for a figure.") % {"value": value_text[:40]},
        )
    elif value is None:
        _problem(
            problems,
            number,
            header("value", "waarde"),
            _("“%(value)s” is not a number (such as 12,5).") % {"value": value_text[:40]}
            if value_text
            else _("the value is missing."),
        )

    group = None
    group_name = str(values.get("target_group", "")).strip()
    if group_name:
        group = look.groups.get(group_name.lower())
        if group is None:
            _problem(
                problems,
                number,
                header("target_group", "doelgroep"),
                _("“%(name)s” is not a target group of this programme.")
                % {"name": group_name[:80]},
            )
        elif indicator is not None and not indicator.by_target_group:
            _problem(
                problems,
                number,
                header("target_group", "doelgroep"),
                _("%(name)s is not broken down by target group.") % {"name": indicator.name},
            )

    n = None
    n_text = str(values.get("n", "")).strip()
    if n_text:
        plain = n_text.isascii() and n_text.isdigit() and len(n_text) < 10
        number_n = int(n_text) if plain else parse_number(n_text)
        if number_n is None or number_n != int(number_n) or not 0 <= number_n <= 2**31 - 1:
            _problem(
                problems,
                number,
                header("n", "n"),
                _("“%(value)s” is not a whole number of 0 or more.") % {"value": n_text[:40]},
            )
        else:
            n = int(number_n)

    if len(problems) > before:
        return None
    return Cell(
        row=number,
        indicator=indicator.pk,
        area=area.pk,
        period=period,
        value=value,
        target_group=group.pk if group else None,
        n=n,
    )


def values_check(
    *,
    programme: Programme,
    rows: list[tuple[int, dict]],
    headers: dict[str, str] | None = None,
) -> ValuePlan:
    """Check every row against the programme and the file itself; write nothing."""
    headers = headers or {}
    plan = ValuePlan()
    look = _Lookups(programme, rows)
    codes = {indicator.pk: indicator.code for indicator in look.indicators.values()}
    seen: dict[tuple, int] = {}
    for number, values in rows:
        cell = _check_row(number, values, headers, look, plan.problems)
        if cell is None:
            continue
        key = (cell.indicator, cell.area, cell.target_group, cell.period)
        if key in seen:
            _problem(
                plan.problems,
                number,
                headers.get("value", "waarde"),
                _("row %(row)s already gives this indicator, area, year and group.")
                % {"row": seen[key]},
            )
            continue
        seen[key] = number
        current = look.existing.get(key)
        if current is not None:
            pk, value, n = current
            cell.existing = pk
            cell.action = "unchanged" if (value, n) == (cell.value, cell.n) else "update"
        counts = plan.per_indicator.setdefault(
            codes[cell.indicator], {"create": 0, "update": 0, "unchanged": 0}
        )
        counts[cell.action] += 1
        plan.cells.append(cell)
    if not rows:
        plan.problems.append(_("The file has no rows."))
    return plan
