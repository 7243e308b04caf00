"""Terrain along the routes to fiber, sampled on a DEM.

Each route link (a school to its upstream school or fiber point) is the WGS 84 geodesic, sampled every half DEM
pixel (so no pixel is jumped over) with bilinear interpolation (`line_of_sight.Dem.sample`). Slope is the rise over
a sustained stretch (`SLOPE_BASELINE_M`, or two pixels where the DEM is coarser), not between neighbouring samples:
so a threshold means the same on a 30 m and a 900 m grid. A route's values are the largest of its links'.
"""
from __future__ import annotations

import numpy as np

from .geodesy import geodesic_distance, geodesic_points
from .line_of_sight import Dem

#: Path samples evaluated at once, bounding memory for millions of schools.
_CHUNK_SAMPLES = 2_000_000


def elevation_at(dem: Dem, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Bilinear DEM elevation (m) at each point; NaN outside the grid or on nodata."""
    return np.asarray(dem.sample(np.asarray(lon, float), np.asarray(lat, float)), dtype=float)


#: Horizontal distance a slope is measured over: a sustained kilometre (or two DEM pixels where the DEM is coarser),
#: so the same threshold means the same on a 30 m and a 900 m grid, and a single steep pixel is not a rugged route.
SLOPE_BASELINE_M = 1_000.0


def sustained_slopes(dem: Dem, lon, lat, to_lon, to_lat, baseline_m: float = SLOPE_BASELINE_M
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Per link (a school to its upstream point): the steepest rise over any stretch `baseline_m` long, in
    degrees, and the highest ground; NaN without DEM values or coordinates."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    to_lon, to_lat = np.asarray(to_lon, float), np.asarray(to_lat, float)
    slope, highest = np.full(lon.size, np.nan), np.full(lon.size, np.nan)
    usable = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat) & np.isfinite(to_lon) & np.isfinite(to_lat))
    if usable.size == 0:
        return slope, highest
    step = dem.step_m
    window_m = max(baseline_m, 4.0 * step)  # (step is half a pixel: at least two pixels)
    length = geodesic_distance(lon[usable], lat[usable], to_lon[usable], to_lat[usable])
    samples = np.maximum(2, np.ceil(length / step).astype(np.int64) + 1)
    begin = 0
    while begin < usable.size:
        end = begin + max(1, int(np.searchsorted(np.cumsum(samples[begin:]), _CHUNK_SAMPLES)))
        rows, counts = usable[begin:end], samples[begin:end]
        path = np.repeat(np.arange(rows.size), counts)
        first = np.cumsum(counts) - counts
        fraction = (np.arange(path.size) - first[path]) / (counts[path] - 1)
        plon, plat = geodesic_points(lon[rows][path], lat[rows][path], to_lon[rows][path], to_lat[rows][path],
                                     fraction)
        height = elevation_at(dem, plon, plat)
        spacing = length[begin:end] / (counts - 1)
        window = np.clip(np.round(window_m / np.maximum(spacing, 1e-9)).astype(np.int64), 1, counts - 1)
        partner = np.arange(path.size) + window[path]
        inside = partner < first[path] + counts[path]
        rise = np.full(path.size, np.nan)
        rise[inside] = np.abs(height[partner[inside]] - height[inside])
        with np.errstate(invalid="ignore", divide="ignore"):
            degrees = np.degrees(np.arctan2(rise, window[path] * spacing[path]))
        steepest = np.fmax.reduceat(degrees, first)
        top = np.fmax.reduceat(height, first)
        slope[rows], highest[rows] = steepest, top
        begin = end
    return slope, highest


def along_routes(link_values: np.ndarray, parent: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The largest value on each school's route to the network: its own link's and every link upstream
    (`parent` -1 at the network, -2 without a route; `order` puts parents before children)."""
    result = np.asarray(link_values, dtype=float).copy()
    routed = np.flatnonzero(parent > -2)
    for node in routed[np.argsort(order[routed], kind="stable")]:
        up = parent[node]
        if up >= 0:
            result[node] = np.fmax(result[node], result[up])
    return result
