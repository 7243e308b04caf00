"""Country outlines as numpy rings: point-in-polygon and "within d metres of the border" for the import's
boundary check, vectorised over points (no QGIS, so the rules are testable and fast on national lists)."""
from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from .geodesy import to_ecef

#: Mean earth radius (IUGG), metres; the local distances here are equirectangular, good to < 1 % at 10 km.
EARTH_RADIUS_M = 6_371_008.8
#: Points x segments handled at once by the exact distance (bounds memory).
_CHUNK_CELLS = 2_000_000
#: Spacing of the vertices the border is densified to for the nearest-vertex screen, metres.
SCREEN_SPACING_M = 500.0
#: Relative margin within which the screen defers to the exact distance (covers chord vs local plane).
_SCREEN_MARGIN = 0.01


def points_in_polygons(lon: np.ndarray, lat: np.ndarray, polygons: list[list[np.ndarray]]) -> np.ndarray:
    """Inside any polygon (rings as (n, 2) lon/lat arrays, exterior first, holes after) by even-odd ray
    casting: points sorted by latitude once, so each edge tests only the slice of points it straddles."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    order = np.argsort(lat, kind="stable")
    sorted_lon, sorted_lat = lon[order], lat[order]
    inside = np.zeros(lon.shape, dtype=bool)
    for rings in polygons:
        parity = np.zeros(lon.shape, dtype=bool)
        for ring in rings:
            x1, y1 = ring[:, 0], ring[:, 1]
            x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
            # An edge straddles a point's latitude y when min(y1, y2) <= y < max(y1, y2).
            starts = np.searchsorted(sorted_lat, np.minimum(y1, y2), side="left")
            stops = np.searchsorted(sorted_lat, np.maximum(y1, y2), side="left")
            for edge in np.flatnonzero(stops > starts):
                rows = slice(starts[edge], stops[edge])
                cross_x = x1[edge] + (sorted_lat[rows] - y1[edge]) * (x2[edge] - x1[edge]) / (y2[edge] - y1[edge])
                parity[rows] ^= sorted_lon[rows] < cross_x
        inside[order] |= parity
    return inside


def distance_to_rings_m(lon: np.ndarray, lat: np.ndarray, polygons: list[list[np.ndarray]]) -> np.ndarray:
    """Metres from each point to the nearest polygon edge, on a local equirectangular plane per point."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    segments = np.concatenate([np.column_stack([ring, np.roll(ring, -1, axis=0)])
                               for rings in polygons for ring in rings])
    result = np.full(lon.shape, np.inf)
    step = max(1, _CHUNK_CELLS // max(1, len(segments)))
    scale = np.radians(1.0) * EARTH_RADIUS_M
    for start in range(0, lon.size, step):
        plon, plat = lon[start:start + step, None], lat[start:start + step, None]
        coslat = np.cos(np.radians(plat))
        ax, ay = (segments[:, 0] - plon) * coslat * scale, (segments[:, 1] - plat) * scale
        bx, by = (segments[:, 2] - plon) * coslat * scale, (segments[:, 3] - plat) * scale
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.clip(np.where(length2 > 0, -(ax * dx + ay * dy) / length2, 0.0), 0.0, 1.0)
        result[start:start + step] = np.hypot(ax + t * dx, ay + t * dy).min(axis=1)
    return result


def _densified(polygons: list[list[np.ndarray]], spacing_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Border vertices every <= `spacing_m` along each edge (linear in lon/lat, as the edges are drawn)."""
    lon, lat, _ = _densified_with_owner([polygons], spacing_m)
    return lon, lat


def _densified_with_owner(features: list[list[list[np.ndarray]]], spacing_m: float
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`_densified` over several features' polygons, with the index of the feature each vertex belongs to."""
    rings = [(position, ring) for position, polygons in enumerate(features) for rings in polygons for ring in rings]
    if not rings:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64)
    segments = np.concatenate([np.column_stack([ring, np.roll(ring, -1, axis=0)]) for _, ring in rings])
    feature_of_segment = np.concatenate([np.full(len(ring), position, dtype=np.int64) for position, ring in rings])
    coslat = np.cos(np.radians(0.5 * (segments[:, 1] + segments[:, 3])))
    scale = np.radians(1.0) * EARTH_RADIUS_M
    length = np.hypot((segments[:, 2] - segments[:, 0]) * coslat * scale, (segments[:, 3] - segments[:, 1]) * scale)
    pieces = np.maximum(1, np.ceil(length / spacing_m)).astype(np.int64)
    owner = np.repeat(np.arange(len(segments)), pieces)
    fraction = (np.arange(pieces.sum()) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / pieces[owner]
    start, end = segments[owner, :2], segments[owner, 2:]
    points = start + (end - start) * fraction[:, None]
    return points[:, 0], points[:, 1], feature_of_segment[owner]


def nearest_feature(lon: np.ndarray, lat: np.ndarray, features: list[list[list[np.ndarray]]]) -> np.ndarray:
    """Index of the feature whose border passes nearest each point (to within half the screen spacing); -1
    when there are no features."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    vertex_lon, vertex_lat, owner = _densified_with_owner(features, SCREEN_SPACING_M)
    if lon.size == 0 or owner.size == 0:
        return np.full(lon.shape, -1, dtype=np.int64)
    _, vertex = cKDTree(to_ecef(vertex_lon, vertex_lat)).query(to_ecef(lon, lat))
    return owner[vertex]


def within_distance_of_rings(lon: np.ndarray, lat: np.ndarray, polygons: list[list[np.ndarray]],
                             distance_m: float) -> np.ndarray:
    """Whether each point lies within `distance_m` of a polygon edge: a KD-tree on the densified border
    settles almost every point (the true distance is between the nearest vertex's and that minus half the
    spacing); only points in that narrow band get the exact point-to-edge distance."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    result = np.zeros(lon.shape, dtype=bool)
    if lon.size == 0:
        return result
    vertex_lon, vertex_lat = _densified(polygons, SCREEN_SPACING_M)
    nearest, _ = cKDTree(to_ecef(vertex_lon, vertex_lat)).query(to_ecef(lon, lat))
    margin = _SCREEN_MARGIN * distance_m
    result[nearest <= distance_m - margin] = True
    unsure = np.flatnonzero((nearest > distance_m - margin) & (nearest - SCREEN_SPACING_M / 2 <= distance_m + margin))
    if unsure.size:
        result[unsure] = distance_to_rings_m(lon[unsure], lat[unsure], polygons) <= distance_m
    return result
