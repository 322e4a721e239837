"""Country outlines for the offline world map: the vendored world-atlas TopoJSON decoded to SVG paths.

>>> outlines = world_outlines(360, 180)
>>> len(outlines) > 150, sorted(outlines[0])
(True, ['d', 'name'])
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

from newsgraph.web.figures import project

ATLAS = "static/vendor/world-atlas/countries-110m.json"


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (longitude, latitude), delta-decoded and untransformed."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def ring_path(points: list[tuple[float, float]], width: int, height: int) -> str:
    """SVG path data of a closed ring of (longitude, latitude) points, equirectangular.

    A ring crossing the antimeridian is cut there into pieces (each filled on its own side), so no
    stripe runs across the map.

    >>> ring_path([(-180, 90), (0, 0), (180, -90)], 360, 180)
    'M0,0L180,90L360,180Z'
    >>> ring_path([(170, 0), (-170, 0), (-170, 10)], 360, 180)
    'M350,90ZM10,90L10,80Z'
    """
    pieces: list[list[tuple[float, float]]] = [[]]
    for i, (lon, lat) in enumerate(points):
        if i and abs(lon - points[i - 1][0]) > 180:
            pieces.append([])
        pieces[-1].append(project(lon, lat, width, height, digits=1))
    return "".join("M" + "L".join(f"{x:g},{y:g}" for x, y in piece) + "Z" for piece in pieces if piece)


@lru_cache(maxsize=4)
def world_outlines(width: int = 1000, height: int = 500) -> list[dict[str, str]]:
    """Every country as ``{"name", "d"}`` (SVG path data) for a width x height equirectangular map.

    >>> pakistan = next(c for c in world_outlines(360, 180) if c["name"] == "Pakistan")
    >>> pakistan["d"][:1], pakistan["d"][-1:]
    ('M', 'Z')
    """
    topology = json.loads(files("newsgraph.web").joinpath(ATLAS).read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    out = []
    for geom in topology["objects"]["countries"]["geometries"]:
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        d = "".join(ring_path(_ring(ring, arcs), width, height) for poly in polygons for ring in poly)
        out.append({"name": str(geom.get("properties", {}).get("name", "")), "d": d})
    return out
