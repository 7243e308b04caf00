"""A whole nation's schools drawn without QGIS's rule-based renderer, which keeps every feature in memory until
it has drawn the last one (4.5 GB for 2,000,000 schools): the class dots come from a categorized renderer that
draws features as they stream, and each overlay marker is its own layer holding only the schools it marks,
drawn above every dot as in the usual style. Only the classes and overlays present in the data are made, so
the legend needs no search of the map either."""
from __future__ import annotations

import pandas as pd
from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSingleSymbolRenderer, QgsVectorLayer

from ...core.definitions import palette as pal
from ...core.definitions.palette import Preset
from ...core.definitions.schema import ConnectivityClass
from ..labels import translated
from .styling import (
    OVERLAY_FILTERS,
    OVERLAY_LABELS,
    Overlay,
    class_symbol,
    overlay_symbol,
    present_rule_keys,
    tr,
)

#: The custom property naming which overlay a national overlay layer draws (school_dots reads it).
OVERLAY_PROPERTY = "school_connectivity/overlay"
#: Subset filters of the overlay layers: valid as OGR/SQLite SQL and as QGIS expressions alike.
OVERLAY_SUBSETS = {Overlay.PIPELINE: OVERLAY_FILTERS[Overlay.PIPELINE],
                   Overlay.HARD_TO_CONNECT: '"hard_to_connect" = 1'}


def style_national(layer: QgsVectorLayer, schools: pd.DataFrame, preset: Preset) -> list[QgsVectorLayer]:
    """Give `layer` the class dots of the classes in `schools`; return the overlay layers to draw above it."""
    palette = pal.PALETTES[preset]
    keys = present_rule_keys(schools)
    categories = [QgsRendererCategory(cls.value, class_symbol(palette.classes[cls]), translated(cls))
                  for cls in ConnectivityClass if cls.value in keys and cls is not ConnectivityClass.UNKNOWN]
    if ConnectivityClass.UNKNOWN.value in keys:  # the empty value is the category of every other value
        categories.append(QgsRendererCategory("", class_symbol(palette.classes[ConnectivityClass.UNKNOWN]),
                                              translated(ConnectivityClass.UNKNOWN)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("connectivity_class", categories))
    overlays = []
    for overlay in reversed(Overlay):  # hard-to-connect triangles above pipeline rings, as DRAW_ORDER
        if overlay.value not in keys:
            continue
        marked = layer.clone()
        marked.setName(tr(OVERLAY_LABELS[overlay]))
        marked.setSubsetString(OVERLAY_SUBSETS[overlay])
        marked.setRenderer(QgsSingleSymbolRenderer(overlay_symbol(overlay, palette)))
        marked.setCustomProperty(OVERLAY_PROPERTY, overlay.value)
        overlays.append(marked)
    return overlays
