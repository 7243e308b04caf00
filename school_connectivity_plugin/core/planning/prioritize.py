"""Which unconnected school to connect first and how: cheapest feasible technology, a score, a rank, phases.

Every score is explainable from output fields: `priority_score` = objective(students_used, priority_weight,
est_total_usd); technologies are compared by their totals, which are output too.
"""
from __future__ import annotations

import heapq
from enum import Enum

import numpy as np
import pandas as pd

from ..definitions.codes import PhaseNote, Technology, Upstream
from ..definitions.fields import FIBER_DISTANCE_M
from ..definitions.schema import Connectivity, PipelineStatus
from ..schools.normalize import parse_yes_no
from .costs import CostModel


class Objective(str, Enum):
    """What a dollar should buy first (the CPP scenarios 'maximise users/POIs under a budget', 'min TCO')."""

    STUDENTS_PER_USD = "students_per_usd"
    SCHOOLS_PER_USD = "schools_per_usd"
    LOWEST_TOTAL_COST = "lowest_total_cost"


#: Scores are per 1,000 USD so the numbers read well in a table.
SCORE_PER_USD = 1_000.0


#: The school fields `prioritize` reads (with the coordinates); a national layer is read for these only.
PRIORITIZE_INPUTS = ("school_id", "connectivity", "pipeline_status", "num_students", "area_type", "hard_to_connect",
                     FIBER_DISTANCE_M, "route_length_m", "upstream_type", "upstream_id", "route_order",
                     "p2p_distance_m", "cellular_feasible")


def target_mask(schools: pd.DataFrame, include_unknown: bool = False) -> np.ndarray:
    """Schools still to connect: not connected (optionally unknown) and not already connected by the pipeline."""
    connectivity = schools.get("connectivity", pd.Series("", index=schools.index)).fillna("").astype(str).str.lower()
    wanted = {Connectivity.NO.value} | ({Connectivity.UNKNOWN.value, ""} if include_unknown else set())
    pipeline = schools.get("pipeline_status", pd.Series("", index=schools.index)).fillna("").astype(str)
    return (connectivity.isin(wanted) & (pipeline != PipelineStatus.CONNECTED.value)).to_numpy()


def prioritize(
    schools: pd.DataFrame,
    model: CostModel,
    objective: Objective = Objective.STUDENTS_PER_USD,
    budget_per_phase_usd: float | None = None,
    rural_weight: float = 1.0,
    hard_weight: float = 1.0,
    include_unknown: bool = False,
) -> pd.DataFrame:
    """A copy of `schools` with the PRIORITY_FIELDS; route, P2P and cellular columns are used when present.

    Optional inputs: `route_length_m`, `upstream_type`, `upstream_id`, `route_order` (fiberroutes),
    `p2p_distance_m` (visible node within range), `cellular_feasible`.
    """
    out = schools.copy()
    budget = model.budget_per_phase_usd if budget_per_phase_usd is None else budget_per_phase_usd
    target = target_mask(out, include_unknown)
    out["is_target"] = target
    _technology_totals(out, model, target)
    _choose(out, model, target)
    out["students_used"] = np.where(target, _students_used(out, target), np.nan)
    out["priority_weight"] = np.where(target, _weights(out, rural_weight, hard_weight), np.nan)
    out["priority_score"] = np.where(target, _score(out, objective), np.nan)
    _rank_and_phase(out, target, budget)
    return out


def _column(frame: pd.DataFrame, name: str, fill) -> pd.Series:
    return frame[name] if name in frame else pd.Series(fill, index=frame.index)


def _is_yes(values: pd.Series) -> np.ndarray:
    """Flags as files store them (bool, 1/0, "true", "да"); anything else is no."""
    codes, uniques = pd.factorize(values)
    yes = np.array([parse_yes_no(value).value is Connectivity.YES for value in uniques] + [False], dtype=bool)
    return yes[codes]


