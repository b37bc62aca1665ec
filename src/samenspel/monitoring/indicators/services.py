"""Figures by hand: add one, or change one, checked against what the indicator is about (its
level, whether it is broken down by area or target group). The arithmetic of the cell and
the audit event stay in monitoring's own ``value_set`` and ``value_delete``."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import AreaLevel, Indicator, IndicatorLevel, IndicatorValue
from ..services import value_delete, value_set

# The areas a figure of an indicator may be about: its own level, and the larger areas it is
# compared with (a district's figure beside the municipality's and the country's).
AREA_LEVELS_FOR = {
    IndicatorLevel.MUNICIPALITY: [AreaLevel.COUNTRY, AreaLevel.MUNICIPALITY],
    IndicatorLevel.DISTRICT: [AreaLevel.COUNTRY, AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT],
    IndicatorLevel.NEIGHBOURHOOD: list(AreaLevel.values),
    IndicatorLevel.ORGANISATION: [],
}


def _check_fits(indicator: Indicator, *, area, organisation, target_group) -> None:
    if indicator.level == IndicatorLevel.ORGANISATION:
        if organisation is None or area is not None:
            raise ValidationError({"organisation": _("This indicator counts per organisation.")})
    else:
        if area is None or organisation is not None:
            raise ValidationError({"area": _("This indicator counts per area.")})
        allowed = AREA_LEVELS_FOR[indicator.level]
        if not indicator.by_area:
            allowed = [
                level for level in allowed if level in (AreaLevel.COUNTRY, AreaLevel.MUNICIPALITY)
            ]
        if area.level not in allowed:
            raise ValidationError(
                {
                    "area": _("A figure of this indicator cannot be about a %(level)s.")
                    % {"level": area.get_level_display().lower()}
                }
            )
    if target_group is not None and not indicator.by_target_group:
        raise ValidationError(
            {"target_group": _("This indicator is not broken down by target group.")}
        )


def _taken(indicator: Indicator, *, period, area, organisation, target_group, exclude=None):
    values = IndicatorValue.objects.filter(
        indicator=indicator,
        period=period,
        area=area,
        organisation=organisation,
        target_group=target_group,
    )
    if exclude is not None:
        values = values.exclude(pk=exclude.pk)
    return values.exists()


def _taken_message() -> str:
    return _("There is already a figure for this year, area and group. Change that one instead.")


def value_add(
    *,
    indicator: Indicator,
    period: int,
    value: float,
    area=None,
    organisation=None,
    target_group=None,
    n=None,
    note: str = "",
    by,
) -> IndicatorValue:
    """Add one figure by hand; a figure already in that cell is not silently replaced."""
    cell = {"area": area, "organisation": organisation, "target_group": target_group}
    _check_fits(indicator, **cell)
    if _taken(indicator, period=period, **cell):
        raise ValidationError({"period": _taken_message()})
    return value_set(indicator=indicator, period=period, value=value, n=n, note=note, by=by, **cell)


def value_change(
    *,
    figure: IndicatorValue,
    period: int,
    value: float,
    area=None,
    organisation=None,
    target_group=None,
    n=None,
    note: str = "",
    by,
) -> IndicatorValue:
    """Change a figure by hand, also its year or area: the old cell is emptied in the same step.
    Its interval and effective base belonged to the old source, so they go."""
    indicator = figure.indicator
    cell = {"area": area, "organisation": organisation, "target_group": target_group}
    _check_fits(indicator, **cell)
    if _taken(indicator, period=period, exclude=figure, **cell):
        raise ValidationError({"period": _taken_message()})
    moved = (period, area, organisation, target_group) != (
        figure.period,
        figure.area,
        figure.organisation,
        figure.target_group,
    )
    with transaction.atomic():
        if moved:
            value_delete(value=figure, by=by)
        return value_set(
            indicator=indicator, period=period, value=value, n=n, note=note, by=by, **cell
        )
