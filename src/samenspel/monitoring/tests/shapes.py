"""Small GeoJSON pieces for the tests of areas and the map."""

import json


def square(x, y, size):
    return [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]


def collection(*features, **extra) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features), **extra}).encode()


def feature(code, geometry, name="Wijk"):
    return {
        "type": "Feature",
        "properties": {"wijkcode": code, "wijknaam": name},
        "geometry": geometry,
    }
