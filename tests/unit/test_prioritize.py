"""Prioritisation: hand-computed technology choice, scores, ranks and budget phases."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from school_connectivity_plugin.core.definitions.codes import PhaseNote
from school_connectivity_plugin.core.planning.costs import PRESETS, CostPreset, TechnologyCost
from school_connectivity_plugin.core.planning.prioritize import Objective, phase_totals, prioritize

#: Round numbers: fiber 1,000 + 1 USD/m, P2P 5,000, cellular 3,000, satellite 10,000; no OPEX.
SIMPLE = replace(
    PRESETS[CostPreset.GIGA],
    fiber=TechnologyCost(setup_usd=1_000, per_km_usd=1_000, usd_per_mbps_year=0, range_m=20_000),
    p2p=TechnologyCost(setup_usd=5_000, usd_per_mbps_year=0, range_m=50_000),
    cellular=TechnologyCost(setup_usd=3_000, usd_per_mbps_year=0, range_m=8_000),
    satellite=TechnologyCost(setup_usd=10_000, usd_per_mbps_year=0),
    horizon_years=1,
)


def _schools() -> pd.DataFrame:
    return pd.DataFrame({
        "school_id": ["A", "B", "C", "D", "E", "F"],
        "connectivity": ["no", "no", "no", "no", "no", "yes"],
        "num_students": [500, 2000, 300, 50, None, 800],
        "area_type": ["rural", "urban", "rural", "unknown", "rural", "urban"],
        "hard_to_connect": [False, "false", True, None, "true", 0],
        "route_length_m": [2000.0, 1000.0, np.nan, np.nan, np.nan, np.nan],
        "upstream_type": ["fiber", "school", "unreachable", "unreachable", "unreachable", ""],
        "upstream_id": ["", "A", "", "", "", ""],
        "route_order": [1, 2, 0, 0, 0, 0],
        "p2p_distance_m": [np.nan, np.nan, 10_000.0, np.nan, np.nan, np.nan],
        "cellular_feasible": [False, False, False, True, False, False],
    })


def test_cheapest_feasible_technology_and_costs():
    out = prioritize(_schools(), SIMPLE, budget_per_phase_usd=6_000).set_index("school_id")
    assert out["recommended_technology"].to_dict() == {
        "A": "fiber", "B": "fiber", "C": "p2p", "D": "cellular", "E": "satellite", "F": ""}
    assert out.loc[["A", "B", "C", "D", "E"], "est_total_usd"].tolist() == [3_000, 2_000, 5_000, 3_000, 10_000]
    assert not out.loc["F", "is_target"] and out.loc["F", "priority_rank"] == 0


def test_scores_ranks_and_phases_by_hand():
    out = prioritize(_schools(), SIMPLE, budget_per_phase_usd=6_000).set_index("school_id")
    # E's enrolment is unknown: the median of the targets' known enrolments (50, 300, 500, 2000) = 400
    assert out.loc["E", "students_used"] == 400
    expected_score = {"A": 500 / 3, "B": 1000.0, "C": 60.0, "D": 50 / 3, "E": 40.0}
    assert out.loc[list(expected_score), "priority_score"].tolist() == pytest.approx(list(expected_score.values()))
    # B scores highest but its fiber hangs on A's trench: A first
    assert out.loc[["A", "B", "C", "E", "D"], "priority_rank"].tolist() == [1, 2, 3, 4, 5]
    # phase 1: A + B = 5,000; C 5,000 opens phase 2; E alone exceeds 6,000; D does not fit in phase 2
    assert out.loc[["A", "B", "C", "E", "D"], "phase"].tolist() == [1, 1, 2, 0, 3]
    assert out.loc["E", "phase_note"] == PhaseNote.EXCEEDS_BUDGET.value


def test_fiber_through_a_school_on_another_technology_pays_its_trench():
    cheap_cellular = replace(SIMPLE, cellular=replace(SIMPLE.cellular, setup_usd=2_500))
    schools = _schools()
    schools.loc[0, "cellular_feasible"] = True
    out = prioritize(schools, cheap_cellular, budget_per_phase_usd=1e9).set_index("school_id")
    assert out.loc["A", "recommended_technology"] == "cellular"
    assert out.loc["B", "fiber_path_m"] == 3_000  # own 1,000 m + A's 2,000 m
    assert out.loc["B", "est_total_usd"] == 1_000 + 3_000


def test_weights_and_objectives():
    schools = _schools()
    out = prioritize(schools, SIMPLE, Objective.SCHOOLS_PER_USD, 1e9, rural_weight=2.0, hard_weight=3.0)
    out = out.set_index("school_id")
    assert out.loc[["A", "B", "C", "D", "E"], "priority_weight"].tolist() == [2.0, 1.0, 6.0, 1.0, 6.0]
    assert out.loc["C", "priority_score"] == pytest.approx(6.0 * 1000 / 5_000)
    cheapest = prioritize(schools, SIMPLE, Objective.LOWEST_TOTAL_COST, 1e9, 2.0, 3.0).set_index("school_id")
    assert cheapest.loc["B", "priority_rank"] == 2 and cheapest.loc["E", "priority_rank"] == 5


def test_phase_totals():
    out = prioritize(_schools(), SIMPLE, budget_per_phase_usd=6_000)
    totals = phase_totals(out).set_index("phase")
    assert totals.loc[1, "schools"] == 2 and totals.loc[1, "fiber_km"] == pytest.approx(3.0)
    assert totals.loc[1, "students"] == 2500 and totals.loc[1, "total_usd"] == 5_000


def test_giga_defaults_on_a_two_km_fiber_link():
    giga = PRESETS[CostPreset.GIGA]
    out = prioritize(_schools().iloc[:1], giga, budget_per_phase_usd=1e6)
    # fiber: 1,000 + 8,900 x 2 + 5 x (100 x 2 + 1 x 20) = 19,900; satellite: 600 + 5 x 15 x 20 = 2,100
    assert out["fiber_total_usd"].iloc[0] == pytest.approx(19_900)
    assert out["recommended_technology"].iloc[0] == "satellite"
    assert out["est_total_usd"].iloc[0] == pytest.approx(2_100)


@settings(max_examples=60, deadline=None)
@given(
    costs=st.lists(st.floats(min_value=1_001, max_value=50_000), min_size=1, max_size=40),
    budget=st.floats(min_value=1_000, max_value=100_000),
)
def test_phases_never_exceed_the_budget(costs, budget):
    n = len(costs)
    schools = pd.DataFrame({
        "school_id": [str(i) for i in range(n)],
        "connectivity": "no",
        "num_students": np.arange(n) + 1,
        "route_length_m": np.array(costs) - 1_000,
        "upstream_type": "fiber",
    })
    fiber_only = replace(
        SIMPLE, fiber=replace(SIMPLE.fiber, range_m=np.inf), satellite=replace(SIMPLE.satellite, setup_usd=1e12)
    )
    out = prioritize(schools, fiber_only, budget_per_phase_usd=budget)
    spent = out[out["phase"] > 0].groupby("phase")["est_total_usd"].sum()
    assert (spent <= budget + 1e-6).all()
    assert np.allclose(out["est_total_usd"], costs)
    unphased = out[out["phase"] == 0]
    assert (unphased["est_total_usd"] > budget).all()
    ranks = out.sort_values("priority_rank")
    assert ranks["phase"][ranks["phase"] > 0].is_monotonic_increasing
