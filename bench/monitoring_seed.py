"""A synthetic monitoring programme for benchmarks: a municipality with districts of fictional
hexagonal shapes, the country as a yardstick, target groups and indicators with a figure per
year, area and group (and for everyone)."""

import math
import random

from django.db import transaction

HEX_RADIUS = 0.01  # degrees of latitude: districts of about a kilometre across


def hexagon(column: int, row: int) -> dict:
    """A fictional district: a hexagon in a honeycomb near 6°E 52.2°N, in lon/lat."""
    squash = math.cos(math.radians(52.2))  # so that it is a regular hexagon on the ground
    width = math.sqrt(3) * HEX_RADIUS / squash
    x = 6.0 + column * width + (row % 2) * width / 2
    y = 52.2 + row * 1.5 * HEX_RADIUS
    ring = [
        [
            round(x + HEX_RADIUS / squash * math.cos(math.radians(30 + 60 * k)), 6),
            round(y + HEX_RADIUS * math.sin(math.radians(30 + 60 * k)), 6),
        ]
        for k in range(6)
    ]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


@transaction.atomic
def seed_programme(*, indicators=40, years=10, areas=12, groups=6):
    """A programme with ``areas`` districts, its municipality and the country, ``groups``
    target groups and ``indicators`` indicators with a figure for every year, area (the
    municipality and the country too) and group, and for everyone."""
    from samenspel.core.models import Programme
    from samenspel.monitoring.models import Area, AreaLevel, Direction, Indicator, IndicatorValue
    from samenspel.stakeholders.models import TargetGroup

    rng = random.Random(13)
    slug = f"monitoring-bench-{Programme.objects.count() + 1}"
    programme = Programme.objects.create(name=f"Monitoring {slug}", slug=slug)
    country = Area.objects.create(
        programme=programme, code="NL01", name="Nederland", level=AreaLevel.COUNTRY
    )
    municipality = Area.objects.create(
        programme=programme, code="GM9901", name="Benchmarkdorp", level=AreaLevel.MUNICIPALITY
    )
    columns = max(1, math.ceil(math.sqrt(areas)))
    districts = Area.objects.bulk_create(
        Area(
            programme=programme,
            code=f"WK9901{index + 1:02d}",
            name=f"Wijk {index + 1}",
            level=AreaLevel.DISTRICT,
            parent=municipality,
            geometry=hexagon(index % columns, index // columns),
        )
        for index in range(areas)
    )
    target_groups = TargetGroup.objects.bulk_create(
        TargetGroup(programme=programme, name=f"Doelgroep {i + 1}", dimension="demographic")
        for i in range(groups)
    )
    made = Indicator.objects.bulk_create(
        Indicator(
            programme=programme,
            code=f"indicator-{i + 1}",
            name=f"Indicator {i + 1}",
            unit="%",
            direction=Direction.HIGHER if i % 2 else Direction.LOWER,
            by_target_group=True,
            position=i + 1,
        )
        for i in range(indicators)
    )
    first_year = 2026 - years
    values = []
    for indicator in made:
        level = rng.uniform(20, 60)
        for year in range(first_year, first_year + years):
            for area in [country, municipality, *districts]:
                for group in [None, *target_groups]:
                    values.append(
                        IndicatorValue(
                            indicator=indicator,
                            period=year,
                            area=area,
                            target_group=group,
                            value=round(level + rng.gauss(0, 5), 1),
                            n=rng.randint(5, 400) if area.level == AreaLevel.DISTRICT else None,
                        )
                    )
    IndicatorValue.objects.bulk_create(values, batch_size=5000)
    return programme
