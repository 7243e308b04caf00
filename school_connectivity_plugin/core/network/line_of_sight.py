"""Point-to-point microwave feasibility: terrain line of sight from a school to a fiber node within range.

The profile between the two antennas is sampled on the DEM; the earth bulge uses an effective earth radius
k x R with the standard-atmosphere refraction factor k = 4/3 (ITU-R P.453 / P.530 practice), and optionally a
fraction of the first Fresnel zone must stay clear. Sample points are interpolated linearly in lon/lat,
which departs from the great circle by metres over the 30-50 km ranges of P2P links.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from .geodesy import geodesic_distance, to_ecef

EARTH_RADIUS_M = 6_371_008.8
STANDARD_K_FACTOR = 4.0 / 3.0
#: Metres per degree of latitude, to turn the DEM's pixel size into a sampling step.
_M_PER_DEGREE = 111_320.0
#: Profile cells evaluated at once (pairs x samples), bounding memory.
_CHUNK_CELLS = 2_000_000


@dataclass(frozen=True)
class Dem:
    """A north-up elevation grid in EPSG:4326: `values[row, col]`, origin at the top-left corner."""

    values: np.ndarray
    west: float
    north: float
    pixel_width: float
    pixel_height: float
    nodata: float | None = None

    def sample(self, lon, lat) -> np.ndarray:
        """Bilinear elevation in metres; NaN outside the grid or on nodata."""
        values = self.values.astype(float)
        if self.nodata is not None:
            values = np.where(values == self.nodata, np.nan, values)
        col = (np.asarray(lon, float) - self.west) / self.pixel_width - 0.5
        row = (self.north - np.asarray(lat, float)) / self.pixel_height - 0.5
        rows, cols = values.shape
        inside = (row >= -0.5) & (row <= rows - 0.5) & (col >= -0.5) & (col <= cols - 0.5)
        row = np.clip(np.where(inside, row, 0.0), 0, rows - 1)
        col = np.clip(np.where(inside, col, 0.0), 0, cols - 1)
        r0 = np.minimum(np.floor(row).astype(int), max(rows - 2, 0))
        c0 = np.minimum(np.floor(col).astype(int), max(cols - 2, 0))
        r1, c1 = np.minimum(r0 + 1, rows - 1), np.minimum(c0 + 1, cols - 1)
        fr, fc = row - r0, col - c0
        top = values[r0, c0] * (1 - fc) + values[r0, c1] * fc
        bottom = values[r1, c0] * (1 - fc) + values[r1, c1] * fc
        return np.where(inside, top * (1 - fr) + bottom * fr, np.nan)

    @property
    def step_m(self) -> float:
        """Half a pixel in metres: profile samples fine enough not to jump over a ridge cell."""
        return 0.5 * min(self.pixel_width, self.pixel_height) * _M_PER_DEGREE


def line_of_sight_clear(
    dem: Dem,
    lon_a, lat_a, lon_b, lat_b,
    height_a_m: float,
    height_b_m: float,
    k_factor: float = STANDARD_K_FACTOR,
    fresnel_ghz: float | None = None,
    fresnel_fraction: float = 0.6,
) -> np.ndarray:
    """True where the beam between antennas at a and b clears terrain plus earth bulge (and Fresnel zone)."""
    lon_a, lat_a, lon_b, lat_b = (np.atleast_1d(np.asarray(v, float)) for v in (lon_a, lat_a, lon_b, lat_b))
    distance = geodesic_distance(lon_a, lat_a, lon_b, lat_b)
    if distance.size == 0:
        return np.zeros(0, dtype=bool)
    samples = int(np.ceil(np.max(distance) / dem.step_m)) + 2
    t = np.linspace(0.0, 1.0, samples)
    chunk = max(1, _CHUNK_CELLS // samples)
    clear = np.zeros(distance.size, dtype=bool)
    for start in range(0, distance.size, chunk):
        part = slice(start, start + chunk)
        clear[part] = _clear_chunk(
            dem, t, lon_a[part], lat_a[part], lon_b[part], lat_b[part], distance[part],
            height_a_m, height_b_m, k_factor, fresnel_ghz, fresnel_fraction,
        )
    return clear


def _clear_chunk(dem, t, lon_a, lat_a, lon_b, lat_b, distance, height_a, height_b, k_factor, ghz, fraction):
    """Vectorised profiles for one chunk of pairs (pairs x samples arrays)."""
    lon = lon_a[:, None] + (lon_b - lon_a)[:, None] * t[None, :]
    lat = lat_a[:, None] + (lat_b - lat_a)[:, None] * t[None, :]
    terrain = dem.sample(lon, lat)
    beam_a = terrain[:, 0] + height_a
    beam_b = terrain[:, -1] + height_b
    beam = beam_a[:, None] + (beam_b - beam_a)[:, None] * t[None, :]
    d1 = distance[:, None] * t[None, :]
    d2 = distance[:, None] - d1
    bulge = d1 * d2 / (2.0 * k_factor * EARTH_RADIUS_M)
    margin = np.zeros_like(d1)
    if ghz:
        wavelength = 0.299792458 / ghz
        margin = fraction * np.sqrt(wavelength * d1 * d2 / np.maximum(distance[:, None], 1e-9))
    obstacle = np.where(np.isnan(terrain), -np.inf, terrain) + bulge + margin
    blocked = (obstacle[:, 1:-1] > beam[:, 1:-1]).any(axis=1)
    return np.isfinite(beam_a) & np.isfinite(beam_b) & ~blocked


@dataclass
class P2PResult:
    """Per school: the nearest node with clear line of sight (-1 if none) and its distance."""

    node_index: np.ndarray
    distance_m: np.ndarray
    candidates_checked: np.ndarray


def p2p_links(
    dem: Dem,
    school_lon, school_lat,
    node_lon, node_lat,
    range_m: float,
    school_antenna_m: float,
    node_antenna_m: float,
    max_candidates: int = 8,
    k_factor: float = STANDARD_K_FACTOR,
    fresnel_ghz: float | None = None,
) -> P2PResult:
    """For every school, the nearest of its `max_candidates` nearest nodes within range that it can see."""
    school_lon, school_lat = np.asarray(school_lon, float), np.asarray(school_lat, float)
    node_lon, node_lat = np.asarray(node_lon, float), np.asarray(node_lat, float)
    n = school_lon.size
    best_node, best_m = np.full(n, -1, dtype=np.int64), np.full(n, np.nan)
    checked = np.zeros(n, dtype=np.int64)
    located = np.flatnonzero(np.isfinite(school_lon) & np.isfinite(school_lat))
    if node_lon.size == 0 or located.size == 0:
        return P2PResult(best_node, best_m, checked)
    k = min(max_candidates, node_lon.size)
    chord, index = cKDTree(to_ecef(node_lon, node_lat)).query(
        to_ecef(school_lon[located], school_lat[located]), k=k, distance_upper_bound=range_m
    )
    chord, index = chord.reshape(located.size, k), index.reshape(located.size, k)
    school_of, slot = np.nonzero(np.isfinite(chord))
    nodes = index[school_of, slot]
    schools = located[school_of]
    distance = geodesic_distance(school_lon[schools], school_lat[schools], node_lon[nodes], node_lat[nodes])
    clear = (distance <= range_m) & line_of_sight_clear(
        dem, school_lon[schools], school_lat[schools], node_lon[nodes], node_lat[nodes],
        school_antenna_m, node_antenna_m, k_factor, fresnel_ghz,
    )
    np.add.at(checked, schools, 1)
    schools, nodes, distance = schools[clear], nodes[clear], distance[clear]
    order = np.lexsort((distance, schools))
    first = order[np.unique(schools[order], return_index=True)[1]]
    best_node[schools[first]], best_m[schools[first]] = nodes[first], distance[first]
    return P2PResult(best_node, best_m, checked)
