"""Reads of the rights to export answers per respondent, for the page that asks and decides."""

from django.db.models import Case, IntegerField, QuerySet, Value, When

from samenspel.core.models import Programme

from ..models import RowExportGrant, RowExportStatus


def row_export_grants(*, programme: Programme) -> QuerySet[RowExportGrant]:
    """Every request and right of the programme, open requests first, then the rights in
    force, then the ones that ended; with who asked and who decided."""
    return (
        RowExportGrant.objects.filter(programme=programme)
        .select_related("user", "decided_by")
        .annotate(
            rank=Case(
                When(status=RowExportStatus.REQUESTED, then=Value(0)),
                When(status=RowExportStatus.GRANTED, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "-requested_at", "-pk")
    )


def own_row_export_grants(*, programme: Programme, user) -> QuerySet[RowExportGrant]:
    """A member's own requests and rights in the programme, newest first."""
    return RowExportGrant.objects.filter(programme=programme, user=user).select_related(
        "decided_by"
    )


def has_open_request_or_right(*, programme: Programme, user) -> bool:
    return RowExportGrant.objects.filter(
        programme=programme,
        user=user,
        status__in=[RowExportStatus.REQUESTED, RowExportStatus.GRANTED],
    ).exists()
