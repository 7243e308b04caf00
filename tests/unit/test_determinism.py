"""The same inputs give the same bits, wherever NumPy's arrays happen to sit in memory, in any chunks, on any
number of threads.

NumPy 1.24 on AVX-512 computes arctan2, sin, cos, pow with SVML unless its input/output overlap test fires, then
with libm, and the two differ in the last bit. The test spans stride x length bytes, so a one-row column of an
(n, 3) array "overlapped" an output allocated just after it: whether it did depended on the heap, and two runs of
the sample wrote different distances in the 10th digit. Here the heap is shuffled between calls, and the sample is
measured one school at a time (one-row arrays everywhere) against all at once."""
from __future__ import annotations

import csv
import json
from pathlib import Path

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


def _sample_fiber(sample: Path) -> Segments:
    """The bundled backbone (every part) and nodes as segments, read straight from the GeoJSON."""
    ends: list[tuple[float, float, float, float, int, int]] = []
    for layer, name in enumerate(("fiber_backbone.geojson", "fiber_nodes.geojson")):
        for fid, feature in enumerate(json.loads((sample / name).read_text())["features"]):
            geometry = feature["geometry"]
            parts = {"Point": lambda c: [[c, c]], "LineString": lambda c: [c]}.get(geometry["type"], list)(
                geometry["coordinates"])
            ends.extend((a[0], a[1], b[0], b[1], fid, layer) for part in parts for a, b in zip(part[:-1], part[1:]))
    table = np.asarray(ends)
    return Segments(*(np.ascontiguousarray(table[:, i]) for i in range(4)), table[:, 4].astype(np.int64),
                    table[:, 5].astype(np.int64))


def _sample_schools(sample: Path) -> tuple[np.ndarray, np.ndarray]:
    with (sample / "schools.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = [(row["Долгота"], row["Широта"]) for row in csv.DictReader(handle)]
    values = np.array([[float(x) if x.strip() else np.nan for x in row] for row in rows])
    return values[:, 0].copy(), values[:, 1].copy()


def test_the_sample_measured_one_school_at_a_time_gives_the_same_bits_as_all_at_once(sample_dir):
    lon, lat = _sample_schools(sample_dir)
    index = FiberIndex(_sample_fiber(sample_dir))
    whole = index.nearest(lon, lat)
    assert np.count_nonzero(np.isfinite(whole.distance_m)) > 2000
    for chunk, workers in ((1, 1), (1, -1), (97, 2)):
        index.workers = workers
        for _ in _shuffled_heaps(2, seed=chunk):
            again = index.nearest(lon, lat, chunk=chunk)
            for name in ("distance_m", "segment", "lon", "lat"):
                assert np.array_equal(getattr(again, name), getattr(whole, name), equal_nan=True), (chunk, name)
