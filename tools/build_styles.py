"""Regenerate resources/styles/*.qml from core/definitions/palette.py (run after changing a preset)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsMapLayer, QgsVectorLayer
from qgis.testing import start_app

from school_connectivity_plugin import paths
from school_connectivity_plugin.core.definitions.palette import Preset
from school_connectivity_plugin.processing import styling

_GEOMETRY = {styling.LineKind.FIBER: "LineString", styling.LineKind.ROUTES: "LineString",
             styling.LineKind.REGIONS: "Polygon"}


def _save(layer: QgsVectorLayer, path: Path) -> None:
    message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.Symbology | QgsMapLayer.Rendering)
    if not ok:
        raise SystemExit(f"{path}: {message}")
    print(path)


def main() -> None:
    """Write one QML per school preset and one per line/region kind."""
    start_app(cleanup=False)
    paths.STYLES.mkdir(parents=True, exist_ok=True)
    for preset in Preset:
        layer = QgsVectorLayer("Point?crs=EPSG:4326", "schools", "memory")
        layer.setRenderer(styling.school_renderer(preset))
        _save(layer, styling.style_path(preset))
    for kind in styling.LineKind:
        layer = QgsVectorLayer(f"{_GEOMETRY[kind]}?crs=EPSG:4326", kind.value, "memory")
        layer.setRenderer(styling.line_renderer(kind))
        _save(layer, styling.line_style_path(kind))
    nodes = QgsVectorLayer("Point?crs=EPSG:4326", "fiber nodes", "memory")
    nodes.setRenderer(styling.line_renderer(styling.LineKind.FIBER, points=True))
    _save(nodes, styling.line_style_path(styling.LineKind.FIBER, points=True))


if __name__ == "__main__":
    main()
