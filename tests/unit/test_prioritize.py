"""The plan on made-up cases with known answers: fiber near fiber, one cluster sharing a trench, far schools and the
hard-to-connect flag, the operator's commitments and their build order; then the rules as properties: the exact
cluster decision against brute force, no infeasible technology, km of fiber = the chosen links, phases in budget."""
from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from school_connectivity_plugin.core.definitions.codes import HardReason, PhaseNote, Technology
from school_connectivity_plugin.core.network.hard_to_connect import default_thresholds, flag_hard_to_connect
from school_connectivity_plugin.core.planning.costs import KYRGYZSTAN
from school_connectivity_plugin.core.planning.phases import Objective
from school_connectivity_plugin.core.planning.prioritize import plan
from school_connectivity_plugin.core.planning.roles import route_inputs
from school_connectivity_plugin.core.planning.routes import fiber_routes
from school_connectivity_plugin.core.planning.technology import ALTERNATIVES, Options, Tree, choose

GEOD = Geod(ellps="WGS84")
#: The fiber point every made-up case is measured from.
FIBER = (74.0, 42.0)


def _east(metres: float) -> tuple[float, float]:
    """The point `metres` east of the fiber point along its parallel's geodesic."""
    lon, lat, _ = GEOD.fwd(FIBER[0], FIBER[1], 90.0, metres)
    return lon, lat


def _schools(positions_m, **columns) -> pd.DataFrame:
    """Unconnected schools at these distances east of the fiber point (straight-line distance to fiber known)."""
    points = [_east(metres) for metres in positions_m]
    n = len(points)
    frame = pd.DataFrame({
        "school_id": [f"S{i:02d}" for i in range(n)], "source_fid": np.arange(1, n + 1),
        "connectivity": "no", "connectivity_type": "", "num_students": 300,
        "longitude": [p[0] for p in points], "latitude": [p[1] for p in points],
        "fiber_distance_m": [GEOD.inv(FIBER[0], FIBER[1], p[0], p[1])[2] for p in points],
        "fiber_lon": FIBER[0], "fiber_lat": FIBER[1], "fiber_layer": "backbone", "fiber_feature_id": 1,
    })
    for name, values in columns.items():
        frame[name] = values
    return frame


def _plan(schools: pd.DataFrame, model=KYRGYZSTAN):
    """Routes then the plan, as fiberroutes and prioritize chain them."""
    _mask, targets, on_fiber = route_inputs(schools)
    routes = fiber_routes(targets, on_fiber, model.trench.max_link_m, model.trench.detour_factor)
    routed = schools.join(routes.schools)
    return plan(routed, model), routed


def test_a_school_500_m_from_fiber_gets_fiber():
    result, _ = _plan(_schools([500.0]))
    school = result.schools.iloc[0]
    assert school["recommended_technology"] == Technology.FIBER.value
    assert school["technology_source"] == "least_cost"
    assert school["cheapest_alternative"] == ""
    assert result.phases["fiber_km"].sum() == pytest.approx(0.6, rel=1e-6)  # 500 m x detour 1.2


def test_ten_schools_600_m_apart_3_km_from_fiber_share_one_cluster_on_fiber():
    result, routed = _plan(_schools([3_000.0 + 600.0 * i for i in range(10)]))
    assert (result.schools["recommended_technology"] == Technology.FIBER.value).all()
    assert routed["cluster_id"].nunique() == 1
    assert len(result.clusters) == 1 and result.clusters["schools"].iloc[0] == 10
    # one trench: 3 km to the first school, then 9 links of 600 m, each x 1.2
    assert result.clusters["fiber_km"].iloc[0] == pytest.approx((3.0 + 9 * 0.6) * 1.2, rel=1e-6)
    # alone, the farthest school would not take fiber: the cluster decides, not the school
    alone, _ = _plan(_schools([3_000.0 + 600.0 * 9]))
    assert alone.schools["recommended_technology"].iloc[0] == Technology.SATELLITE.value


def test_a_school_60_km_from_fiber_takes_satellite_and_is_hard_to_connect():
    result, routed = _plan(_schools([60_000.0]))
    assert result.schools["recommended_technology"].iloc[0] == Technology.SATELLITE.value
    assert routed["route_note"].iloc[0] == "beyond_max_link"
    hard, reasons = flag_hard_to_connect({name: routed[name].to_numpy() for name in ("route_note", "path_max_link_m")},
                                         default_thresholds())
    assert hard.tolist() == [True] and reasons.tolist() == [HardReason.FAR_FROM_FIBER.value]


