"""Terrain along the straight path from a school to its nearest fiber point, sampled on a DEM.

The path is the WGS 84 geodesic school -> nearest fiber point (the one distance-to-fiber reports),
sampled every `step_m` metres (default half a DEM pixel, so no pixel is jumped over) with bilinear
interpolation (`line_of_sight.Dem.sample`). Slope is the steepest rise between consecutive samples, so
it is the slope of the DEM at its own resolution: a 15" (~460 m) grid smooths cliffs away, which is
why the rule thresholds are set for such grids.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geodesy import geodesic_distance, geodesic_points
from .line_of_sight import Dem

#: Path samples evaluated at once, bounding memory for millions of schools.
_CHUNK_SAMPLES = 2_000_000


@dataclass
class TerrainProfile:
    """Per school; NaN where there is no DEM value, no fiber point, or no location."""

    elevation_m: np.ndarray
    path_max_slope_deg: np.ndarray
    path_relief_m: np.ndarray
    path_max_elevation_m: np.ndarray
    path_max_lon: np.ndarray
    path_max_lat: np.ndarray


def elevation_at(dem: Dem, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Bilinear DEM elevation (m) at each point; NaN outside the grid or on nodata."""
    return np.asarray(dem.sample(np.asarray(lon, float), np.asarray(lat, float)), dtype=float)


def path_profiles(dem: Dem, lon, lat, to_lon, to_lat, step_m: float | None = None) -> TerrainProfile:
    """Elevation at each school and slope, relief and highest point along the path to its fiber point."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    to_lon, to_lat = np.asarray(to_lon, float), np.asarray(to_lat, float)
    count = lon.size
    step = float(step_m or dem.step_m)
    profile = TerrainProfile(elevation_at(dem, lon, lat), *(np.full(count, np.nan) for _ in range(5)))
    usable = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat) & np.isfinite(to_lon) & np.isfinite(to_lat))
    if usable.size == 0:
        return profile
    length = geodesic_distance(lon[usable], lat[usable], to_lon[usable], to_lat[usable])
    samples = np.maximum(2, np.ceil(length / step).astype(np.int64) + 1)
    begin = 0
    while begin < usable.size:
        end = begin + max(1, int(np.searchsorted(np.cumsum(samples[begin:]), _CHUNK_SAMPLES)))
        _profile_chunk(dem, usable[begin:end], samples[begin:end], length[begin:end], lon, lat, to_lon, to_lat,
                       profile)
        begin = end
    return profile


def _profile_chunk(dem, rows, samples, length, lon, lat, to_lon, to_lat, profile) -> None:
    """Sample one batch of paths as one flat array; per-path reductions with reduceat."""
    path = np.repeat(np.arange(rows.size), samples)
    first = np.cumsum(samples) - samples
    fraction = (np.arange(path.size) - first[path]) / (samples[path] - 1)
    plon, plat = geodesic_points(lon[rows][path], lat[rows][path], to_lon[rows][path], to_lat[rows][path], fraction)
    height = elevation_at(dem, plon, plat)
    spacing = length / (samples - 1)
    rise = np.abs(np.diff(height))
    rise[(first[1:] - 1)] = np.nan  # no slope across the seam between two paths
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = np.degrees(np.arctan2(rise, spacing[path[:-1]]))
    slope = np.append(slope, np.nan)
    known = np.isfinite(height)
    any_known = np.add.reduceat(known.astype(np.int64), first) > 0
    highest = np.fmax.reduceat(height, first)
    lowest = np.fmin.reduceat(height, first)
    steepest = np.fmax.reduceat(slope, first)
    top = _argmax_per_path(height, path, first)
    profile.path_max_slope_deg[rows] = np.where(any_known, steepest, np.nan)
    profile.path_relief_m[rows] = np.where(any_known, highest - lowest, np.nan)
    profile.path_max_elevation_m[rows] = np.where(any_known, highest, np.nan)
    profile.path_max_lon[rows] = np.where(any_known, plon[top], np.nan)
    profile.path_max_lat[rows] = np.where(any_known, plat[top], np.nan)


def _argmax_per_path(height: np.ndarray, path: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Index (into the flat samples) of each path's highest known sample (its first sample if none)."""
    order = np.lexsort((-np.where(np.isfinite(height), height, -np.inf), path))
    return order[first]
