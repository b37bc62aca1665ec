"""Import of indicator values in long format (from a file or from Statistics Netherlands):
every row is checked first, then all rows are written or none, in one transaction with bulk
operations, and one audit event tells who imported what."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme
from samenspel.monitoring.models import AreaLevel, IndicatorLevel, IndicatorValue, ValueSource
from samenspel.stakeholders.models import ImportBatch

BATCH_KIND = "indicator_values"
FIRST_ROWS = 20
BATCH_SIZE = 2000

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
    if value is None:
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
    source: str = ValueSource.FILE,
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


def first_rows(plan: ValuePlan, programme: Programme, limit: int = FIRST_ROWS) -> list[dict]:
    """The first rows of a plan as the preview shows them, with codes and names."""
    indicators = {i.pk: i.code for i in programme.indicators.all()}
    areas = {a.pk: a.code for a in programme.areas.all()}
    groups = {g.pk: g.name for g in programme.target_groups.all()}
    return [
        {
            "row": cell.row,
            "indicator": indicators.get(cell.indicator, ""),
            "area": areas.get(cell.area, ""),
            "period": cell.period,
            "value": cell.value,
            "target_group": groups.get(cell.target_group, ""),
            "n": cell.n,
            "action": cell.action,
        }
        for cell in plan.cells[:limit]
    ]


def values_prepare(
    *,
    programme: Programme,
    rows: list[tuple[int, dict]],
    headers: dict[str, str],
    filename: str,
    source: str = ValueSource.FILE,
    by,
) -> tuple[ImportBatch, ValuePlan]:
    """Check an upload and keep it until the user applies it (the preview)."""
    plan = values_check(programme=programme, rows=rows, headers=headers, source=source)
    batch = ImportBatch.objects.create(
        programme=programme,
        kind=BATCH_KIND,
        filename=filename[:255],
        created_by=by,
        rows={
            "source": source,
            "headers": headers,
            "raw": [[number, values] for number, values in rows],
            "summary": plan.summary(),
            "first": first_rows(plan, programme),
            "problems": plan.problems,
        },
    )
    return batch, plan


FIELD_ORDER = (
    "id",
    "indicator_id",
    "period",
    "area_id",
    "organisation_id",
    "target_group_id",
    "value",
    "n",
    "lower",
    "upper",
    "effective_base",
    "source",
    "note",
    "changed_at",
)


def _new_rows(plan: ValuePlan, source: str, now):
    """The new figures as rows in the model's field order (id, indicator, period, area,
    organisation, target group, value, n, lower, upper, effective base, source, note,
    changed at): built positionally, which costs a third of building them by keyword."""
    for cell in plan.cells:
        if cell.action == "create":
            yield (
                None,
                cell.indicator,
                cell.period,
                cell.area,
                None,
                cell.target_group,
                cell.value,
                cell.n,
                None,
                None,
                None,
                source,
                "",
                now,
            )


def _copy_new(rows) -> None:
    """New figures straight into their table with PostgreSQL's COPY, which the ORM cannot do
    (as the answers of a survey import): 100,000 model instances cost several times the
    database's own work. The constraints and indexes still check every row."""
    table = IndicatorValue._meta.db_table
    columns = ", ".join(
        field.column for field in IndicatorValue._meta.concrete_fields if not field.primary_key
    )
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row[1:])


def _write(*, programme: Programme, plan: ValuePlan, source: str, filename: str, by) -> dict:
    now = timezone.now()
    fields = tuple(field.attname for field in IndicatorValue._meta.concrete_fields)
    if fields != FIELD_ORDER:  # the model has changed: rows by position would go astray
        raise RuntimeError(f"IndicatorValue's fields are now {fields}; update FIELD_ORDER.")
    # An updated figure replaces the old one whole: its interval and note belonged to it.
    changed = [
        IndicatorValue(
            pk=cell.existing,
            value=cell.value,
            n=cell.n,
            lower=None,
            upper=None,
            effective_base=None,
            note="",
            source=source,
            changed_at=now,
        )
        for cell in plan.cells
        if cell.action == "update"
    ]
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                _copy_new(_new_rows(plan, source, now))
            else:
                IndicatorValue.objects.bulk_create(
                    (IndicatorValue(*row) for row in _new_rows(plan, source, now)),
                    batch_size=BATCH_SIZE,
                )
            IndicatorValue.objects.bulk_update(
                changed,
                ["value", "n", "lower", "upper", "effective_base", "note", "source", "changed_at"],
                batch_size=BATCH_SIZE,
            )
            summary = plan.summary()
            record(
                by=by,
                verb=AuditVerb.IMPORTED,
                programme=programme,
                what="indicator_values",
                source=source,
                filename=filename[:255],
                created=summary["create"],
                updated=summary["update"],
                unchanged=summary["unchanged"],
                indicators=sorted(summary["per_indicator"]),
            )
    except IntegrityError as exc:
        # Someone added one of these figures between the check and the write.
        raise ValidationError(
            _("Figures were added meanwhile; nothing has been imported. Try again.")
        ) from exc
    return summary


def values_import(
    *,
    programme: Programme,
    rows: list[tuple[int, dict]],
    headers: dict[str, str] | None = None,
    filename: str = "",
    source: str = ValueSource.FILE,
    dry_run: bool = False,
    by,
) -> ValuePlan:
    """Check and, when every row is right and ``dry_run`` is off, write all figures at once.
    Raises ValidationError with every problem (nothing written) when any row is wrong."""
    with transaction.atomic():
        plan = values_check(programme=programme, rows=rows, headers=headers, source=source)
        if plan.problems:
            raise ValidationError(plan.problems)
        if not dry_run:
            _write(programme=programme, plan=plan, source=source, filename=filename, by=by)
    return plan


@transaction.atomic
def values_apply(*, batch: ImportBatch, by) -> ValuePlan:
    """Apply a previewed import in one transaction, after checking it again: areas,
    indicators and figures may have changed since the preview."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk, kind=BATCH_KIND)
    if batch.applied_at is not None:
        raise ValidationError(_("This import has already been applied."))
    data = batch.rows
    rows = [(number, values) for number, values in data.get("raw", [])]
    source = data.get("source", ValueSource.FILE)
    plan = values_check(
        programme=batch.programme, rows=rows, headers=data.get("headers") or {}, source=source
    )
    if not plan.is_valid:
        raise ValidationError(_("The file has problems; nothing has been imported."))
    _write(programme=batch.programme, plan=plan, source=source, filename=batch.filename, by=by)
    batch.applied_at = timezone.now()
    batch.save(update_fields=["applied_at"])
    return plan


def plan_as_json(plan: ValuePlan) -> dict:
    """A plan as the command prints it with --json."""
    return {**plan.summary(), "problem_list": plan.problems, "cells": len(plan.cells)}


__all__ = [
    "Cell",
    "ValuePlan",
    "first_rows",
    "parse_number",
    "plan_as_json",
    "values_apply",
    "values_check",
    "values_import",
    "values_prepare",
]
