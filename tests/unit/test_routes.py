"""Shared fiber routes: hand-computed chains, only fiber as a source, the maximum link, and minimum totals checked
against brute force."""
from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from school_connectivity_plugin.core.definitions.codes import Upstream
from school_connectivity_plugin.core.planning.roles import route_inputs
from school_connectivity_plugin.core.planning.routes import fiber_routes

GEOD = Geod(ellps="WGS84")


def _geodesic(a, b) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def _targets(lon, lat, fiber_m, committed=None) -> pd.DataFrame:
    keys = [f"s{i}" for i in range(len(lon))]
    frame = pd.DataFrame({"route_key": keys, "longitude": lon, "latitude": lat, "fiber_distance_m": fiber_m})
    if committed is not None:
        frame["committed"] = committed
    return frame


def test_chain_along_meridian_shares_the_trench():
    # Three schools 0.01 degree apart on the equator meridian; only the first is close to fiber.
    targets = _targets([0.0, 0.0, 0.0], [0.0, 0.01, 0.02], [1000.0, 5000.0, 9000.0])
    step = _geodesic((0.0, 0.0), (0.0, 0.01))
    result = fiber_routes(targets, None, max_link_m=20_000, detour_factor=1.0)
    schools = result.schools
    assert list(schools["upstream_type"]) == [Upstream.FIBER.value, Upstream.SCHOOL.value, Upstream.SCHOOL.value]
    assert list(schools["upstream_id"]) == ["", "s0", "s1"]
    assert list(schools["route_order"]) == [1, 2, 3]
    assert schools["route_length_m"].tolist() == pytest.approx([1000.0, step, step], rel=1e-9)
    assert schools["path_length_m"].tolist() == pytest.approx([1000.0, 1000 + step, 1000 + 2 * step], rel=1e-9)
    assert schools["path_max_link_m"].tolist() == pytest.approx([1000.0, step, step], rel=1e-9)
    assert schools["cluster_id"].tolist() == ["C0001"] * 3
    assert result.summary["route_total_m"] == pytest.approx(1000.0 + 2 * step)
    assert result.summary["saving_m"] == pytest.approx(15_000.0 - (1000.0 + 2 * step))
    assert result.segments["to_id"].tolist() == ["s0", "s1", "s2"]
    assert result.segments["length_m"].sum() == pytest.approx(result.summary["route_total_m"])
    # the first segment has no fiber point coordinates in this input: no line; the others run school to school
    assert result.paths[0] is None
    assert result.paths[2].tolist() == [[0.0, 0.01], [0.0, 0.02]]


def test_a_link_beyond_the_maximum_is_not_built_and_says_so():
    step = _geodesic((0.0, 0.0), (0.0, 0.1))  # about 11 km
    targets = _targets([0.0, 0.0, 0.0], [0.0, 0.1, 0.3], [1000.0, 15_000.0, 40_000.0])
    result = fiber_routes(targets, None, max_link_m=step * 1.2 + 1, detour_factor=1.2)
    schools = result.schools
    assert schools["route_length_m"].iloc[1] == pytest.approx(step * 1.2)
    # the third school's cheapest link (to the second, 2 x 11 km x 1.2) is longer than the maximum
    assert schools["upstream_id"].iloc[2] == "s1"
    assert schools["path_max_link_m"].iloc[2] == pytest.approx(2 * step * 1.2, rel=1e-6)
    assert schools["route_note"].tolist() == ["", "", "beyond_max_link"]
    assert schools["cluster_id"].tolist() == ["C0001", "C0001", ""]
    assert result.segments["to_id"].tolist() == ["s0", "s1"]
    assert result.summary["unreachable"] == 1 and result.summary["unreachable_by_reason"] == {"beyond_max_link": 1}


def test_a_committed_school_has_its_links_built_whatever_their_length():
    step = _geodesic((0.0, 0.0), (0.0, 0.1))
    targets = _targets([0.0, 0.0, 0.0], [0.0, 0.1, 0.3], [1000.0, 15_000.0, 40_000.0],
                       committed=[False, False, True])
    result = fiber_routes(targets, None, max_link_m=step * 1.2 + 1, detour_factor=1.2)
    assert result.schools["route_note"].tolist() == ["", "", ""]
    assert result.segments["to_id"].tolist() == ["s0", "s1", "s2"]


def test_a_school_on_fiber_is_a_source():
    targets = _targets([74.0], [42.0], [30_000.0])
    on_fiber = pd.DataFrame({"route_key": ["c1", "c2"], "longitude": [74.05, 75.0], "latitude": [42.0, 42.0]})
    result = fiber_routes(targets, on_fiber, max_link_m=20_000, detour_factor=1.0)
    assert result.schools["upstream_type"].iloc[0] == Upstream.FIBER_SCHOOL.value
    assert result.schools["upstream_id"].iloc[0] == "c1"
    assert result.schools["route_length_m"].iloc[0] == pytest.approx(_geodesic((74.0, 42.0), (74.05, 42.0)))
    assert result.paths[0].tolist() == [[74.05, 42.0], [74.0, 42.0]]


