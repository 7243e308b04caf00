"""Layers added to the current project, as a user adds them."""
from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer


def add_layer(path, name: str = "schools") -> QgsVectorLayer:
    """A file's layer, valid, added to the project."""
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    QgsProject.instance().addMapLayer(layer)
    return layer
