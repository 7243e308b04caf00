"""A finished step's GeoPackage outputs as map layers, styled the way the plugin draws them."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes

from ..core.definitions.palette import Preset
from ..processing.maps.styling import LineKind, apply_line_style, apply_phase_style, apply_school_style
from ..processing.workflow import SCHOOL_OUTPUT, Stage
from .tasks import AlgorithmChain

#: Applies the plugin's style to a layer.
Styler = Callable[[QgsVectorLayer], None]


def step_layers(chain: AlgorithmChain, preset: Preset) -> Iterator[tuple[str, QgsVectorLayer, bool, Styler]]:
    """(output key, layer, is it the chain's school layer, how to style it) for each output worth showing, in run
    order; lazily, so the dock opens one per event-loop turn (project_layers.place styles the layer it keeps)."""
    for alg_id, results in chain.results.items():
        algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
        for key, value in results.items():
            is_schools = value == chain.schools_output and key == SCHOOL_OUTPUT
            if not isinstance(value, str) or not value.lower().endswith(".gpkg") or (
                key == SCHOOL_OUTPUT and not is_schools
            ):
                continue
            output = algorithm.outputDefinition(key) if algorithm else None
            layer = QgsVectorLayer(value, output.description() if output else key, "ogr")
            if not layer.isValid() or (not layer.featureCount() and not is_schools):
                continue
            yield key, layer, is_schools, _styler(layer, is_schools, chain.step, preset)


def _styler(layer: QgsVectorLayer, is_schools: bool, step: Stage, preset: Preset) -> Styler:
    """The plugin's style for a step output, as a function (the living layer it replaces gets it too)."""
    if is_schools:
        def style_schools(target: QgsVectorLayer) -> None:
            apply_school_style(target, preset)
            if step is Stage.PRIORITISE:
                apply_phase_style(target)
        return style_schools
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        kind = LineKind.PLANNED_ROUTES if layer.fields().indexOf("phase") >= 0 else LineKind.ROUTES
        return lambda target: apply_line_style(target, kind)
    return lambda target: None
