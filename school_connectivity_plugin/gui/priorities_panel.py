"""The dock's Plan group: the cost model, its main prices, the budget of a construction phase and the objective of
the next plan, the fiber-against-satellite break-even they give at once, and the last plan's phases and clusters."""
from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDoubleSpinBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
)

from ..core.errors import InputError
from ..core.planning.costs import PRESETS, CostPreset, model_for, number_at, overrides_of
from ..processing.io import reading
from ..processing.labels import number_locale
from ..settings import PluginSettings
from .dock_body import show_rows
from .options import enum_options

_CONTEXT = "PrioritiesPanel"
PRIORITIZE = "schoolconnectivity:prioritize"

#: The prices an engineer changes most, by their dotted name in the cost model: (label, suffix, decimals, scale
#: from the model's unit to the shown one, largest shown value).
PRICES = {
    "horizon_years": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Horizon"), QT_TRANSLATE_NOOP("PrioritiesPanel", " years"),
                      0, 1.0, 50),
    "discount_rate": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Discount rate"), " %", 1, 100.0, 50),
    "trench.aerial_usd_per_km": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Fiber on poles, per km"), " USD", 0, 1.0,
                                 1e7),
    "trench.buried_usd_per_km": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Fiber in the ground, per km"), " USD", 0,
                                 1.0, 1e7),
    "satellite.setup_usd": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Satellite kit"), " USD", 0, 1.0, 1e6),
    "satellite.fixed_usd_year": (QT_TRANSLATE_NOOP("PrioritiesPanel", "Satellite service, per year"), " USD", 0, 1.0,
                                 1e6),
}
SATELLITE_LICENSED = "satellite.available"
#: Table columns: (field, header, decimals shown).
PHASE_COLUMNS = (
    ("phase", QT_TRANSLATE_NOOP("PrioritiesPanel", "Phase"), 0),
    ("schools", QT_TRANSLATE_NOOP("PrioritiesPanel", "Schools"), 0),
    ("students", QT_TRANSLATE_NOOP("PrioritiesPanel", "Students"), 0),
    ("fiber_km", QT_TRANSLATE_NOOP("PrioritiesPanel", "Fiber km"), 1),
    ("capex_usd", QT_TRANSLATE_NOOP("PrioritiesPanel", "CAPEX, USD"), 0),
    ("opex_usd_year", QT_TRANSLATE_NOOP("PrioritiesPanel", "OPEX, USD/yr"), 0),
)
CLUSTER_COLUMNS = (
    ("cluster_id", QT_TRANSLATE_NOOP("PrioritiesPanel", "Cluster"), -1),
    ("phase", QT_TRANSLATE_NOOP("PrioritiesPanel", "Phase"), 0),
    ("schools", QT_TRANSLATE_NOOP("PrioritiesPanel", "Schools"), 0),
    ("fiber_km", QT_TRANSLATE_NOOP("PrioritiesPanel", "Fiber km"), 1),
    ("capex_usd", QT_TRANSLATE_NOOP("PrioritiesPanel", "CAPEX, USD"), 0),
)
#: Largest budget per phase the spin box accepts (the algorithm has no upper limit; this keeps the box usable).
MAX_BUDGET_USD = 1e12
#: Rows of a plan table always in view; characters of a choice always shown (a longer one is elided, its tooltip
#: says it whole).
TABLE_ROWS, CHOICE_CHARACTERS = 4, 16
#: Pixels a shown clear button takes from a spin box's text (Qt's line-edit side widget: icon, margins) and the line
#: edit's own margins around the text.
CLEAR_BUTTON_PX, TEXT_MARGINS_PX = 26, 6


