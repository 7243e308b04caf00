"""What a user reads for each code the plugin writes, in English; QGIS shows it in the user's language by
translating it in the context LABEL_CONTEXT (see processing.labels). One label per code, used by the styles,
the maps, the dock and the exported lists alike."""
from __future__ import annotations

from enum import Enum

from .codes import HardReason, PhaseNote, QaFlag, RejectReason, Technology, TechnologySource
from .schema import Connectivity, ConnectivityClass, PipelineStatus

LABEL_CONTEXT = "Definitions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for translation without Qt (core imports no Qt); the text itself is returned."""
    return text


LABELS: dict[Enum, str] = {
    ConnectivityClass.GOOD: QT_TRANSLATE_NOOP("Definitions", "Good connection"),
    ConnectivityClass.MODERATE: QT_TRANSLATE_NOOP("Definitions", "Moderate connection"),
    ConnectivityClass.BAD: QT_TRANSLATE_NOOP("Definitions", "Bad connection"),
    ConnectivityClass.NO_CONNECTION: QT_TRANSLATE_NOOP("Definitions", "No connection"),
    ConnectivityClass.UNKNOWN: QT_TRANSLATE_NOOP("Definitions", "Unknown"),
    Connectivity.YES: QT_TRANSLATE_NOOP("Definitions", "Connected"),
    Connectivity.NO: QT_TRANSLATE_NOOP("Definitions", "Not connected"),
    Connectivity.UNKNOWN: QT_TRANSLATE_NOOP("Definitions", "Connectivity unknown"),
    PipelineStatus.NONE: QT_TRANSLATE_NOOP("Definitions", "Not in the work plan"),
    PipelineStatus.PLANNED: QT_TRANSLATE_NOOP("Definitions", "Planned"),
    PipelineStatus.CONTRACTED: QT_TRANSLATE_NOOP("Definitions", "Contracted"),
    PipelineStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Definitions", "In progress"),
    PipelineStatus.CONNECTED: QT_TRANSLATE_NOOP("Definitions", "Connected by the plan"),
    HardReason.NO_FIBER: QT_TRANSLATE_NOOP("Definitions", "no fiber found"),
    HardReason.FAR_FROM_FIBER: QT_TRANSLATE_NOOP("Definitions", "far from fiber"),
    HardReason.HIGH_ELEVATION: QT_TRANSLATE_NOOP("Definitions", "high elevation"),
    HardReason.RUGGED_PATH: QT_TRANSLATE_NOOP("Definitions", "rugged path"),
    HardReason.OUTSIDE_BOUNDARY: QT_TRANSLATE_NOOP("Definitions", "outside boundary"),
    Technology.FIBER: QT_TRANSLATE_NOOP("Definitions", "Fiber"),
    Technology.P2P: QT_TRANSLATE_NOOP("Definitions", "Microwave (P2P)"),
    Technology.CELLULAR: QT_TRANSLATE_NOOP("Definitions", "Cellular"),
    Technology.SATELLITE: QT_TRANSLATE_NOOP("Definitions", "Satellite"),
    TechnologySource.OPERATOR_PLAN: QT_TRANSLATE_NOOP("Definitions", "Operator's plan"),
    TechnologySource.LEAST_COST: QT_TRANSLATE_NOOP("Definitions", "Least cost"),
    PhaseNote.EXCEEDS_BUDGET: QT_TRANSLATE_NOOP("Definitions", "costs more than a phase's budget"),
    PhaseNote.UPSTREAM_UNPHASED: QT_TRANSLATE_NOOP("Definitions", "its upstream link is in no phase"),
    PhaseNote.NO_FEASIBLE_TECHNOLOGY: QT_TRANSLATE_NOOP("Definitions", "no feasible technology"),
    RejectReason.MISSING_COORDINATES: QT_TRANSLATE_NOOP("Definitions", "no coordinates"),
    RejectReason.UNPARSEABLE_COORDINATES: QT_TRANSLATE_NOOP("Definitions", "coordinates that cannot be read"),
    RejectReason.ZERO_COORDINATES: QT_TRANSLATE_NOOP("Definitions", "coordinates 0, 0"),
    RejectReason.OUT_OF_RANGE: QT_TRANSLATE_NOOP("Definitions", "coordinates out of range"),
    QaFlag.LATLON_SWAPPED: QT_TRANSLATE_NOOP("Definitions", "latitude and longitude swapped"),
    QaFlag.NEAR_BOUNDARY: QT_TRANSLATE_NOOP("Definitions", "just outside the boundary"),
    QaFlag.OUTSIDE_BOUNDARY: QT_TRANSLATE_NOOP("Definitions", "outside the boundary"),
    QaFlag.DUPLICATE_ID: QT_TRANSLATE_NOOP("Definitions", "duplicate school id"),
    QaFlag.DUPLICATE_NEARBY: QT_TRANSLATE_NOOP("Definitions", "duplicate nearby"),
    QaFlag.MISSING_ID: QT_TRANSLATE_NOOP("Definitions", "no school id"),
    QaFlag.MISSING_NAME: QT_TRANSLATE_NOOP("Definitions", "no school name"),
    QaFlag.CONNECTIVITY_UNPARSEABLE: QT_TRANSLATE_NOOP("Definitions", "connectivity cannot be read"),
    QaFlag.CONNECTIVITY_FROM_SPEED: QT_TRANSLATE_NOOP("Definitions", "connected, as a speed is given"),
    QaFlag.CONNECTIVITY_CONFLICT: QT_TRANSLATE_NOOP("Definitions", "'not connected' with a speed"),
    QaFlag.SPEED_UNPARSEABLE: QT_TRANSLATE_NOOP("Definitions", "speed cannot be read"),
    QaFlag.SPEED_UNIT_SUSPECT: QT_TRANSLATE_NOOP("Definitions", "speed unit doubtful"),
    QaFlag.SPEED_IMPLAUSIBLE: QT_TRANSLATE_NOOP("Definitions", "implausible speed"),
    QaFlag.STUDENTS_UNPARSEABLE: QT_TRANSLATE_NOOP("Definitions", "students cannot be read"),
    QaFlag.STUDENTS_IMPLAUSIBLE: QT_TRANSLATE_NOOP("Definitions", "implausible number of students"),
    QaFlag.AREA_TYPE_UNPARSEABLE: QT_TRANSLATE_NOOP("Definitions", "area type cannot be read"),
    QaFlag.ENCODING_MIXED: QT_TRANSLATE_NOOP("Definitions", "line in another encoding"),
    QaFlag.UNDECODABLE_BYTES: QT_TRANSLATE_NOOP("Definitions", "unreadable characters"),
    QaFlag.FIELD_COUNT: QT_TRANSLATE_NOOP("Definitions", "wrong number of cells"),
}


def label(member: Enum) -> str:
    """The English label of a code (the code itself where none is defined)."""
    return LABELS.get(member, str(member.value))


def label_of(kind: type[Enum], code: str) -> str:
    """The English label of a code given as text; unknown codes are returned as they are."""
    try:
        return label(kind(code))
    except ValueError:
        return code
