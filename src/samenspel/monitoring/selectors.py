"""Reads in monitoring shared by its rooms: indicators with what pages need, their figures
as series, and areas in their order."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max, Prefetch, QuerySet

from samenspel.core.models import Programme

from .models import Area, AreaLevel, Indicator, IndicatorValue

LEVEL_ORDER = {level: index for index, level in enumerate(AreaLevel.values)}


def indicators_for_programme(*, programme: Programme, goal=None) -> QuerySet[Indicator]:
    """The programme's indicators (or one goal's) with their goals and number of figures."""
    indicators = programme.indicators.all()
    if goal is not None:
        indicators = indicators.filter(goals=goal)
    return indicators.annotate(value_count=Count("values", distinct=True)).prefetch_related(
        Prefetch("goals", to_attr="goal_list")
    )


def areas_for_programme(*, programme: Programme) -> list[Area]:
    """Areas from the country down to neighbourhoods, then by name."""
    areas = list(programme.areas.select_related("parent"))
    areas.sort(key=lambda area: (LEVEL_ORDER[area.level], area.name.lower()))
    return areas


def home_area(*, programme: Programme) -> Area | None:
    """The area that stands for the whole programme: its (first) municipality."""
    return programme.areas.filter(level=AreaLevel.MUNICIPALITY).order_by("code").first()


@dataclass(frozen=True)
class Point:
    period: int
    value: float
    n: int | None
    lower: float | None
    upper: float | None


def series(
    *, indicator: Indicator, area: Area | None = None, organisation=None, target_group=None
) -> list[Point]:
    """One line of figures over the years: for an area (or organisation), everyone or a group."""
    values = IndicatorValue.objects.filter(indicator=indicator, target_group=target_group)
    if organisation is not None:
        values = values.filter(organisation=organisation)
    else:
        values = values.filter(area=area, organisation__isnull=True)
    return [
        Point(period, value, n, lower, upper)
        for period, value, n, lower, upper in values.order_by("period").values_list(
            "period", "value", "n", "lower", "upper"
        )
    ]


def values_for_indicator(*, indicator: Indicator) -> QuerySet[IndicatorValue]:
    """All of an indicator's figures with their area, organisation and group, newest first."""
    return indicator.values.select_related("area", "organisation", "target_group").order_by(
        "-period", "area__name", "organisation__name", "target_group__name", "pk"
    )


def small_group_threshold(*, programme: Programme) -> int:
    """The fewest people a shown figure may stand for: the strictest smallest group of the
    programme's surveys, or the surveys' default when it has none."""
    from samenspel.surveys.analysis.statistics import MIN_CELL
    from samenspel.surveys.models import Survey

    strictest = Survey.objects.filter(programme=programme).aggregate(Max("min_cell"))
    return strictest["min_cell__max"] or MIN_CELL
