"""The layers the dock works on: guessed from what the project holds, chosen by the user when the guess is
wrong, remembered in the project file; context layers get the plugin's style unless the user styled them."""
from __future__ import annotations

from qgis.core import QgsMapLayer, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsCheckableComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QWidget

from ..processing.maps.context_styles import ContextRole, apply_context_style
from . import layer_roles, layer_styles

#: The project-file scope of the plugin's entries.
SCOPE = "SchoolConnectivity"


class InputsPanel(QWidget):
    """School layer, fiber layers and optional context layers; every choice is written to the project."""

    schoolLayerChanged = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._restoring = False
        self._picking = False
        self._reading_project = False
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
        self.fiber.setSizeAdjustPolicy(QgsCheckableComboBox.AdjustToMinimumContentsLengthWithIcon)  # long names: elided
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
        project.layersAdded.connect(self._layers_added)
        project.loadingLayer.connect(self._project_reading)
        project.layersRemoved.connect(self._refill_fiber)
        project.readProject.connect(self.restore)
        self.schools.layerChanged.connect(self._school_changed)
        self.fiber.checkedItemsChanged.connect(lambda *_: self._user_changed("fiber"))
        self.regions.layerChanged.connect(lambda *_: self._user_changed("regions"))
        self.dem.layerChanged.connect(lambda *_: self._user_changed("dem"))
        self.restore()

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("InputsPanel", message)

    def release(self) -> None:
        """Stop listening to the project (the dock is going away)."""
        project = QgsProject.instance()
        project.layersAdded.disconnect(self._layers_added)
        project.loadingLayer.disconnect(self._project_reading)
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

    def _project_reading(self, *_args) -> None:
        self._reading_project = True  # until readProject: layers of a saved project wear their owner's styles

    def _layers_added(self, layers) -> None:
        self._refill_fiber()
        if self._reading_project:
            return  # restore() picks what the project remembers once it is read
        layer_styles.note_added(layers)
        self.pick_inputs()

    def _chosen_by_user(self, key: str) -> bool:
        chosen, _found = QgsProject.instance().readBoolEntry(SCOPE, f"user_chose_{key}", False)
        return chosen

    def pick_inputs(self) -> None:
        """Fill each empty picker the user has not set from the layers the project holds: fiber by name or
        field, regions = polygons, elevation = a single-band raster."""
        layers = [layer for layer in QgsProject.instance().mapLayers().values() if layer is not self.school_layer()]
        self._picking = True
        try:
            if not self._chosen_by_user("fiber"):
                self.set_fiber_layers([*self.fiber_layers(), *(layer for layer in layers
                                                               if layer_roles.is_fiber(layer))])
            for key, combo, best in (("regions", self.regions, layer_roles.best_regions),
                                     ("dem", self.dem, layer_roles.best_dem)):
                if not self._chosen_by_user(key):  # a guess is revised as better layers arrive
                    layer = best(layers)
                    if layer is not None and layer is not combo.currentLayer():
                        combo.setLayer(layer)
        finally:
            self._picking = False
        self._save()
        self.style_context()

    def style_context(self) -> None:
        """The plugin's style on the chosen context layers that still wear the style they came with."""
        for layer in self.fiber_layers():
            layer_styles.restyle(layer, lambda lyr: apply_context_style(lyr, ContextRole.FIBER))
        for role, combo in ((ContextRole.REGIONS, self.regions), (ContextRole.DEM, self.dem)):
            if combo.currentLayer() is not None:
                layer_styles.restyle(combo.currentLayer(), lambda lyr, role=role: apply_context_style(lyr, role))

    def _school_changed(self, layer) -> None:
        self._refill_fiber()
        self._save()
        if not self._restoring:  # restore() says it once, when every picker is set
            self.schoolLayerChanged.emit(layer)

    def _user_changed(self, key: str) -> None:
        """A picker the user set is theirs from now on (never guessed again in this project)."""
        if self._restoring or self._picking:
            return
        QgsProject.instance().writeEntry(SCOPE, f"user_chose_{key}", True)
        self._save()
        self.style_context()

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
        self._reading_project = False
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
        self.pick_inputs()
        self.schoolLayerChanged.emit(self.school_layer())