def _technology_totals(out: pd.DataFrame, model: CostModel, target: np.ndarray) -> None:
    """Total cost over the horizon of each feasible technology (NaN = not feasible)."""
    if "route_length_m" in out:
        link_m = out["route_length_m"].to_numpy(float)
    else:
        link_m = _column(out, FIBER_DISTANCE_M, np.nan).to_numpy(float) * model.detour_factor
    link_m = np.where(link_m <= model.fiber.range_m, link_m, np.nan)
    out["fiber_path_m"] = np.where(target, link_m, np.nan)
    p2p_m = _column(out, "p2p_distance_m", np.nan).to_numpy(float)
    p2p_ok = target & (p2p_m <= model.p2p.range_m)
    out["p2p_total_usd"] = np.where(p2p_ok, float(model.total(Technology.P2P)), np.nan)
    cellular_ok = target & _is_yes(_column(out, "cellular_feasible", False))
    out["cellular_total_usd"] = np.where(cellular_ok, float(model.total(Technology.CELLULAR)), np.nan)
    out["satellite_total_usd"] = np.where(target, float(model.total(Technology.SATELLITE)), np.nan)


def _choose(out: pd.DataFrame, model: CostModel, target: np.ndarray) -> None:
    """Cheapest feasible technology, upstream schools first: fiber through a school that took another
    technology has to pay for that school's trench too (CPP's relay dependency)."""
    n = len(out)
    path_m = out["fiber_path_m"].to_numpy(float).copy()
    upstream_type = _column(out, "upstream_type", Upstream.FIBER.value).fillna("").astype(str).to_numpy()
    upstream_id = _column(out, "upstream_id", "").fillna("").astype(str).to_numpy()
    order = _column(out, "route_order", 0).fillna(0).to_numpy(float)
    ids = _column(out, "school_id", "").astype(str).to_numpy()
    position = {school_id: row for row, school_id in enumerate(ids)}
    others = out[["p2p_total_usd", "cellular_total_usd", "satellite_total_usd"]].to_numpy(float)
    choice = np.full(n, "", dtype=object)
    fiber_total = np.full(n, np.nan)
    for row in sorted(np.flatnonzero(target), key=lambda r: order[r]):
        if upstream_type[row] == Upstream.SCHOOL.value and np.isfinite(path_m[row]):
            up = position.get(upstream_id[row])
            if up is not None and choice[up] != Technology.FIBER.value:
                path_m[row] = path_m[row] + path_m[up] if choice[up] else np.nan
        if np.isfinite(path_m[row]):
            fiber_total[row] = float(model.total(Technology.FIBER, path_m[row]))
        totals = np.concatenate([[fiber_total[row]], others[row]])
        choice[row] = list(Technology)[int(np.nanargmin(totals))].value
    out["fiber_path_m"] = np.where(target, path_m, np.nan)
    out["fiber_total_usd"] = fiber_total
    out["recommended_technology"] = choice
    capex, opex = np.full(n, np.nan), np.full(n, np.nan)
    for technology in Technology:
        rows = choice == technology.value
        length = path_m[rows] if technology is Technology.FIBER else 0.0
        cost = model.cost_of(technology)
        capex[rows] = cost.capex(length)
        opex[rows] = cost.opex_year(model.bandwidth_mbps, length)
    out["est_capex_usd"] = capex
    out["est_opex_usd_year"] = opex
    out["est_total_usd"] = capex + model.horizon_years * opex


def _students_used(out: pd.DataFrame, target: np.ndarray) -> np.ndarray:
    """Enrolment, or the median enrolment of the target schools where it is unknown (never 0 students)."""
    students = pd.to_numeric(_column(out, "num_students", np.nan), errors="coerce").to_numpy(float)
    known = students[target & (students > 0)]
    fallback = float(np.median(known)) if known.size else 1.0
    return np.where(students > 0, students, fallback)


