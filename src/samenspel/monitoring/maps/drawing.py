"""The choropleth drawn on the server as SVG paths: no tile server and no script, so it also
prints. Coordinates only, and the figures the table beside it shows as well."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .geojson import rd_to_wgs84
from .selectors import MapData, MapRow

WIDTH = 600
MAX_HEIGHT = 600
PADDING = 8
# Above this many points the shapes are simplified to what a 600 pixel map can show; the
# fictional and most real districts stay far below it and are drawn as they are.
MAX_POINTS = 6000
TOLERANCE = 0.4  # pixels

# ColorBrewer's five-class Blues: sequential, readable with every kind of colour blindness
# and in grey print. The darkest class is always the best one.
PALETTE = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
NO_DATA = "url(#map-no-data)"
CLASSES = len(PALETTE)


@dataclass
class LegendClass:
    colour: str
    label: str


def value_text(value: float | None, unit: str = "", decimals: int = 1) -> str:
    """A figure the Dutch way with its unit: 12,5%, € 300 or 40 mensen."""
    if value is None:
        return _("no data")
    text = number_format(value, decimals)
    if not unit:
        return text
    if unit == "%":
        return f"{text}%"
    if unit == "€":
        return f"€ {text}"
    return f"{text} {unit}"


def signed_text(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    rounded = round(value, decimals)
    sign = "+" if rounded > 0 else ("−" if rounded < 0 else "")
    return sign + number_format(abs(rounded), decimals)


def decimals_for(values: list[float]) -> int:
    """Whole numbers as whole numbers; anything else with one decimal."""
    return 0 if values and all(float(v).is_integer() for v in values) else 1


def class_breaks(values: list[float]) -> list[float]:
    """Five classes of equal width between the lowest and highest figure shown."""
    low, high = min(values), max(values)
    step = (high - low) / CLASSES
    return [low + step * index for index in range(CLASSES + 1)]


def colour_index(value: float, breaks: list[float], higher_is_better: bool) -> int:
    low, high = breaks[0], breaks[-1]
    if high == low:
        position = CLASSES // 2
    else:
        position = min(int((value - low) / (high - low) * CLASSES), CLASSES - 1)
    return position if higher_is_better else CLASSES - 1 - position


def legend(data: MapData, breaks: list[float], decimals: int) -> list[LegendClass]:
    """The classes from the lowest figure to the highest, each with its colour."""
    unit = data.indicator.unit
    higher = data.indicator.higher_is_better
    if breaks[0] == breaks[-1]:
        colour = PALETTE[colour_index(breaks[0], breaks, higher)]
        return [LegendClass(colour, value_text(breaks[0], unit, decimals))]
    classes = []
    for index in range(CLASSES):
        low, high = breaks[index], breaks[index + 1]
        label = _("%(low)s to %(high)s") % {
            "low": value_text(low, unit, decimals),
            "high": value_text(high, unit, decimals),
        }
        classes.append(LegendClass(PALETTE[index if higher else CLASSES - 1 - index], label))
    return classes


# Projection -------------------------------------------------------------------------------


def _polygons(geometry) -> list:
    """A shape's polygons as rings of number pairs; whatever is not one is left out, so that
    a shape stored by other means never breaks the page."""
    if not isinstance(geometry, dict):
        return []
    coordinates = geometry.get("coordinates")
    if geometry.get("type") == "Polygon":
        coordinates = [coordinates]
    elif geometry.get("type") != "MultiPolygon":
        return []
    polygons = []
    for polygon in coordinates if isinstance(coordinates, list) else []:
        rings = [_ring(ring) for ring in polygon] if isinstance(polygon, list) else []
        rings = [ring for ring in rings if ring]
        if rings:
            polygons.append(rings)
    return polygons


def _ring(ring) -> list | None:
    if not isinstance(ring, list) or len(ring) < 3:
        return None
    points = []
    for position in ring:
        if not isinstance(position, list | tuple) or len(position) < 2:
            return None
        x, y = position[0], position[1]
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in (x, y)):
            return None
        points.append((float(x), float(y)))
    return points


def _is_rd(polygons: list) -> bool:
    for polygon in polygons:
        for ring in polygon:
            for x, y in ring:
                return abs(x) > 180 or abs(y) > 90
    return False


def project(shapes: dict[int, dict]) -> tuple[dict[int, list], float]:
    """Each shape's rings in map units: metres for shapes all in RD New, else longitude times
    the cosine of the mean latitude (so that a square district stays square) and latitude.
    Y grows downwards, as in SVG. Returns the rings per key and the height of the map."""
    polygons = {key: _polygons(geometry) for key, geometry in shapes.items()}
    polygons = {key: value for key, value in polygons.items() if value}
    systems = {key: _is_rd(value) for key, value in polygons.items()}
    planar = bool(systems) and all(systems.values())
    rings: dict[int, list] = {}
    for key, shape in polygons.items():
        convert = systems[key] and not planar
        rings[key] = [
            [list(rd_to_wgs84(*point) if convert else point) for point in ring]
            for polygon in shape
            for ring in polygon
        ]
    if not planar:
        latitudes = [p[1] for shape in rings.values() for ring in shape for p in ring]
        factor = math.cos(math.radians(sum(latitudes) / len(latitudes))) if latitudes else 1
        for shape in rings.values():
            for ring in shape:
                for point in ring:
                    point[0] *= factor
    for shape in rings.values():
        for ring in shape:
            for point in ring:
                point[1] = -point[1]
    return _fit(rings)


def _fit(rings: dict[int, list]) -> tuple[dict[int, list], float]:
    xs = [p[0] for shape in rings.values() for ring in shape for p in ring]
    ys = [p[1] for shape in rings.values() for ring in shape for p in ring]
    if not xs:
        return {}, 0
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    inner = WIDTH - 2 * PADDING
    scale = min(inner / width if width else math.inf, inner / height if height else math.inf)
    if not math.isfinite(scale):
        scale = 1
    left, top = min(xs), min(ys)
    for shape in rings.values():
        for ring in shape:
            for point in ring:
                point[0] = (point[0] - left) * scale + PADDING
                point[1] = (point[1] - top) * scale + PADDING
    return rings, min(height * scale + 2 * PADDING, MAX_HEIGHT)


# Simplification ---------------------------------------------------------------------------


def simplify(ring: list, tolerance: float) -> list:
    """Douglas and Peucker's line simplification of a closed ring, iteratively."""
    if len(ring) <= 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = ring[first]
        bx, by = ring[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            px, py = ring[index]
            if length:
                gap = abs(dy * px - dx * py + bx * ay - by * ax) / length
            else:
                gap = math.hypot(px - ax, py - ay)
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    kept = [point for point, wanted in zip(ring, keep, strict=True) if wanted]
    return kept if len(kept) >= 4 else ring


def path_data(rings: list, tolerance: float | None) -> str:
    parts = []
    for ring in rings:
        points = simplify(ring, tolerance) if tolerance else ring
        coords = []
        previous = None
        for x, y in points:
            here = (round(x, 1), round(y, 1))
            if here != previous:
                coords.append(f"{here[0]:g},{here[1]:g}")
                previous = here
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


# The map ----------------------------------------------------------------------------------


# Names on the map only while they fit: a map of many neighbourhoods keeps them in its table.
MAX_LABELS = 30


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on the area's colour (WCAG's contrast)."""
    if not fill.startswith("#"):
        return "#000000"
    light = _luminance(fill)
    return "#000000" if (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) else "#ffffff"


def label_point(shape: list) -> tuple[float, float]:
    """Where an area's name goes: the centroid of its largest ring (the mean of its corners
    for a ring without area)."""
    ring = max(shape, key=len)
    doubled = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        doubled += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(doubled) < 1e-9:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return cx / (3 * doubled), cy / (3 * doubled)


def area_title(row: MapRow, unit: str, decimals: int) -> str:
    return f"{row.area.name} ({row.area.code}): {value_text(row.value, unit, decimals)}"


def choropleth(data: MapData) -> dict | None:
    """The map's paths, legend and text alternative; None when no area has a shape."""
    drawn = [row for row in data.rows if row.area.geometry]
    rings, height = project({row.area.pk: row.area.geometry for row in drawn})
    if not rings:
        return None
    total = sum(len(ring) for shape in rings.values() for ring in shape)
    tolerance = TOLERANCE if total > MAX_POINTS else None
    values = [row.value for row in data.shown]
    decimals = decimals_for(values)
    unit = data.indicator.unit
    higher = data.indicator.higher_is_better
    breaks = class_breaks(values) if values else []
    paths = []
    for row in drawn:
        if row.area.pk not in rings:
            continue
        fill = (
            PALETTE[colour_index(row.value, breaks, higher)] if row.value is not None else NO_DATA
        )
        x, y = label_point(rings[row.area.pk])
        paths.append(
            {
                "d": path_data(rings[row.area.pk], tolerance),
                "fill": fill,
                "title": area_title(row, unit, decimals),
                "label": row.area.name if len(drawn) <= MAX_LABELS else "",
                "x": round(x, 1),
                "y": round(y, 1),
                "text": text_colour(fill),
            }
        )
    return {
        "width": WIDTH,
        "height": round(height, 1),
        "paths": paths,
        "legend": legend(data, breaks, decimals) if values else [],
        "simplified": tolerance is not None,
        "title": map_title(data),
        "description": map_description(data, decimals),
        "decimals": decimals,
    }


