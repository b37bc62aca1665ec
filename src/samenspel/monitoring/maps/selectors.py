"""Reads for the areas and the map: the areas as a tree, what an uploaded shape file would do,
and one indicator's figures per area for a year, compared with the municipality and the
country, small groups hidden."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef

from samenspel.core.models import Programme
from samenspel.stakeholders.models import ImportBatch, TargetGroup

from ..models import Area, AreaLevel, Direction, Indicator, IndicatorValue
from ..selectors import LEVEL_ORDER, areas_for_programme, home_area, small_group_threshold
from . import geojson

SHAPES_KIND = "area_shapes"
MAP_LEVELS = (AreaLevel.NEIGHBOURHOOD, AreaLevel.DISTRICT)

# Areas ------------------------------------------------------------------------------------


@dataclass
class TreeRow:
    area: Area
    depth: int


def area_tree(*, programme: Programme) -> list[TreeRow]:
    """The programme's areas in tree order: each municipality with its districts and their
    neighbourhoods under it, by code; areas whose parent is not here stand at the top."""
    areas = areas_for_programme(programme=programme)
    ids = {area.pk for area in areas}
    children: dict[int | None, list[Area]] = {}
    for area in areas:
        parent = area.parent_id if area.parent_id in ids else None
        children.setdefault(parent, []).append(area)
    for group in children.values():
        group.sort(key=lambda area: (LEVEL_ORDER[area.level], area.code))
    rows: list[TreeRow] = []
    stack = [(area, 0) for area in reversed(children.get(None, []))]
    seen: set[int] = set()
    while stack:
        area, depth = stack.pop()
        if area.pk in seen:  # a loop of parents: show each area once
            continue
        seen.add(area.pk)
        rows.append(TreeRow(area, depth))
        stack += [(child, depth + 1) for child in reversed(children.get(area.pk, []))]
    # Areas in a loop of parents never reach the top: show them there too.
    rows += [TreeRow(area, 0) for area in areas if area.pk not in seen]
    return rows


def parent_choices(*, programme: Programme, exclude: Area | None = None) -> list[Area]:
    """Areas another area may lie in: any but itself and those lying in it."""
    areas = areas_for_programme(programme=programme)
    if exclude is None:
        return areas
    below = {exclude.pk}
    grew = True
    while grew:
        grew = False
        for area in areas:
            if area.parent_id in below and area.pk not in below:
                below.add(area.pk)
                grew = True
    return [area for area in areas if area.pk not in below]


# Shapes from a file -------------------------------------------------------------------------


@dataclass
class ShapeRow:
    number: int
    code: str
    name: str
    action: str  # "match", "create" or "unknown"
    area: Area | None = None
    level: str = ""
    parent_code: str = ""
    problem: str = ""


@dataclass
class ShapePlan:
    batch: ImportBatch
    code_property: str | None
    properties: list[str]
    rows: list[ShapeRow] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def count_match(self) -> int:
        return self.count("match")

    @property
    def count_create(self) -> int:
        return self.count("create")

    @property
    def count_unknown(self) -> int:
        return self.count("unknown")

    @property
    def problems(self) -> list[ShapeRow]:
        return [row for row in self.rows if row.problem]

    @property
    def applicable(self) -> bool:
        return not self.problems and any(row.action != "unknown" for row in self.rows)


LEVEL_OF_PREFIX = {
    "GM": AreaLevel.MUNICIPALITY,
    "WK": AreaLevel.DISTRICT,
    "BU": AreaLevel.NEIGHBOURHOOD,
}


def parent_code(code: str) -> str:
    """The code of the area a Statistics Netherlands code lies in: BU03440101 in WK034401,
    that in GM0344."""
    if code.startswith("BU"):
        return "WK" + code[2:8]
    if code.startswith("WK"):
        return "GM" + code[2:6]
    return ""


def shape_batch(*, programme: Programme, pk: int, user) -> ImportBatch | None:
    """An uploaded shape file waiting for this user, or None."""
    return ImportBatch.objects.filter(
        programme=programme, pk=pk, created_by=user, kind=SHAPES_KIND
    ).first()


def shape_plan(*, batch: ImportBatch, code_property: str | None = None) -> ShapePlan:
    """What applying an uploaded shape file would do per feature: give an area its shape
    (match), add a new area of the programme's municipality (create), or skip (unknown)."""
    programme = batch.programme
    stored = batch.rows
    properties = stored.get("properties", [])
    existing = {area.code.upper(): area for area in programme.areas.all()}
    if code_property not in properties:
        code_property = stored.get("code_property")
    plan = ShapePlan(batch=batch, code_property=code_property, properties=properties)
    if code_property is None:
        return plan
    shape_file = _shape_file(stored)
    names = geojson.name_property(shape_file, code_property)
    municipalities = {code for code in existing if code.startswith("GM")} | {
        f"GM{code.upper().removeprefix('GM')}"
        for code in programme.municipalities.values_list("cbs_code", flat=True)
        if code
    }
    seen: dict[str, int] = {}
    for feature in shape_file.features:
        code = feature.properties.get(code_property, "").strip().upper()
        name = feature.properties.get(names, "") if names else ""
        row = ShapeRow(number=feature.number, code=code, name=name, action="unknown")
        if code and code in seen:
            row.problem = _duplicate(code, seen[code])
        seen.setdefault(code, feature.number)
        if code in existing:
            row.action, row.area = "match", existing[code]
            row.level, row.name = row.area.level, row.area.name
        elif geojson.CBS_CODE.match(code) and _municipality_of(code) in municipalities:
            row.action, row.level = "create", LEVEL_OF_PREFIX[code[:2]]
            row.parent_code = parent_code(code)
            row.name = (name or code)[:120]
        plan.rows.append(row)
    return plan


