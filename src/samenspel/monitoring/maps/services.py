"""Changes from the areas' pages: an uploaded shape file kept until it is applied, and its
shapes written to the programme's areas, all or none."""

from __future__ import annotations

from dataclasses import asdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb, record
from samenspel.core.models import Programme
from samenspel.stakeholders.models import ImportBatch

from .. import services as monitoring_services
from ..selectors import LEVEL_ORDER
from . import geojson
from .selectors import SHAPES_KIND, feature_geometries, shape_plan


def area_shapes_prepare(*, programme: Programme, content: bytes, filename: str, by) -> ImportBatch:
    """Read and check a GeoJSON file and keep it for its preview; raises ShapeProblem."""
    shape_file = geojson.read_shapes(content)
    known = {code.upper() for code in programme.areas.values_list("code", flat=True)}
    return ImportBatch.objects.create(
        programme=programme,
        kind=SHAPES_KIND,
        filename=filename[:255],
        created_by=by,
        rows={
            "system": shape_file.system,
            "properties": shape_file.properties,
            "code_property": geojson.detect_code_property(shape_file, known),
            "features": [asdict(feature) for feature in shape_file.features],
        },
    )


def area_shapes_apply(*, batch: ImportBatch, code_property: str | None, by) -> dict[str, int]:
    """Give the matching areas their shapes and add the new ones, in one transaction, after
    checking the file again against the areas as they are now. Returns the counts."""
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.applied_at is not None:
            raise ValidationError(_("This file has already been applied."))
        plan = shape_plan(batch=batch, code_property=code_property)
        if plan.code_property is None:
            raise ValidationError(_("Choose the property that holds the area codes."))
        if not plan.applicable:
            raise ValidationError(_("The file has problems; nothing has been changed."))
        programme = batch.programme
        shapes = feature_geometries(batch)
        by_code = {area.code.upper(): area for area in programme.areas.all()}
        matched = created = 0
        for row in plan.rows:
            if row.action == "match":
                monitoring_services.area_update(area=row.area, geometry=shapes[row.number], by=by)
                matched += 1
        # Municipalities before districts before neighbourhoods, so that each finds the
        # area it lies in when the same file brings both.
        new = sorted(
            (row for row in plan.rows if row.action == "create"),
            key=lambda row: (LEVEL_ORDER[row.level], row.code),
        )
        for row in new:
            area = monitoring_services.area_create(
                programme=programme,
                code=row.code,
                name=row.name,
                level=row.level,
                parent=by_code.get(row.parent_code),
                geometry=shapes[row.number],
                by=by,
            )
            by_code[area.code.upper()] = area
            created += 1
        batch.applied_at = timezone.now()
        batch.rows = {**batch.rows, "code_property": plan.code_property}
        batch.save(update_fields=["applied_at", "rows"])
        counts = {"matched": matched, "created": created, "skipped": plan.count("unknown")}
        record(
            by=by,
            verb=AuditVerb.IMPORTED,
            programme=programme,
            what="area_shapes",
            filename=batch.filename,
            code_property=plan.code_property,
            **counts,
        )
    return counts
