"""Fictional area shapes for the demo: a grid of hexagons whose corners are nudged a little, so
that districts and neighbourhoods look drawn by hand yet tile without gaps or overlaps.

Every corner is nudged by an amount that depends only on where it lies in the grid, so that the
cells meeting at a corner all move it alike. A district's shape is the outline of its cells:
edges two cells share cancel out and what is left runs around the district once.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

SQRT3 = math.sqrt(3)
KM_PER_DEGREE_LAT = 111.2

Cell = tuple[int, int]  # (column, row) in a grid of pointy-topped hexagons, odd rows shifted
Corner = tuple[int, int]  # a corner's place in the grid, in thousandths of the cell size


class HexGrid:
    """Hexagons of ``size_km`` (centre to corner) laid out with their middle at ``centre``
    (longitude, latitude); ``columns`` × ``rows`` cells, row 0 in the south."""

    def __init__(
        self,
        *,
        centre: tuple[float, float],
        columns: int,
        rows: int,
        size_km: float,
        jitter: float = 0.16,
        seed: str = "demo",
    ):
        self.columns, self.rows, self.jitter, self.seed = columns, rows, jitter, seed
        self.lat_step = size_km / KM_PER_DEGREE_LAT
        self.lon_step = size_km / (KM_PER_DEGREE_LAT * math.cos(math.radians(centre[1])))
        # The middle of the grid in cell units, so that it lands on the given centre.
        self.origin = (SQRT3 * (columns - 0.5) / 2, 1.5 * (rows - 1) / 2)
        self.centre = centre

    def corners(self, cell: Cell) -> list[Corner]:
        """The six corners of a cell, counter-clockwise from the east."""
        column, row = cell
        x = SQRT3 * (column + 0.5 * (row % 2))
        y = 1.5 * row
        return [
            (
                round(1000 * (x + math.cos(math.radians(30 + 60 * i)))),
                round(1000 * (y + math.sin(math.radians(30 + 60 * i)))),
            )
            for i in range(6)
        ]

    def position(self, corner: Corner) -> list[float]:
        """A corner in longitude and latitude, nudged by a fixed amount for that corner."""
        rng = random.Random(f"{self.seed}:{corner[0]}:{corner[1]}")
        dx = rng.uniform(-self.jitter, self.jitter)
        dy = rng.uniform(-self.jitter, self.jitter)
        x = corner[0] / 1000 + dx - self.origin[0]
        y = corner[1] / 1000 + dy - self.origin[1]
        return [
            round(self.centre[0] + x * self.lon_step, 6),
            round(self.centre[1] + y * self.lat_step, 6),
        ]

    def outline(self, cells: Iterable[Cell]) -> list[Corner]:
        """The corners around a set of adjacent cells, counter-clockwise, each once."""
        edges: set[tuple[Corner, Corner]] = set()
        for cell in cells:
            ring = self.corners(cell)
            edges.update(zip(ring, ring[1:] + ring[:1], strict=True))
        border = {(a, b) for a, b in edges if (b, a) not in edges}
        following = dict(border)
        if len(following) != len(border):
            raise ValueError("these cells touch at a single corner")
        start = min(following)
        ring = [start]
        while (corner := following[ring[-1]]) != start:
            ring.append(corner)
        if len(ring) != len(border):
            raise ValueError("these cells do not form one piece without holes")
        return ring

    def polygon(self, cells: Iterable[Cell]) -> dict:
        """A GeoJSON Polygon around the cells, its ring closed and counter-clockwise."""
        ring = [self.position(corner) for corner in self.outline(cells)]
        return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}

    def block(self, column: int, row: int, width: int = 2, height: int = 2) -> list[Cell]:
        """The cells of a rectangle of the grid (with an even first row it is one piece)."""
        return [(c, r) for r in range(row, row + height) for c in range(column, column + width)]


def ring_area(ring: list[list[float]]) -> float:
    """Signed area of a closed ring in squared degrees: positive when counter-clockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)) / 2