def _weights(out: pd.DataFrame, rural_weight: float, hard_weight: float) -> np.ndarray:
    """Rural and hard-to-connect multipliers; both apply when both hold."""
    rural = _column(out, "area_type", "").fillna("").astype(str).str.lower().eq("rural").to_numpy()
    hard = _is_yes(_column(out, "hard_to_connect", False))
    return np.where(rural, rural_weight, 1.0) * np.where(hard, hard_weight, 1.0)


def _score(out: pd.DataFrame, objective: Objective) -> np.ndarray:
    """Higher first: weighted students or schools per 1,000 USD, or plain cheapest-first for 'connect all'."""
    per_kusd = SCORE_PER_USD / out["est_total_usd"].to_numpy(float)
    if objective is Objective.STUDENTS_PER_USD:
        return out["students_used"].to_numpy(float) * out["priority_weight"].to_numpy(float) * per_kusd
    if objective is Objective.SCHOOLS_PER_USD:
        return out["priority_weight"].to_numpy(float) * per_kusd
    return per_kusd


def _rank_and_phase(out: pd.DataFrame, target: np.ndarray, budget: float) -> None:
    """Rank by score, never before the fiber upstream it hangs on; fill phases in rank order within budget."""
    n = len(out)
    ids = _column(out, "school_id", "").astype(str).to_numpy()
    position = {school_id: row for row, school_id in enumerate(ids)}
    choice = out["recommended_technology"].to_numpy(object)
    upstream_type = _column(out, "upstream_type", "").fillna("").astype(str).to_numpy()
    upstream_id = _column(out, "upstream_id", "").fillna("").astype(str).to_numpy()
    score = out["priority_score"].to_numpy(float)
    waits_on = np.full(n, -1, dtype=np.int64)
    children: dict[int, list[int]] = {}
    for row in np.flatnonzero(target):
        up = position.get(upstream_id[row], -1) if upstream_type[row] == Upstream.SCHOOL.value else -1
        if up >= 0 and choice[row] == Technology.FIBER.value and choice[up] == Technology.FIBER.value:
            waits_on[row] = up
            children.setdefault(up, []).append(row)
    ready = [(-score[row], row) for row in np.flatnonzero(target) if waits_on[row] < 0]
    heapq.heapify(ready)
    rank, phase = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    note = np.full(n, PhaseNote.NONE.value, dtype=object)
    cost = out["est_total_usd"].to_numpy(float)
    current, spent, step = 1, 0.0, 0
    while ready:
        _, row = heapq.heappop(ready)
        step += 1
        rank[row] = step
        for child in children.get(row, []):
            heapq.heappush(ready, (-score[child], child))
        if waits_on[row] >= 0 and phase[waits_on[row]] == 0:
            note[row] = PhaseNote.UPSTREAM_UNPHASED.value
        elif cost[row] > budget:
            note[row] = PhaseNote.EXCEEDS_BUDGET.value
        elif spent + cost[row] > budget:
            current, spent = current + 1, cost[row]
            phase[row] = current
        else:
            spent += cost[row]
            phase[row] = current
    out["priority_rank"] = rank
    out["phase"] = phase
    out["phase_note"] = note


def phase_totals(prioritized: pd.DataFrame) -> pd.DataFrame:
    """Schools, students, km of fiber and USD per phase (phase 0 = targets no phase could afford)."""
    target = prioritized["is_target"].astype(bool).to_numpy()

    def column(name: str) -> np.ndarray:  # the targets' values of one column (not a copy of every column)
        return prioritized[name].to_numpy()[target]

    fiber_km = np.where(column("recommended_technology") == Technology.FIBER.value,
                        column("fiber_path_m").astype(float), 0.0)
    frame = pd.DataFrame({
        "phase": column("phase"),
        "schools": 1,
        "students": column("students_used").astype(float),
        "fiber_km": fiber_km / 1000.0,
        "capex_usd": column("est_capex_usd").astype(float),
        "total_usd": column("est_total_usd").astype(float),
    })
    totals = frame.groupby("phase", as_index=False).sum().sort_values("phase").reset_index(drop=True)
    return totals.astype({"phase": np.int64, "schools": np.int64})