def map_title(data: MapData) -> str:
    title = _("%(indicator)s per area, %(period)s") % {
        "indicator": data.indicator.name,
        "period": data.period,
    }
    if data.target_group is not None:
        title += f" ({data.target_group.name})"
    return title


def map_description(data: MapData, decimals: int) -> str:
    """In words what the map shows: the best and the worst area and how many lack a figure."""
    unit = data.indicator.unit
    shown = data.shown
    parts = []
    if shown:
        best, worst = shown[0], shown[-1]
        parts.append(
            _("Best: %(best)s (%(best_value)s); worst: %(worst)s (%(worst_value)s).")
            % {
                "best": best.area.name,
                "best_value": value_text(best.value, unit, decimals),
                "worst": worst.area.name,
                "worst_value": value_text(worst.value, unit, decimals),
            }
        )
    missing = len(data.rows) - len(shown)
    if missing:
        parts.append(_("Areas without data: %(count)s.") % {"count": missing})
    parts.append(_("Darker is better. The table beside the map gives every figure."))
    return " ".join(parts)


def table_rows(data: MapData, decimals: int) -> list[dict]:
    """The data table's cells as text, in the map's ranking."""
    unit = data.indicator.unit
    return [
        {
            "rank": row.rank,
            "area": row.area,
            "value": value_text(row.value, unit, decimals),
            "has_value": row.value is not None,
            "n": row.n,
            "versus_municipality": signed_text(row.versus_municipality, decimals),
            "versus_country": signed_text(row.versus_country, decimals),
            "has_shape": bool(row.area.geometry),
        }
        for row in data.rows
    ]
