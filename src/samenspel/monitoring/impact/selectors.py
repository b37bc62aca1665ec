"""What the impact page offers to choose from: the districts and neighbourhoods with figures
of the indicator, and the years they have."""

from __future__ import annotations

from ..analysis import UNIT_LEVELS
from ..models import Area, Indicator, IndicatorValue


def unit_areas(*, indicator: Indicator) -> list[Area]:
    """The districts and neighbourhoods with figures of this indicator (for everyone)."""
    return list(
        indicator.programme.areas.filter(
            level__in=UNIT_LEVELS,
            values__indicator=indicator,
            values__target_group__isnull=True,
        )
        .distinct()
        .order_by("name")
    )


def unit_periods(*, indicator: Indicator) -> list[int]:
    """The years with figures of this indicator in districts or neighbourhoods."""
    return list(
        IndicatorValue.objects.filter(indicator=indicator, area__level__in=UNIT_LEVELS)
        .order_by("period")
        .values_list("period", flat=True)
        .distinct()
    )
