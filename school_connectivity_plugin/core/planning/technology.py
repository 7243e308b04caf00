"""Which technology each school to connect gets: decided for the cluster that shares a trench, not school by school.

Along the route tree, fiber to a school pays its own link and its equipment; the schools below it may take fiber
too (their links) or their cheapest other technology. For every school, bottom up, the cheapest of the two for its
whole subtree is known exactly (a dynamic programme on the tree, the exact form of Giga's cost-tree pruning): at a
cluster's link from the network one shared trench is set against the sum of the schools' alternatives. Schools the
operator's plan commits to keep the plan's technology, and a fiber commitment builds every link up to the network.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..definitions.codes import Technology, TechnologySource

#: Technologies other than fiber, in the order ties are broken.
ALTERNATIVES = (Technology.P2P, Technology.CELLULAR, Technology.SATELLITE)


@dataclass
class Tree:
    """The route tree over the schools to connect (index order of all the arrays)."""

    parent: np.ndarray       # index of the upstream school, -1 when the link leads to the network, -2 with no route
    order: np.ndarray        # build order from the network (parents before children)
    buildable: np.ndarray    # the school's own link may be built (within the maximum, or committed below)


@dataclass
class Options:
    """Per school: what fiber costs (its equipment, its own link) and what each other technology costs (total
    present values; NaN where infeasible), and the operator's commitment."""

    fiber_school_usd: np.ndarray
    link_usd: np.ndarray
    alternatives: dict[Technology, np.ndarray]
    committed: np.ndarray
    plan_technology: np.ndarray


@dataclass
class Choice:
    """The decision: technology, who decided it, each school's standalone fiber total, and the cheapest other
    technology with what it would save on its own."""

    technology: np.ndarray
    source: np.ndarray
    fiber_total_usd: np.ndarray
    cheapest_alternative: np.ndarray
    alternative_saving_usd: np.ndarray


def choose(tree: Tree, options: Options) -> Choice:
    """Fiber where the cluster is cheaper with it (or the plan commits to it); the cheapest alternative elsewhere."""
    n = tree.parent.size
    best_alternative, alternative_name = _best_alternative(options.alternatives, n)
    committed_fiber = options.committed & (options.plan_technology == Technology.FIBER.value)
    walk = np.flatnonzero(tree.parent > -2)
    walk = walk[np.argsort(tree.order[walk], kind="stable")]
    take_fiber = _bottom_up(tree, options, walk, best_alternative, committed_fiber)
    on_fiber = np.zeros(n, dtype=bool)
    for node in walk:  # top down: a school is on fiber when its cluster chose it all the way from the network
        up = tree.parent[node]
        on_fiber[node] = take_fiber[node] and (up == -1 or on_fiber[up])
    technology = np.where(on_fiber, Technology.FIBER.value, alternative_name).astype(object)
    plan_other = options.committed & ~committed_fiber
    technology[plan_other] = options.plan_technology[plan_other]
    technology[committed_fiber & ~on_fiber] = Technology.FIBER.value  # (a commitment with no route at all)
    source = np.where(options.committed, TechnologySource.OPERATOR_PLAN.value,
                      TechnologySource.LEAST_COST.value).astype(object)
    fiber_total = _standalone_fiber(tree, options, on_fiber, walk)
    cheapest, saving = _cheaper_alternative(technology, fiber_total, options.alternatives)
    return Choice(technology, source, fiber_total, cheapest, saving)


def _best_alternative(alternatives: dict[Technology, np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray]:
    """The cheapest feasible non-fiber total per school (inf when none) and its technology ('' when none)."""
    totals = np.vstack([np.nan_to_num(alternatives[tech], nan=np.inf) for tech in ALTERNATIVES]) if n else \
        np.zeros((len(ALTERNATIVES), 0))
    best = totals.min(axis=0) if n else np.zeros(0)
    names = np.array([tech.value for tech in ALTERNATIVES], dtype=object)[totals.argmin(axis=0)] if n else \
        np.zeros(0, dtype=object)
    return best, np.where(np.isfinite(best), names, "").astype(object)


def _bottom_up(tree: Tree, options: Options, walk: np.ndarray, best_alternative: np.ndarray,
               committed_fiber: np.ndarray) -> np.ndarray:
    """For every school: whether its subtree is cheaper on fiber (its link built) than on alternatives."""
    n = tree.parent.size
    on_fiber_cost = options.fiber_school_usd.copy()   # the school on fiber plus the best for each child below
    all_alternative = best_alternative.copy()         # the whole subtree on alternatives
    must_fiber = committed_fiber.copy()               # a fiber commitment at or below the school
    take_fiber = np.zeros(n, dtype=bool)
    for node in walk[::-1]:  # children before parents
        with_link = options.link_usd[node] + on_fiber_cost[node]
        if must_fiber[node]:
            take_fiber[node], best = True, with_link
        elif not tree.buildable[node]:
            take_fiber[node], best = False, all_alternative[node]
        else:
            take_fiber[node] = with_link <= all_alternative[node]
            best = min(with_link, all_alternative[node])
        up = tree.parent[node]
        if up >= 0:
            on_fiber_cost[up] += best
            all_alternative[up] += all_alternative[node]
            must_fiber[up] |= must_fiber[node]
    return take_fiber


def _standalone_fiber(tree: Tree, options: Options, on_fiber: np.ndarray, walk: np.ndarray) -> np.ndarray:
    """Fiber for one school alone: its equipment, its link, and the links up to the nearest school on fiber;
    NaN when no buildable route reaches it."""
    n = tree.parent.size
    path = np.full(n, np.nan)
    for node in walk:
        up = tree.parent[node]
        if not tree.buildable[node]:
            continue
        upstream = 0.0 if up == -1 or on_fiber[up] else path[up]
        path[node] = options.link_usd[node] + upstream
    return options.fiber_school_usd + path


def _cheaper_alternative(technology: np.ndarray, fiber_total: np.ndarray,
                         alternatives: dict[Technology, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The cheapest technology other than the chosen one, where it would cost this school less on its own, and how
    much less (shown beside the decision, never applied)."""
    totals = {Technology.FIBER.value: fiber_total, **{tech.value: alternatives[tech] for tech in ALTERNATIVES}}
    names = list(totals)
    table = np.vstack([np.nan_to_num(totals[name], nan=np.inf) for name in names])
    chosen_row = np.array([names.index(value) if value in names else -1 for value in technology.tolist()],
                          dtype=np.int64)
    columns = np.arange(technology.size)
    chosen_total = np.where(chosen_row >= 0, table[np.maximum(chosen_row, 0), columns], np.inf)
    others = table.copy()
    others[np.maximum(chosen_row, 0), columns] = np.inf
    best_other = others.argmin(axis=0) if technology.size else np.zeros(0, dtype=np.int64)
    other_total = others[best_other, columns]
    cheaper = np.isfinite(chosen_total) & np.isfinite(other_total) & (other_total < chosen_total)
    name = np.where(cheaper, np.array(names, dtype=object)[best_other], "").astype(object)
    with np.errstate(invalid="ignore"):  # inf - inf where no technology is feasible: not shown anyway
        return name, np.where(cheaper, chosen_total - other_total, np.nan)