class FittingSpinBox(QgsDoubleSpinBox):
    """A spin box never narrower than the number and unit it shows: its own minimum width leaves out the unit and
    the clear button, so a long value was cut in a narrow dock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._base_width = self.minimumWidth()
        self.valueChanged.connect(self._fit)

    def showEvent(self, event) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self, *_args) -> None:
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.CC_SpinBox, option, QStyle.SC_SpinBoxEditField, self)
        buttons = sum(CLEAR_BUTTON_PX for button in self.lineEdit().findChildren(QToolButton) if not button.isHidden())
        needed = (self.fontMetrics().horizontalAdvance(self.text()) + option.rect.width() - field.width() + buttons
                  + TEXT_MARGINS_PX)
        self.setMinimumWidth(max(self._base_width, needed))


def _spin(parent, decimals: int, suffix: str, high: float) -> QgsDoubleSpinBox:
    spin = FittingSpinBox(parent)
    spin.setRange(0, high)
    spin.setDecimals(decimals)
    spin.setLocale(number_locale())
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(suffix)
    return spin


def _table(parent, columns) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels([QCoreApplication.translate(_CONTEXT, header) for _, header, _ in columns])
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    show_rows(table, TABLE_ROWS)
    return table


def _add_row(form: QGridLayout, name: str, field, under: bool = False) -> None:
    """A field and its name, which wraps in a narrow dock (a grid, unlike a form layout, never gives a field less
    than its minimum width); `under`: the field takes the whole width below its name."""
    label = QLabel(name, field.parentWidget())
    label.setWordWrap(True)
    label.setBuddy(field)
    row = form.rowCount()
    if under:
        form.addWidget(label, row, 0, 1, 2)
        form.addWidget(field, row + 1, 0, 1, 2)
    else:
        form.addWidget(label, row, 0)
        form.addWidget(field, row, 1)


def _choice(parent, name: str) -> QComboBox:
    """A combo box that stays narrow: a long choice is elided and said whole in the tooltip."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(CHOICE_CHARACTERS)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


