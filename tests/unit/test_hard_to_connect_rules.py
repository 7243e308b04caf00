"""Hard to connect by fiber: the route triggers, the reasons that only explain, extra triggers, and the terrain
along routes measured over a sustained kilometre whatever the DEM's resolution."""
from __future__ import annotations

import math

import numpy as np
import pytest
from pyproj import Geod

from school_connectivity_plugin.core.definitions.codes import HardReason, RouteNote
from school_connectivity_plugin.core.network.hard_to_connect import (
    ROAD_GRADE_LIMIT,
    RULE_BY_REASON,
    RULES,
    Role,
    count_by_reason,
    default_thresholds,
    flag_hard_to_connect,
)
from school_connectivity_plugin.core.network.line_of_sight import Dem
from school_connectivity_plugin.core.network.terrain import along_routes, sustained_slopes

GEOD = Geod(ellps="WGS84")
FAR = RULE_BY_REASON[HardReason.FAR_FROM_FIBER].default
HIGH = RULE_BY_REASON[HardReason.HIGH_ELEVATION].default
STEEP = RULE_BY_REASON[HardReason.RUGGED_PATH].default


def _fields(longest, note=None, elevation=None, slope=None, inside=None):
    n = len(longest)
    return {"path_max_link_m": np.array(longest, float),
            "route_note": np.array(note or [""] * n, dtype=object),
            "elevation_m": np.array(elevation or [np.nan] * n, float),
            "route_max_slope_deg": np.array(slope or [np.nan] * n, float),
            "inside_boundary": np.array(inside or [np.nan] * n, float)}


def test_the_thresholds_and_their_roles():
    assert FAR == 20_000 and HIGH == 2_500
    assert pytest.approx(math.degrees(math.atan(ROAD_GRADE_LIMIT)), abs=0.01) == STEEP and STEEP == 5.71
    triggers = {rule.reason for rule in RULES if rule.role is Role.TRIGGER}
    assert triggers == {HardReason.NO_FIBER, HardReason.FAR_FROM_FIBER}
    assert {rule.reason for rule in RULES} == set(HardReason)
    assert all(rule.field and rule.why for rule in RULES)


def test_far_from_fiber_fires_just_past_the_longest_link_and_no_fiber_on_its_note():
    hard, reasons = flag_hard_to_connect(
        _fields([FAR, FAR + 1, np.nan, np.nan], note=["", "beyond_max_link", RouteNote.NO_FIBER.value, ""]),
        default_thresholds())
    assert reasons.tolist() == ["", "far_from_fiber", "no_fiber", ""]
    assert hard.tolist() == [False, True, True, False]


def test_terrain_and_boundary_explain_a_flag_but_never_make_one():
    fields = _fields([1_000, 30_000, 30_000], elevation=[4_000, 4_000, 1_000], slope=[20, 20, 1], inside=[0, 0, 1])
    hard, reasons = flag_hard_to_connect(fields, default_thresholds())
    assert hard.tolist() == [False, True, True]
    assert reasons.tolist() == ["", "far_from_fiber;high_elevation;rugged_path;outside_boundary", "far_from_fiber"]


def test_an_explanation_chosen_as_an_extra_trigger_flags_on_its_own():
    fields = _fields([1_000, 1_000], elevation=[HIGH + 1, HIGH], slope=[STEEP + 0.1, 1])
    hard, reasons = flag_hard_to_connect(fields, default_thresholds(), frozenset({HardReason.HIGH_ELEVATION}))
    assert hard.tolist() == [True, False]
    assert reasons.tolist() == ["high_elevation;rugged_path", ""]


def test_unknowns_never_fire_none_switches_a_rule_off_and_connected_are_never_flagged():
    assert not flag_hard_to_connect(_fields([np.nan]), default_thresholds())[0][0]
    off = {**default_thresholds(), HardReason.FAR_FROM_FIBER: None}
    assert flag_hard_to_connect(_fields([90_000]), off)[1].tolist() == [""]
    hard, reasons = flag_hard_to_connect(_fields([30_000, 30_000]), default_thresholds(),
                                         connected=np.array([True, False]))
    assert hard.tolist() == [False, True] and reasons.tolist() == ["", "far_from_fiber"]
    counts = count_by_reason(np.array(["far_from_fiber;rugged_path", "rugged_path", ""], dtype=object))
    assert counts[HardReason.RUGGED_PATH] == 2 and counts[HardReason.FAR_FROM_FIBER] == 1


def _ramp(grade: float, pixel_deg: float, size_deg: float = 0.2, west=74.0, north=42.0) -> Dem:
    """Ground rising southward at `grade` (rise over run), on a grid of `pixel_deg`."""
    rows = round(size_deg / pixel_deg)
    metres_per_row = GEOD.inv(west, north - 0.1, west, north - 0.1 - pixel_deg)[2]
    values = np.repeat((np.arange(rows, dtype=float) * grade * metres_per_row)[:, None], rows, axis=1)
    return Dem(values=values, west=west, north=north, pixel_width=pixel_deg, pixel_height=pixel_deg)


def test_a_uniform_grade_reads_the_same_on_fine_and_coarse_grids():
    expected = math.degrees(math.atan(0.08))
    for pixel in (0.00025, 0.001, 0.004):
        slope, top = sustained_slopes(_ramp(0.08, pixel), [74.1], [41.99], [74.1], [41.85])
        assert slope[0] == pytest.approx(expected, rel=0.02), pixel
        assert top[0] > 0


def test_a_short_steep_step_is_diluted_over_a_sustained_kilometre():
    pixel = 0.00025  # ~28 m
    values = np.zeros((800, 40))
    values[400:, :] = 50.0  # a 50 m step between two rows: very steep locally, 5 % over a kilometre
    dem = Dem(values=values, west=74.0, north=42.0, pixel_width=pixel, pixel_height=pixel)
    slope, top = sustained_slopes(dem, [74.005], [41.99], [74.005], [41.81])
    assert slope[0] == pytest.approx(math.degrees(math.atan(50 / 1000)), rel=0.05)
    assert slope[0] < STEEP and top[0] == pytest.approx(50.0)
    unknown, _ = sustained_slopes(dem, [10.0, 74.0], [10.0, 41.99], [10.1, np.nan], [10.0, np.nan])
    assert np.isnan(unknown).all()


def test_a_route_carries_the_worst_of_its_links():
    link = np.array([1.0, 7.0, 2.0, 3.0, np.nan])
    parent = np.array([-1, 0, 1, -1, -2])
    order = np.array([1, 2, 3, 4, 0])
    assert along_routes(link, parent, order).tolist()[:4] == [1.0, 7.0, 7.0, 3.0]
    assert np.isnan(along_routes(link, parent, order)[4])
