"""A synthetic monitoring programme for benchmarks: goals, a municipality with its districts
(simple square shapes side by side), target groups, indicators per goal and their figures per
year, district and target group. Some curves move toward their target, some away, some not
at all."""

import random

from django.db import transaction

YEAR_ONE = 2015
LONGITUDE, LATITUDE, SIDE = 6.0, 52.2, 0.02  # a fictional place in the east of the country


def _square(column: int, row: int) -> dict:
    west, south = LONGITUDE + column * SIDE, LATITUDE + row * SIDE
    ring = [
        [west, south],
        [west + SIDE, south],
        [west + SIDE, south + SIDE],
        [west, south + SIDE],
        [west, south],
    ]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


@transaction.atomic
def seed_programme(*, indicators=40, years=10, areas=12, groups=6, seed: int = 13):
    """A programme with 8 goals, a municipality and ``areas`` districts, ``groups`` target
    groups and ``indicators`` indicators, each with a figure for every year, for the
    municipality and every district, for everyone and for every target group."""
    from samenspel.core.models import Municipality, Programme
    from samenspel.goals.models import Goal, TargetImage
    from samenspel.monitoring.models import Area, AreaLevel, Direction, Indicator, IndicatorValue
    from samenspel.stakeholders.models import TargetGroup

    rng = random.Random(seed)
    number = Programme.objects.count() + 1
    slug = f"monitoring-bench-{number}"
    municipality, _created = Municipality.objects.get_or_create(name=f"Meetdorp {number}")
    programme = Programme.objects.create(name=f"Monitoring benchmark {number}", slug=slug)
    programme.municipalities.set([municipality])

    images = TargetImage.objects.bulk_create(
        TargetImage(programme=programme, title=f"Streefbeeld {i + 1}", position=i) for i in range(2)
    )
    goals = Goal.objects.bulk_create(
        Goal(
            programme=programme,
            target_image=images[i % 2],
            title=f"Doel {i + 1}: minder eenzaamheid en meer meedoen",
            position=i,
        )
        for i in range(8)
    )
    columns = max(1, round(areas**0.5))
    home = Area.objects.create(
        programme=programme,
        code=f"GM{9000 + number % 1000:04d}",
        name=f"Meetdorp {number}",
        level=AreaLevel.MUNICIPALITY,
        geometry={
            "type": "Polygon",
            "coordinates": [
                [
                    [LONGITUDE, LATITUDE],
                    [LONGITUDE + columns * SIDE, LATITUDE],
                    [LONGITUDE + columns * SIDE, LATITUDE + -(-areas // columns) * SIDE],
                    [LONGITUDE, LATITUDE + -(-areas // columns) * SIDE],
                    [LONGITUDE, LATITUDE],
                ]
            ],
        },
    )
    districts = Area.objects.bulk_create(
        Area(
            programme=programme,
            code=f"WK{9000 + number % 1000:04d}{i:02d}",
            name=f"Wijk {i + 1}",
            level=AreaLevel.DISTRICT,
            parent=home,
            geometry=_square(i % columns, i // columns),
        )
        for i in range(areas)
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
            direction=Direction.LOWER if i % 2 else Direction.HIGHER,
            by_area=True,
            by_target_group=groups > 0,
            baseline_period=YEAR_ONE,
            target_value=50.0 + (-10 if i % 2 else 10),
            target_period=YEAR_ONE + years + 2,
            position=i,
        )
        for i in range(indicators)
    )
    Through = Indicator.goals.through
    Through.objects.bulk_create(
        Through(indicator=indicator, goal=goals[i % len(goals)]) for i, indicator in enumerate(made)
    )
    values = []
    for i, indicator in enumerate(made):
        # A third moves toward its target, a third away, a third hardly at all.
        toward = 1 if indicator.direction == Direction.HIGHER else -1
        slope = [toward, -toward, 0][i % 3] * rng.uniform(0.5, 1.5)
        for area_index, area in enumerate([home, *districts]):
            offset = 0 if area is home else rng.uniform(-5, 5)
            for year in range(years):
                level = 50 + offset + slope * year
                values.append(
                    IndicatorValue(
                        indicator=indicator,
                        period=YEAR_ONE + year,
                        area=area,
                        value=round(level + rng.gauss(0, 1), 2),
                        n=400 if area is home else 60,
                        source="file",
                    )
                )
                for group_index, group in enumerate(target_groups):
                    values.append(
                        IndicatorValue(
                            indicator=indicator,
                            period=YEAR_ONE + year,
                            area=area,
                            target_group=group,
                            value=round(level + group_index - groups / 2 + rng.gauss(0, 2), 2),
                            n=40 + area_index,
                            source="file",
                        )
                    )
    IndicatorValue.objects.bulk_create(values, batch_size=2000)
    return programme
