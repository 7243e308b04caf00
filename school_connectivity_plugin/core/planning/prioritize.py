"""The plan: for every school to connect, its technology (decided per cluster, the operator's commitments kept), its
costs, its rank and construction phase; and the tables a telecom engineer signs: clusters and phases.

Every number is explainable from output fields: the technologies' totals are written beside the choice, and the
score of a school on fiber is that of its cluster's build.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..definitions.codes import RouteNote, Technology, TechnologySource
from ..definitions.fields import CLUSTER_FIELDS, FIBER_DISTANCE_M, PRIORITY_FIELDS
from ..definitions.schema import AreaType, Connectivity
from ..schools.normalize import parse_yes_no
from .costs import CostModel
from .phases import Items, Objective, phase_table, sequence
from .roles import ROLE_INPUTS, committed_mask, plan_technology, status_rank, target_mask
from .routes import parents_from_fields
from .technology import Choice, Options, Tree, choose

#: The school fields the plan reads (with the coordinates); a national layer is read for these only.
PRIORITIZE_INPUTS = (*ROLE_INPUTS, "num_students", "area_type", "hard_to_connect", FIBER_DISTANCE_M, "route_key",
                     "upstream_id", "upstream_type", "route_length_m", "route_order", "cluster_id", "route_note",
                     "p2p_distance_m", "cellular_feasible")


@dataclass
class Plan:
    """The targets' PRIORITY_FIELDS (indexed like the input), the clusters and phases tables, and a summary."""

    schools: pd.DataFrame
    clusters: pd.DataFrame
    phases: pd.DataFrame
    summary: dict


def _column(frame: pd.DataFrame, name: str, fill) -> pd.Series:
    return frame[name] if name in frame else pd.Series(fill, index=frame.index)


def _is_yes(values: pd.Series) -> np.ndarray:
    """Flags as files store them (bool, 1/0, "true", "да"); anything else is no."""
    codes, uniques = pd.factorize(values)
    yes = np.array([parse_yes_no(value).value is Connectivity.YES for value in uniques] + [False], dtype=bool)
    return yes[codes]


def plan(schools: pd.DataFrame, model: CostModel, objective: Objective = Objective.STUDENTS_PER_USD,
         rural_weight: float = 1.0, hard_weight: float = 1.0, include_unknown: bool = False) -> Plan:
    """Decide, cost, rank and phase every school to connect (route fields of fiberroutes used when present)."""
    targets = schools[target_mask(schools, include_unknown)]
    demand = model.demand_mbps(pd.to_numeric(_column(targets, "num_students", np.nan), errors="coerce"))
    tree, link_m = _tree(targets, model)
    urban = _column(targets, "area_type", "").fillna("").astype(str).str.lower().eq(AreaType.URBAN.value).to_numpy()
    link_capex, link_opex, link_total = model.trench_costs(np.nan_to_num(link_m), urban)
    fiber_capex, fiber_opex, fiber_total = model.school_costs(Technology.FIBER, demand)
    alternatives = _alternatives(targets, model, demand)
    choice = choose(tree, Options(fiber_total, link_total, {tech: alternatives[tech][2] for tech in alternatives},
                                  committed_mask(targets), plan_technology(targets)))
    capex, opex, total = _chosen_costs(choice, model, demand,
                                       (fiber_capex + link_capex, fiber_opex + link_opex, fiber_total + link_total))
    students = _students_used(targets)
    items = Items(choice.technology, capex, opex, total, np.where(choice.technology == Technology.FIBER.value,
                  np.nan_to_num(link_m), 0.0), students, _weights(targets, rural_weight, hard_weight),
                  status_rank(targets), tree.parent, tree.order,
                  _column(targets, "cluster_id", "").fillna("").astype(str).to_numpy())
    ordered = sequence(items, objective, model.budget_per_phase_usd, model.km_per_phase)
    out = pd.DataFrame({
        "is_target": True, "demand_mbps": demand,
        "fiber_total_usd": choice.fiber_total_usd,
        **{f"{tech.value}_total_usd": alternatives[tech][2] for tech in alternatives},
        "recommended_technology": choice.technology, "technology_source": choice.source,
        "cheapest_alternative": choice.cheapest_alternative, "alternative_saving_usd": choice.alternative_saving_usd,
        "est_capex_usd": capex, "est_opex_usd_year": opex, "est_total_usd": total, "students_used": students,
        "priority_weight": items.weight, "priority_score": ordered.score, "priority_rank": ordered.rank,
        "phase": ordered.phase, "phase_note": ordered.note,
    }, index=targets.index)[list(PRIORITY_FIELDS)]
    clusters = cluster_table(targets, items, ordered.phase, choice)
    phases = phase_table(items, ordered.phase)
    return Plan(out, clusters, phases, _summary(targets, out, clusters, phases, model))


