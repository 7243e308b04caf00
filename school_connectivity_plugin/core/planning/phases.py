"""Construction phases: the schools in build order, cut into phases no phase's CAPEX (and, optionally, km of new
trench) exceeds. The operator's committed work comes first (in progress, contracted, planned), then the rest by the
objective; a cluster is built from the network outwards, so a school never comes before the link it hangs on."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd

from ..definitions.codes import PhaseNote, Technology
from ..definitions.fields import PHASE_FIELDS

#: Scores are per 1,000 USD so the numbers read well in a table.
SCORE_PER_USD = 1_000.0


class Objective(str, Enum):
    """What a dollar should buy first among the schools no plan commits to (CPP's scenarios)."""

    STUDENTS_PER_USD = "students_per_usd"
    SCHOOLS_PER_USD = "schools_per_usd"
    LOWEST_TOTAL_COST = "lowest_total_cost"


@dataclass
class Items:
    """One item per school to connect, aligned by index: what building it costs and where it stands."""

    technology: np.ndarray
    capex_usd: np.ndarray
    opex_usd_year: np.ndarray
    total_usd: np.ndarray
    fiber_m: np.ndarray
    students: np.ndarray
    weight: np.ndarray
    rank: np.ndarray       # the operator's build order (0 in progress ... 3 decided by cost)
    parent: np.ndarray     # upstream school index, -1 network, -2 none
    order: np.ndarray      # build order along the route tree
    cluster: np.ndarray    # cluster id ('' for none)


@dataclass
class Sequence:
    """Per school: score, rank (1..N, 0 without a technology), phase (0 = none) and why none."""

    score: np.ndarray
    rank: np.ndarray
    phase: np.ndarray
    note: np.ndarray


def sequence(items: Items, objective: Objective, budget_usd: float, km_per_phase: float = 0.0) -> Sequence:
    """Rank the schools and fill phases in rank order within the CAPEX budget (and km of trench) of each."""
    n = items.technology.size
    fiber = items.technology == Technology.FIBER.value
    rank = _effective_rank(items, fiber)
    score = _unit_scores(items, fiber, objective)
    ordered = np.flatnonzero(items.technology != "")
    ordered = ordered[np.lexsort((items.cluster[ordered].astype(str), items.order[ordered], -score[ordered],
                                  rank[ordered]))]
    ordered = _upstream_first(ordered, items.parent, fiber)
    position = np.zeros(n, dtype=np.int64)
    position[ordered] = np.arange(1, ordered.size + 1)
    phase, note = _fill(ordered, items, fiber, budget_usd, km_per_phase)
    note[items.technology == ""] = PhaseNote.NO_FEASIBLE_TECHNOLOGY.value
    return Sequence(score, position, phase, note)


def _effective_rank(items: Items, fiber: np.ndarray) -> np.ndarray:
    """A fiber school is as urgent as the most urgent school its link carries fiber to."""
    rank = items.rank.copy()
    walk = np.flatnonzero(fiber & (items.parent > -2))
    for node in walk[np.argsort(items.order[walk], kind="stable")][::-1]:
        up = items.parent[node]
        if up >= 0 and fiber[up]:
            rank[up] = min(rank[up], rank[node])
    return rank


def _unit_scores(items: Items, fiber: np.ndarray, objective: Objective) -> np.ndarray:
    """Students (weighted), schools, or 1, per 1,000 USD: of its cluster's fiber build for a school on fiber, of its
    own cost for any other school."""
    value = {Objective.STUDENTS_PER_USD: items.students * items.weight,
             Objective.SCHOOLS_PER_USD: items.weight}.get(objective, np.ones(items.technology.size))
    cost = items.total_usd.copy()
    value = value.astype(float).copy()
    clustered = fiber & (items.cluster != "")
    if clustered.any():
        frame = pd.DataFrame({"cluster": items.cluster[clustered], "value": value[clustered],
                              "cost": cost[clustered]})
        sums = frame.groupby("cluster", sort=False).sum()
        value[clustered] = sums.loc[items.cluster[clustered], "value"].to_numpy()
        cost[clustered] = sums.loc[items.cluster[clustered], "cost"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(cost > 0, SCORE_PER_USD * value / cost, 0.0)


def _upstream_first(ordered: np.ndarray, parent: np.ndarray, fiber: np.ndarray) -> np.ndarray:
    """The order with every fiber school moved after the fiber school its link hangs on (stable otherwise)."""
    placed = np.zeros(parent.size, dtype=bool)
    waiting: dict[int, list[int]] = {}
    result: list[int] = []

    def place(node: int) -> None:
        stack = [node]
        while stack:
            current = stack.pop()
            placed[current] = True
            result.append(current)
            stack.extend(reversed(waiting.pop(current, [])))

    for node in ordered.tolist():
        up = parent[node]
        if fiber[node] and up >= 0 and fiber[up] and not placed[up]:
            waiting.setdefault(up, []).append(node)
        else:
            place(node)
    return np.array(result, dtype=np.int64)


def _fill(ordered: np.ndarray, items: Items, fiber: np.ndarray, budget_usd: float,
          km_per_phase: float) -> tuple[np.ndarray, np.ndarray]:
    """Phases in order, each within the budget and the km cap; an item alone over them gets none, nor what hangs
    on it."""
    n = items.technology.size
    phase = np.zeros(n, dtype=np.int64)
    note = np.full(n, PhaseNote.NONE.value, dtype=object)
    km = items.fiber_m / 1000.0
    current, spent, laid = 1, 0.0, 0.0
    for node in ordered.tolist():
        up = items.parent[node]
        if fiber[node] and up >= 0 and fiber[up] and phase[up] == 0:
            note[node] = PhaseNote.UPSTREAM_UNPHASED.value
            continue
        over_km = km_per_phase > 0 and km[node] > km_per_phase
        if items.capex_usd[node] > budget_usd or over_km:
            note[node] = PhaseNote.EXCEEDS_BUDGET.value
            continue
        if spent + items.capex_usd[node] > budget_usd or (km_per_phase > 0 and laid + km[node] > km_per_phase):
            current, spent, laid = current + 1, 0.0, 0.0
        spent += items.capex_usd[node]
        laid += km[node]
        phase[node] = current
    return phase, note


def phase_table(items: Items, phase: np.ndarray) -> pd.DataFrame:
    """Schools, students, km of new trench, CAPEX and yearly OPEX per phase, with running totals (phase 0 holds
    the schools no phase could take)."""
    chosen = items.technology != ""
    frame = pd.DataFrame({
        "phase": phase[chosen], "schools": 1, "students": items.students[chosen],
        "fiber_km": items.fiber_m[chosen] / 1000.0,  # (Items.fiber_m is 0 for schools not on fiber)
        "capex_usd": items.capex_usd[chosen], "opex_usd_year": items.opex_usd_year[chosen],
    })
    table = frame.groupby("phase", as_index=False).sum().sort_values("phase").reset_index(drop=True)
    built = table["phase"] > 0
    for column in ("schools", "fiber_km", "capex_usd"):
        table[f"cumulative_{column}"] = table[column].where(built, 0).cumsum().where(built, 0)
    return table.astype({"phase": np.int64, "schools": np.int64, "cumulative_schools": np.int64})[list(PHASE_FIELDS)]
