"""Whose style a layer wears: QGIS's default from when it was added, the plugin's, or the user's. The plugin
restyles only the first two, so a style the user changed is never overwritten."""
from __future__ import annotations

import hashlib
from collections.abc import Callable

from qgis.core import QgsMapLayer, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

#: Custom properties: the style's fingerprint when the layer was added, and after the plugin styled it.
WHEN_ADDED = "schoolconnectivity/style_when_added"
APPLIED = "schoolconnectivity/style_applied"
#: What counts as the style (custom properties excluded: the fingerprints themselves live there).
_CATEGORIES = QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Rendering


def fingerprint(layer: QgsMapLayer) -> str:
    """A digest of the layer's symbology, labels and rendering settings."""
    document = QDomDocument()
    layer.exportNamedStyle(document, QgsReadWriteContext(), _CATEGORIES)
    return hashlib.sha1(document.toByteArray()).hexdigest()


def note_added(layers: list[QgsMapLayer]) -> None:
    """Remember the style each layer came with (QGIS's default for a layer added by hand)."""
    for layer in layers:
        if layer.customProperty(WHEN_ADDED) is None:
            layer.setCustomProperty(WHEN_ADDED, fingerprint(layer))


def may_restyle(layer: QgsMapLayer) -> bool:
    """The layer still wears the style it was added with, or the plugin's own: nobody chose another."""
    current = fingerprint(layer)
    return current in (layer.customProperty(WHEN_ADDED), layer.customProperty(APPLIED))


def mark_applied(layer: QgsMapLayer) -> None:
    layer.setCustomProperty(APPLIED, fingerprint(layer))


def restyle(layer: QgsMapLayer, apply: Callable[[QgsMapLayer], None]) -> bool:
    """Apply the plugin's style to a layer that still wears the style it came with; True when styled (a layer in
    the plugin's style already, or in the user's, is left as it is)."""
    if fingerprint(layer) != layer.customProperty(WHEN_ADDED):
        return False
    apply(layer)
    mark_applied(layer)
    return True
