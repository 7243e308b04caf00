"""The plugin's page in Settings > Options: defaults every step starts from."""
from __future__ import annotations

from typing import Callable

from qgis.core import QgsApplication, QgsProcessingParameterEnum
from qgis.gui import QgsDoubleSpinBox, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ..core.definitions.palette import Preset
from ..core.planning.costs import PRESETS, CostPreset
from ..paths import icon_path
from ..settings import PluginSettings
from .live_source_options import LiveSourceOptions

PAGE_NAME = "SchoolConnectivityOptions"

#: Names of the colour presets as the user reads them.
COLOUR_PRESET_NAMES = {
    Preset.GIGA: QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Giga Maps colours"),
    Preset.COLORBLIND: QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Colour-blind safe (Okabe-Ito)"),
}

#: Numeric settings: (field, label, minimum, maximum, decimals, suffix), in form order per group.
NUMBERS = {
    QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Connectivity classes"): (
        ("good_threshold_mbps", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Good from"), 0, 100_000, 2,
         QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " Mbps")),
        ("bad_threshold_mbps", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Bad below"), 0, 100_000, 2,
         QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " Mbps")),
    ),
    QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Hard to connect"): (
        ("max_fiber_distance_m", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Longest fiber link"), 0,
         1_000_000, 0, QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " m")),
        ("elevation_threshold_m", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Elevation above"), 0, 9_000, 0,
         QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " m")),
    ),
    QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "Costs and budget"): (
        ("budget_per_phase_usd", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "CAPEX per phase"), 1, 1e12, 0,
         QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " USD")),
        ("km_per_phase", QT_TRANSLATE_NOOP("SchoolConnectivityOptions", "New fiber per phase (0: no limit)"), 0,
         1e6, 0, QT_TRANSLATE_NOOP("SchoolConnectivityOptions", " km")),
    ),
}


def tr(message: str) -> str:
    """Translate a caption marked with QT_TRANSLATE_NOOP in this module."""
    return QCoreApplication.translate(PAGE_NAME, message)


def enum_options(alg_id: str, parameter: str) -> list[str]:
    """The choices of an algorithm's enum parameter, so the settings never list choices of their own."""
    algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
    definition = algorithm.parameterDefinition(parameter) if algorithm else None
    return list(definition.options()) if isinstance(definition, QgsProcessingParameterEnum) else []


class SchoolConnectivityOptions(QgsOptionsPageWidget):
    """One form over PluginSettings; apply() saves and tells the dock."""

    def __init__(self, on_apply: Callable[[PluginSettings], None] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self.on_apply = on_apply
        current = PluginSettings.load()
        layout = QVBoxLayout(self)
        general = QGroupBox(self.tr("Presets"), self)
        form = QFormLayout(general)
        self.speed_preset = self._enum_combo("schoolconnectivity:importschools", "SPEED_PRESET", current.speed_preset)
        form.addRow(self.tr("Speed classes"), self.speed_preset)
        self.cost_preset = QComboBox(self)
        labels = enum_options("schoolconnectivity:prioritize", "COST_PRESET") or [PRESETS[p].name for p in CostPreset]
        for preset, label in zip(CostPreset, labels):
            self.cost_preset.addItem(label, preset.value)
        self.cost_preset.setCurrentIndex(max(self.cost_preset.findData(current.cost_preset), 0))
        form.addRow(self.tr("Cost model"), self.cost_preset)
        self.objective = self._enum_combo("schoolconnectivity:prioritize", "OBJECTIVE", current.objective)
        form.addRow(self.tr("Prioritise by"), self.objective)
        self.colour_preset = QComboBox(self)
        for preset, name in COLOUR_PRESET_NAMES.items():
            self.colour_preset.addItem(tr(name), preset.value)
        self.colour_preset.setCurrentIndex(max(self.colour_preset.findData(current.colour_preset), 0))
        form.addRow(self.tr("Map colours"), self.colour_preset)
        self.map_sources = QLineEdit(current.map_sources, self)
        self.map_sources.setPlaceholderText(self.tr("Made from the layers' titles"))
        self.map_sources.setToolTip(self.tr("The data-sources line printed on every map page, e.g. "
                                            "'Ministry of Education school list 2024; KyrgyzTelecom fiber 2023'."))
        form.addRow(self.tr("Data sources on the maps"), self.map_sources)
        self.watch_files = QCheckBox(self.tr("Reload the school layer when its file changes on disk"), self)
        self.watch_files.setChecked(current.watch_files)
        form.addRow(self.watch_files)
        layout.addWidget(general)
        self.numbers: dict[str, QgsDoubleSpinBox] = {}
        for title, rows in NUMBERS.items():
            box = QGroupBox(tr(title), self)
            box_form = QFormLayout(box)
            for name, label, low, high, decimals, suffix in rows:
                spin = QgsDoubleSpinBox(self)
                spin.setRange(low, high)
                spin.setDecimals(decimals)
                spin.setSuffix(tr(suffix))
                spin.setValue(getattr(current, name))
                spin.setClearValue(getattr(PluginSettings(), name))
                spin.setObjectName(name)
                box_form.addRow(tr(label), spin)
                self.numbers[name] = spin
            layout.addWidget(box)
        self.live_source = LiveSourceOptions(current, self)
        layout.addWidget(self.live_source)
        prices = QLabel(self.tr("Prices of the cost model: the dock's Plan group, or any number of it as JSON in "
                                "'Cost overrides' of the algorithm (docs/cost_model.md)."), self)
        prices.setWordWrap(True)
        layout.addWidget(prices)
        layout.addStretch(1)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(PAGE_NAME, message)

    def _enum_combo(self, alg_id: str, parameter: str, index: int) -> QComboBox:
        combo = QComboBox(self)
        for position, option in enumerate(enum_options(alg_id, parameter)):
            combo.addItem(option, position)
        combo.setEnabled(combo.count() > 0)
        combo.setCurrentIndex(min(index, combo.count() - 1))
        return combo

    def settings(self) -> PluginSettings:
        """The form's values as a settings structure (unchanged fields keep their stored value)."""
        values = PluginSettings.load()
        if self.speed_preset.count():
            values.speed_preset = self.speed_preset.currentIndex()
        if self.objective.count():
            values.objective = self.objective.currentIndex()
        values.choose_cost_preset(self.cost_preset.currentData())
        values.colour_preset = self.colour_preset.currentData()
        values.watch_files = self.watch_files.isChecked()
        values.map_sources = self.map_sources.text().strip()
        self.live_source.store(values)
        for name, spin in self.numbers.items():
            setattr(values, name, spin.value())
        return values

    def apply(self) -> None:
        values = self.settings()
        values.save()
        if self.on_apply is not None:
            self.on_apply(values)


class SchoolConnectivityOptionsFactory(QgsOptionsWidgetFactory):
    """Adds the page to QGIS's Options dialog (registered in initGui, unregistered in unload)."""

    def __init__(self, on_apply: Callable[[PluginSettings], None] | None = None):
        super().__init__()
        self.on_apply = on_apply
        self.setTitle(QCoreApplication.translate("SchoolConnectivityOptions", "School Connectivity"))

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createWidget(self, parent=None) -> SchoolConnectivityOptions:
        return SchoolConnectivityOptions(self.on_apply, parent)
