"""One living layer per kind of result in one "School Connectivity" group: a step's new output replaces the data
under the layer the planner already has, so its style, labels, selection and the dock follow it through the steps
(the Layers panel holds one Schools layer, not one per step)."""
from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsDataProvider, QgsFeatureRequest, QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..processing.workflow import SCHOOL_OUTPUT
from . import layer_styles

#: The custom property naming a living layer's kind.
ROLE = "schoolconnectivity/role"
GROUP_NAME = QT_TRANSLATE_NOOP("ProjectLayers", "School Connectivity")
#: Output key -> (kind, layer name); planned routes replace the routes (they carry the phase).
KINDS = {
    SCHOOL_OUTPUT: ("schools", QT_TRANSLATE_NOOP("ProjectLayers", "Schools")),
    "REJECTED": ("rejected", QT_TRANSLATE_NOOP("ProjectLayers", "Rejected rows")),
    "UNMATCHED": ("unmatched", QT_TRANSLATE_NOOP("ProjectLayers", "Plan rows to check")),
    "ROUTES": ("routes", QT_TRANSLATE_NOOP("ProjectLayers", "Routes")),
    "PLANNED_ROUTES": ("routes", QT_TRANSLATE_NOOP("ProjectLayers", "Routes")),
    "CLUSTERS": ("clusters", QT_TRANSLATE_NOOP("ProjectLayers", "Clusters")),
    "PHASES": ("phases", QT_TRANSLATE_NOOP("ProjectLayers", "Construction phases")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ProjectLayers", text)


def living_layer(kind: str) -> QgsVectorLayer | None:
    """The project's layer of this kind, if any."""
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(ROLE) == kind:
            return layer
    return None


def _group() -> QgsLayerTreeGroup:
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup(tr(GROUP_NAME))
    return group if group is not None else root.insertGroup(0, tr(GROUP_NAME))


def _school_ids(layer: QgsVectorLayer) -> list[str]:
    index = layer.fields().indexOf("school_id")
    return [str(feature[index]) for feature in layer.selectedFeatures()] if index >= 0 else []


def _reselect(layer: QgsVectorLayer, school_ids: list[str]) -> None:
    """Select the same schools again by their ids (feature ids change with the file)."""
    index = layer.fields().indexOf("school_id")
    if not school_ids or index < 0:
        return
    wanted = set(school_ids)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
    layer.selectByIds([feature.id() for feature in layer.getFeatures(request) if str(feature[index]) in wanted])


def place(key: str, fresh: QgsVectorLayer, style: Callable[[QgsVectorLayer], None]) -> QgsVectorLayer:
    """Put a step's output in the project, styled: into the living layer of its kind (its data replaced, the
    plugin's style applied again unless the user restyled it, the selection kept), else as a new layer in the
    group.
    Returns the layer that is now in the project."""
    kind, name = KINDS.get(key, (key.lower(), key))
    living = living_layer(kind)
    if living is None:
        style(fresh)
        fresh.setName(tr(name))
        fresh.setCustomProperty(ROLE, kind)
        QgsProject.instance().addMapLayer(fresh, False)
        _group().addLayer(fresh)
        layer_styles.mark_applied(fresh)
        return fresh
    selected = _school_ids(living)
    ours = layer_styles.may_restyle(living)
    living.setDataSource(fresh.source(), living.name(), "ogr", QgsDataProvider.ProviderOptions())
    if ours:
        style(living)
        layer_styles.mark_applied(living)
    _reselect(living, selected)
    living.triggerRepaint()
    return living
