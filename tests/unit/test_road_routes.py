"""Fiber routes along roads: hand-built road graph, snap legs, far-from-road schools, path geometry."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from school_connectivity_plugin.core.definitions.codes import Upstream
from school_connectivity_plugin.core.planning.road_routes import RoadGraph, road_routes

GEOD = Geod(ellps="WGS84")
#: An east-west road on the equator (0 -> 0.2 E) and a branch north from 0.05 E (0 -> 0.05 N).
MAIN = np.column_stack([np.linspace(0.0, 0.2, 21), np.zeros(21)])
BRANCH = np.column_stack([np.full(6, 0.05), np.linspace(0.0, 0.05, 6)])
FIBER_POINT = (0.0, 0.002)


def _m(a, b) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def _along(points: np.ndarray) -> float:
    return sum(_m(points[i], points[i + 1]) for i in range(len(points) - 1))


def _targets() -> pd.DataFrame:
    return pd.DataFrame({
        "route_key": ["A", "B", "C"],
        "longitude": [0.2, 0.05, 0.5],
        "latitude": [0.001, 0.051, 0.5],
        "fiber_distance_m": [1.0, 1.0, 1.0],  # not used on roads: the fiber point is snapped instead
        "fiber_lon": [FIBER_POINT[0]] * 3,
        "fiber_lat": [FIBER_POINT[1]] * 3,
    })


def test_links_follow_the_roads_and_share_the_trunk():
    roads = RoadGraph.from_lines([MAIN, BRANCH])
    assert roads.lon.size == 21 + 6 - 1  # the junction vertex is shared
    result = road_routes(_targets(), None, roads, max_link_m=50_000, snap_m=500)
    schools = result.schools.set_index(_targets()["route_key"])
    leg_fiber = _m(FIBER_POINT, (0.0, 0.0))
    leg_a = _m((0.2, 0.001), (0.2, 0.0))
    leg_b = _m((0.05, 0.051), (0.05, 0.05))
    b_to_fiber = leg_fiber + _along(MAIN[:6]) + _along(BRANCH) + leg_b
    a_to_b = leg_a + _along(MAIN[5:]) + _along(BRANCH) + leg_b
    a_to_fiber = leg_fiber + _along(MAIN) + leg_a
    assert b_to_fiber < a_to_b < a_to_fiber  # so the tree is fiber -> B -> A
    assert schools.loc["B", "upstream_type"] == Upstream.FIBER.value
    assert schools.loc["B", "route_length_m"] == pytest.approx(b_to_fiber, rel=1e-9)
    assert schools.loc["A", "upstream_id"] == "B"
    assert schools.loc["A", "route_length_m"] == pytest.approx(a_to_b, rel=1e-9)
    assert schools.loc["A", "alone_length_m"] == pytest.approx(a_to_fiber, rel=1e-9)
    assert schools.loc["C", "route_note"] == "far_from_road"
    assert result.summary["unreachable_by_reason"] == {"far_from_road": 1}
    assert result.summary["saving_m"] == pytest.approx(a_to_fiber - a_to_b, rel=1e-9)
    first, second = result.paths
    assert tuple(first[0]) == FIBER_POINT and tuple(first[-1]) == (0.05, 0.051) and len(first) == 13
    assert tuple(second[0]) == (0.05, 0.051) and tuple(second[-1]) == (0.2, 0.001) and len(second) == 23
    assert _along(second) == pytest.approx(a_to_b, rel=1e-9)


def test_max_link_applies_to_road_length():
    roads = RoadGraph.from_lines([MAIN, BRANCH])
    # every road link here is longer than 10 km (shortest: B to fiber, about 11.4 km); straight it is 5.7 km
    assert _m(FIBER_POINT, (0.05, 0.051)) < 10_000
    result = road_routes(_targets(), None, roads, max_link_m=10_000, snap_m=500)
    assert result.schools["route_note"].tolist() == ["beyond_max_link", "beyond_max_link", "far_from_road"]
    assert result.segments.empty
    # so far_from_fiber fires: the longest link stands at the direct road link, beyond the maximum
    assert (result.schools["path_max_link_m"].iloc[:2] > 10_000).all()
    assert result.schools["path_max_link_m"].iloc[:2].tolist() == pytest.approx(
        result.schools["alone_length_m"].iloc[:2].tolist())