def test_the_operator_plan_keeps_fiber_and_builds_in_progress_contracted_planned():
    # three committed schools far apart (each on its own link), listed in the opposite of their build order,
    # and a cheap school no plan commits to, on the other side of the fiber point (so nothing hangs on it)
    schools = _schools([12_000.0, 200_000.0, 400_000.0, -300.0],
                       pipeline_status=["planned", "contracted", "in_progress", ""],
                       num_students=[900, 600, 30, 100])
    schools["latitude"] += np.array([0.0, 0.5, 1.0, 0.0])
    schools["fiber_distance_m"] = [12_000.0, 15_000.0, 18_000.0, 300.0]
    schools["fiber_lon"], schools["fiber_lat"] = schools["longitude"] - 0.01, schools["latitude"]
    result, _ = _plan(schools)
    out = result.schools.set_index(schools["school_id"])
    assert out["technology_source"].tolist() == ["operator_plan"] * 3 + ["least_cost"]
    assert (out["recommended_technology"] == Technology.FIBER.value).all()
    assert out.loc[["S02", "S01", "S00", "S03"], "priority_rank"].tolist() == [1, 2, 3, 4]
    # the plan's 12 km school would cost less on satellite: shown, never applied
    assert out.loc["S00", "cheapest_alternative"] == Technology.SATELLITE.value
    assert out.loc["S00", "alternative_saving_usd"] > 0


def test_a_plan_naming_another_technology_keeps_it():
    schools = _schools([500.0, 40_000.0], pipeline_status=["", "contracted"],
                       pipeline_technology=["", "satellite"])
    result, _ = _plan(schools)
    assert result.schools["recommended_technology"].tolist() == ["fiber", "satellite"]
    assert result.schools["technology_source"].tolist() == ["least_cost", "operator_plan"]


def test_phases_hold_capex_only_and_report_opex_beside_it():
    schools = _schools([3_000.0 + 600.0 * i for i in range(10)] + [80_000.0])
    result, _ = _plan(schools, replace(KYRGYZSTAN, budget_per_phase_usd=50_000))
    phases = result.phases[result.phases["phase"] > 0]
    assert (phases["capex_usd"] <= 50_000 + 1e-6).all()
    assert phases["opex_usd_year"].gt(0).all()
    assert phases["cumulative_capex_usd"].iloc[-1] == pytest.approx(phases["capex_usd"].sum())
    out = result.schools
    # upstream before downstream: along the chain the phases never decrease
    chain = out.iloc[:10]
    assert chain["phase"].is_monotonic_increasing
    assert chain["priority_rank"].is_monotonic_increasing


def test_a_school_over_the_budget_alone_gets_no_phase_and_says_why():
    result, _ = _plan(_schools([500.0]), replace(KYRGYZSTAN, budget_per_phase_usd=1_000))
    assert result.schools["phase"].tolist() == [0]
    assert result.schools["phase_note"].tolist() == [PhaseNote.EXCEEDS_BUDGET.value]


def test_unknown_students_use_the_median_never_zero():
    result, _ = _plan(_schools([500.0, 700.0, 900.0], num_students=[100, np.nan, 300]))
    assert result.schools["students_used"].tolist() == [100, 200, 300]


def test_objectives_order_the_schools_no_plan_commits_to():
    schools = _schools([50_000.0, 55_000.0], num_students=[50, 2_000])
    schools["latitude"] += np.array([0.0, 0.3])
    by_students, routed = _plan(schools)
    assert by_students.schools["recommended_technology"].tolist() == ["satellite"] * 2
    assert by_students.schools["priority_rank"].tolist() == [2, 1]
    # per school, both cost the same (satellite at the demand floor): the score is equal
    by_schools = plan(routed, KYRGYZSTAN, Objective.SCHOOLS_PER_USD).schools["priority_score"]
    assert by_schools.iloc[0] == pytest.approx(by_schools.iloc[1])
    weighted = plan(routed.assign(area_type=["rural", "urban"]), KYRGYZSTAN, Objective.SCHOOLS_PER_USD,
                    rural_weight=2.0).schools
    assert weighted["priority_rank"].tolist() == [1, 2]


# --- the rules as properties ---

