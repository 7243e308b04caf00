"""Hard-to-connect rules as data: each reason code tests one output field against one parameter.

A school not yet connected is hard to connect when any enabled rule fires; `hard_reasons` lists the
codes in RULES order joined by CODE_SEPARATOR, for every school (a connected school's reasons say why
its link is fragile, but it is not a school left to connect, so it is not flagged). Every rule reads only
fields written to the output, so any flag can be re-derived from the output table and the thresholds. A rule
whose field is unknown (NaN: no DEM, no boundary) does not fire: missing data is not evidence of difficulty.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..definitions.codes import HardReason
from ..definitions.fields import FIBER_DISTANCE_M
from ..definitions.schema import CODE_SEPARATOR


@dataclass(frozen=True)
class Rule:
    """One rule: `field <compare> threshold` fires the reason; `default` None means no parameter."""

    reason: HardReason
    field: str
    parameter: str
    default: float | None
    unit: str
    compare: Callable[[np.ndarray, float], np.ndarray]
    why: str


def _is_missing(values: np.ndarray, _threshold) -> np.ndarray:
    return np.isnan(values)


def _is_false(values: np.ndarray, _threshold) -> np.ndarray:
    return values == 0.0


#: The rules, in the order their codes are written.
RULES: tuple[Rule, ...] = (
    Rule(HardReason.NO_FIBER, FIBER_DISTANCE_M, "", None, "",
         _is_missing,
         "no fiber layer given, or no fiber within the maximum search distance"),
    Rule(HardReason.FAR_FROM_FIBER, FIBER_DISTANCE_M, "MAX_FIBER_DISTANCE_M", 20_000.0, "m",
         operator.gt,
         "farther than Giga's maximum fiber link length (20 km) from the nearest fiber"),
    Rule(HardReason.HIGH_ELEVATION, "elevation_m", "MAX_ELEVATION_M", 2_500.0, "m",
         operator.gt,
         "school above 2,500 m: 'high altitude' by the usual medical convention; in Central Asia such "
         "sites are snow-bound for months, so trenching and repairs are seasonal"),
    Rule(HardReason.RUGGED_PATH, "path_max_slope_deg", "MAX_PATH_SLOPE_DEG", 15.0, "deg",
         operator.gt,
         "the straight path to fiber climbs a slope steeper than 15 degrees on the DEM: beyond the "
         "working limit of trenching and cable-ploughing machinery, so cable needs manual or aerial work"),
    Rule(HardReason.OUTSIDE_BOUNDARY, "inside_boundary", "", None, "",
         _is_false,
         "school outside the country boundary: a location error or a cross-border site"),
)

RULE_BY_REASON = {rule.reason: rule for rule in RULES}


def default_thresholds() -> dict[HardReason, float | None]:
    """Each rule's default parameter (None for rules without one)."""
    return {rule.reason: rule.default for rule in RULES}


def flag_hard_to_connect(
    fields: dict[str, np.ndarray],
    thresholds: dict[HardReason, float | None],
    enabled: set[HardReason] | None = None,
    connected: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """`hard_to_connect` (bool) and `hard_reasons` (codes joined by ';') per school from the output fields.

    A rule runs when it is enabled and its field is present; a parameter rule also needs a threshold.
    `connected` (bool per school, from `connectivity == "yes"`) keeps connected schools unflagged.
    """
    size = len(next(iter(fields.values()))) if fields else 0
    fired: list[tuple[HardReason, np.ndarray]] = []
    for rule in RULES:
        if enabled is not None and rule.reason not in enabled:
            continue
        if rule.field not in fields:
            continue
        threshold = thresholds.get(rule.reason, rule.default)
        if rule.default is not None and threshold is None:
            continue
        values = np.asarray(fields[rule.field], dtype=float)
        with np.errstate(invalid="ignore"):
            fired.append((rule.reason, np.asarray(rule.compare(values, threshold), dtype=bool)))
    reasons = np.full(size, "", dtype=object)
    for reason, mask in fired:
        reasons[mask] = np.where(reasons[mask] == "", reason.value, reasons[mask] + CODE_SEPARATOR + reason.value)
    hard = reasons != ""
    if connected is not None:
        hard &= ~np.asarray(connected, dtype=bool)
    return hard, reasons


def count_by_reason(reasons: np.ndarray) -> dict[HardReason, int]:
    """Schools per reason code (a school with two reasons counts in both), for summaries."""
    codes = [code for text in reasons for code in str(text or "").split(CODE_SEPARATOR) if code]
    return {reason: codes.count(reason.value) for reason in HardReason}
