"""What a planner reads on clicking a school, as data: the school's fields in groups (Identity, Connectivity, Fiber,
Plan), in reading order, each with its label and how its value is written. The map tip, the attribute form and the
school card are all built from CARD_GROUPS, so they always say the same (processing.maps.school_card)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .codes import HardReason, PhaseNote, Technology, TechnologySource
from .labels import QT_TRANSLATE_NOOP
from .schema import Connectivity, ConnectivityClass, ConnectivityType, PipelineStatus

CARD_CONTEXT = "SchoolCard"


class Format(str, Enum):
    """How a field's value is written in the card."""

    TEXT = "text"
    INTEGER = "integer"
    CODE = "code"  # one code, written as its label
    CODES = "codes"  # codes joined by CODE_SEPARATOR, written as their labels joined by ", "
    YES_NO = "yes_no"
    MBPS = "mbps"
    KM = "km"  # a field in metres, written in kilometres
    USD = "usd"
    USD_YEAR = "usd_year"


@dataclass(frozen=True)
class CardRow:
    """One field of the card: its label, how it is written, for codes which codes it holds, whether an empty
    value is shown (as the label of the code for empty) rather than left out, and values that say nothing."""

    field: str
    label: str
    format: Format = Format.TEXT
    codes: type[Enum] | None = None
    show_empty: bool = False
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardGroup:
    """A titled group of rows (a tab of the attribute form)."""

    key: str
    title: str
    rows: tuple[CardRow, ...]


#: The field that names a school: the card's title.
TITLE_FIELD = "school_name"

CARD_GROUPS: tuple[CardGroup, ...] = (
    CardGroup("identity", QT_TRANSLATE_NOOP("SchoolCard", "Identity"), (
        CardRow("school_name", QT_TRANSLATE_NOOP("SchoolCard", "School")),
        CardRow("school_id", QT_TRANSLATE_NOOP("SchoolCard", "School ID")),
        CardRow("admin1", QT_TRANSLATE_NOOP("SchoolCard", "Region")),
        CardRow("admin2", QT_TRANSLATE_NOOP("SchoolCard", "District")),
        CardRow("num_students", QT_TRANSLATE_NOOP("SchoolCard", "Students"), Format.INTEGER),
    )),
    CardGroup("connectivity", QT_TRANSLATE_NOOP("SchoolCard", "Connectivity"), (
        CardRow("connectivity", QT_TRANSLATE_NOOP("SchoolCard", "Internet"), Format.CODE, Connectivity),
        CardRow("download_speed_mbps", QT_TRANSLATE_NOOP("SchoolCard", "Download speed"), Format.MBPS),
        CardRow("connectivity_class", QT_TRANSLATE_NOOP("SchoolCard", "Speed class"), Format.CODE,
                ConnectivityClass),
        CardRow("connectivity_type", QT_TRANSLATE_NOOP("SchoolCard", "Connection type"), Format.CODE,
                ConnectivityType, hidden=(ConnectivityType.UNKNOWN.value,)),
    )),
    CardGroup("fiber", QT_TRANSLATE_NOOP("SchoolCard", "Fiber"), (
        CardRow("fiber_distance_m", QT_TRANSLATE_NOOP("SchoolCard", "Distance to fiber"), Format.KM),
        CardRow("path_length_m", QT_TRANSLATE_NOOP("SchoolCard", "Route to fiber"), Format.KM),
        CardRow("hard_to_connect", QT_TRANSLATE_NOOP("SchoolCard", "Hard to connect by fiber"), Format.YES_NO),
        CardRow("hard_reasons", QT_TRANSLATE_NOOP("SchoolCard", "Why"), Format.CODES, HardReason),
    )),
    CardGroup("plan", QT_TRANSLATE_NOOP("SchoolCard", "Plan"), (
        CardRow("recommended_technology", QT_TRANSLATE_NOOP("SchoolCard", "Recommended technology"), Format.CODE,
                Technology),
        CardRow("technology_source", QT_TRANSLATE_NOOP("SchoolCard", "Technology chosen by"), Format.CODE,
                TechnologySource),
        CardRow("est_capex_usd", QT_TRANSLATE_NOOP("SchoolCard", "CAPEX"), Format.USD),
        CardRow("est_opex_usd_year", QT_TRANSLATE_NOOP("SchoolCard", "OPEX"), Format.USD_YEAR),
        CardRow("est_total_usd", QT_TRANSLATE_NOOP("SchoolCard", "Total over the planning horizon"), Format.USD),
        CardRow("phase", QT_TRANSLATE_NOOP("SchoolCard", "Construction phase"), Format.INTEGER),
        CardRow("phase_note", QT_TRANSLATE_NOOP("SchoolCard", "Not phased because"), Format.CODE, PhaseNote),
        CardRow("pipeline_status", QT_TRANSLATE_NOOP("SchoolCard", "Operator's work plan"), Format.CODE,
                PipelineStatus, show_empty=True),
        CardRow("pipeline_date", QT_TRANSLATE_NOOP("SchoolCard", "Work plan date")),
    )),
)

#: Decimal places of the formats written as numbers.
DECIMALS: dict[Format, int] = {Format.INTEGER: 0, Format.MBPS: 1, Format.KM: 1, Format.USD: 0, Format.USD_YEAR: 0}

#: How a number is written with its unit ({value}: the number in the user's locale).
VALUE_TEXT: dict[Format, str] = {
    Format.MBPS: QT_TRANSLATE_NOOP("SchoolCard", "{value} Mbps"),
    Format.KM: QT_TRANSLATE_NOOP("SchoolCard", "{value} km"),
    Format.USD: QT_TRANSLATE_NOOP("SchoolCard", "{value} USD"),
    Format.USD_YEAR: QT_TRANSLATE_NOOP("SchoolCard", "{value} USD a year"),
}

#: The unit of the stored value (KM fields are stored in metres), for a field's alias in the attribute table.
FIELD_UNITS: dict[Format, str] = {
    Format.MBPS: QT_TRANSLATE_NOOP("SchoolCard", "Mbps"),
    Format.KM: QT_TRANSLATE_NOOP("SchoolCard", "m"),
    Format.USD: QT_TRANSLATE_NOOP("SchoolCard", "USD"),
    Format.USD_YEAR: QT_TRANSLATE_NOOP("SchoolCard", "USD a year"),
}
ALIAS_WITH_UNIT = QT_TRANSLATE_NOOP("SchoolCard", "{label} ({unit})")
YES = QT_TRANSLATE_NOOP("SchoolCard", "Yes")
NO = QT_TRANSLATE_NOOP("SchoolCard", "No")
#: The attribute form's last tab: every field of the layer the card does not show.
OTHER_FIELDS = QT_TRANSLATE_NOOP("SchoolCard", "Other fields")
#: A metre value is written as kilometres: divided by this.
METRES_PER_KM = 1000.0
#: Separator of the labels of a multi-code field.
LABEL_SEPARATOR = ", "


def card_fields() -> tuple[str, ...]:
    """Every field the card shows, in card order."""
    return tuple(row.field for group in CARD_GROUPS for row in group.rows)


def is_empty(row: CardRow, value) -> bool:
    """True when the row shows nothing for `value`: no value, one of its hidden values, or empty text where the row
    does not show it (an empty pipeline status is shown: not in the work plan)."""
    if value is None or (isinstance(value, float) and value != value) or (row.hidden and str(value) in row.hidden):
        return True
    return isinstance(value, str) and not value.strip() and not row.show_empty