class PrioritiesPanel(QgsCollapsibleGroupBox):
    """Cost model, prices, budget and objective bound to the user's settings; the last plan's tables."""

    replanRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Plan"))
        layout = QVBoxLayout(self)
        form = QGridLayout()  # names wrap beside their boxes; a long choice takes the whole width under its name
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        self.objective = _choice(self, "objectiveCombo")
        for position, option in enumerate(enum_options(PRIORITIZE, "OBJECTIVE")):
            self.objective.addItem(option, position)
        self.objective.setEnabled(self.objective.count() > 0)
        _add_row(form, self.tr("Prioritise by"), self.objective, under=True)
        self.preset = _choice(self, "costPresetCombo")
        labels = enum_options(PRIORITIZE, "COST_PRESET") or [PRESETS[preset].name for preset in CostPreset]
        for preset, label in zip(CostPreset, labels):
            self.preset.addItem(label, preset.value)
        _add_row(form, self.tr("Cost model"), self.preset, under=True)
        self.budget = _spin(self, 0, self.tr(" USD"), MAX_BUDGET_USD)
        self.budget.setObjectName("budgetSpin")
        self.budget.setMinimum(1)
        self.budget.setClearValue(PluginSettings().budget_per_phase_usd)
        _add_row(form, self.tr("CAPEX per phase"), self.budget)
        self.km_per_phase = _spin(self, 0, self.tr(" km"), 1e6)
        self.km_per_phase.setObjectName("kmPerPhaseSpin")
        self.km_per_phase.setSpecialValueText(self.tr("no limit"))
        _add_row(form, self.tr("New fiber per phase"), self.km_per_phase)
        self.prices: dict[str, QgsDoubleSpinBox] = {}
        for path, (label, suffix, decimals, _scale, high) in PRICES.items():
            spin = _spin(self, decimals, self.tr(suffix), high)
            spin.setObjectName(path)
            _add_row(form, self.tr(label), spin)
            self.prices[path] = spin
        self.licensed = QCheckBox(self.tr("Satellite service is licensed"), self)
        self.licensed.setObjectName("satelliteLicensed")
        form.addWidget(self.licensed, form.rowCount(), 0, 1, 2)
        layout.addLayout(form)
        self.break_even = QLabel(self)
        self.break_even.setObjectName("breakEvenLabel")
        self.break_even.setWordWrap(True)
        layout.addWidget(self.break_even)
        self.replan = QPushButton(self.tr("Update the plan"), self)
        self.replan.setObjectName("replanButton")
        self.replan.setToolTip(self.tr("Run 'Plan technologies, costs and phases' again with these numbers."))
        self.replan.clicked.connect(self.replanRequested)
        layout.addWidget(self.replan)
        self.tables = QTabWidget(self)
        self.tables.setUsesScrollButtons(False)
        self.phase_table = _table(self.tables, PHASE_COLUMNS)
        self.phase_table.setObjectName("phaseTable")
        self.phase_table.setToolTip(self.tr("The last plan's construction phases; 'No phase' holds schools no phase "
                                            "could take."))
        self.cluster_table = _table(self.tables, CLUSTER_COLUMNS)
        self.cluster_table.setObjectName("clusterTable")
        self.tables.addTab(self.phase_table, self.tr("Phases"))
        self.tables.addTab(self.cluster_table, self.tr("Clusters"))
        layout.addWidget(self.tables)
        self.show_settings(PluginSettings.load())
        for widget in (self.objective, self.preset):
            widget.currentIndexChanged.connect(self._save)
        for spin in (self.budget, self.km_per_phase, *self.prices.values()):
            spin.valueChanged.connect(self._save)
        self.licensed.toggled.connect(self._save)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(_CONTEXT, message)

    def _widgets(self) -> list:
        return [self.objective, self.preset, self.budget, self.km_per_phase, self.licensed, *self.prices.values()]

    def show_settings(self, settings: PluginSettings) -> None:
        """Follow settings changed elsewhere (the Options page) without writing them back."""
        for widget in self._widgets():
            widget.blockSignals(True)
        self.objective.setCurrentIndex(min(settings.objective, self.objective.count() - 1))
        self.preset.setCurrentIndex(max(self.preset.findData(settings.cost_preset), 0))
        self.budget.setValue(settings.budget_per_phase_usd)
        self.km_per_phase.setValue(settings.km_per_phase)
        model = settings.cost_model()
        for path, spin in self.prices.items():
            spin.setValue(number_at(model, path) * PRICES[path][3])
            spin.setClearValue(number_at(PRESETS[CostPreset(settings.cost_preset)], path) * PRICES[path][3])
        self.licensed.setChecked(model.satellite.available)
        for widget in self._widgets():
            widget.blockSignals(False)
        self._show_break_even(settings)

    def _save(self, *_args) -> None:
        """Store the choice at once, so the next plan (which reads the settings) uses it; a new cost model starts
        from its own prices."""
        settings = PluginSettings.load()
        if self.objective.count():
            settings.objective = self.objective.currentIndex()
        settings.budget_per_phase_usd = self.budget.value()
        settings.km_per_phase = self.km_per_phase.value()
        preset = self.preset.currentData()
        if preset != settings.cost_preset:
            settings.choose_cost_preset(preset)
            settings.save()
            self.show_settings(settings)
            return
        numbers = {path: spin.value() / PRICES[path][3] for path, spin in self.prices.items()}
        numbers[SATELLITE_LICENSED] = self.licensed.isChecked()
        settings.cost_overrides = overrides_of(CostPreset(preset), numbers, settings.cost_overrides)
        settings.save()
        self._show_break_even(settings)

    def _show_break_even(self, settings: PluginSettings) -> None:
        """What the prices mean for one school at the demand floor, before any run."""
        try:
            model = model_for(CostPreset(settings.cost_preset), settings.cost_overrides)
        except InputError as error:
            self.break_even.setText(str(error))
            return
        if not model.satellite.available:
            self.break_even.setText(self.tr("Satellite is not licensed: schools fiber cannot reach take microwave "
                                            "or cellular where they can."))
            return
        km = number_locale().toString(model.break_even_fiber_m() / 1000, "f", 2)
        self.break_even.setText(self.tr("Fiber is cheaper than satellite for one school up to {km} km of new link "
                                        "on poles.").format(km=km))

    def show_phases(self, layer: QgsVectorLayer) -> None:
        """Fill the phases table from the plan's PHASES layer, in phase order (no phase last)."""
        frame = reading.read_attributes(layer, [name for name, _, _ in PHASE_COLUMNS])
        frame = frame.assign(unphased=frame["phase"] <= 0).sort_values(["unphased", "phase"], kind="stable")
        self._fill(self.phase_table, PHASE_COLUMNS, frame)

    def show_clusters(self, layer: QgsVectorLayer) -> None:
        """Fill the clusters table from the plan's CLUSTERS layer, in build order (no phase last)."""
        frame = reading.read_attributes(layer, [name for name, _, _ in CLUSTER_COLUMNS])
        frame = frame.assign(unphased=frame["phase"] <= 0).sort_values(["unphased", "phase", "cluster_id"],
                                                                       kind="stable")
        self._fill(self.cluster_table, CLUSTER_COLUMNS, frame)

    def _fill(self, table: QTableWidget, columns, frame) -> None:
        locale = number_locale()
        table.setRowCount(len(frame))
        for row, values in enumerate(frame.to_dict(orient="records")):
            for column, (name, _header, decimals) in enumerate(columns):
                value = values[name]
                if decimals < 0:
                    text = str(value)
                elif name == "phase" and not value:
                    text = self.tr("No phase")
                else:
                    text = locale.toString(float(value), "f", decimals)
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, value)
                if decimals >= 0:
                    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                table.setItem(row, column, item)
