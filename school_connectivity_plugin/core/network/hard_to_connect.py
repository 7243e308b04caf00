"""Hard to connect by fiber, as rules over output fields, each with its threshold and its source.

A school not yet connected is hard to connect by fiber when no route of links within the maximum link reaches it
from fiber or a school on fiber (`far_from_fiber`), or when there is no fiber point at all (`no_fiber`): the
triggers. Elevation, rugged terrain along the route and a location outside the boundary are reasons that explain a
flag, written beside it; they flag a school on their own only when chosen as extra triggers. Every rule reads one
output field, so any flag can be re-derived from the output table and the thresholds. A rule whose field is unknown
(NaN: no DEM, no boundary, a school that is not to connect) does not fire: missing data is not evidence.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from enum import Enum
from typing import Callable

import numpy as np

from ..definitions.codes import HardReason, RouteNote
from ..definitions.schema import CODE_SEPARATOR


class Role(str, Enum):
    """A trigger flags a school; an explanation says why a flagged school is hard."""

    TRIGGER = "trigger"
    EXPLANATION = "explanation"


@dataclass(frozen=True)
class Rule:
    """One rule: `field <compare> threshold` fires the reason; `default` None means no parameter."""

    reason: HardReason
    field: str
    parameter: str
    default: float | None
    unit: str
    compare: Callable[[np.ndarray, float], np.ndarray]
    role: Role
    why: str
    #: How the field's values are read: numbers by default, text for a rule on a note.
    dtype: type = float


def _no_fiber_point(values: np.ndarray, _threshold) -> np.ndarray:
    return values == RouteNote.NO_FIBER.value


def _is_false(values: np.ndarray, _threshold) -> np.ndarray:
    return values == 0.0


#: Rise over run of the steepest road the Russian and Kyrgyz road norms allow (100 per mille at a 30 km/h design
#: speed, SP 34.13330): a route that climbs more than that over a sustained kilometre follows no road.
ROAD_GRADE_LIMIT = 0.10

#: The rules, in the order their codes are written.
RULES: tuple[Rule, ...] = (
    Rule(HardReason.NO_FIBER, "route_note", "", None, "", _no_fiber_point, Role.TRIGGER,
         "no fiber point at all: no fiber layer, no fiber within the search distance, no school on fiber",
         dtype=object),
    Rule(HardReason.FAR_FROM_FIBER, "path_max_link_m", "MAX_LINK_M", 20_000.0, "m", operator.gt, Role.TRIGGER,
         "no route of links within the maximum fiber link (Giga's 20 km) reaches the school from fiber or a "
         "school on fiber: its route's longest link is longer"),
    Rule(HardReason.HIGH_ELEVATION, "elevation_m", "MAX_ELEVATION_M", 2_500.0, "m", operator.gt, Role.EXPLANATION,
         "school above 2,500 m: in Kyrgyzstan the passes that reach such valleys close for the winter (Kynda, "
         "3,398 m, November to April), so the construction season is short"),
    Rule(HardReason.RUGGED_PATH, "route_max_slope_deg", "MAX_ROUTE_SLOPE_DEG",
         round(float(np.degrees(np.arctan(ROAD_GRADE_LIMIT))), 2), "deg", operator.gt, Role.EXPLANATION,
         "the route climbs more than 10 % (5.71 degrees) over a sustained kilometre, steeper than any road may be "
         "built (100 per mille at 30 km/h, SP 34.13330): cable along roads will be longer than the detour factor"),
    Rule(HardReason.OUTSIDE_BOUNDARY, "inside_boundary", "", None, "", _is_false, Role.EXPLANATION,
         "school outside the country boundary: a location error or a cross-border site"),
)

RULE_BY_REASON = {rule.reason: rule for rule in RULES}


def default_thresholds() -> dict[HardReason, float | None]:
    """Each rule's default parameter (None for rules without one)."""
    return {rule.reason: rule.default for rule in RULES}


def flag_hard_to_connect(
    fields: dict[str, np.ndarray],
    thresholds: dict[HardReason, float | None],
    extra_triggers: frozenset[HardReason] = frozenset(),
    connected: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """`hard_to_connect` (bool) and `hard_reasons` (codes joined by ';') per school from the output fields.

    A trigger (or a rule chosen in `extra_triggers`) flags a school; explanations are written only beside a flag.
    A parameter rule runs when it has a threshold; `connected` schools are never flagged.
    """
    size = len(next(iter(fields.values()))) if fields else 0
    fired: list[tuple[Rule, np.ndarray]] = []
    for rule in RULES:
        if rule.field not in fields:
            continue
        threshold = thresholds.get(rule.reason, rule.default)
        if rule.default is not None and threshold is None:
            continue
        values = np.asarray(fields[rule.field], dtype=rule.dtype)
        with np.errstate(invalid="ignore"):
            fired.append((rule, np.asarray(rule.compare(values, threshold), dtype=bool)))
    hard = np.zeros(size, dtype=bool)
    for rule, mask in fired:
        if rule.role is Role.TRIGGER or rule.reason in extra_triggers:
            hard |= mask
    if connected is not None:
        hard &= ~np.asarray(connected, dtype=bool)
    reasons = np.full(size, "", dtype=object)
    for rule, mask in fired:
        mask = mask & hard
        reasons[mask] = np.where(reasons[mask] == "", rule.reason.value,
                                 reasons[mask] + CODE_SEPARATOR + rule.reason.value)
    return hard, reasons


def count_by_reason(reasons: np.ndarray) -> dict[HardReason, int]:
    """Schools per reason code (a school with two reasons counts in both), for summaries."""
    codes = [code for text in reasons for code in str(text or "").split(CODE_SEPARATOR) if code]
    return {reason: codes.count(reason.value) for reason in HardReason}
