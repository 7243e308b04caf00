"""Every code the plugin writes into a field, as enums: why a row was rejected or flagged, why a school is hard
to connect, which technology it gets and where its route leads. Their labels live in `labels`."""
from __future__ import annotations

from enum import Enum


class RejectReason(str, Enum):
    """Why a row could not be placed (the `reason` of the rejects table)."""

    MISSING_COORDINATES = "missing_coordinates"
    UNPARSEABLE_COORDINATES = "unparseable_coordinates"
    ZERO_COORDINATES = "zero_coordinates"
    OUT_OF_RANGE = "coordinates_out_of_range"


class QaFlag(str, Enum):
    """Doubts about a kept row (joined with ';' in `qa_flags`); the order is the order in the field."""

    LATLON_SWAPPED = "latlon_swapped"
    NEAR_BOUNDARY = "near_boundary"
    OUTSIDE_BOUNDARY = "outside_boundary"
    DUPLICATE_ID = "duplicate_id"
    DUPLICATE_NEARBY = "duplicate_nearby"
    MISSING_ID = "missing_id"
    MISSING_NAME = "missing_name"
    CONNECTIVITY_UNPARSEABLE = "connectivity_unparseable"
    CONNECTIVITY_FROM_SPEED = "connectivity_from_speed"
    CONNECTIVITY_CONFLICT = "connectivity_conflict"
    SPEED_UNPARSEABLE = "speed_unparseable"
    SPEED_UNIT_SUSPECT = "speed_unit_suspect"
    SPEED_IMPLAUSIBLE = "speed_implausible"
    STUDENTS_UNPARSEABLE = "students_unparseable"
    STUDENTS_IMPLAUSIBLE = "students_implausible"
    AREA_TYPE_UNPARSEABLE = "area_type_unparseable"
    ENCODING_MIXED = "encoding_mixed"
    UNDECODABLE_BYTES = "undecodable_bytes"
    FIELD_COUNT = "field_count"


class HardReason(str, Enum):
    """Reason codes written to `hard_reasons`."""

    NO_FIBER = "no_fiber"
    FAR_FROM_FIBER = "far_from_fiber"
    HIGH_ELEVATION = "high_elevation"
    RUGGED_PATH = "rugged_path"
    OUTSIDE_BOUNDARY = "outside_boundary"


class Technology(str, Enum):
    """Access technologies in the order the cheapest-feasible choice breaks ties."""

    FIBER = "fiber"
    P2P = "p2p"
    CELLULAR = "cellular"
    SATELLITE = "satellite"


class RouteNote(str, Enum):
    """Why a school has no route fiber can be laid along."""

    NONE = ""
    NO_LOCATION = "no_location"
    NO_FIBER = "no_fiber_point"
    BEYOND_MAX_LINK = "beyond_max_link"
    FAR_FROM_ROAD = "far_from_road"


class Upstream(str, Enum):
    """What a school's own link leads to: only fiber carries fiber."""

    FIBER = "fiber"
    FIBER_SCHOOL = "fiber_school"
    SCHOOL = "school"
    NONE = "none"


class TechnologySource(str, Enum):
    """Who decided a school's technology."""

    OPERATOR_PLAN = "operator_plan"
    LEAST_COST = "least_cost"


class PhaseNote(str, Enum):
    """Why a school to connect has no construction phase."""

    NONE = ""
    EXCEEDS_BUDGET = "exceeds_phase_budget"
    UPSTREAM_UNPHASED = "upstream_unphased"
    NO_FEASIBLE_TECHNOLOGY = "no_feasible_technology"


class MatchMethod(str, Enum):
    """How a plan row found its school."""

    ID = "id"
    NAME = "name"
    NONE = "none"


class MatchReason(str, Enum):
    """Why a plan row is listed for a human to look at."""

    OK = ""
    NO_MATCH = "no_match"
    AMBIGUOUS = "ambiguous_name"
    DUPLICATE = "duplicate_of_better_match"
    UNKNOWN_STATUS = "unknown_status"


class FiberProblem(str, Enum):
    """Why a fiber feature (or part) was left out; reported to the user, never fatal."""

    NO_GEOMETRY = "no_geometry"
    WRONG_TYPE = "not_a_line_or_point"
    TOO_FEW_VERTICES = "line_with_fewer_than_two_vertices"
    NOT_FINITE = "coordinates_not_finite"
    NOT_TRANSFORMABLE = "cannot_reproject_to_wgs84"


class SurveyPower(str, Enum):
    """A school's power supply as a field team records it (`survey_power`)."""

    GRID = "grid"
    SOLAR = "solar"
    NONE = "none"


class ConnectivitySource(str, Enum):
    """Where a school's connectivity comes from (`connectivity_source`); empty: the school list as imported."""

    SCHOOL_LIST = ""
    FIELD_SURVEY = "field_survey"


class FieldConflict(str, Enum):
    """What merging field packages lists for a planner instead of applying silently (`kind` of field_conflicts)."""

    DISAGREEMENT = "disagreement"
    DELETED = "deleted_in_field"
    MOVED = "moved_in_field"
    ADDED = "added_in_field"
    NOT_IN_LIST = "not_in_school_list"
    DUPLICATE = "duplicate_in_package"
    NO_SURVEY_TIME = "no_surveyed_at"
    OLDER_THAN_LIST = "older_than_school_list"
    INVALID_VALUE = "invalid_value"


class SourceState(str, Enum):
    """How a live source (a URL) was read this time."""

    FRESH = "fresh"
    UNCHANGED = "unchanged"
    LAST_GOOD_COPY = "last_good_copy"
    UNAVAILABLE = "unavailable"
