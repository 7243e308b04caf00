"""The Statistics tab: key figures, the class bar, and the sortable table by region or district."""
from __future__ import annotations

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.definitions.palette import Preset
from .dock_body import show_rows
from .recount import Counts
from .stats_table import AreaRow, StatsProxyModel, StatsTableModel
from .summary import StatsSummary

#: Group-by choices for the table: (label, admin columns).
GROUPINGS = (
    (QT_TRANSLATE_NOOP("StatisticsPage", "By region"), ("admin1",)),
    (QT_TRANSLATE_NOOP("StatisticsPage", "By region and district"), ("admin1", "admin2")),
)
#: Rows of the table always in view (more scroll inside it); characters of the grouping always shown (a longer one
#: is elided, its tooltip says it whole).
TABLE_ROWS, GROUPING_CHARACTERS = 6, 12


class StatisticsPage(QWidget):
    """Shows Counts; says when the user wants other counts (grouping, selection) or clicked an area."""

    changed = pyqtSignal()
    areaClicked = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = StatsSummary(self)
        layout.addWidget(self.summary)
        controls = QHBoxLayout()  # grouping and filter side by side, the check box below: narrow in every language
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("grouping")
        self.grouping.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.grouping.setMinimumContentsLength(GROUPING_CHARACTERS)
        self.grouping.currentTextChanged.connect(self.grouping.setToolTip)  # said whole when elided
        for label, columns in GROUPINGS:
            self.grouping.addItem(self.tr(label), columns)
        self.grouping.currentIndexChanged.connect(self.changed)
        self.name_filter = QgsFilterLineEdit(self)
        self.name_filter.setObjectName("nameFilter")
        self.name_filter.setShowSearchIcon(True)
        self.name_filter.setPlaceholderText(self.tr("Filter by name"))
        self.name_filter.setToolTip(self.name_filter.placeholderText())  # said whole where a narrow dock elides it
        controls.addWidget(self.grouping, 1)
        controls.addWidget(self.name_filter, 1)
        layout.addLayout(controls)
        self.selected_only = QCheckBox(self.tr("Selected schools only"), self)
        self.selected_only.setObjectName("selectedOnly")
        self.selected_only.toggled.connect(self.changed)
        layout.addWidget(self.selected_only)
        self.table_model = StatsTableModel(self)
        self.table_proxy = StatsProxyModel(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.name_filter.textChanged.connect(self.table_proxy.set_name_filter)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("StatisticsPage", message)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("statsTable")
        table.setModel(self.table_proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        show_rows(table, TABLE_ROWS)
        table.clicked.connect(lambda index: self.areaClicked.emit(
            self.table_model.area(self.table_proxy.mapToSource(index).row())))
        return table

    def columns(self) -> list[str]:
        """The admin columns the table groups by."""
        return list(self.grouping.currentData() or GROUPINGS[0][1])

    def show_counts(self, counts: Counts, preset: Preset) -> None:
        self.summary.show_stats(counts.national, preset)
        self.table_model.set_rows([AreaRow(key[0], key[1] if len(key) > 1 else None, stats)
                                   for key, stats in counts.areas.items()])
        self.table.setColumnHidden(1, len(self.columns()) < 2)
