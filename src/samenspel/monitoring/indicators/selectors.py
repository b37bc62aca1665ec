"""Reads of the indicator pages: the list with each indicator's latest figure, one indicator
with its goals, the areas its trend may show, and its figures for the table."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from samenspel.core.models import Programme
from samenspel.core.rules import is_partner

from ..models import Area, Indicator, IndicatorLevel, IndicatorValue
from ..partners.selectors import organisations_of
from ..selectors import (
    home_area,
    indicators_for_programme,
    small_group_threshold,
    values_for_indicator,
)
from .services import AREA_LEVELS_FOR


def is_small(value: IndicatorValue, threshold: int) -> bool:
    """A figure about fewer people than the programme's smallest group shown; a figure
    without n (a register count, a rate from elsewhere) is no sample and stays."""
    return value.n is not None and value.n < threshold


def indicator_list(*, programme: Programme, goal=None, kind: str = "") -> QuerySet[Indicator]:
    """The programme's indicators, perhaps of one goal or kind, in their order."""
    indicators = indicators_for_programme(programme=programme, goal=goal)
    if kind:
        indicators = indicators.filter(kind=kind)
    return indicators.order_by("position", "name", "pk")


def with_latest_values(indicators, *, programme: Programme) -> list[Indicator]:
    """Give each indicator of a page ``latest``: its newest figure for the municipality (for
    everyone), or None. One query for the whole page."""
    indicators = list(indicators)
    area = home_area(programme=programme)
    latest: dict[int, IndicatorValue] = {}
    if area is not None and indicators:
        values = IndicatorValue.objects.filter(
            indicator__in=indicators, area=area, target_group__isnull=True
        ).order_by("indicator_id", "-period")
        for value in values:
            latest.setdefault(value.indicator_id, value)
    threshold = small_group_threshold(programme=programme)
    for indicator in indicators:
        value = latest.get(indicator.pk)
        indicator.latest = None if value is None or is_small(value, threshold) else value
    return indicators


def indicator_detail(*, programme: Programme, pk: int) -> Indicator:
    """One of the programme's indicators, with its goals; 404 for anything else."""
    return get_object_or_404(
        Indicator.objects.filter(programme=programme).prefetch_related("goals"), pk=pk
    )


def value_detail(*, programme: Programme, pk: int) -> IndicatorValue:
    """One figure of one of the programme's indicators; 404 for anything else."""
    return get_object_or_404(
        IndicatorValue.objects.select_related("indicator__programme", "area", "target_group"),
        indicator__programme=programme,
        pk=pk,
    )


def trend_areas(*, indicator: Indicator) -> list[Area]:
    """The areas with figures of this indicator (for everyone) that a trend may be shown for."""
    if indicator.level == IndicatorLevel.ORGANISATION:
        return []
    return list(
        indicator.programme.areas.filter(
            level__in=AREA_LEVELS_FOR[indicator.level],
            values__indicator=indicator,
            values__target_group__isnull=True,
        )
        .distinct()
        .order_by("level", "name")
    )


def value_rows(*, indicator: Indicator, user) -> QuerySet[IndicatorValue]:
    """The indicator's figures for its table, newest first. A partner sees the figures of
    organisations only of its own: what another organisation delivered, with its notes, is
    that organisation's and the team's."""
    values = values_for_indicator(indicator=indicator)
    if is_partner(user, indicator.programme):
        own = organisations_of(user=user, programme=indicator.programme)
        values = values.filter(Q(organisation__isnull=True) | Q(organisation__in=own))
    return values


def mark_small(values, *, threshold: int) -> list[IndicatorValue]:
    """Mark each figure of a page that rests on too few people (everyone's or a target
    group's alike), so the table hides its value and its n."""
    values = list(values)
    for value in values:
        value.hidden = is_small(value, threshold)
    return values
