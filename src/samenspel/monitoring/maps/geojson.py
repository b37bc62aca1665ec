"""Reading area shapes from a GeoJSON FeatureCollection, as the public district and
neighbourhood map of Statistics Netherlands has them: in longitude and latitude (WGS84) or in
RD New (EPSG:28992, metres). Shapes are kept in longitude and latitude, as Area.geometry says.
Pure Python, no Django models: every problem is a ShapeProblem with a Dutch message."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_BYTES = 15 * 1024 * 1024  # a municipality's neighbourhoods fit easily; the country does not
MAX_FEATURES = 2000
MAX_POSITIONS = 400_000
DECIMALS = 6  # about 10 cm: more than a map of areas needs, and half the stored size

# Properties that hold an area's code in the district and neighbourhood map, most specific
# first, and those that hold its name.
CODE_PROPERTIES = (
    "buurtcode",
    "wijkcode",
    "gemeentecode",
    "statcode",
    "bu_code",
    "wk_code",
    "gm_code",
    "code",
)
NAME_PROPERTIES = (
    "buurtnaam",
    "wijknaam",
    "gemeentenaam",
    "statnaam",
    "bu_naam",
    "wk_naam",
    "gm_naam",
    "naam",
    "name",
)
CBS_CODE = re.compile(r"^(GM\d{4}|WK\d{6}|BU\d{8})$")


class ShapeProblem(ValueError):
    """A file that cannot be read as area shapes; the message says why, in Dutch."""


@dataclass
class Feature:
    number: int  # its place in the file, from 1
    properties: dict[str, str]
    geometry: dict  # Polygon or MultiPolygon in longitude and latitude


@dataclass
class ShapeFile:
    features: list[Feature]
    system: str  # "wgs84" or "rd": what the file was in
    properties: list[str]  # the properties every feature has, in the file's order


# RD New to WGS84: the polynomial approximation of Schreutelaar (Stichting De Koepel),
# good to about a metre within the Netherlands, which a map of areas does not notice.
_RD_X0, _RD_Y0, _LAT0, _LON0 = 155000.0, 463000.0, 52.15517440, 5.38720621
_K = (
    (0, 1, 3235.65389),
    (2, 0, -32.58297),
    (0, 2, -0.24750),
    (2, 1, -0.84978),
    (0, 3, -0.06550),
    (2, 2, -0.01709),
    (1, 0, -0.00738),
    (4, 0, 0.00530),
    (2, 3, -0.00039),
    (4, 1, 0.00033),
    (1, 1, -0.00012),
)
_L = (
    (1, 0, 5260.52916),
    (1, 1, 105.94684),
    (1, 2, 2.45656),
    (3, 0, -0.81885),
    (1, 3, 0.05594),
    (3, 1, -0.05607),
    (0, 1, 0.01199),
    (3, 2, -0.00256),
    (1, 4, 0.00128),
    (0, 2, 0.00022),
    (2, 0, -0.00022),
    (5, 0, 0.00026),
)


def rd_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """RD New metres to (longitude, latitude) in degrees."""
    dx, dy = (x - _RD_X0) * 1e-5, (y - _RD_Y0) * 1e-5
    lat = _LAT0 + sum(k * dx**p * dy**q for p, q, k in _K) / 3600
    lon = _LON0 + sum(k * dx**p * dy**q for p, q, k in _L) / 3600
    return lon, lat


def is_rd(x: float, y: float) -> bool:
    """A position in RD New's range over the Netherlands (and a little around it)."""
    return -10_000 <= x <= 310_000 and 280_000 <= y <= 640_000


def is_wgs84(x: float, y: float) -> bool:
    return -180 <= x <= 180 and -90 <= y <= 90