def test_only_fiber_carries_fiber_a_3g_school_is_never_a_relay():
    """A school 1 km from a school on 3G and 16 km from fiber is routed to fiber, never through the 3G school."""
    lon_3g, lat = 74.0, 42.0
    target_lon = lon_3g + 0.01207  # ~1 km east at 42 N
    schools = pd.DataFrame({
        "school_id": ["G3", "T"], "connectivity": ["yes", "no"], "connectivity_type": ["cellular", ""],
        "longitude": [lon_3g, target_lon], "latitude": [lat, lat], "fiber_distance_m": [17_000.0, 16_000.0],
        "source_fid": [1, 2]})
    assert _geodesic((lon_3g, lat), (target_lon, lat)) == pytest.approx(1000, abs=5)
    _mask, targets, on_fiber = route_inputs(schools)
    assert targets["route_key"].tolist() == ["T"] and on_fiber.empty
    result = fiber_routes(targets, on_fiber, max_link_m=20_000, detour_factor=1.0)
    assert result.schools["upstream_type"].tolist() == [Upstream.FIBER.value]
    assert result.schools["route_length_m"].tolist() == [16_000.0]
    # the same school on fiber instead is the source
    schools.loc[0, "connectivity_type"] = "fiber"
    _mask, targets, on_fiber = route_inputs(schools)
    assert on_fiber["route_key"].tolist() == ["G3"]
    result = fiber_routes(targets, on_fiber, max_link_m=20_000, detour_factor=1.0)
    assert result.schools["upstream_id"].tolist() == ["G3"]


def test_school_without_coordinates_is_kept_and_unreachable():
    targets = _targets([74.0, np.nan], [42.0, np.nan], [100.0, 100.0])
    result = fiber_routes(targets, None, max_link_m=20_000, detour_factor=1.0)
    assert len(result.schools) == 2
    assert result.schools["upstream_type"].tolist() == [Upstream.FIBER.value, Upstream.NONE.value]
    assert result.schools["route_note"].tolist() == ["", "no_location"]


def test_without_any_fiber_point_the_note_says_no_fiber():
    targets = _targets([74.0, 74.01], [42.0, 42.0], [np.nan, np.nan])
    result = fiber_routes(targets, None, max_link_m=20_000, detour_factor=1.0)
    assert result.schools["route_note"].tolist() == ["no_fiber_point"] * 2
    assert result.segments.empty


def _distance_matrix(lon, lat, fiber_m) -> np.ndarray:
    """Node 0 is the network; nodes 1..n the schools; full geodesic matrix."""
    n = len(lon)
    matrix = np.zeros((n + 1, n + 1))
    matrix[0, 1:] = matrix[1:, 0] = fiber_m
    for i, j in itertools.combinations(range(n), 2):
        matrix[i + 1, j + 1] = matrix[j + 1, i + 1] = _geodesic((lon[i], lat[i]), (lon[j], lat[j]))
    return matrix


def _prufer_minimum(matrix: np.ndarray) -> float:
    """Minimum spanning tree weight by enumerating every labelled tree (Pruefer sequences)."""
    size = len(matrix)
    best = np.inf
    for sequence in itertools.product(range(size), repeat=size - 2):
        degree = [1] * size
        for node in sequence:
            degree[node] += 1
        total = 0.0
        for node in sequence:
            leaf = degree.index(1)
            total += matrix[leaf, node]
            degree[leaf] -= 1
            degree[node] -= 1
        u, v = [i for i in range(size) if degree[i] == 1]
        best = min(best, total + matrix[u, v])
    return best


def _dense_prim_forest(matrix: np.ndarray, max_link: float) -> tuple[float, int]:
    """Prim from node 0 on the full matrix, links above max_link forbidden: (total, schools reached)."""
    size = len(matrix)
    weights = np.where(matrix <= max_link, matrix, np.inf)
    best = weights[0].copy()
    done = np.zeros(size, dtype=bool)
    done[0] = True
    total, reached = 0.0, 0
    while True:
        candidates = np.where(done, np.inf, best)
        node = int(np.argmin(candidates))
        if not np.isfinite(candidates[node]):
            return total, reached
        total += candidates[node]
        reached += 1
        done[node] = True
        best = np.minimum(best, weights[node])


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_tree_total_equals_brute_force_optimum(seed):
    rng = np.random.default_rng(seed)
    lon = 74.0 + rng.uniform(0, 0.3, 6)
    lat = 42.0 + rng.uniform(0, 0.3, 6)
    fiber_m = rng.uniform(2_000, 40_000, 6)
    result = fiber_routes(_targets(lon, lat, fiber_m), None, max_link_m=1e9, detour_factor=1.0, k=2)
    assert result.summary["route_total_m"] == pytest.approx(_prufer_minimum(_distance_matrix(lon, lat, fiber_m)))


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_forest_with_max_link_equals_dense_prim(seed):
    rng = np.random.default_rng(seed)
    n = 60
    lon = 74.0 + rng.uniform(0, 1.0, n)
    lat = 41.0 + rng.uniform(0, 0.6, n)
    fiber_m = rng.uniform(1_000, 60_000, n)
    detour = 1.2
    max_link = 12_000.0
    result = fiber_routes(_targets(lon, lat, fiber_m), None, max_link, detour, k=3)
    total, reached = _dense_prim_forest(_distance_matrix(lon, lat, fiber_m) * detour, max_link)
    assert reached < n  # the case exercises unreachable schools
    assert result.summary["routed"] == reached
    assert result.summary["route_total_m"] == pytest.approx(total)
    assert (result.segments["length_m"] <= max_link).all()
