"""Nearest fiber for every school: geodesic metres on WGS 84, fast by construction, exact by proof.

Model. A fiber line is a chain of segments; each segment is the WGS 84 geodesic between two
consecutive vertices; a fiber node (point) is a zero-length segment.

Method (no Python loop over schools).
1. Every segment is cut along its geodesic into pieces of at most `piece_length_m` (s). A piece's
   chord in geocentric (ECEF) space lies below the ellipsoid by at most h = s^2 / (8 R_min), and the
   surface point straight above a chord point is on the geodesic to well under a millimetre.
2. A k-d tree holds the chord midpoints of the pieces. For each school P the k nearest midpoints
   give candidate pieces; the closest point on each candidate chord (Euclidean, exact) is lifted
   to the ellipsoid, and its geodesic distance g is computed (chord-to-arc series, mm-exact).
3. Guarantee: a piece whose geodesic distance is g' has its midpoint within chord distance
   g' + s/2 + h of P (chord <= geodesic). So if the k-th neighbour is farther than g* + s/2 + h,
   no unexamined piece can beat the best g*; schools failing that test are queried again with 8x
   more neighbours until it holds (at worst: every piece). Only candidates whose midpoint is within
   half a piece of the first one's can win, so only those are measured.
Schools are queried in spatial order and in chunks (bounded memory), as many chunks at once as `workers` allows
(threads: the tree and numpy release the GIL). Each school's answer depends on nothing but the school, so the result
is the same whatever the chunks and threads.
Ties (distances within TIE_TOLERANCE_M) go to the lowest layer index, then the lowest feature id.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from .geodesy import (
    GEOD,
    SERIES_MAX_CHORD_M,
    WGS84_A,
    WGS84_E2,
    geodesic_distance,
    geodesic_from_chord,
    surface_lonlat,
    to_ecef,
)

#: Default piece length (m): 1 km keeps the chord within 2 cm of the surface (and measured fastest).
DEFAULT_PIECE_LENGTH_M = 1_000.0
#: Distances closer than this (m) are a tie, broken by layer index then feature id.
TIE_TOLERANCE_M = 1e-3
#: Smallest radius of curvature of WGS 84 (meridian at the equator), for the chord-dip bound.
_R_MIN = WGS84_A * (1.0 - WGS84_E2)
#: Extra slack (m) on every bound for floating-point rounding of ECEF coordinates (~1e-9 of 6.4e6 m).
_ROUNDING_SLACK_M = 0.01
_DEFAULT_NEIGHBOURS = 8
_DEFAULT_CHUNK = 100_000
#: Schools whose k neighbours prove nothing are asked again with this many times more neighbours.
_NEIGHBOUR_GROWTH = 8
#: Most (school, candidate piece) pairs evaluated at once.
_MAX_PAIRS = 1_000_000
#: Golden-section steps along a piece for schools beyond the chord series' range (0.618^60: far below a mm).
_FAR_SEARCH_STEPS = 60
_GOLDEN = (np.sqrt(5.0) - 1.0) / 2.0
#: Cell size (degrees) of the query order; neighbouring schools are queried together.
_ORDER_CELL_DEG = 0.05


@dataclass
class Segments:
    """Fiber as geodesic segments: endpoints in degrees (EPSG:4326) and who each belongs to."""

    lon_a: np.ndarray
    lat_a: np.ndarray
    lon_b: np.ndarray
    lat_b: np.ndarray
    feature_id: np.ndarray
    layer_index: np.ndarray

    def __len__(self) -> int:
        return int(self.lon_a.size)


@dataclass
class NearestFiber:
    """Per school: geodesic distance (NaN = none in reach), segment index (-1 = none), nearest point."""

    distance_m: np.ndarray
    segment: np.ndarray
    lon: np.ndarray
    lat: np.ndarray


class FiberIndex:
    """Geodesic pieces of all fiber segments in a k-d tree, built once and queried in bulk."""

    def __init__(self, segments: Segments, piece_length_m: float = DEFAULT_PIECE_LENGTH_M, workers: int = -1):
        self.segments = segments
        self.workers = workers
        self.piece_length_m = float(piece_length_m)
        self.rank = _tie_rank(segments)
        self._build_pieces()
        self.tree = cKDTree(0.5 * (self.start + self.end)) if self.piece_segment.size else None

    def _build_pieces(self) -> None:
        """Cut each segment along its geodesic into equal pieces no longer than piece_length_m."""
        seg = self.segments
        azimuth, _, length = GEOD.inv(seg.lon_a, seg.lat_a, seg.lon_b, seg.lat_b)
        length = np.asarray(length, dtype=float)
        count = np.maximum(1, np.ceil(length / self.piece_length_m)).astype(np.int64)
        piece_segment = np.repeat(np.arange(len(seg)), count)
        first = np.repeat(np.cumsum(count) - count, count)
        step = np.arange(piece_segment.size) - first
        per_piece = length[piece_segment] / count[piece_segment]
        start_lon, start_lat = self._along(piece_segment, azimuth, step * per_piece, step == 0, "a")
        last = step == count[piece_segment] - 1
        end_lon, end_lat = self._along(piece_segment, azimuth, (step + 1) * per_piece, last, "b")
        self.piece_segment = piece_segment
        self.piece_ends = (start_lon, start_lat, end_lon, end_lat)
        self.start = to_ecef(start_lon, start_lat)
        self.end = to_ecef(end_lon, end_lat)
        self._padded_tables()
        longest = float(per_piece.max()) if per_piece.size else 0.0
        self.half_piece_m = 0.5 * longest
        self.dip_m = longest * longest / (8.0 * _R_MIN)

    def _padded_tables(self) -> None:
        """Per-piece tables with one extra row for the tree's 'no neighbour' index (never chosen)."""
        chord = self.end - self.start
        length2 = np.einsum("ij,ij->i", chord, chord)
        inverse = np.divide(1.0, length2, out=np.zeros_like(length2), where=length2 > 0)
        self._start = np.vstack([self.start, np.zeros((1, 3))])
        self._end = np.vstack([self.end, np.zeros((1, 3))])
        self._chord = np.vstack([chord, np.zeros((1, 3))])
        self._length2 = np.append(length2, 0.0)
        self._inverse_length2 = np.append(inverse, 0.0)
        self._piece_segment = np.append(self.piece_segment, 0)
        self._rank = self.rank

    def _along(self, piece_segment, azimuth, distance, at_vertex, which) -> tuple[np.ndarray, np.ndarray]:
        """Points `distance` metres along each piece's segment; exact vertex coordinates at its ends."""
        seg = self.segments
        lon_a, lat_a = seg.lon_a[piece_segment], seg.lat_a[piece_segment]
        lon, lat, _ = GEOD.fwd(lon_a, lat_a, np.asarray(azimuth)[piece_segment], distance)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        vertex_lon = lon_a if which == "a" else seg.lon_b[piece_segment]
        vertex_lat = lat_a if which == "a" else seg.lat_b[piece_segment]
        return np.where(at_vertex, vertex_lon, lon), np.where(at_vertex, vertex_lat, lat)

    def nearest(
        self,
        lon: np.ndarray,
        lat: np.ndarray,
        max_distance_m: float = 0.0,
        neighbours: int = _DEFAULT_NEIGHBOURS,
        chunk: int = _DEFAULT_CHUNK,
    ) -> NearestFiber:
        """Nearest fiber for each point; max_distance_m = 0 means no limit, otherwise beyond it -> NaN."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        result = NearestFiber(
            distance_m=np.full(lon.size, np.nan),
            segment=np.full(lon.size, -1, dtype=np.int64),
            lon=np.full(lon.size, np.nan),
            lat=np.full(lon.size, np.nan),
        )
        located = _spatial_order(lon, lat)
        if self.tree is None or located.size == 0:
            return result
        k = int(min(neighbours, self.piece_segment.size))
        chunks = [located[begin:begin + chunk] for begin in range(0, located.size, chunk)]
        threads = min(len(chunks), (os.cpu_count() or 1) if self.workers == -1 else max(1, self.workers))
        with ThreadPoolExecutor(threads) as pool:  # (each chunk writes only its own rows of `result`)
            list(pool.map(lambda rows: self._nearest_chunk(rows, lon[rows], lat[rows], max_distance_m, k, result),
                          chunks))
        return result

    def _margin(self, distance: np.ndarray) -> np.ndarray:
        """How much farther than a piece's geodesic distance its tree midpoint can be."""
        return distance + self.half_piece_m + self.dip_m + _ROUNDING_SLACK_M

    def _nearest_chunk(self, rows, lon, lat, max_distance_m, k, result) -> None:
        points = to_ecef(lon, lat)
        bound = self._margin(np.float64(max_distance_m)) if max_distance_m > 0 else np.inf
        best = [np.full(rows.size, np.inf), np.full(rows.size, -1, dtype=np.int64),
                np.full(rows.size, np.nan), np.full(rows.size, np.nan)]
        pending = np.arange(rows.size)
        while pending.size:
            reach, pieces = self.tree.query(points[pending], k=k, distance_upper_bound=bound, workers=self.workers)
            reach, pieces = reach.reshape(pending.size, k), pieces.reshape(pending.size, k)
            found = self._best_in_batches(points[pending], lon[pending], lat[pending], pieces, reach)
            for target, values in zip(best, found):
                target[pending] = values
            if k >= self.piece_segment.size:
                break
            unproven = np.isfinite(reach[:, -1]) & (reach[:, -1] <= self._margin(found[0]))
            pending = pending[unproven]
            k = int(min(k * _NEIGHBOUR_GROWTH, self.piece_segment.size))
        distance, segment, near_lon, near_lat = best
        if max_distance_m > 0:
            segment = np.where(distance <= max_distance_m, segment, -1)
        found = segment >= 0
        result.distance_m[rows[found]] = distance[found]
        result.segment[rows[found]] = segment[found]
        result.lon[rows[found]] = near_lon[found]
        result.lat[rows[found]] = near_lat[found]

    def _best_in_batches(self, points, lon, lat, pieces, reach) -> tuple[np.ndarray, ...]:
        """`_best` over row batches so that rows x candidates stays within _MAX_PAIRS (bounded memory)."""
        step = max(1, _MAX_PAIRS // pieces.shape[1])
        parts = [self._best(points[i:i + step], lon[i:i + step], lat[i:i + step], pieces[i:i + step],
                            reach[i:i + step]) for i in range(0, pieces.shape[0], step)]
        return tuple(np.concatenate(column) for column in zip(*parts))

    def _screen(self, euclid: np.ndarray) -> np.ndarray:
        """How much a chord distance can misorder two geodesic distances (chord dip, rounding, anisotropy)."""
        return 2.0 * self.dip_m + _ROUNDING_SLACK_M + 0.05 * euclid * euclid * euclid / (24.0 * _R_MIN * _R_MIN)

    def _best(self, points, lon, lat, pieces, reach) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Best candidate per row of `pieces` (tree indices sorted by midpoint distance `reach`).

        A candidate whose midpoint is farther than the first one's by more than half a piece plus the
        screen cannot win (its chord distance exceeds the first candidate's), so only the rest are measured.
        """
        rows = pieces.shape[0]
        first = reach[:, :1]
        keep = (pieces < self.piece_segment.size) & (reach <= first + self.half_piece_m + self._screen(first))
        row, column = np.nonzero(keep)
        piece = pieces[row, column]
        start, chord = self._start[piece], self._chord[piece]
        offset = points[row] - start
        projection = np.einsum("ij,ij->i", offset, chord)
        along = np.clip(projection * self._inverse_length2[piece], 0.0, 1.0)
        gap2 = np.einsum("ij,ij->i", offset, offset) - along * (2.0 * projection - along * self._length2[piece])
        euclid = np.sqrt(np.maximum(gap2, 0.0))
        closest = _row_min(euclid, row, rows)
        refine = np.flatnonzero(euclid <= closest[row] + self._screen(closest[row]))
        # a foot at a piece's end is that vertex itself, not start + chord (which rounds differently), so every
        # piece meeting at a vertex reports the same point and the same distance, bit for bit
        piece_refined, along_refined = piece[refine], along[refine]
        foot = np.where((along_refined == 1.0)[:, None], self._end[piece_refined],
                        start[refine] + along_refined[:, None] * chord[refine])
        foot_lon, foot_lat = surface_lonlat(foot)
        refined_row = row[refine]
        geodesic = geodesic_from_chord(points[refined_row], to_ecef(foot_lon, foot_lat), lon[refined_row],
                                       lat[refined_row], foot_lon, foot_lat)
        best = _row_min(geodesic, refined_row, rows)
        segment_of = self._piece_segment[piece_refined]
        tied = np.flatnonzero(geodesic <= best[refined_row] + TIE_TOLERANCE_M)
        order = tied[np.lexsort((self._rank[segment_of[tied]], refined_row[tied]))]
        winners = order[np.unique(refined_row[order], return_index=True)[1]]
        winner_row = refined_row[winners]
        distance = np.full(rows, np.inf)
        segment = np.full(rows, -1, dtype=np.int64)
        near_lon, near_lat = np.full(rows, np.nan), np.full(rows, np.nan)
        distance[winner_row] = geodesic[winners]  # the distance to the point reported, not to a 1 mm tie
        segment[winner_row] = segment_of[winners]
        near_lon[winner_row], near_lat[winner_row] = foot_lon[winners], foot_lat[winners]
        far = np.flatnonzero(distance[winner_row] > SERIES_MAX_CHORD_M)
        if far.size:
            self._refine_far(winner_row[far], piece_refined[winners[far]], lon, lat, distance, near_lon, near_lat)
        return distance, segment, near_lon, near_lat

    def _refine_far(self, rows, pieces, lon, lat, distance, near_lon, near_lat) -> None:
        """Beyond the chord series' range the chord's closest point is not the geodesic's: search along the winning
        piece's geodesic (golden section, both ends included) with exact distances, in place."""
        start_lon, start_lat, end_lon, end_lat = (values[pieces] for values in self.piece_ends)
        azimuth, _, length = GEOD.inv(start_lon, start_lat, end_lon, end_lat)
        length = np.asarray(length, dtype=float)

        def measure(fraction: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            point_lon, point_lat, _ = GEOD.fwd(start_lon, start_lat, azimuth, fraction * length)
            point_lon, point_lat = np.asarray(point_lon, dtype=float), np.asarray(point_lat, dtype=float)
            return geodesic_distance(lon[rows], lat[rows], point_lon, point_lat), point_lon, point_lat

        low, high = np.zeros(rows.size), np.ones(rows.size)
        for _ in range(_FAR_SEARCH_STEPS):
            left, right = high - _GOLDEN * (high - low), low + _GOLDEN * (high - low)
            keep_left = measure(left)[0] <= measure(right)[0]
            high, low = np.where(keep_left, right, high), np.where(keep_left, low, left)
        for fraction in (0.5 * (low + high), np.zeros(rows.size), np.ones(rows.size)):
            found, point_lon, point_lat = measure(fraction)
            better = found < distance[rows]
            distance[rows[better]] = found[better]
            near_lon[rows[better]], near_lat[rows[better]] = point_lon[better], point_lat[better]


def _row_min(values: np.ndarray, row: np.ndarray, rows: int) -> np.ndarray:
    """Minimum of `values` per row (`row` sorted ascending); inf for rows without values."""
    out = np.full(rows, np.inf)
    if row.size:
        starts = np.flatnonzero(np.diff(row, prepend=-1))
        out[row[starts]] = np.minimum.reduceat(values, starts)
    return out


def _spatial_order(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Indices of located points, neighbours together: tree queries in that order hit the cache."""
    located = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
    cell = np.floor((lat[located] + 90.0) / _ORDER_CELL_DEG) * 1e5 + np.floor((lon[located] + 180.0) / _ORDER_CELL_DEG)
    return located[np.argsort(cell, kind="stable")]


def _tie_rank(segments: Segments) -> np.ndarray:
    """Each segment's place in (layer index, feature id) order, the tie-break order."""
    order = np.lexsort((segments.feature_id, segments.layer_index))
    rank = np.empty(len(segments), dtype=np.int64)
    rank[order] = np.arange(len(segments))
    return rank