def read_shapes(content: bytes) -> ShapeFile:
    """Parse and check a FeatureCollection of Polygons and MultiPolygons; all or nothing."""
    if len(content) > MAX_BYTES:
        raise ShapeProblem(
            _("The file is larger than %(size)s MB. Upload only the areas of your municipality.")
            % {"size": MAX_BYTES // (1024 * 1024)}
        )
    if not content.strip():
        raise ShapeProblem(_("The file is empty."))
    try:
        data = json.loads(content.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ShapeProblem(_("The file is not valid GeoJSON (JSON could not be read).")) from error
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ShapeProblem(_("The file is not a GeoJSON FeatureCollection."))
    raw_features = data.get("features")
    if not isinstance(raw_features, list) or not raw_features:
        raise ShapeProblem(_("The file holds no features."))
    if len(raw_features) > MAX_FEATURES:
        raise ShapeProblem(
            _("The file holds more than %(count)s features. Upload only your municipality's areas.")
            % {"count": MAX_FEATURES}
        )
    system = _system(data, raw_features)
    budget = [MAX_POSITIONS]
    features = [
        _feature(number, raw, system, budget) for number, raw in enumerate(raw_features, start=1)
    ]
    common = [
        name for name in features[0].properties if all(name in f.properties for f in features)
    ]
    return ShapeFile(features=features, system=system, properties=common)


def _refuse_constant(name: str):
    raise ValueError(name)  # NaN and Infinity are not JSON


def _declared_system(data: dict) -> str | None:
    crs = data.get("crs")
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    if not isinstance(name, str):
        return None
    if "28992" in name:
        return "rd"
    if "4326" in name or "CRS84" in name.upper():
        return "wgs84"
    raise ShapeProblem(
        _("The file's coordinate system %(name)s is not supported: use WGS84 or RD New.")
        % {"name": name[:60]}
    )


def _system(data: dict, features: list) -> str:
    """WGS84 or RD New: as the file declares it, or as its first positions show."""
    declared = _declared_system(data)
    if declared:
        return declared
    for raw in features:
        position = _first_position(raw)
        if position is not None:
            x, y = position
            if is_wgs84(x, y):
                return "wgs84"
            if is_rd(x, y):
                return "rd"
            raise ShapeProblem(
                _(
                    "The coordinates are neither longitude and latitude (WGS84) nor RD New "
                    "metres (EPSG:28992)."
                )
            )
    raise ShapeProblem(_("The file holds no coordinates."))


def _first_position(raw):
    if not isinstance(raw, dict) or not isinstance(raw.get("geometry"), dict):
        return None
    coordinates = raw["geometry"].get("coordinates")
    for _depth in range(4):
        if not isinstance(coordinates, list) or not coordinates:
            return None
        if all(_is_number(value) for value in coordinates[:2]) and len(coordinates) >= 2:
            return float(coordinates[0]), float(coordinates[1])
        coordinates = coordinates[0]
    return None


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _feature(number: int, raw, system: str, budget: list[int]) -> Feature:
    where = _("Feature %(number)s") % {"number": number}
    if not isinstance(raw, dict) or raw.get("type") != "Feature":
        raise ShapeProblem(_("%(where)s is not a GeoJSON Feature.") % {"where": where})
    properties = raw.get("properties") or {}
    if not isinstance(properties, dict):
        raise ShapeProblem(_("%(where)s has no readable properties.") % {"where": where})
    geometry = raw.get("geometry")
    if not isinstance(geometry, dict):
        raise ShapeProblem(_("%(where)s has no shape (geometry).") % {"where": where})
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates if isinstance(coordinates, list) else None
    else:
        raise ShapeProblem(
            _("%(where)s is a %(kind)s; only Polygon and MultiPolygon are areas.")
            % {"where": where, "kind": str(kind)[:30]}
        )
    if not polygons:
        raise ShapeProblem(_("%(where)s has no coordinates.") % {"where": where})
    converted = [_polygon(polygon, system, where, budget) for polygon in polygons]
    shape = (
        {"type": "Polygon", "coordinates": converted[0]}
        if kind == "Polygon"
        else {"type": "MultiPolygon", "coordinates": converted}
    )
    return Feature(number=number, properties=_texts(properties), geometry=shape)


def _texts(properties: dict) -> dict[str, str]:
    """Properties as short texts: codes and names, never nested values."""
    return {
        str(name)[:60]: str(value).strip()[:200]
        for name, value in properties.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }


def _polygon(polygon, system: str, where: str, budget: list[int]) -> list:
    if not isinstance(polygon, list) or not polygon:
        raise ShapeProblem(_("%(where)s has a polygon without rings.") % {"where": where})
    return [_ring(ring, system, where, budget) for ring in polygon]


def _ring(ring, system: str, where: str, budget: list[int]) -> list:
    if not isinstance(ring, list) or len(ring) < 3:
        raise ShapeProblem(_("%(where)s has a ring of fewer than three points.") % {"where": where})
    budget[0] -= len(ring)
    if budget[0] < 0:
        raise ShapeProblem(
            _("The shapes hold more than %(count)s points; simplify them first.")
            % {"count": MAX_POSITIONS}
        )
    points = []
    for position in ring:
        if (
            not isinstance(position, list)
            or len(position) < 2
            or not all(_is_number(value) for value in position[:2])
        ):
            raise ShapeProblem(
                _("%(where)s has a point that is not a pair of numbers.") % {"where": where}
            )
        x, y = float(position[0]), float(position[1])
        if system == "rd":
            if not is_rd(x, y):
                raise ShapeProblem(
                    _("%(where)s has a point outside the Netherlands in RD New.") % {"where": where}
                )
            x, y = rd_to_wgs84(x, y)
        elif not is_wgs84(x, y):
            raise ShapeProblem(
                _("%(where)s has a point that is not a longitude and latitude.") % {"where": where}
            )
        points.append([round(x, DECIMALS), round(y, DECIMALS)])
    if points[0] != points[-1]:
        points.append(points[0])  # GeoJSON closes its rings; some tools leave that out
    if len(points) < 4:
        raise ShapeProblem(_("%(where)s has a ring of fewer than three points.") % {"where": where})
    return points


def detect_code_property(shape_file: ShapeFile, known_codes: set[str]) -> str | None:
    """The property that most likely holds the area codes: unique per feature, matching the
    most known codes, the most specific (neighbourhood before district before municipality)."""
    candidates = []
    lowered = {name.lower(): name for name in shape_file.properties}
    for order, wanted in enumerate(CODE_PROPERTIES):
        name = lowered.get(wanted)
        if name is None:
            continue
        values = [feature.properties.get(name, "").upper() for feature in shape_file.features]
        unique = len(set(values)) == len(values)
        matches = sum(value in known_codes for value in values)
        candidates.append((unique, matches, -order, name))
    if candidates:
        return max(candidates)[3]
    return shape_file.properties[0] if shape_file.properties else None


def name_property(shape_file: ShapeFile, code_property: str) -> str | None:
    """The property with the areas' names that goes with the code property."""
    lowered = {name.lower(): name for name in shape_file.properties}
    prefix = code_property.lower().removesuffix("code").removesuffix("_")
    for wanted in (f"{prefix}naam", f"{prefix}_naam", *NAME_PROPERTIES):
        if wanted in lowered:
            return lowered[wanted]
    return None