def _duplicate(code: str, first: int) -> str:
    from django.utils.translation import gettext as _

    return _("The code %(code)s already appears in feature %(number)s.") % {
        "code": code,
        "number": first,
    }


def _municipality_of(code: str) -> str:
    return "GM" + code[2:6]


def _shape_file(stored: dict) -> geojson.ShapeFile:
    features = [
        geojson.Feature(
            number=item["number"], properties=item["properties"], geometry=item["geometry"]
        )
        for item in stored.get("features", [])
    ]
    return geojson.ShapeFile(
        features=features,
        system=stored.get("system", "wgs84"),
        properties=stored.get("properties", []),
    )


def feature_geometries(batch: ImportBatch) -> dict[int, dict]:
    """Each feature's shape by its place in the file."""
    return {item["number"]: item["geometry"] for item in batch.rows.get("features", [])}


# The map ------------------------------------------------------------------------------------


@dataclass
class MapRow:
    area: Area
    value: float | None  # None: no figure, or one of too small a group
    n: int | None
    versus_municipality: float | None = None
    versus_country: float | None = None
    rank: int | None = None


@dataclass
class MapData:
    indicator: Indicator
    period: int
    target_group: TargetGroup | None
    level: str
    threshold: int
    rows: list[MapRow]  # ranked, best first, areas without a figure last
    municipality: Area | None = None
    municipality_value: float | None = None
    country: Area | None = None
    country_value: float | None = None

    @property
    def shown(self) -> list[MapRow]:
        return [row for row in self.rows if row.value is not None]

    @property
    def without_shape(self) -> list[MapRow]:
        return [row for row in self.rows if not row.area.geometry]


def mappable_indicators(*, programme: Programme) -> list[Indicator]:
    """The programme's indicators with at least one figure for an area."""
    # EXISTS stops at an indicator's first figure; a join would read all of them.
    figures = IndicatorValue.objects.filter(
        indicator=OuterRef("pk"), area__isnull=False, organisation__isnull=True
    )
    return list(programme.indicators.filter(Exists(figures)).order_by("position", "name", "pk"))


