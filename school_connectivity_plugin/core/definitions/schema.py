"""The normalised school schema: the one contract every room of the plugin agrees on."""
from __future__ import annotations

from enum import Enum


class Connectivity(str, Enum):
    """Whether a school has internet at all (Giga's `connectivity`)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ConnectivityType(str, Enum):
    """The family of the school's access technology."""

    FIBER = "fiber"
    COPPER = "copper"
    CELLULAR = "cellular"
    P2P = "p2p"
    SATELLITE = "satellite"
    OTHER = "other"
    UNKNOWN = "unknown"


class ConnectivityClass(str, Enum):
    """Speed class as Giga Maps colours it; order is legend order."""

    GOOD = "good"
    MODERATE = "moderate"
    BAD = "bad"
    NO_CONNECTION = "no_connection"
    UNKNOWN = "unknown"


class PipelineStatus(str, Enum):
    """Where a school stands in the operator's work plan; empty string means not in it."""

    NONE = ""
    PLANNED = "planned"
    CONTRACTED = "contracted"
    IN_PROGRESS = "in_progress"
    CONNECTED = "connected"


#: Statuses that count as "in the pipeline" for the statistics.
IN_PIPELINE = frozenset({PipelineStatus.PLANNED, PipelineStatus.CONTRACTED, PipelineStatus.IN_PROGRESS})

#: Normalised output fields and their types, in output order (the import contract).
SCHOOL_FIELDS: dict[str, type] = {
    "school_id": str,
    "school_name": str,
    "admin1": str,
    "admin2": str,
    "num_students": int,
    "area_type": str,
    "latitude": float,
    "longitude": float,
    "connectivity": str,
    "download_speed_mbps": float,
    "connectivity_type": str,
    "connectivity_class": str,
    "pipeline_status": str,
    "qa_flags": str,
    "source_row": int,
}

#: Fields added by the distance-to-fiber and hard-to-connect analysis.
ANALYSIS_FIELDS: dict[str, type] = {
    "fiber_distance_m": float,
    "fiber_feature_id": str,
    "fiber_layer": str,
    "elevation_m": float,
    "hard_to_connect": bool,
    "hard_reasons": str,
}

#: Fields of the rejects table.
REJECTED_FIELDS: dict[str, type] = {"source_row": int, "reason": str, "raw": str}

#: Separator for multi-valued code fields (`qa_flags`, `hard_reasons`).
CODE_SEPARATOR = ";"
