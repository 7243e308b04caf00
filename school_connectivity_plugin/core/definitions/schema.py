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


class AreaType(str, Enum):
    """Giga's `school_area_type` domain plus unknown."""

    URBAN = "urban"
    RURAL = "rural"
    UNKNOWN = "unknown"


#: Statuses that count as "in the pipeline" for the statistics.
IN_PIPELINE = frozenset({PipelineStatus.PLANNED, PipelineStatus.CONTRACTED, PipelineStatus.IN_PROGRESS})




#: Separator for multi-valued code fields (`qa_flags`, `hard_reasons`).
CODE_SEPARATOR = ";"
