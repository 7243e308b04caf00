"""Styles for the layers a planner adds around the schools (regions, fiber, the elevation model), so they read
at once in the project: regions as labelled outlines, fiber in the plugin's colours, the DEM as terrain."""
from __future__ import annotations

from enum import Enum

from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsMapLayer,
    QgsRasterBandStats,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...core.definitions import palette as pal
from .styling import LineKind, apply_line_style, region_labeling, region_name_expression


class ContextRole(str, Enum):
    """What a context layer is to the plan."""

    FIBER = "fiber"
    REGIONS = "regions"
    DEM = "dem"


def apply_region_outlines(layer: QgsVectorLayer) -> None:
    """Outlines without fill (the relief shows through) and the region names."""
    symbol = QgsFillSymbol.createSimple({
        "style": "no", "outline_color": pal.GIGA.region_outline,
        "outline_width": str(pal.REGION_PROJECT_OUTLINE_MM)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(region_labeling(region_name_expression(layer)))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


#: Pixels sampled for the terrain ramp's range (the dock styles a DEM on the GUI thread).
TERRAIN_SAMPLE_PIXELS = 250_000


def apply_terrain(layer: QgsRasterLayer) -> None:
    """Band 1 on a terrain ramp between its minimum and maximum, half transparent."""
    stats = layer.dataProvider().bandStatistics(  # from a sample, not every pixel of a national DEM
        1, QgsRasterBandStats.Min | QgsRasterBandStats.Max, layer.extent(), TERRAIN_SAMPLE_PIXELS)
    low, high = stats.minimumValue, stats.maximumValue
    if not high > low:
        high = low + 1.0
    step = (high - low) / (len(pal.TERRAIN_RAMP) - 1)
    ramp = QgsColorRampShader(low, high)
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(low + index * step, QColor(colour), f"{low + index * step:.0f}")
        for index, colour in enumerate(pal.TERRAIN_RAMP)])
    shader = QgsRasterShader(low, high)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    renderer.setOpacity(pal.TERRAIN_OPACITY)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def apply_context_style(layer: QgsMapLayer, role: ContextRole) -> None:
    """The plugin's style for a context layer in its role."""
    if role is ContextRole.DEM and isinstance(layer, QgsRasterLayer):
        apply_terrain(layer)
    elif role is ContextRole.REGIONS and isinstance(layer, QgsVectorLayer):
        apply_region_outlines(layer)
    elif role is ContextRole.FIBER and isinstance(layer, QgsVectorLayer):
        apply_line_style(layer, LineKind.FIBER)
