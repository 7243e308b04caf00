"""Who is what in a plan: which schools are left to connect, which already carry fiber (so routes may start from
them), and which the operator has committed to connect (their technology is the operator's, never re-decided)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..definitions.codes import Technology
from ..definitions.schema import Connectivity, ConnectivityType, PipelineStatus

#: The operator's committed statuses in build order: work in progress first, then contracted, then planned.
BUILD_ORDER = (PipelineStatus.IN_PROGRESS, PipelineStatus.CONTRACTED, PipelineStatus.PLANNED)
#: Rank of a school that no plan commits to (decided by cost, built after the operator's plan).
LEAST_COST_RANK = len(BUILD_ORDER)
#: The school fields the roles are read from.
ROLE_INPUTS = ("school_id", "connectivity", "connectivity_type", "pipeline_status", "pipeline_technology",
               "source_fid")


def _text(schools: pd.DataFrame, name: str) -> pd.Series:
    """The column stripped and lower-cased, each distinct value once (a national list repeats a few codes)."""
    column = schools[name] if name in schools else pd.Series("", index=schools.index)
    codes, uniques = pd.factorize(column.fillna("").astype(str))
    cleaned = np.array([value.strip().lower() for value in uniques], dtype=object)
    return pd.Series(cleaned[codes], index=schools.index, dtype=object)


def plan_status(schools: pd.DataFrame) -> pd.Series:
    """The work plan's status of each school ('' when it is not in the plan)."""
    return _text(schools, "pipeline_status")


def committed_mask(schools: pd.DataFrame) -> np.ndarray:
    """Schools the operator's plan still has to connect (in progress, contracted or planned)."""
    return plan_status(schools).isin([status.value for status in BUILD_ORDER]).to_numpy()


def status_rank(schools: pd.DataFrame) -> np.ndarray:
    """0 in progress, 1 contracted, 2 planned, LEAST_COST_RANK for every other school: the build order."""
    ranks = {status.value: rank for rank, status in enumerate(BUILD_ORDER)}
    return plan_status(schools).map(ranks).fillna(LEAST_COST_RANK).astype(np.int64).to_numpy()


def plan_technology(schools: pd.DataFrame) -> np.ndarray:
    """The technology the plan commits each school to: fiber unless the plan names another."""
    named = _text(schools, "pipeline_technology")
    return named.where(named.isin([technology.value for technology in Technology]), Technology.FIBER.value).to_numpy()


def target_mask(schools: pd.DataFrame, include_unknown: bool = False) -> np.ndarray:
    """Schools to connect: not connected (optionally also unknown) and not already connected by the plan, and every
    school the plan commits to whatever its connectivity today (a 3G school the plan moves to fiber)."""
    connectivity = _text(schools, "connectivity")
    wanted = {Connectivity.NO.value} | ({Connectivity.UNKNOWN.value, ""} if include_unknown else set())
    left = connectivity.isin(wanted) & (plan_status(schools) != PipelineStatus.CONNECTED.value)
    return (left.to_numpy() | committed_mask(schools)) & ~fiber_school_mask(schools)


def fiber_school_mask(schools: pd.DataFrame) -> np.ndarray:
    """Schools on fiber, where a route may start: connected by fiber today, or connected by the plan with fiber.
    A school on 3G, copper, microwave or satellite carries no fiber on to its neighbours."""
    on_fiber = (_text(schools, "connectivity") == Connectivity.YES.value) & (
        _text(schools, "connectivity_type") == ConnectivityType.FIBER.value)
    by_plan = (plan_status(schools) == PipelineStatus.CONNECTED.value).to_numpy() & (
        plan_technology(schools) == Technology.FIBER.value)
    return on_fiber.to_numpy() | by_plan


def route_keys(schools: pd.DataFrame) -> np.ndarray:
    """The id routes name a school by: its school_id where that is given and unique, else '#' and its feature id."""
    ids = schools["school_id"].fillna("").astype(str).str.strip() if "school_id" in schools else \
        pd.Series("", index=schools.index)
    fids = schools["source_fid"].astype(np.int64).astype(str) if "source_fid" in schools else \
        pd.Series(np.arange(len(schools)).astype(str), index=schools.index)
    usable = (ids != "") & ~ids.duplicated(keep=False)
    return np.where(usable, ids, "#" + fids).astype(object)


def route_inputs(schools: pd.DataFrame, include_unknown: bool = False
                 ) -> tuple[np.ndarray, pd.DataFrame, pd.DataFrame]:
    """What routing needs: the target mask, the targets (with `route_key`, `committed` and their nearest fiber
    point's `fiber_point` id) and the schools on fiber (`route_key`, longitude, latitude)."""
    keys = route_keys(schools)
    target = target_mask(schools, include_unknown)
    targets = schools[target].copy()
    targets["route_key"] = keys[target]
    targets["committed"] = committed_mask(targets) & (plan_technology(targets) == Technology.FIBER.value)
    if "fiber_layer" in targets and "fiber_feature_id" in targets:
        targets["fiber_point"] = ("fiber:" + targets["fiber_layer"].fillna("").astype(str) + ":"
                                  + targets["fiber_feature_id"].fillna("").astype(str))
    on_fiber = fiber_school_mask(schools)
    fiber_schools = pd.DataFrame({"route_key": keys[on_fiber],
                                  "longitude": schools["longitude"].to_numpy(float)[on_fiber],
                                  "latitude": schools["latitude"].to_numpy(float)[on_fiber]})
    return target, targets, fiber_schools