def _tree(targets: pd.DataFrame, model: CostModel) -> tuple[Tree, np.ndarray]:
    """The route tree from fiberroutes' fields; without them, each school alone on its direct link to fiber."""
    n = len(targets)
    if "upstream_id" not in targets:
        link_m = pd.to_numeric(_column(targets, FIBER_DISTANCE_M, np.nan), errors="coerce").to_numpy(float) * \
            model.trench.detour_factor
        known = np.isfinite(link_m)
        buildable = known & ((link_m <= model.trench.max_link_m) | committed_mask(targets))
        return Tree(np.where(known, -1, -2), np.arange(1, n + 1), buildable), link_m
    parent = parents_from_fields(*(_column(targets, name, "").fillna("").astype(str).to_numpy()
                                   for name in ("route_key", "upstream_type", "upstream_id")))
    note = _column(targets, "route_note", "").fillna("").astype(str).to_numpy()
    order = pd.to_numeric(_column(targets, "route_order", 0), errors="coerce").fillna(0).to_numpy(np.int64)
    link_m = pd.to_numeric(_column(targets, "route_length_m", np.nan), errors="coerce").to_numpy(float)
    buildable = (note == RouteNote.NONE.value) & np.isfinite(link_m)
    return Tree(parent, order, buildable), link_m


def _alternatives(targets: pd.DataFrame, model: CostModel, demand: np.ndarray) -> dict:
    """(CAPEX, OPEX/yr, total; NaN where infeasible) of P2P (a visible fiber node in range), cellular (coverage or
    a tower in range) and satellite (licensed), each within its capacity."""
    reach = {
        Technology.P2P: pd.to_numeric(_column(targets, "p2p_distance_m", np.nan), errors="coerce").to_numpy(float)
        <= model.p2p.range_m,
        Technology.CELLULAR: _is_yes(_column(targets, "cellular_feasible", False)),
        Technology.SATELLITE: np.ones(len(targets), dtype=bool),
    }
    result = {}
    for technology, in_reach in reach.items():
        ok = in_reach & model.feasible(technology, demand)
        result[technology] = tuple(np.where(ok, values, np.nan) for values in model.school_costs(technology, demand))
    return result


def _chosen_costs(choice: Choice, model: CostModel, demand, fiber: tuple) -> tuple:
    """CAPEX, OPEX/yr and total of each school's technology (fiber: its equipment and its own link; the others
    costed again, as a school the operator commits to has them even where they are infeasible as alternatives)."""
    n = choice.technology.size
    values = [np.full(n, np.nan) for _ in range(3)]
    for technology in Technology:
        rows = choice.technology == technology.value
        costs = fiber if technology is Technology.FIBER else model.school_costs(technology, demand)
        for target, source in zip(values, costs):
            target[rows] = np.asarray(source)[rows]
    return tuple(values)


