"""An ILLUSTRATIVE fiber backbone along Kyrgyzstan's main road corridors (no real network is public)."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import NamedTuple

import numpy as np
from osgeo import ogr
from pyproj import Geod
from sample_tables import PLACES, ROUTES

SEED = 20181
#: Target spacing of densified vertices, and the largest sideways wander of the line between waypoints.
VERTEX_SPACING_KM = 2.0
MAX_MEANDER_KM = 1.2
KM_PER_DEG_LAT = 111.2
GEOD = Geod(ellps="WGS84")

BACKBONE_DESCRIPTION = (
    "SYNTHETIC, ILLUSTRATIVE fiber backbone for the School Connectivity demo. No Kyrgyz fiber network is "
    "public: these lines follow the main road corridors between real towns (tools/sample_tables.py ROUTES), "
    "densified every ~2 km with a small random meander (seed {seed}). Operators and statuses are invented. "
    "Made by tools/make_sample.py."
)
NODES_DESCRIPTION = (
    "SYNTHETIC, ILLUSTRATIVE fiber nodes at the towns on fiber_backbone.geojson (same caveats). "
    "Made by tools/make_sample.py."
)
#: Node type by where it sits.
BORDER_NODES = frozenset({"Торугарт"})


class FiberLine(NamedTuple):
    """One densified backbone line."""

    line_id: str
    status: str
    operator: str
    start: str
    end: str
    coords: np.ndarray  # (n, 2) lon, lat


def _densify(waypoints: tuple[tuple[float, float], ...], rng: np.random.Generator,
             country: ogr.Geometry) -> np.ndarray:
    """Vertices every ~2 km between waypoints, wandering a little sideways (never across the border)."""
    points = [np.array([waypoints[0][1], waypoints[0][0]])]
    for (lat0, lon0), (lat1, lon1) in zip(waypoints[:-1], waypoints[1:]):
        km_per_deg_lon = KM_PER_DEG_LAT * math.cos(math.radians((lat0 + lat1) / 2))
        dx, dy = (lon1 - lon0) * km_per_deg_lon, (lat1 - lat0) * KM_PER_DEG_LAT
        length = math.hypot(dx, dy)
        steps = max(1, math.ceil(length / VERTEX_SPACING_KM))
        t = np.linspace(0.0, 1.0, steps + 1)[1:]
        amplitude = min(MAX_MEANDER_KM, 0.05 * length)
        phases = rng.uniform(0, 2 * math.pi, 2)
        waves = 1 + rng.integers(1, 4, 2)
        wander = amplitude * np.sin(math.pi * t) * (0.6 * np.sin(waves[0] * math.pi * t + phases[0])
                                                  + 0.4 * np.sin(waves[1] * math.pi * t + phases[1]))
        normal = np.array([-dy, dx]) / length if length else np.zeros(2)
        straight = np.column_stack([lon0 + t * dx / km_per_deg_lon, lat0 + t * dy / KM_PER_DEG_LAT])
        sideways = np.column_stack([wander * normal[0] / km_per_deg_lon, wander * normal[1] / KM_PER_DEG_LAT])
        wandering = straight + sideways
        points.extend(w if _inside(country, w) else s for w, s in zip(wandering, straight))
    return np.round(np.array(points), 6)


def _inside(country: ogr.Geometry, lon_lat: np.ndarray) -> bool:
    return country.Contains(ogr.CreateGeometryFromWkt(f"POINT ({lon_lat[0]} {lon_lat[1]})"))


def build_backbone(adm0_path: Path) -> list[FiberLine]:
    """All corridors, densified deterministically, kept inside the country outline."""
    outline = json.loads(adm0_path.read_text(encoding="utf-8"))["features"][0]["geometry"]
    country = ogr.CreateGeometryFromJson(json.dumps(outline))
    rng = np.random.default_rng(SEED)
    return [FiberLine(f"KG-FO-{index:03d}", route.status, route.operator, route.start, route.end,
                      _densify(route.waypoints, rng, country))
            for index, route in enumerate(ROUTES, start=1)]


def _nodes(backbone: list[FiberLine]) -> list[dict]:
    """A node at every named town a line starts, ends or passes through."""
    place_at = {(round(p.lat, 3), round(p.lon, 3)): p for p in PLACES}
    found: dict[str, dict] = {}
    for route, _line in zip(ROUTES, backbone):
        named = [(route.start, route.waypoints[0]), (route.end, route.waypoints[-1])]
        named += [(place_at[key].name_ru, key) for key in route.waypoints if key in place_at]
        for name, (lat, lon) in named:
            node = found.setdefault(name, {"name": name, "lat": lat, "lon": lon, "statuses": set()})
            node["statuses"].add(route.status)
    nodes = []
    cities = {p.name_ru for p in PLACES if p.kind in ("capital", "city")}
    for index, node in enumerate(sorted(found.values(), key=lambda n: (-n["lat"], n["lon"])), start=1):
        kind = ("Border Crossing" if node["name"] in BORDER_NODES
                else "Exchange" if node["name"] in cities else "Transmission Node")
        status = "Operational" if "Operational" in node["statuses"] else "Planned"
        nodes.append({"type": "Feature",
                      "properties": {"node_id": f"KG-FN-{index:03d}", "name": node["name"],
                                     "node_status": status, "infrastructure_type": kind},
                      "geometry": {"type": "Point", "coordinates": [node["lon"], node["lat"]]}})
    return nodes


def write_backbone(backbone: list[FiberLine], lines_path: Path, nodes_path: Path) -> None:
    """Write the lines and the nodes as GeoJSON with a SYNTHETIC note in the top-level description."""
    features = []
    for line in backbone:
        length = GEOD.line_length(line.coords[:, 0], line.coords[:, 1])
        features.append({"type": "Feature",
                         "properties": {"line_id": line.line_id, "status": line.status,
                                        "operator_name": line.operator, "from": line.start, "to": line.end,
                                        "length_m": round(length)},
                         "geometry": {"type": "LineString", "coordinates": line.coords.tolist()}})
    for path, name, description, items in (
        (lines_path, "fiber_backbone", BACKBONE_DESCRIPTION.format(seed=SEED), features),
        (nodes_path, "fiber_nodes", NODES_DESCRIPTION, _nodes(backbone)),
    ):
        collection = {"type": "FeatureCollection", "name": name, "description": description, "features": items}
        path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
