"""core.nearest against brute-force geodesic references (pyproj sampling) and QgsDistanceArea."""
from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

from school_connectivity_plugin.core.network.nearest import FiberIndex, Segments

from support.geodesic_reference import distance_to_geodesic_segment, distance_to_lines

GEOD = Geod(ellps="WGS84")
TOLERANCE_M = 0.01


def _segments(pairs, feature_ids=None, layers=None) -> Segments:
    a = np.array([p[0] for p in pairs], dtype=float)
    b = np.array([p[1] for p in pairs], dtype=float)
    count = len(pairs)
    return Segments(a[:, 0], a[:, 1], b[:, 0], b[:, 1],
                    np.asarray(feature_ids if feature_ids is not None else np.arange(count), dtype=np.int64),
                    np.asarray(layers if layers is not None else np.zeros(count), dtype=np.int64))


def _nearest(pairs, points, **kwargs):
    points = np.asarray(points, dtype=float)
    return FiberIndex(_segments(pairs)).nearest(points[:, 0], points[:, 1], **kwargs)


@pytest.mark.parametrize("segment, school", [
    (((70.0, 40.0), (71.6, 41.1)), "beside"),            # ~185 km segment, school 5 km off its middle
    (((179.4, -16.0), (-179.3, -16.4)), "beside"),       # crosses the antimeridian
    (((10.0, 89.4), (170.0, 89.6)), "beside"),           # passes within ~100 km of the North Pole
    (((-60.0, -85.0), (120.0, -86.0)), "beside"),        # passes over the South Pole region
    (((30.0, 0.0), (30.3, 0.0)), "beside"),              # equator
])
def test_school_beside_a_long_geodesic_matches_brute_force(segment, school):
    a, b = segment
    azimuth, _, length = GEOD.inv(a[0], a[1], b[0], b[1])
    mid_lon, mid_lat, mid_azimuth = GEOD.fwd(a[0], a[1], azimuth, 0.43 * length)
    lon, lat, _ = GEOD.fwd(mid_lon, mid_lat, mid_azimuth + 90.0, 5_000.0)
    got = _nearest([segment], [(lon, lat)])
    expected = distance_to_geodesic_segment(lon, lat, a, b)
    assert abs(expected - 5_000.0) < 0.05
    assert abs(got.distance_m[0] - expected) < TOLERANCE_M
    assert GEOD.inv(lon, lat, got.lon[0], got.lat[0])[2] == pytest.approx(got.distance_m[0], abs=1e-6)


def test_school_at_a_vertex_on_the_line_and_past_its_end():
    line = [((74.0, 42.0), (74.5, 42.3)), ((74.5, 42.3), (75.2, 42.1))]
    on_lon, on_lat, _ = GEOD.fwd(74.0, 42.0, GEOD.inv(74.0, 42.0, 74.5, 42.3)[0], 20_000.0)
    beyond_lon, beyond_lat, _ = GEOD.fwd(75.2, 42.1, GEOD.inv(74.5, 42.3, 75.2, 42.1)[1] + 180.0, 3_000.0)
    got = _nearest(line, [(74.5, 42.3), (on_lon, on_lat), (beyond_lon, beyond_lat)])
    assert got.distance_m[0] < 1e-3
    assert got.distance_m[1] < 1e-3
    assert got.distance_m[2] == pytest.approx(GEOD.inv(beyond_lon, beyond_lat, 75.2, 42.1)[2], abs=TOLERANCE_M)
    assert (got.lon[2], got.lat[2]) == pytest.approx((75.2, 42.1), abs=1e-9)


def test_nodes_are_zero_length_segments_and_identical_points_are_zero():
    nodes = [((74.0, 42.0), (74.0, 42.0)), ((75.0, 41.0), (75.0, 41.0))]
    got = _nearest(nodes, [(74.0, 42.0), (74.9, 41.2)])
    assert got.distance_m[0] == 0.0 or got.distance_m[0] < 1e-6
    assert got.segment[1] == 1
    assert got.distance_m[1] == pytest.approx(GEOD.inv(74.9, 41.2, 75.0, 41.0)[2], abs=1e-3)


def test_random_lines_match_brute_force_including_far_schools():
    rng = np.random.default_rng(11)
    lines = []
    for _ in range(25):
        lon, lat = rng.uniform(69, 80), rng.uniform(39, 43)
        azimuths = rng.uniform(0, 360) + np.cumsum(rng.normal(0, 30, 6))
        vertices = [(lon, lat)]
        for azimuth in azimuths:
            lon, lat, _ = GEOD.fwd(lon, lat, azimuth, rng.uniform(500, 30_000))
            vertices.append((lon, lat))
        lines.append(np.array(vertices))
    pairs = [(tuple(a), tuple(b)) for line in lines for a, b in zip(line[:-1], line[1:])]
    schools = np.column_stack([rng.uniform(68, 81, 40), rng.uniform(38, 44, 40)])
    got = _nearest(pairs, schools, neighbours=2)
    expected = np.array([distance_to_lines(lon, lat, lines) for lon, lat in schools])
    assert np.abs(got.distance_m - expected).max() < TOLERANCE_M


def test_ties_go_to_the_lowest_layer_then_the_lowest_feature_id():
    east, west = ((74.1, 41.0), (74.1, 42.0)), ((73.9, 42.0), (73.9, 41.0))
    segments = _segments([east, west, east], feature_ids=[9, 5, 2], layers=[1, 1, 0])
    got = FiberIndex(segments).nearest(np.array([74.0]), np.array([41.5]))
    assert got.segment[0] == 2
    segments = _segments([east, west], feature_ids=[9, 5], layers=[1, 1])
    assert FiberIndex(segments).nearest(np.array([74.0]), np.array([41.5])).segment[0] == 1


def test_max_distance_limits_and_zero_means_no_limit():
    line = [((74.0, 42.0), (74.5, 42.0))]
    schools = [(74.2, 42.05), (74.2, 42.5)]
    near_m = GEOD.inv(74.2, 42.05, 74.2, 42.0)[2]
    limited = _nearest(line, schools, max_distance_m=near_m + 100.0)
    assert limited.distance_m[0] == pytest.approx(distance_to_geodesic_segment(74.2, 42.05, *line[0]), abs=TOLERANCE_M)
    assert np.isnan(limited.distance_m[1]) and limited.segment[1] == -1
    unlimited = _nearest(line, schools, max_distance_m=0.0)
    assert np.isfinite(unlimited.distance_m).all()


def test_no_fiber_and_unlocated_schools_give_nan_not_a_crash():
    empty = Segments(*(np.array([], dtype=float) for _ in range(4)), np.array([], dtype=np.int64),
                     np.array([], dtype=np.int64))
    got = FiberIndex(empty).nearest(np.array([74.0, 75.0]), np.array([42.0, 41.0]))
    assert np.isnan(got.distance_m).all() and (got.segment == -1).all()
    got = _nearest([((74.0, 42.0), (74.5, 42.0))], [(np.nan, np.nan), (74.2, 42.1)])
    assert np.isnan(got.distance_m[0]) and np.isfinite(got.distance_m[1])
