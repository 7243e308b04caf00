"""Independent brute-force references for the distance tests: dense pyproj geodesic sampling, no plugin code."""
from __future__ import annotations

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def distance_to_geodesic_segment(lon: float, lat: float, a: tuple, b: tuple, coarse_m: float = 20.0) -> float:
    """Min geodesic distance from a point to the geodesic a-b: samples every `coarse_m`, then every 1 cm."""
    azimuth, _, length = GEOD.inv(a[0], a[1], b[0], b[1])
    if length == 0.0:
        return float(GEOD.inv(lon, lat, a[0], a[1])[2])
    best_at = _best_along(lon, lat, a, azimuth, np.linspace(0.0, length, int(length / coarse_m) + 2))
    fine = np.clip(np.arange(best_at - coarse_m, best_at + coarse_m, 0.01), 0.0, length)
    best_at = _best_along(lon, lat, a, azimuth, np.append(fine, [0.0, length]))
    return float(_distances(lon, lat, a, azimuth, np.array([best_at]))[0])


def _distances(lon, lat, a, azimuth, along):
    lons, lats, _ = GEOD.fwd(np.full(along.size, a[0]), np.full(along.size, a[1]), np.full(along.size, azimuth), along)
    return GEOD.inv(np.full(along.size, lon), np.full(along.size, lat), lons, lats)[2]


def _best_along(lon, lat, a, azimuth, along) -> float:
    return float(along[int(np.argmin(_distances(lon, lat, a, azimuth, along)))])


def distance_to_lines(lon: float, lat: float, lines: list[np.ndarray]) -> float:
    """Min over every segment of every line (vertices (n, 2) lon/lat); a segment is skipped only when
    the triangle inequality proves it farther than the best so far."""
    a = np.concatenate([line[:-1] for line in lines if len(line) > 1])
    b = np.concatenate([line[1:] for line in lines if len(line) > 1])
    to_a = GEOD.inv(np.full(len(a), lon), np.full(len(a), lat), a[:, 0], a[:, 1])[2]
    to_b = GEOD.inv(np.full(len(b), lon), np.full(len(b), lat), b[:, 0], b[:, 1])[2]
    length = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])[2]
    lower = np.maximum(to_a, to_b) - length
    best = np.inf
    for index in np.argsort(lower):
        if lower[index] > best:
            break
        best = min(best, distance_to_geodesic_segment(lon, lat, tuple(a[index]), tuple(b[index])))
    return best