def _students_used(targets: pd.DataFrame) -> np.ndarray:
    """Enrolment, or the median enrolment of the schools to connect where it is unknown (never 0 students)."""
    students = pd.to_numeric(_column(targets, "num_students", np.nan), errors="coerce").to_numpy(float)
    known = students[students > 0]
    return np.where(students > 0, students, float(np.median(known)) if known.size else 1.0)


def _weights(targets: pd.DataFrame, rural_weight: float, hard_weight: float) -> np.ndarray:
    """Rural and hard-to-connect multipliers; both apply when both hold."""
    rural = _column(targets, "area_type", "").fillna("").astype(str).str.lower().eq(AreaType.RURAL.value)
    hard = _is_yes(_column(targets, "hard_to_connect", False))
    return np.where(rural.to_numpy(), rural_weight, 1.0) * np.where(hard, hard_weight, 1.0)


def cluster_table(targets: pd.DataFrame, items: Items, phase: np.ndarray, choice: Choice) -> pd.DataFrame:
    """Per cluster: its fiber point, schools (and how many on fiber), students, km of new trench, CAPEX, yearly
    OPEX, CAPEX per student, first and last phase, and the operator's statuses among its schools."""
    member = items.cluster != ""
    if not member.any():
        return pd.DataFrame(columns=list(CLUSTER_FIELDS))
    status = _column(targets, "pipeline_status", "").fillna("").astype(str).to_numpy()
    label = np.where(choice.source == TechnologySource.OPERATOR_PLAN.value, status, TechnologySource.LEAST_COST.value)
    root = (items.parent == -1) & member
    frame = pd.DataFrame({
        "cluster_id": items.cluster[member], "schools": 1,
        "fiber_schools": (items.technology[member] == Technology.FIBER.value).astype(int),
        "students": items.students[member], "fiber_km": items.fiber_m[member] / 1000.0,
        "capex_usd": items.capex_usd[member], "opex_usd_year": items.opex_usd_year[member],
        "phase": np.where(phase[member] > 0, phase[member], np.iinfo(np.int64).max),
        "last_phase": phase[member], "status": label[member]})
    table = frame.groupby("cluster_id", sort=True).agg(
        schools=("schools", "sum"), fiber_schools=("fiber_schools", "sum"), students=("students", "sum"),
        fiber_km=("fiber_km", "sum"), capex_usd=("capex_usd", "sum"), opex_usd_year=("opex_usd_year", "sum"),
        phase=("phase", "min"), last_phase=("last_phase", "max"),
        statuses=("status", lambda values: "; ".join(f"{name} {count}" for name, count in
                                                     sorted(pd.Series(values).value_counts().items()))))
    table["phase"] = table["phase"].where(table["phase"] < np.iinfo(np.int64).max, 0)
    points = pd.Series(_column(targets, "upstream_id", "").fillna("").astype(str).to_numpy()[root],
                       index=items.cluster[root])
    table.insert(0, "fiber_point", points.reindex(table.index).fillna("").to_numpy())
    table["capex_per_student_usd"] = table["capex_usd"] / table["students"].where(table["students"] > 0)
    return table.reset_index()[list(CLUSTER_FIELDS)]


def _summary(targets: pd.DataFrame, out: pd.DataFrame, clusters: pd.DataFrame, phases: pd.DataFrame,
             model: CostModel) -> dict:
    """What the run log and summary.json say of the plan."""
    technology = out["recommended_technology"].replace("", None).dropna()
    return {
        "cost_model": model.name,
        "targets": len(out),
        "technologies": {name: int(count) for name, count in technology.value_counts().sort_index().items()},
        "operator_plan": int((out["technology_source"] == TechnologySource.OPERATOR_PLAN.value).sum()),
        "clusters": len(clusters),
        "fiber_km": float(phases["fiber_km"].sum()) if len(phases) else 0.0,
        "break_even_fiber_km": model.break_even_fiber_m() / 1000.0,
        "no_feasible_technology": int((out["recommended_technology"] == "").sum()),
    }
