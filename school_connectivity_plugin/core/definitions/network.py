"""What the plugin reads from fiber layers: which field says a feature's status, which status is lit fiber, and
why a feature can be left out."""
from __future__ import annotations

from enum import Enum

#: Field names that carry a fiber feature's status (WATRA: `status` on lines, `node_status` on nodes).
FIBER_STATUS_FIELDS = ("status", "node_status")
#: The status value that counts as lit fiber, compared case-insensitively.
FIBER_OPERATIONAL = "operational"


class FiberProblem(str, Enum):
    """Why a fiber feature (or part) was left out; reported to the user, never fatal."""

    NO_GEOMETRY = "no_geometry"
    WRONG_TYPE = "not_a_line_or_point"
    TOO_FEW_VERTICES = "line_with_fewer_than_two_vertices"
    NOT_FINITE = "coordinates_not_finite"
    NOT_TRANSFORMABLE = "cannot_reproject_to_wgs84"
