"""The same inputs give the same bits, wherever NumPy's arrays happen to sit in memory.

NumPy's AVX-512 arctan2 rounds the last bit of strided inputs differently depending on their alignment; the
geodesy once handed it columns of an (n, 3) array and two runs of the sample wrote different distances in the
10th digit. Here the heap is shuffled between calls so arrays land at many alignments."""
from __future__ import annotations

import numpy as np

from school_connectivity_plugin.core.network.geodesy import surface_lonlat, to_ecef
from school_connectivity_plugin.core.network.nearest import FiberIndex, Segments


def _shuffled_heaps(count: int, seed: int = 1):
    """Yield `count` times, each time with differently sized blocks held and freed, so new arrays move around."""
    rng = np.random.default_rng(seed)
    held: list[np.ndarray] = []
    for _ in range(count):
        held.append(np.empty(int(rng.integers(1, 5000))))
        if len(held) > 20:
            held.pop(int(rng.integers(0, 20)))
        yield


def _points(count: int, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.uniform(69.5, 80.0, count), rng.uniform(39.5, 43.0, count)


def test_surface_coordinates_do_not_depend_on_memory_alignment():
    lon, lat = _points(3000)
    xyz = to_ecef(lon, lat) * (1.0 - 1e-7)  # just below the surface, as chord feet are
    first = surface_lonlat(xyz)
    for _ in _shuffled_heaps(300):
        again = surface_lonlat(xyz.copy())
        assert np.array_equal(again[0], first[0]) and np.array_equal(again[1], first[1])


def test_nearest_fiber_is_bit_identical_call_after_call():
    rng = np.random.default_rng(5)
    start_lon, start_lat = _points(400, seed=4)
    end_lon, end_lat = start_lon + rng.normal(0, 0.05, 400), start_lat + rng.normal(0, 0.05, 400)
    segments = Segments(start_lon, start_lat, end_lon, end_lat, np.arange(400), np.zeros(400, dtype=np.int64))
    lon, lat = _points(2000)
    first = FiberIndex(segments).nearest(lon, lat)
    for _ in _shuffled_heaps(40):
        again = FiberIndex(segments).nearest(lon, lat)
        assert np.array_equal(again.distance_m, first.distance_m)
        assert np.array_equal(again.lon, first.lon) and np.array_equal(again.lat, first.lat)
