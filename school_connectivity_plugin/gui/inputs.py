"""The layers the dock works on, chosen once and remembered in the project file."""
from __future__ import annotations

from qgis.core import QgsMapLayer, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsCheckableComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QWidget

#: The project-file scope of the plugin's entries.
SCOPE = "SchoolConnectivity"


class InputsPanel(QWidget):
    """School layer, fiber layers and optional context layers; every choice is written to the project."""

    schoolLayerChanged = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._restoring = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schools = QgsMapLayerComboBox(self)
        self.schools.setObjectName("schoolLayer")
        self.schools.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.schools.setAllowEmptyLayer(True)
        self.schools.setToolTip(self.tr("The normalised school layer (import a school list to create one)"))
        form.addRow(self.tr("Schools"), self.schools)
        self.fiber = QgsCheckableComboBox(self)
        self.fiber.setObjectName("fiberLayers")
        self.fiber.setDefaultText(self.tr("No fiber layer"))
        self.fiber.setToolTip(self.tr("Fiber lines and nodes, one or more layers"))
        form.addRow(self.tr("Fiber"), self.fiber)
        self.regions = QgsMapLayerComboBox(self)
        self.regions.setObjectName("regionLayer")
        self.regions.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.regions.setAllowEmptyLayer(True)
        form.addRow(self.tr("Regions"), self.regions)
        self.dem = QgsMapLayerComboBox(self)
        self.dem.setObjectName("demLayer")
        self.dem.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.dem.setAllowEmptyLayer(True)
        form.addRow(self.tr("Elevation"), self.dem)
        project = QgsProject.instance()
        project.layersAdded.connect(self._refill_fiber)
        project.layersRemoved.connect(self._refill_fiber)
        project.readProject.connect(self.restore)
        self.schools.layerChanged.connect(self._school_changed)
        self.fiber.checkedItemsChanged.connect(self._save)
        self.regions.layerChanged.connect(self._save)
        self.dem.layerChanged.connect(self._save)
        self.restore()

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("InputsPanel", message)

    def release(self) -> None:
        """Stop listening to the project (the dock is going away)."""
        project = QgsProject.instance()
        project.layersAdded.disconnect(self._refill_fiber)
        project.layersRemoved.disconnect(self._refill_fiber)
        project.readProject.disconnect(self.restore)

    def school_layer(self) -> QgsVectorLayer | None:
        return self.schools.currentLayer()

    def fiber_layers(self) -> list[QgsMapLayer]:
        project = QgsProject.instance()
        layers = (project.mapLayer(layer_id) for layer_id in self.fiber.checkedItemsData())
        return [layer for layer in layers if layer is not None]

    def set_fiber_layers(self, layers: list[QgsMapLayer]) -> None:
        wanted = {layer.id() for layer in layers}
        for index in range(self.fiber.count()):
            state = Qt.Checked if self.fiber.itemData(index) in wanted else Qt.Unchecked
            self.fiber.setItemCheckState(index, state)

    def _refill_fiber(self, *_args) -> None:
        """List every line or point layer except the schools; keep what was checked."""
        checked = set(self.fiber.checkedItemsData())
        self.fiber.blockSignals(True)
        self.fiber.clear()
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.geometryType() in (
                QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry
            ) and layer is not self.school_layer():
                self.fiber.addItemWithCheckState(layer.name(), Qt.Checked if layer.id() in checked else Qt.Unchecked,
                                                 layer.id())
        self.fiber.blockSignals(False)

    def _school_changed(self, layer) -> None:
        self._refill_fiber()
        self._save()
        self.schoolLayerChanged.emit(layer)

    def _save(self, *_args) -> None:
        if self._restoring:
            return
        project = QgsProject.instance()
        for key, combo in (("schools", self.schools), ("regions", self.regions), ("dem", self.dem)):
            layer = combo.currentLayer()
            project.writeEntry(SCOPE, key, layer.id() if layer else "")
        project.writeEntry(SCOPE, "fiber", list(self.fiber.checkedItemsData()))

    def restore(self, *_args) -> None:
        """Pick the layers this project remembers (after the project is read, or at start)."""
        project = QgsProject.instance()
        self._restoring = True
        for key, combo in (("schools", self.schools), ("regions", self.regions), ("dem", self.dem)):
            layer_id, found = project.readEntry(SCOPE, key, "")
            layer = project.mapLayer(layer_id) if found and layer_id else None
            if layer is not None:
                combo.setLayer(layer)
        self._refill_fiber()
        fiber_ids, found = project.readListEntry(SCOPE, "fiber", [])
        if found:
            self.set_fiber_layers([layer for layer in map(project.mapLayer, fiber_ids) if layer is not None])
        self._restoring = False
        self.schoolLayerChanged.emit(self.school_layer())
