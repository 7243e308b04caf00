"""The dock's Priorities group: objective and budget of the next Prioritise run, and its totals per phase."""
from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDoubleSpinBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..processing.io import reading
from ..settings import PluginSettings
from .options import enum_options

_CONTEXT = "PrioritiesPanel"
PRIORITIZE = "schoolconnectivity:prioritize"

#: Table columns: (PHASES field, header, decimals shown).
COLUMNS = (
    ("phase", QT_TRANSLATE_NOOP("PrioritiesPanel", "Phase"), 0),
    ("schools", QT_TRANSLATE_NOOP("PrioritiesPanel", "Schools"), 0),
    ("students", QT_TRANSLATE_NOOP("PrioritiesPanel", "Students"), 0),
    ("fiber_km", QT_TRANSLATE_NOOP("PrioritiesPanel", "Fiber km"), 1),
    ("total_usd", QT_TRANSLATE_NOOP("PrioritiesPanel", "USD"), 0),
)
#: Largest budget per phase the spin box accepts (the algorithm has no upper limit; this keeps the box usable).
MAX_BUDGET_USD = 1e12


class PrioritiesPanel(QgsCollapsibleGroupBox):
    """Objective and budget bound to the user's settings, and a table of the last run's totals per phase."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("PrioritiesPanel", "Priorities"), parent)
        current = PluginSettings.load()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.objective = QComboBox(self)
        self.objective.setObjectName("objectiveCombo")
        for position, option in enumerate(enum_options(PRIORITIZE, "OBJECTIVE")):
            self.objective.addItem(option, position)
        self.objective.setEnabled(self.objective.count() > 0)
        form.addRow(self.tr("Prioritise by"), self.objective)
        self.budget = QgsDoubleSpinBox(self)
        self.budget.setObjectName("budgetSpin")
        self.budget.setRange(1, MAX_BUDGET_USD)
        self.budget.setDecimals(0)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(self.tr(" USD"))
        self.budget.setClearValue(PluginSettings().budget_per_phase_usd)
        form.addRow(self.tr("Budget per phase"), self.budget)
        layout.addLayout(form)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("phaseTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for _, header, _ in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setToolTip(
            self.tr("Totals of the last Prioritise run; phase 0 holds schools no phase could afford."))
        layout.addWidget(self.table)
        self.show_settings(current)
        self.objective.currentIndexChanged.connect(self._save)
        self.budget.valueChanged.connect(self._save)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(_CONTEXT, message)

    def show_settings(self, settings: PluginSettings) -> None:
        """Follow settings changed elsewhere (the Options page) without writing them back."""
        for widget in (self.objective, self.budget):
            widget.blockSignals(True)
        self.objective.setCurrentIndex(min(settings.objective, self.objective.count() - 1))
        self.budget.setValue(settings.budget_per_phase_usd)
        for widget in (self.objective, self.budget):
            widget.blockSignals(False)

    def _save(self, *_args) -> None:
        """Store the choice at once, so the next Prioritise run (which reads the settings) uses it."""
        settings = PluginSettings.load()
        if self.objective.count():
            settings.objective = self.objective.currentIndex()
        settings.budget_per_phase_usd = self.budget.value()
        settings.save()

    def show_phases(self, layer: QgsVectorLayer) -> None:
        """Fill the table from a PHASES layer (phase, schools, students, fiber_km, total_usd), in phase order."""
        table = reading.read_attributes(layer, [name for name, _, _ in COLUMNS]).sort_values("phase", kind="stable")
        locale = QLocale()
        self.table.setRowCount(len(table))
        for row, values in enumerate(table.to_dict(orient="records")):
            for column, (name, _header, decimals) in enumerate(COLUMNS):
                value = values[name]
                text = locale.toString(float(value), "f", decimals)
                if name == "phase" and not value:
                    text = self.tr("Not phased")
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, value)
                item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                self.table.setItem(row, column, item)
