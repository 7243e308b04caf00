"""The per-region table: one row per admin1 (or admin1 + admin2), sortable by any count."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from qgis.core import QgsExpression
from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..core.reporting.area_stats import ConnectivityStats
from ..processing.labels import number_locale

_CONTEXT = "StatsTableModel"
SORT_ROLE = Qt.UserRole + 1


#: The model's root index (a list model has no parents), as the default of the Qt overrides.
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One table column: header, value and whether it is a number (right-aligned, sorted numerically)."""

    header: str
    value: Callable[[AreaRow], object]
    numeric: bool = True


@dataclass(frozen=True)
class AreaRow:
    """An area's names and its counts."""

    admin1: str
    admin2: str | None
    stats: ConnectivityStats


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Region"), lambda row: row.admin1, numeric=False),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "District"), lambda row: row.admin2 or "", numeric=False),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Schools"), lambda row: row.stats.schools),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Connected"), lambda row: row.stats.connected),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Connected %"), lambda row: round(row.stats.connected_pct, 1)),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Not connected"), lambda row: row.stats.not_connected),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "In pipeline"), lambda row: row.stats.in_pipeline),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Hard to connect"), lambda row: row.stats.hard_to_connect),
    Column(QT_TRANSLATE_NOOP("StatsTableModel", "Students unconnected"),
           lambda row: row.stats.students_unconnected),
)


def area_expression(admin1: str, admin2: str | None) -> str:
    """A filter expression for the schools of one area, with names quoted by QGIS (never pasted)."""
    def equals(field: str, value: str) -> str:
        column = QgsExpression.quotedColumnRef(field)
        if value == "":
            return f"({column} IS NULL OR {column} = '')"
        return f"{column} = {QgsExpression.quotedValue(value)}"

    parts = [equals("admin1", admin1)]
    if admin2 is not None:
        parts.append(equals("admin2", admin2))
    return " AND ".join(parts)


class StatsTableModel(QAbstractTableModel):
    """Rows of `AreaRow`; display text for people, raw numbers under SORT_ROLE for sorting."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AreaRow] = []

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(_CONTEXT, message)

    def set_rows(self, rows: list[AreaRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def area(self, row: int) -> AreaRow:
        return self._rows[row]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        value = column.value(self._rows[index.row()])
        if role == Qt.DisplayRole:
            if not column.numeric:
                return value or self.tr("(no name)")
            locale = number_locale()
            return locale.toString(value, "f", 1) if isinstance(value, float) else locale.toString(value)
        if role == SORT_ROLE:
            return value
        if role == Qt.TextAlignmentRole and column.numeric:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(COLUMNS[section].header)
        return None


class StatsProxyModel(QSortFilterProxyModel):
    """Sorts on raw values and filters rows by region or district name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_name_filter(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        area = self.sourceModel().area(source_row)
        return any(self._needle in (name or "").casefold() for name in (area.admin1, area.admin2))
