"""Checks on imported schools, as reason codes: a row is rejected only when it cannot be placed on the map;
every other doubt becomes a QA flag on a kept row (Giga's data-quality rules where Giga has one)."""
from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from ..definitions.codes import QaFlag, RejectReason
from ..network.boundary import points_in_polygons, within_distance_of_rings
from ..network.geodesy import to_ecef

#: Giga: two schools within 110 m with name similarity >= 0.7 are probable duplicates.
DUPLICATE_RADIUS_M = 110.0
DUPLICATE_NAME_SIMILARITY = 0.7
#: Implausible values (Giga's num_students range is 0-10,000; no school link is faster than 10 Gbps).
MAX_PLAUSIBLE_SPEED_MBPS = 10_000.0
MAX_PLAUSIBLE_STUDENTS = 10_000
#: Close pairs whose names are compared at once.
_PAIR_CHUNK = 500_000


def _in_range(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    return (np.abs(lat) <= 90) & (np.abs(lon) <= 180)


def place_points(lat: np.ndarray, lon: np.ndarray, lat_ok: np.ndarray, lon_ok: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Coordinates fixed where a swap makes them valid, the reject reason per row ("" = placed), swap mask."""
    lat, lon = np.array(lat, dtype=float), np.array(lon, dtype=float)
    reason = np.full(lat.shape, "", dtype=object)
    missing = np.isnan(lat) | np.isnan(lon)
    unparseable = ~(np.asarray(lat_ok) & np.asarray(lon_ok))
    swap = ~missing & ~_in_range(lat, lon) & _in_range(lon, lat)
    lat[swap], lon[swap] = lon[swap].copy(), lat[swap].copy()
    reason[~missing & ~_in_range(lat, lon)] = RejectReason.OUT_OF_RANGE.value
    reason[~missing & (lat == 0) & (lon == 0)] = RejectReason.ZERO_COORDINATES.value
    reason[missing] = RejectReason.MISSING_COORDINATES.value
    reason[unparseable] = RejectReason.UNPARSEABLE_COORDINATES.value
    return lat, lon, reason, swap


#: Fewest placed schools that make a list's extent trustworthy enough to judge a swap without a boundary.
EXTENT_MIN_POINTS = 20
#: The bulk of a list: its 2nd to 98th percentile of latitude and longitude, widened by a quarter of its span
#: (at least half a degree) on each side.
EXTENT_PERCENTILES, EXTENT_MARGIN_SHARE, EXTENT_MARGIN_MIN_DEG = (2.0, 98.0), 0.25, 0.5


def list_extent(lat: np.ndarray, lon: np.ndarray, placed: np.ndarray) -> tuple[float, float, float, float] | None:
    """(south, north, west, east) of where the bulk of the list lies, or None for a list too small to tell."""
    if int(np.count_nonzero(placed)) < EXTENT_MIN_POINTS:
        return None
    box = []
    for values in (np.asarray(lat, float)[placed], np.asarray(lon, float)[placed]):
        low, high = np.percentile(values, EXTENT_PERCENTILES)
        margin = max(EXTENT_MARGIN_SHARE * (high - low), EXTENT_MARGIN_MIN_DEG)
        box += [low - margin, high + margin]
    return box[0], box[1], box[2], box[3]


def extent_swaps(lat: np.ndarray, lon: np.ndarray, placed: np.ndarray,
                 extent: tuple[float, float, float, float]) -> np.ndarray:
    """Rows far outside the list's bulk whose swapped latitude and longitude fall inside it: whole-row swaps
    (73.4 N, 40.8 E in a Kyrgyz list is 40.8 N, 73.4 E), found without any boundary."""
    south, north, west, east = extent

    def inside(y: np.ndarray, x: np.ndarray) -> np.ndarray:
        return (y >= south) & (y <= north) & (x >= west) & (x <= east)

    return placed & ~inside(lat, lon) & inside(lon, lat)


def boundary_flags(lat: np.ndarray, lon: np.ndarray, polygons: list[list[np.ndarray]], tolerance_km: float,
                   swappable: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Swap lat/lon where only the swapped point is inside; return lat, lon, swapped, near, outside masks."""
    lat, lon = np.array(lat, dtype=float), np.array(lon, dtype=float)
    inside = points_in_polygons(lon, lat, polygons)
    candidates = swappable & ~inside & _in_range(lon, lat)
    swapped = np.zeros(lat.shape, dtype=bool)
    if candidates.any():
        index = np.flatnonzero(candidates)
        fixed = points_in_polygons(lat[index], lon[index], polygons)
        swapped[index[fixed]] = True
        lat[swapped], lon[swapped] = lon[swapped].copy(), lat[swapped].copy()
        inside[swapped] = True
    outside = swappable & ~inside
    near = np.zeros(lat.shape, dtype=bool)
    if outside.any():
        near[outside] = within_distance_of_rings(lon[outside], lat[outside], polygons, tolerance_km * 1000.0)
    return lat, lon, swapped, near, outside & ~near


def duplicate_ids(ids: np.ndarray) -> np.ndarray:
    """Rows whose non-empty id occurs more than once (all members flagged, Giga: ids unique in master)."""
    ids = np.asarray(ids, dtype=object)
    present = ids != ""
    values, counts = np.unique(ids[present].astype(str), return_counts=True)
    repeated = set(values[counts > 1])
    return present & np.array([str(value) in repeated for value in ids], dtype=bool)


def _bigram_matrix(names: list[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Binary name x character-bigram matrix (names padded with a space each side) and bigram counts."""
    vocabulary: dict[str, int] = {}
    indptr, indices = [0], []
    for name in names:
        padded = f" {name} "
        grams = {vocabulary.setdefault(padded[i:i + 2], len(vocabulary)) for i in range(len(padded) - 1)}
        indices.extend(grams)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr),
                               shape=(len(names), max(1, len(vocabulary))))
    return matrix, np.diff(indptr)


def name_similarity(names: list[str], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Dice coefficient of the character bigrams of names[first] and names[second], vectorised over pairs."""
    matrix, counts = _bigram_matrix(names)
    similarity = np.empty(len(first), dtype=float)
    for start in range(0, len(first), _PAIR_CHUNK):
        a, b = first[start:start + _PAIR_CHUNK], second[start:start + _PAIR_CHUNK]
        shared = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
        similarity[start:start + _PAIR_CHUNK] = 2.0 * shared / (counts[a] + counts[b])
    return similarity


def duplicates_nearby(lat: np.ndarray, lon: np.ndarray, names: np.ndarray,
                      radius_m: float = DUPLICATE_RADIUS_M, similarity: float = DUPLICATE_NAME_SIMILARITY
                      ) -> np.ndarray:
    """Rows with another school within `radius_m` (chord, = geodesic at this range) whose name is similar:
    Dice coefficient of character bigrams >= `similarity` (Giga's 0.7 cutoff; vectorised, unlike a
    per-pair edit ratio, so a dense list of 200,000 schools is checked in seconds)."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    flagged = np.zeros(lat.shape, dtype=bool)
    folded = np.array([" ".join(str(name).casefold().split()) for name in np.asarray(names, dtype=object)],
                      dtype=object)
    valid = np.flatnonzero(np.isfinite(lat) & np.isfinite(lon) & (folded != ""))
    if valid.size < 2:
        return flagged
    pairs = cKDTree(to_ecef(lon[valid], lat[valid])).query_pairs(r=radius_m, output_type="ndarray")
    if len(pairs) == 0:
        return flagged
    involved = np.flatnonzero(np.bincount(pairs.ravel(), minlength=valid.size))
    local = np.empty(valid.size, dtype=np.int64)
    local[involved] = np.arange(involved.size)
    similar = name_similarity(list(folded[valid][involved]), local[pairs[:, 0]], local[pairs[:, 1]]) >= similarity
    flagged[valid[pairs[similar, 0]]] = True
    flagged[valid[pairs[similar, 1]]] = True
    return flagged


def implausible(values: np.ndarray, maximum: float) -> np.ndarray:
    """Values above a plausible maximum (NaN is not implausible, it is unknown)."""
    values = np.asarray(values, dtype=float)
    return np.isfinite(values) & (values > maximum)


def join_flags(masks: dict[QaFlag, np.ndarray], size: int, separator: str) -> np.ndarray:
    """The `qa_flags` text per row: set flags in QaFlag order, joined by `separator`."""
    parts = [[] for _ in range(size)]
    for flag in QaFlag:
        mask = masks.get(flag)
        if mask is None:
            continue
        for row in np.flatnonzero(mask):
            parts[row].append(flag.value)
    return np.array([separator.join(codes) for codes in parts], dtype=object)
