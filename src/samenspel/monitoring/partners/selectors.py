"""Reads for the figures asked of partners: the team's list with each request's state, a
partner's own requests, and the outstanding count for the programme home."""

from __future__ import annotations

import datetime

from django.db.models import F, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from samenspel.core.models import Programme
from samenspel.stakeholders.models import Organisation

from ..models import FigureRequest

OUTSTANDING = "outstanding"
OVERDUE = "overdue"
DELIVERED = "delivered"
STATUS_CHOICES = [
    (OUTSTANDING, _("Outstanding")),
    (OVERDUE, _("Overdue")),
    (DELIVERED, _("Delivered")),
]
STATUS_LABELS = dict(STATUS_CHOICES)


def organisations_of(*, user, programme: Programme) -> QuerySet[Organisation]:
    """The programme's organisations the user belongs to, through their person in the register."""
    return Organisation.objects.filter(programme=programme, people__user=user).distinct()


def request_status(request: FigureRequest, today: datetime.date | None = None) -> str:
    """Delivered, overdue (its deliver-by date has passed) or outstanding."""
    if request.delivered_at is not None:
        return DELIVERED
    today = today or timezone.localdate()
    if request.due_date is not None and request.due_date < today:
        return OVERDUE
    return OUTSTANDING


def _with_status(status: str, today: datetime.date) -> Q:
    if status == DELIVERED:
        return Q(delivered_at__isnull=False)
    overdue = Q(delivered_at__isnull=True, due_date__lt=today)
    if status == OVERDUE:
        return overdue
    return Q(delivered_at__isnull=True) & ~overdue


def figure_requests_for(
    *, programme: Programme, status: str = "", organisations=None
) -> QuerySet[FigureRequest]:
    """The programme's requests (only to the given organisations, if given), in one state or
    all: outstanding first by their deliver-by date, then the delivered, newest first."""
    requests = FigureRequest.objects.filter(indicator__programme=programme).select_related(
        "indicator", "organisation", "delivered_value", "delivered_by", "requested_by"
    )
    if organisations is not None:
        requests = requests.filter(organisation__in=organisations)
    if status:
        requests = requests.filter(_with_status(status, timezone.localdate()))
    return requests.order_by(
        # Outstanding first (no delivery yet), the soonest due on top; then the newest delivered.
        F("delivered_at").desc(nulls_first=True),
        F("due_date").asc(nulls_last=True),
        "organisation__name",
        "indicator__name",
        "pk",
    )


def figure_request_in(*, programme: Programme, pk: int) -> FigureRequest:
    """One request of this programme, or 404."""
    return get_object_or_404(
        FigureRequest.objects.select_related(
            "indicator", "organisation", "delivered_value", "delivered_by"
        ),
        indicator__programme=programme,
        pk=pk,
    )


def outstanding_summary(*, programme: Programme) -> dict | None:
    """Counts for the programme home: outstanding and overdue requests, and the delivered ones;
    None while nothing was ever asked."""
    today = timezone.localdate()
    requests = FigureRequest.objects.filter(indicator__programme=programme)
    total = requests.count()
    if not total:
        return None
    delivered = requests.filter(delivered_at__isnull=False).count()
    overdue = requests.filter(_with_status(OVERDUE, today)).count()
    return {
        "total": total,
        "delivered": delivered,
        "overdue": overdue,
        "outstanding": total - delivered - overdue,
        "waiting": total - delivered,
    }


def own_requests_summary(*, user, programme: Programme) -> dict | None:
    """For a partner's home: how many of its organisations' requests wait for a figure, and
    how many are overdue; None when nothing waits."""
    waiting = FigureRequest.objects.filter(
        indicator__programme=programme,
        organisation__in=organisations_of(user=user, programme=programme),
        delivered_at__isnull=True,
    )
    count = waiting.count()
    if not count:
        return None
    overdue = waiting.filter(due_date__lt=timezone.localdate()).count()
    return {"waiting": count, "overdue": overdue}
