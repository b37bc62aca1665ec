"""Trend and impact of an indicator's figures, for the pages, the report and the commands:
the selectors gather the series or the panel, statistics.py does the arithmetic."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import statistics
from .models import Area, AreaLevel, Indicator, IndicatorValue
from .selectors import home_area, series, small_group_threshold

# Units of a comparison: the programme's own districts and neighbourhoods, never the
# municipality or the country they lie in, which would count the same people twice.
UNIT_LEVELS = (AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD)


@dataclass(frozen=True)
class TrendResult:
    indicator: Indicator
    area: Area
    trend: statistics.Trend
    next_period: int


def indicator_trend(*, indicator: Indicator, area: Area | None = None) -> TrendResult:
    """The straight-line trend of an indicator in an area (by default the municipality) from
    its baseline year on, with a forecast of the year after the last figure."""
    area = area or home_area(programme=indicator.programme)
    if area is None:
        raise ValidationError(_("This programme has no municipality among its areas yet."))
    points = series(indicator=indicator, area=area)
    if indicator.baseline_period:
        points = [point for point in points if point.period >= indicator.baseline_period]
    if not points:
        raise ValidationError(
            _("There are no figures for this indicator in %(area)s.") % {"area": area}
        )
    next_period = points[-1].period + 1
    try:
        trend = statistics.ols_trend(
            [p.period for p in points], [p.value for p in points], forecast=[next_period]
        )
    except ValueError as exc:
        raise ValidationError(
            _("A trend needs figures of at least three years; %(area)s has %(count)s.")
            % {"area": area, "count": len({p.period for p in points})}
        ) from exc
    return TrendResult(indicator, area, trend, next_period)


@dataclass(frozen=True)
class ImpactResult:
    indicator: Indicator
    treated: list[Area]
    before: int
    after: int
    estimate: statistics.DiffInDiff
    left_out: int = 0  # areas left out as having a figure on too few people


def indicator_impact(
    *, indicator: Indicator, treated_codes: list[str], before: int, after: int
) -> ImpactResult:
    """Difference in differences between the treated areas and the programme's other areas:
    figures up to ``before`` against figures from ``after`` on, everyone (no target group)."""
    if after <= before:
        raise ValidationError(_("The year after must come later than the year before."))
    units = {
        area.code.upper(): area for area in indicator.programme.areas.filter(level__in=UNIT_LEVELS)
    }
    wanted = [code.strip().upper() for code in treated_codes if code.strip()]
    unknown = [code for code in wanted if code not in units]
    if unknown:
        raise ValidationError(
            _("Unknown district or neighbourhood: %(codes)s.") % {"codes": ", ".join(unknown)}
        )
    if not wanted:
        raise ValidationError(_("Name at least one treated area."))
    rows = IndicatorValue.objects.filter(
        indicator=indicator,
        target_group__isnull=True,
        organisation__isnull=True,
        area__in=units.values(),
    ).exclude(period__gt=before, period__lt=after)
    # An area with a figure on too few people is left out whole: from the means before and
    # after with and without it, its hidden figure could be solved for.
    threshold = small_group_threshold(programme=indicator.programme)
    panel = list(rows.values_list("area__code", "period", "value", "n"))
    small = {code for code, _period, _value, n in panel if n is not None and n < threshold}
    data = [(code, period, value) for code, period, value, _n in panel if code not in small]
    try:
        estimate = statistics.diff_in_diff(
            [code.upper() for code, _period, _value in data],
            [code.upper() in wanted for code, _period, _value in data],
            [period >= after for _code, period, _value in data],
            [value for _code, _period, value in data],
        )
    except ValueError as exc:
        raise ValidationError(
            _(
                "Too few areas with figures both before and after: difference in differences "
                "needs at least two treated and two other areas."
            )
        ) from exc
    return ImpactResult(
        indicator, [units[code] for code in wanted], before, after, estimate, len(small)
    )


# Per target group -------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupImpact:
    """Difference in differences within one target group, or why there is none: 'small'
    (a figure rests on too few people to show) or 'too_few' (too few areas on a side)."""

    target_group: object
    estimate: statistics.DiffInDiff | None
    reason: str = ""


def indicator_impact_by_group(
    *,
    indicator: Indicator,
    treated_codes: list[str],
    before: int,
    after: int,
    min_n: int | None = None,
) -> list[GroupImpact]:
    """The comparison of ``indicator_impact`` within each target group that has figures of
    this indicator; a group whose figures rest on fewer than ``min_n`` people (by default
    the programme's smallest group shown) gets none."""
    if min_n is None:
        min_n = small_group_threshold(programme=indicator.programme)
    wanted = {code.strip().upper() for code in treated_codes if code.strip()}
    rows = IndicatorValue.objects.filter(
        indicator=indicator,
        target_group__isnull=False,
        organisation__isnull=True,
        area__level__in=UNIT_LEVELS,
    ).exclude(period__gt=before, period__lt=after)
    panels: dict = {}
    for group, code, period, value, n in rows.values_list(
        "target_group", "area__code", "period", "value", "n"
    ):
        panels.setdefault(group, []).append((code.upper(), period, value, n))
    groups = {group.pk: group for group in indicator.programme.target_groups.filter(pk__in=panels)}
    found = []
    for pk, data in panels.items():
        group = groups[pk]
        if any(n is not None and n < min_n for _code, _period, _value, n in data):
            found.append(GroupImpact(group, None, "small"))
            continue
        try:
            estimate = statistics.diff_in_diff(
                [code for code, *_rest in data],
                [code in wanted for code, *_rest in data],
                [period >= after for _code, period, *_rest in data],
                [value for _code, _period, value, _n in data],
            )
        except ValueError:
            found.append(GroupImpact(group, None, "too_few"))
            continue
        found.append(GroupImpact(group, estimate))
    found.sort(key=lambda item: item.target_group.name.lower())
    return found
