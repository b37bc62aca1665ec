"""Changes to figures asked of partners as the pages make them: the shared services, and the
programme marked changed so the outstanding count on its home is rebuilt."""

from __future__ import annotations

import math

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samenspel.core.services import programme_touch

from .. import services
from ..models import FigureRequest, IndicatorValue


def figure_request_ask(
    *, indicator, organisation, period: int, due_date=None, message: str = "", by
) -> FigureRequest:
    """Ask an organisation for an indicator's figure for a year."""
    with transaction.atomic():
        request = services.figure_request_create(
            indicator=indicator,
            organisation=organisation,
            period=period,
            due_date=due_date,
            message=message,
            by=by,
        )
        programme_touch(programme_id=indicator.programme_id)
    return request


def figure_request_take_back(*, request: FigureRequest, by) -> None:
    """Withdraw a request that has not been answered."""
    programme_id = request.indicator.programme_id
    with transaction.atomic():
        services.figure_request_withdraw(request=request, by=by)
        programme_touch(programme_id=programme_id)


def figure_request_answer(
    *, request: FigureRequest, value: float, n: int | None = None, note: str = "", by
) -> IndicatorValue:
    """A partner fills in the figure it was asked for, once: a delivered figure is not
    overwritten from this page (the team corrects figures by hand)."""
    if not request.is_outstanding:
        raise ValidationError(_("This figure has already been delivered."))
    if not math.isfinite(value):
        raise ValidationError({"value": _("Fill in a number.")})
    with transaction.atomic():
        # Lock the request so two deliveries at once do not both pass the check above.
        locked = FigureRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.is_outstanding:
            raise ValidationError(_("This figure has already been delivered."))
        figure = services.figure_deliver(request=request, value=value, n=n, note=note, by=by)
        programme_touch(programme_id=request.indicator.programme_id)
    return figure