def map_periods(*, indicator: Indicator) -> list[int]:
    """The years with figures for areas, newest first."""
    return list(
        indicator.values.filter(area__isnull=False, organisation__isnull=True)
        .order_by("-period")
        .values_list("period", flat=True)
        .distinct()
    )


def map_target_groups(*, indicator: Indicator) -> list[TargetGroup]:
    """The target groups with figures of this indicator for areas."""
    # Through the indicator's own figures: a target group has those of every indicator.
    ids = set(
        indicator.values.filter(area__isnull=False, target_group__isnull=False)
        .values_list("target_group_id", flat=True)
        .distinct()
    )
    return list(TargetGroup.objects.filter(pk__in=ids).order_by("name"))


def map_level(*, indicator: Indicator, period: int) -> str:
    """The level the map draws: the indicator's own if it is districts or neighbourhoods,
    else the one of the two with the most figures that year."""
    if indicator.level in MAP_LEVELS:
        return indicator.level
    counts = {
        level: indicator.values.filter(period=period, area__level=level).count()
        for level in MAP_LEVELS
    }
    return max(MAP_LEVELS, key=lambda level: (counts[level], level == AreaLevel.DISTRICT))


def map_data(
    *, indicator: Indicator, period: int, target_group: TargetGroup | None = None
) -> MapData:
    """One indicator's figures per area of the map's level for a year (everyone or one
    group), each compared with the municipality and the country; a figure on fewer people
    than the programme's smallest group is left out as if there were none."""
    programme = indicator.programme
    level = map_level(indicator=indicator, period=period)
    threshold = small_group_threshold(programme=programme)
    municipality = home_area(programme=programme)
    country = programme.areas.filter(level=AreaLevel.COUNTRY).order_by("code").first()
    areas = [area for area in areas_for_programme(programme=programme) if area.level == level]
    wanted = [area.pk for area in areas] + [a.pk for a in (municipality, country) if a]
    figures = {
        area_id: (value, n)
        for area_id, value, n in IndicatorValue.objects.filter(
            indicator=indicator,
            period=period,
            target_group=target_group,
            organisation__isnull=True,
            area_id__in=wanted,
        ).values_list("area_id", "value", "n")
    }

    def shown(area: Area | None) -> tuple[float | None, int | None]:
        if area is None or area.pk not in figures:
            return None, None
        value, n = figures[area.pk]
        if n is not None and n < threshold:
            return None, None
        return value, n

    municipality_value = shown(municipality)[0]
    country_value = shown(country)[0]
    shown_figures = {area.pk: shown(area) for area in areas}
    _hide_second(shown_figures, figures, municipality_value)
    rows = []
    for area in areas:
        value, n = shown_figures[area.pk]
        row = MapRow(area=area, value=value, n=n)
        if value is not None:
            if municipality_value is not None:
                row.versus_municipality = value - municipality_value
            if country_value is not None:
                row.versus_country = value - country_value
        rows.append(row)
    better_high = indicator.direction == Direction.HIGHER
    ranked = sorted(
        (row for row in rows if row.value is not None),
        key=lambda row: (-row.value if better_high else row.value, row.area.name),
    )
    for rank, row in enumerate(ranked, start=1):
        row.rank = rank
    missing = sorted((row for row in rows if row.value is None), key=lambda row: row.area.name)
    return MapData(
        indicator=indicator,
        period=period,
        target_group=target_group,
        level=level,
        threshold=threshold,
        rows=ranked + missing,
        municipality=municipality,
        municipality_value=municipality_value,
        country=country,
        country_value=country_value,
    )


def _hide_second(shown: dict, figures: dict, municipality_value) -> None:
    """Where one area alone is hidden for its small group, the municipality's figure and the
    other areas' figures with their bases would give it away by subtraction: hide the shown
    area with the smallest base too."""
    small = [pk for pk, (value, _n) in shown.items() if value is None and pk in figures]
    if len(small) != 1 or municipality_value is None:
        return
    based = [(n, pk) for pk, (value, n) in shown.items() if value is not None and n is not None]
    if based:
        shown[min(based)[1]] = (None, None)
