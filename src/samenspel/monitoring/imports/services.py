"""Import of indicator values in long format (from a file or from Statistics Netherlands):
every row is checked first, then all rows are written or none, in one transaction with bulk
operations, and one audit event tells who imported what."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.bulk import copy_rows
from samenspel.core.models import Programme
from samenspel.monitoring.models import IndicatorValue, ValueSource
from samenspel.stakeholders.models import ImportBatch

from .checks import LEVELS_FOR, Cell, ValuePlan, parse_number, values_check

BATCH_KIND = "indicator_values"
FIRST_ROWS = 20
BATCH_SIZE = 2000


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
    plan = values_check(programme=programme, rows=rows, headers=headers)
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
    """New figures by COPY on PostgreSQL (see core.bulk): the rows hold every field after the
    primary key, in the model's order."""
    columns = [
        field.column for field in IndicatorValue._meta.concrete_fields if not field.primary_key
    ]
    copy_rows(IndicatorValue, columns, (row[1:] for row in rows))


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
        plan = values_check(programme=programme, rows=rows, headers=headers)
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
    plan = values_check(programme=batch.programme, rows=rows, headers=data.get("headers") or {})
    if not plan.is_valid:
        raise ValidationError(_("The file has problems; nothing has been imported."))
    _write(programme=batch.programme, plan=plan, source=source, filename=batch.filename, by=by)
    batch.applied_at = timezone.now()
    batch.save(update_fields=["applied_at"])
    return plan


__all__ = [
    "LEVELS_FOR",
    "Cell",
    "ValuePlan",
    "first_rows",
    "parse_number",
    "values_apply",
    "values_check",
    "values_import",
    "values_prepare",
]