@st.composite
def _trees(draw):
    """A random route tree of up to 7 schools with link prices, fiber prices and alternatives (some infeasible)."""
    n = draw(st.integers(1, 7))
    parent = np.array([-1] + [draw(st.integers(-1, i - 1)) for i in range(1, n)], dtype=np.int64)
    money = st.floats(0, 50_000, allow_nan=False)
    link = np.array([draw(money) for _ in range(n)])
    fiber = np.array([draw(money) for _ in range(n)])
    buildable = np.array([draw(st.sampled_from([True, True, False])) for _ in range(n)])
    alternatives = {tech: np.array([draw(st.one_of(money, st.just(np.nan))) for _ in range(n)])
                    for tech in ALTERNATIVES}
    return Tree(parent, np.arange(1, n + 1), buildable), link, fiber, alternatives


def _brute_force(tree: Tree, link, fiber, best_alternative) -> float:
    """The cheapest total over every set of schools on fiber that is closed upwards and buildable."""
    n = tree.parent.size
    best = np.inf
    for choice in itertools.product([False, True], repeat=n):
        on = np.array(choice)
        if any(on[i] and (not tree.buildable[i] or (tree.parent[i] >= 0 and not on[tree.parent[i]]))
               for i in range(n)):
            continue
        total = float(np.sum(np.where(on, link + fiber, best_alternative)))
        best = min(best, total)
    return best


@settings(max_examples=150, deadline=None, derandomize=True)
@given(_trees())
def test_the_cluster_decision_is_the_cheapest_and_never_infeasible(case):
    tree, link, fiber, alternatives = case
    n = tree.parent.size
    none = np.zeros(n, dtype=bool)
    choice = choose(tree, Options(fiber, link, alternatives, none, np.full(n, "", dtype=object)))
    table = np.vstack([np.nan_to_num(alternatives[tech], nan=np.inf) for tech in ALTERNATIVES])
    best_alternative = table.min(axis=0)
    on = choice.technology == Technology.FIBER.value
    # never infeasible: fiber only where buildable and hung on fiber; an alternative only where it has a price
    for i in range(n):
        if on[i]:
            assert tree.buildable[i] and (tree.parent[i] < 0 or on[tree.parent[i]])
        elif choice.technology[i]:
            tech = Technology(choice.technology[i])
            assert np.isfinite(alternatives[tech][i])
        else:
            assert not np.isfinite(best_alternative[i])
    chosen = float(np.sum(np.where(on, link + fiber, best_alternative)))
    optimum = _brute_force(tree, link, fiber, best_alternative)
    if np.isfinite(optimum):
        assert chosen == pytest.approx(optimum, rel=1e-9, abs=1e-6)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.floats(0, 30_000), st.floats(-0.2, 0.2)), min_size=1, max_size=25),
       st.floats(20_000, 2_000_000))
def test_km_of_fiber_equal_the_chosen_links_and_phases_stay_in_budget(places, budget):
    points = [(GEOD.fwd(FIBER[0], FIBER[1] + dlat, 90.0, metres)[:2]) for metres, dlat in places]
    schools = _schools([0.0] * len(points))
    schools["longitude"], schools["latitude"] = [p[0] for p in points], [p[1] for p in points]
    schools["fiber_distance_m"] = [GEOD.inv(FIBER[0], FIBER[1], p[0], p[1])[2] for p in points]
    model = replace(KYRGYZSTAN, budget_per_phase_usd=budget)
    result, routed = _plan(schools, model)
    on_fiber = result.schools["recommended_technology"] == Technology.FIBER.value
    chosen_links = routed.loc[on_fiber[on_fiber].index, "route_length_m"].sum() / 1000
    assert result.phases["fiber_km"].sum() == pytest.approx(chosen_links, rel=1e-9, abs=1e-9)
    assert result.clusters["fiber_km"].sum() == pytest.approx(chosen_links, rel=1e-9, abs=1e-9)
    # every school on fiber hangs on fiber: its upstream school (if any) is on fiber too
    keys = dict(zip(routed["route_key"], result.schools["recommended_technology"]))
    for row in routed[on_fiber.to_numpy()].itertuples():
        if row.upstream_type == "school":
            assert keys[row.upstream_id] == Technology.FIBER.value
    built = result.phases[result.phases["phase"] > 0]
    assert (built["capex_usd"] <= budget + 1e-6).all()


def test_a_list_with_nothing_to_connect_gives_an_empty_plan():
    result, _ = _plan(_schools([500.0, 900.0], connectivity="yes"))
    assert result.schools.empty and result.clusters.empty
    assert result.phases["schools"].sum() == 0
