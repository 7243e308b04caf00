"""What a user reads for each code the plugin writes, in English; QGIS shows it in the user's language by
translating it in the context LABEL_CONTEXT (see processing.labels). One label per code, used by the styles,
the maps, the dock and the exported lists alike."""
from __future__ import annotations

from enum import Enum

from .codes import (
    FieldConflict,
    HardReason,
    PhaseNote,
    QaFlag,
    RejectReason,
    SourceState,
    SurveyPower,
    Technology,
    TechnologySource,
)
from .schema import Connectivity, ConnectivityClass, ConnectivityType, PipelineStatus

LABEL_CONTEXT = "Definitions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for translation without Qt (core imports no Qt); the text itself is returned."""
    return text


#: One label per code, as (member, English label) pairs: str enums of different kinds with one value
#: ("unknown", "none") compare equal, so the members cannot be dict keys side by side.
LABEL_PAIRS: tuple[tuple[Enum, str], ...] = (
    (ConnectivityClass.GOOD, QT_TRANSLATE_NOOP("Definitions", "Good connection")),
    (ConnectivityClass.MODERATE, QT_TRANSLATE_NOOP("Definitions", "Moderate connection")),
    (ConnectivityClass.BAD, QT_TRANSLATE_NOOP("Definitions", "Bad connection")),
    (ConnectivityClass.NO_CONNECTION, QT_TRANSLATE_NOOP("Definitions", "No connection")),
    (ConnectivityClass.UNKNOWN, QT_TRANSLATE_NOOP("Definitions", "Speed unknown")),
    (Connectivity.YES, QT_TRANSLATE_NOOP("Definitions", "Connected")),
    (Connectivity.NO, QT_TRANSLATE_NOOP("Definitions", "Not connected")),
    (Connectivity.UNKNOWN, QT_TRANSLATE_NOOP("Definitions", "Connectivity unknown")),
    (PipelineStatus.NONE, QT_TRANSLATE_NOOP("Definitions", "Not in the work plan")),
    (PipelineStatus.PLANNED, QT_TRANSLATE_NOOP("Definitions", "Planned")),
    (PipelineStatus.CONTRACTED, QT_TRANSLATE_NOOP("Definitions", "Contracted")),
    (PipelineStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Definitions", "In progress")),
    (PipelineStatus.CONNECTED, QT_TRANSLATE_NOOP("Definitions", "Connected by the plan")),
    (HardReason.NO_FIBER, QT_TRANSLATE_NOOP("Definitions", "no fiber found")),
    (HardReason.FAR_FROM_FIBER, QT_TRANSLATE_NOOP("Definitions", "far from fiber")),
    (HardReason.HIGH_ELEVATION, QT_TRANSLATE_NOOP("Definitions", "high elevation")),
    (HardReason.RUGGED_PATH, QT_TRANSLATE_NOOP("Definitions", "rugged path")),
    (HardReason.OUTSIDE_BOUNDARY, QT_TRANSLATE_NOOP("Definitions", "outside boundary")),
    (Technology.FIBER, QT_TRANSLATE_NOOP("Definitions", "Fiber")),
    (Technology.P2P, QT_TRANSLATE_NOOP("Definitions", "Microwave (P2P)")),
    (Technology.CELLULAR, QT_TRANSLATE_NOOP("Definitions", "Cellular")),
    (Technology.SATELLITE, QT_TRANSLATE_NOOP("Definitions", "Satellite")),
    (TechnologySource.OPERATOR_PLAN, QT_TRANSLATE_NOOP("Definitions", "Operator's plan")),
    (TechnologySource.LEAST_COST, QT_TRANSLATE_NOOP("Definitions", "Least cost")),
    (PhaseNote.EXCEEDS_BUDGET, QT_TRANSLATE_NOOP("Definitions", "costs more than a phase's budget")),
    (PhaseNote.UPSTREAM_UNPHASED, QT_TRANSLATE_NOOP("Definitions", "its upstream link is in no phase")),
    (PhaseNote.NO_FEASIBLE_TECHNOLOGY, QT_TRANSLATE_NOOP("Definitions", "no feasible technology")),
    (RejectReason.MISSING_COORDINATES, QT_TRANSLATE_NOOP("Definitions", "no coordinates")),
    (RejectReason.UNPARSEABLE_COORDINATES, QT_TRANSLATE_NOOP("Definitions", "coordinates that cannot be read")),
    (RejectReason.ZERO_COORDINATES, QT_TRANSLATE_NOOP("Definitions", "coordinates 0, 0")),
    (RejectReason.OUT_OF_RANGE, QT_TRANSLATE_NOOP("Definitions", "coordinates out of range")),
    (QaFlag.LATLON_SWAPPED, QT_TRANSLATE_NOOP("Definitions", "latitude and longitude swapped")),
    (QaFlag.NEAR_BOUNDARY, QT_TRANSLATE_NOOP("Definitions", "just outside the boundary")),
    (QaFlag.OUTSIDE_BOUNDARY, QT_TRANSLATE_NOOP("Definitions", "outside the boundary")),
    (QaFlag.DUPLICATE_ID, QT_TRANSLATE_NOOP("Definitions", "duplicate school id")),
    (QaFlag.DUPLICATE_NEARBY, QT_TRANSLATE_NOOP("Definitions", "duplicate nearby")),
    (QaFlag.MISSING_ID, QT_TRANSLATE_NOOP("Definitions", "no school id")),
    (QaFlag.MISSING_NAME, QT_TRANSLATE_NOOP("Definitions", "no school name")),
    (QaFlag.CONNECTIVITY_UNPARSEABLE, QT_TRANSLATE_NOOP("Definitions", "connectivity cannot be read")),
    (QaFlag.CONNECTIVITY_FROM_SPEED, QT_TRANSLATE_NOOP("Definitions", "connected, as a speed is given")),
    (QaFlag.CONNECTIVITY_CONFLICT, QT_TRANSLATE_NOOP("Definitions", "'not connected' with a speed")),
    (QaFlag.SPEED_UNPARSEABLE, QT_TRANSLATE_NOOP("Definitions", "speed cannot be read")),
    (QaFlag.SPEED_UNIT_SUSPECT, QT_TRANSLATE_NOOP("Definitions", "speed unit doubtful")),
    (QaFlag.SPEED_IMPLAUSIBLE, QT_TRANSLATE_NOOP("Definitions", "implausible speed")),
    (QaFlag.STUDENTS_UNPARSEABLE, QT_TRANSLATE_NOOP("Definitions", "students cannot be read")),
    (QaFlag.STUDENTS_IMPLAUSIBLE, QT_TRANSLATE_NOOP("Definitions", "implausible number of students")),
    (QaFlag.AREA_TYPE_UNPARSEABLE, QT_TRANSLATE_NOOP("Definitions", "area type cannot be read")),
    (QaFlag.ENCODING_MIXED, QT_TRANSLATE_NOOP("Definitions", "line in another encoding")),
    (QaFlag.UNDECODABLE_BYTES, QT_TRANSLATE_NOOP("Definitions", "unreadable characters")),
    (QaFlag.FIELD_COUNT, QT_TRANSLATE_NOOP("Definitions", "wrong number of cells")),
    (ConnectivityType.COPPER, QT_TRANSLATE_NOOP("Definitions", "Copper (DSL)")),
    (ConnectivityType.OTHER, QT_TRANSLATE_NOOP("Definitions", "Other")),
    (SurveyPower.GRID, QT_TRANSLATE_NOOP("Definitions", "Grid")),
    (SurveyPower.SOLAR, QT_TRANSLATE_NOOP("Definitions", "Solar")),
    (SurveyPower.NONE, QT_TRANSLATE_NOOP("Definitions", "No power")),
    (FieldConflict.DISAGREEMENT, QT_TRANSLATE_NOOP("Definitions", "surveys disagree")),
    (FieldConflict.DELETED, QT_TRANSLATE_NOOP("Definitions", "deleted in the field (kept)")),
    (FieldConflict.MOVED, QT_TRANSLATE_NOOP("Definitions", "moved in the field (not applied)")),
    (FieldConflict.ADDED, QT_TRANSLATE_NOOP("Definitions", "added in the field (candidate)")),
    (FieldConflict.NOT_IN_LIST, QT_TRANSLATE_NOOP("Definitions", "not in the school list")),
    (FieldConflict.DUPLICATE, QT_TRANSLATE_NOOP("Definitions", "twice in one package")),
    (FieldConflict.NO_SURVEY_TIME, QT_TRANSLATE_NOOP("Definitions", "survey without a date")),
    (FieldConflict.OLDER_THAN_LIST, QT_TRANSLATE_NOOP("Definitions", "older than the school list's survey")),
    (FieldConflict.INVALID_VALUE, QT_TRANSLATE_NOOP("Definitions", "value not understood")),
    (SourceState.FRESH, QT_TRANSLATE_NOOP("Definitions", "downloaded")),
    (SourceState.UNCHANGED, QT_TRANSLATE_NOOP("Definitions", "unchanged")),
    (SourceState.LAST_GOOD_COPY, QT_TRANSLATE_NOOP("Definitions", "source unavailable, last good copy")),
    (SourceState.UNAVAILABLE, QT_TRANSLATE_NOOP("Definitions", "source unavailable, no copy")),
)


_BY_KIND: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in LABEL_PAIRS}


def label(member: Enum) -> str:
    """The English label of a code (the code itself where none is defined)."""
    return _BY_KIND.get((type(member), member.value), str(member.value))


def label_of(kind: type[Enum], code: str) -> str:
    """The English label of a code given as text; unknown codes are returned as they are."""
    try:
        return label(kind(code))
    except ValueError:
        return code
