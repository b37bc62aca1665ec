"""Reading area shapes from GeoJSON: both coordinate systems, Polygons and MultiPolygons, and
every kind of bad file refused with its reason."""

from pathlib import Path

import pytest
from django.utils.translation import gettext as _

from samenspel.monitoring.maps import geojson

from .shapes import collection as _collection
from .shapes import feature as _feature
from .shapes import square as _square

DATA = Path(__file__).parent / "data"


def test_reads_longitude_and_latitude_polygons_and_multipolygons():
    shapes = geojson.read_shapes((DATA / "wijken_wgs84.geojson").read_bytes())
    assert shapes.system == "wgs84"
    assert [f.geometry["type"] for f in shapes.features] == [
        "Polygon",
        "MultiPolygon",
        "Polygon",
        "Polygon",
    ]
    assert shapes.features[0].geometry["coordinates"][0][0] == [6.0, 52.2]
    assert len(shapes.features[2].geometry["coordinates"]) == 2  # a ring with a hole
    assert "wijkcode" in shapes.properties and "wijknaam" in shapes.properties
    assert geojson.detect_code_property(shapes, set()) == "wijkcode"


def test_reads_rd_new_and_converts_it_to_longitude_and_latitude():
    shapes = geojson.read_shapes((DATA / "buurten_rd.geojson").read_bytes())
    assert shapes.system == "rd"
    lon, lat = shapes.features[0].geometry["coordinates"][0][0]
    assert (lon, lat) == pytest.approx(geojson.rd_to_wgs84(200000, 470000), abs=1e-6)
    assert 6.0 < lon < 6.1 and 52.2 < lat < 52.25  # near Deventer
    # The most specific code comes first: the neighbourhood's, not its district's.
    assert geojson.detect_code_property(shapes, set()) == "buurtcode"


def test_rd_conversion_of_the_reference_points():
    """The origin in Amersfoort, and the Westertoren in Amsterdam as the Dutch geodetic
    service gives it in both systems."""
    assert geojson.rd_to_wgs84(155000, 463000) == pytest.approx((5.38720621, 52.15517440))
    assert geojson.rd_to_wgs84(120700.723, 487525.501) == pytest.approx(
        (4.88352559, 52.37453253), abs=1e-5
    )


def test_rd_is_recognised_without_a_declared_system():
    content = _collection(
        _feature("WK990101", {"type": "Polygon", "coordinates": _square(200000, 470000, 500)})
    )
    assert geojson.read_shapes(content).system == "rd"


def test_an_open_ring_is_closed():
    ring = [[6.0, 52.0], [6.1, 52.0], [6.1, 52.1], [6.0, 52.1]]
    content = _collection(_feature("WK990101", {"type": "Polygon", "coordinates": [ring]}))
    shape = geojson.read_shapes(content).features[0].geometry
    assert shape["coordinates"][0][-1] == [6.0, 52.0]


def _where(number=1):
    return _("Feature %(number)s") % {"number": number}


BAD_FILES = [
    (b"", lambda: _("The file is empty.")),
    (b"{niet json", lambda: _("The file is not valid GeoJSON (JSON could not be read).")),
    (
        b'{"type": "FeatureCollection", "features": [NaN]}',
        lambda: _("The file is not valid GeoJSON (JSON could not be read)."),
    ),
    (b'{"type": "Feature"}', lambda: _("The file is not a GeoJSON FeatureCollection.")),
    (_collection(), lambda: _("The file holds no features.")),
    (
        # Found by the fuzz test: a feature without a shape broke the check of the system.
        _collection({"type": "Feature", "properties": None, "geometry": None}),
        lambda: _("The file holds no coordinates."),
    ),
    (
        _collection(
            _feature("WK1", {"type": "Polygon", "coordinates": _square(6, 52, 0.1)}),
            {"type": "Feature", "properties": None, "geometry": None},
        ),
        lambda: _("%(where)s has no shape (geometry).") % {"where": _where(2)},
    ),
    (
        b"[" * 5000 + b"]" * 5000,
        lambda: _("The file is not valid GeoJSON (JSON could not be read)."),
    ),
    (
        _collection(_feature("WK1", {"type": "Point", "coordinates": [6, 52]})),
        lambda: (
            _("%(where)s is a %(kind)s; only Polygon and MultiPolygon are areas.")
            % {"where": _where(), "kind": "Point"}
        ),
    ),
    (
        _collection(_feature("WK1", {"type": "Polygon", "coordinates": [[[6, 52], [7, 52]]]})),
        lambda: _("%(where)s has a ring of fewer than three points.") % {"where": _where()},
    ),
    (
        _collection(_feature("WK1", {"type": "Polygon", "coordinates": _square(9e6, 9e6, 1)})),
        lambda: _(
            "The coordinates are neither longitude and latitude (WGS84) nor RD New "
            "metres (EPSG:28992)."
        ),
    ),
    (
        _collection(
            _feature("WK1", {"type": "Polygon", "coordinates": [[[6, 52], ["x", 52], [7, 53]]]})
        ),
        lambda: _("%(where)s has a point that is not a pair of numbers.") % {"where": _where()},
    ),
    (
        _collection(
            _feature("WK1", {"type": "Polygon", "coordinates": _square(6, 52, 0.1)}),
            _feature("WK2", {"type": "Polygon", "coordinates": _square(200000, 470000, 9)}),
        ),
        lambda: (
            _("%(where)s has a point that is not a longitude and latitude.") % {"where": _where(2)}
        ),
    ),
    (
        _collection(
            _feature("WK1", {"type": "Polygon", "coordinates": _square(6, 52, 0.1)}),
            crs={"type": "name", "properties": {"name": "EPSG:3857"}},
        ),
        lambda: (
            _("The file's coordinate system %(name)s is not supported: use WGS84 or RD New.")
            % {"name": "EPSG:3857"}
        ),
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_bad_files_are_refused_with_their_reason(content, message):
    with pytest.raises(geojson.ShapeProblem) as problem:
        geojson.read_shapes(content)
    assert str(problem.value) == message()


def test_messages_are_dutch():
    """The messages reach the user in Dutch, as every page does."""
    with pytest.raises(geojson.ShapeProblem) as problem:
        geojson.read_shapes(b"{")
    assert "GeoJSON" in str(problem.value)


def test_a_file_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(geojson, "MAX_BYTES", 100)
    with pytest.raises(geojson.ShapeProblem) as problem:
        geojson.read_shapes(b" " * 101)
    assert str(problem.value) == _(
        "The file is larger than %(size)s MB. Upload only the areas of your municipality."
    ) % {"size": 0}
