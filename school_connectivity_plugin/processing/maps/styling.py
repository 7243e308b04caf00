"""School, fiber, route and region styles: QML files in resources/styles built from core/palette.py, applied by code."""
from __future__ import annotations

import math
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from qgis.PyQt.QtGui import QColor

from ... import paths
from ...core.definitions import palette as pal
from ...core.definitions.codes import Technology
from ...core.definitions.labels import label
from ...core.definitions.palette import Palette, Preset
from ...core.definitions.schema import IN_PIPELINE, ConnectivityClass
from ..labels import translated
from .school_card import configure_school_answers

if TYPE_CHECKING:
    import pandas as pd

_CONTEXT = "SchoolStyle"

class Overlay(str, Enum):
    """Markers drawn over the class circle; each needs its field to exist in the layer."""

    PIPELINE = "pipeline_status"
    HARD_TO_CONNECT = "hard_to_connect"


OVERLAY_LABELS: dict[Overlay, str] = {
    Overlay.PIPELINE: QT_TRANSLATE_NOOP("SchoolStyle", "In the connection pipeline"),
    Overlay.HARD_TO_CONNECT: QT_TRANSLATE_NOOP("SchoolStyle", "Hard to connect"),
}

_PIPELINE_VALUES = ", ".join(f"'{status.value}'" for status in sorted(IN_PIPELINE, key=lambda s: s.value))
OVERLAY_FILTERS: dict[Overlay, str] = {
    Overlay.PIPELINE: f'"pipeline_status" IN ({_PIPELINE_VALUES})',
    Overlay.HARD_TO_CONNECT: 'coalesce("hard_to_connect", false)',
}

#: Symbol levels, bottom to top. The map is read to decide where to act, so among the class dots the unconnected
#: schools come last and are never hidden in a dense cluster; the small dots with a white outline (palette.py) let
#: the connected ones show between them. Pipeline rings and hard-to-connect triangles come above every dot, so no
#: school's dot covers another school's marker. The legend keeps the class order of ConnectivityClass.
DRAW_ORDER: tuple[ConnectivityClass | Overlay, ...] = (
    ConnectivityClass.UNKNOWN, ConnectivityClass.GOOD, ConnectivityClass.MODERATE, ConnectivityClass.BAD,
    ConnectivityClass.NO_CONNECTION, Overlay.PIPELINE, Overlay.HARD_TO_CONNECT)


class LineKind(str, Enum):
    """The other layers the plugin styles; the value is the QML file stem."""

    FIBER = "fiber"
    ROUTES = "routes"
    REGIONS = "regions"
    PLANNED_ROUTES = "planned_routes"  # (drawn by phase from code, no QML)


def tr(text: str) -> str:
    """Translate a style label in the shared style context."""
    return QCoreApplication.translate(_CONTEXT, text)


def class_filter(cls: ConnectivityClass) -> str:
    """Rule filter for one connectivity class; unknown is the else rule."""
    return "ELSE" if cls is ConnectivityClass.UNKNOWN else f"\"connectivity_class\" = '{cls.value}'"


def style_path(preset: Preset) -> Path:
    """The QML shipped for a school preset."""
    return paths.STYLES / f"schools_{preset.value}.qml"


#: Fiber given as nodes (points) gets its own marker style.
FIBER_NODES_STEM = "fiber_nodes"


def line_style_path(kind: LineKind, points: bool = False) -> Path:
    """The QML shipped for fiber (lines or nodes), routes or regions."""
    return paths.STYLES / f"{FIBER_NODES_STEM if points and kind is LineKind.FIBER else kind.value}.qml"


def class_symbol(colour: str) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({
        "name": "circle", "color": colour, "outline_color": pal.MARKER_OUTLINE,
        "outline_width": str(pal.MARKER_OUTLINE_MM), "size": str(pal.MARKER_SIZE_MM),
    })


def overlay_symbol(overlay: Overlay, palette: Palette) -> QgsMarkerSymbol:
    if overlay is Overlay.PIPELINE:
        shape, colour = "circle", palette.pipeline
        size, width = pal.PIPELINE_RING_SIZE_MM, pal.PIPELINE_RING_WIDTH_MM
    else:
        shape, colour = "triangle", palette.hard_to_connect
        size, width = pal.HARD_MARKER_SIZE_MM, pal.HARD_MARKER_WIDTH_MM
    return QgsMarkerSymbol.createSimple({
        "name": shape, "color": "0,0,0,0", "outline_color": colour,
        "outline_width": str(width), "size": str(size),
    })


def school_renderer(preset: Preset) -> QgsRuleBasedRenderer:
    """Rule-based renderer: one rule per connectivity class, then the overlay markers, drawn in DRAW_ORDER."""
    palette = pal.PALETTES[preset]
    root = QgsRuleBasedRenderer.Rule(None)
    rules = [(cls, class_symbol(palette.classes[cls]), class_filter(cls), label(cls))
             for cls in ConnectivityClass]
    rules += [(overlay, overlay_symbol(overlay, palette), OVERLAY_FILTERS[overlay], OVERLAY_LABELS[overlay])
              for overlay in Overlay]
    for key, symbol, expression, legend in rules:
        symbol.symbolLayer(0).setRenderingPass(DRAW_ORDER.index(key))
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, legend)
        rule.setRuleKey(key.value)
        root.appendChild(rule)
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def line_renderer(kind: LineKind, preset: Preset = Preset.GIGA, points: bool = False) -> QgsSingleSymbolRenderer:
    """Single-symbol renderer for fiber (solid line, or square nodes), routes (dashed) or regions (light fill)."""
    palette = pal.PALETTES[preset]
    if kind is LineKind.FIBER and points:
        symbol = QgsMarkerSymbol.createSimple({
            "name": "square", "color": palette.fiber, "outline_color": "255,255,255,200",
            "outline_width": str(pal.MARKER_OUTLINE_MM), "size": str(pal.FIBER_NODE_SIZE_MM)})
    elif kind is LineKind.FIBER:
        symbol = QgsLineSymbol.createSimple({
            "line_color": palette.fiber, "line_width": str(pal.FIBER_WIDTH_MM), "capstyle": "round"})
    elif kind is LineKind.ROUTES:
        symbol = QgsLineSymbol.createSimple({
            "line_color": palette.route, "line_width": str(pal.ROUTE_WIDTH_MM), "line_style": "dash"})
    else:
        symbol = QgsFillSymbol.createSimple({
            "color": palette.region_fill, "outline_color": palette.region_outline,
            "outline_width": str(pal.REGION_OUTLINE_MM)})
    return QgsSingleSymbolRenderer(symbol)


def region_labeling(name_expression: str, preset: Preset = Preset.GIGA) -> QgsVectorLayerSimpleLabeling:
    """Region names in dark grey with a white halo, placed inside the polygon."""
    text = QgsTextFormat()
    text.setSize(9)
    text.setColor(QColor(pal.PALETTES[preset].label))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 230))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = name_expression
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Horizontal
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def _load_qml(layer: QgsVectorLayer, path: Path) -> None:
    message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        raise OSError(f"{path}: cannot load style: {message}")


def apply_school_style(layer: QgsVectorLayer, preset: Preset = Preset.GIGA, size_by_students: bool = False) -> None:
    """Style a school layer from the preset's QML, with translated labels and overlays its fields allow, and give it
    its map tip, field aliases and attribute form (school_card)."""
    _load_qml(layer, style_path(preset))
    root = layer.renderer().rootRule()
    names = set(layer.fields().names())
    for rule in list(root.children()):
        key = rule.ruleKey()
        if key in {cls.value for cls in ConnectivityClass}:
            rule.setLabel(translated(ConnectivityClass(key)))
            if size_by_students and "num_students" in names:
                _size_by_students(rule.symbol())
        elif key in {overlay.value for overlay in Overlay}:
            overlay = Overlay(key)
            if overlay.value not in names:
                root.removeChild(rule)
            else:
                rule.setLabel(tr(OVERLAY_LABELS[overlay]))
    configure_school_answers(layer)  # map tip, aliases and form: what a click on a school tells
    layer.triggerRepaint()


def _size_by_students(symbol: QgsMarkerSymbol) -> None:
    low, high, small, large = pal.STUDENT_SIZE_RANGE
    expression = f'coalesce(scale_linear("num_students", {low}, {high}, {small}, {large}), {pal.MARKER_SIZE_MM})'
    symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(expression))


def present_rule_keys(schools: pd.DataFrame) -> set[str]:
    """Rule keys of the school style that some school in `schools` shows (classes, then overlays)."""
    known = {cls.value for cls in ConnectivityClass}
    classes = set(schools["connectivity_class"].dropna().unique()) if "connectivity_class" in schools else set()
    keys = {value for value in classes if value in known}
    if classes - known or "connectivity_class" not in schools or schools["connectivity_class"].isna().any():
        keys.add(ConnectivityClass.UNKNOWN.value)
    if "pipeline_status" in schools and schools["pipeline_status"].isin([s.value for s in IN_PIPELINE]).any():
        keys.add(Overlay.PIPELINE.value)
    if "hard_to_connect" in schools and schools["hard_to_connect"].fillna(False).astype(bool).any():
        keys.add(Overlay.HARD_TO_CONNECT.value)
    return keys


def apply_line_style(layer: QgsVectorLayer, kind: LineKind) -> None:
    """Style fiber, routes or regions from their QML (planned routes by phase); region labels use whichever name
    field exists."""
    if kind is LineKind.PLANNED_ROUTES:
        layer.setRenderer(route_phase_renderer(_phases_of(layer)))
        layer.triggerRepaint()
        return
    _load_qml(layer, line_style_path(kind, layer.geometryType() == QgsWkbTypes.PointGeometry))
    if kind is LineKind.REGIONS:
        layer.setLabeling(region_labeling(region_name_expression(layer)))
        layer.setLabelsEnabled(True)
    layer.triggerRepaint()


#: Region name fields in the order a map label prefers them; Russian names first for Russian and Kyrgyz users.
REGION_NAME_FIELDS = ("name", "adm1_name", "name_en", "name_ru", "iso_3166_2")
_RUSSIAN_NAME_FIRST = ("ru", "ky")


def region_name_fields() -> tuple[str, ...]:
    """REGION_NAME_FIELDS in the order the user's language prefers."""
    if QLocale().name().split("_")[0] in _RUSSIAN_NAME_FIRST:
        return ("name_ru", *[name for name in REGION_NAME_FIELDS if name != "name_ru"])
    return REGION_NAME_FIELDS


def region_name_expression(layer: QgsVectorLayer) -> str:
    """`coalesce` over the region name fields the layer has, so any admin-1 layer gets labels."""
    present = [f'"{name}"' for name in region_name_fields() if name in layer.fields().names()]
    if not present:
        return "$id"
    return present[0] if len(present) == 1 else f"coalesce({', '.join(present)})"


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles an algorithm output once Processing has added it to the project (Toolbox, batch runs)."""

    #: Post-processors waiting for their layer: Processing keeps only the C++ side, so Python must hold them.
    pending: ClassVar[set[_StyleOnLoad]] = set()

    def __init__(self, kind: LineKind | None):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback) -> None:
        """Apply the school style (kind None) or the line style, then let go of this post-processor."""
        _StyleOnLoad.pending.discard(self)
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return
        if self.kind is None:
            apply_school_style(layer)
        else:
            apply_line_style(layer, self.kind)


def style_on_load(context: QgsProcessingContext, output_id: str, kind: LineKind | None = None) -> None:
    """Have an output the user asked to open come in styled: school style, or `kind`'s line style."""
    if not output_id or not context.willLoadLayerOnCompletion(output_id):
        return
    processor = _StyleOnLoad(kind)
    _StyleOnLoad.pending.add(processor)
    context.layerToLoadOnCompletionDetails(output_id).setPostProcessor(processor)


#: Names of the two styles a prioritised school layer carries (the user switches in the Layers panel).
CONNECTIVITY_STYLE = QT_TRANSLATE_NOOP("SchoolStyle", "Connectivity")
PHASE_STYLE = QT_TRANSLATE_NOOP("SchoolStyle", "Phases")
NOT_PHASED_LABEL = QT_TRANSLATE_NOOP("SchoolStyle", "Not phased")
PHASE_LABEL = QT_TRANSLATE_NOOP("SchoolStyle", "Phase {phase}")
PHASES_LABEL = QT_TRANSLATE_NOOP("SchoolStyle", "Phases {first}–{last}")
#: Phases a legend lists one by one (a country's plan of a few thousand schools takes about fifteen); more are
#: shown as at most this many runs of consecutive phases.
MAX_PHASE_ENTRIES = 16
NOT_BUILT_LABEL = QT_TRANSLATE_NOOP("SchoolStyle", "Not built")


def _phase_colours(phases: list[int]) -> tuple[QgsGradientColorRamp, list[tuple[object, str, str]]]:
    """The phase ramp and, along it, the first phase darkest, one (value, label, colour) per phase, or per run of
    phases when there are more than MAX_PHASE_ENTRIES (a national plan has hundreds: a legend cannot list them)."""
    last = len(pal.PHASE_RAMP) - 1
    ramp = QgsGradientColorRamp(QColor(pal.PHASE_RAMP[0]), QColor(pal.PHASE_RAMP[-1]), False, [
        QgsGradientStop(position / last, QColor(colour)) for position, colour in enumerate(pal.PHASE_RAMP[1:-1], 1)])
    size = 1 if len(phases) <= MAX_PHASE_ENTRIES else math.ceil(len(phases) / MAX_PHASE_ENTRIES)
    runs = [phases[start:start + size] for start in range(0, len(phases), size)]
    groups = [(run, tr(PHASE_LABEL).format(phase=run[0]) if len(run) == 1 else
               tr(PHASES_LABEL).format(first=run[0], last=run[-1])) for run in runs]
    return ramp, [(values[0] if len(values) == 1 else values, label,
                   ramp.color(position / (len(groups) - 1) if len(groups) > 1 else 0.0).name())
                  for position, (values, label) in enumerate(groups)]


def phase_renderer(phases: list[int]) -> QgsCategorizedSymbolRenderer:
    """One colour per construction phase (or run of phases) along PHASE_RAMP, and grey for schools in no phase."""
    ramp, entries = _phase_colours(phases)
    categories = [QgsRendererCategory(value, class_symbol(colour), label) for value, label, colour in entries]
    categories.append(QgsRendererCategory("", class_symbol(pal.NOT_PHASED), tr(NOT_PHASED_LABEL)))
    renderer = QgsCategorizedSymbolRenderer("phase", categories)
    renderer.setSourceColorRamp(ramp.clone())
    return renderer


def route_phase_renderer(phases: list[int]) -> QgsCategorizedSymbolRenderer:
    """Route links in the colour of the phase that builds them; links no phase builds thin, dashed and grey."""
    ramp, entries = _phase_colours(phases)
    categories = [QgsRendererCategory(value, QgsLineSymbol.createSimple({
        "line_color": colour, "line_width": str(pal.ROUTE_WIDTH_MM * 1.6), "capstyle": "round"}), label)
        for value, label, colour in entries]
    categories.append(QgsRendererCategory(0, QgsLineSymbol.createSimple({
        "line_color": pal.NOT_PHASED, "line_width": str(pal.ROUTE_WIDTH_MM), "line_style": "dash"}),
        tr(NOT_BUILT_LABEL)))
    renderer = QgsCategorizedSymbolRenderer("phase", categories)
    renderer.setSourceColorRamp(ramp.clone())
    return renderer


def _phases_of(layer: QgsVectorLayer) -> list[int]:
    """The positive phases present in a layer's `phase` field, in order."""
    index = layer.fields().indexOf("phase")
    if index < 0:
        raise ValueError(f"{layer.name()}: no 'phase' field to style by")
    return sorted(int(value) for value in layer.uniqueValues(index) if isinstance(value, (int, float)) and value > 0)


def apply_phase_style(layer: QgsVectorLayer) -> None:
    """Add a "Phases" style (categorised on `phase`) beside the layer's connectivity style, and show it."""
    phases = _phases_of(layer)
    manager = layer.styleManager()
    connectivity, phase_style = tr(CONNECTIVITY_STYLE), tr(PHASE_STYLE)
    if manager.currentStyle() not in (connectivity, phase_style):
        manager.renameStyle(manager.currentStyle(), connectivity)
    if phase_style not in manager.styles():
        manager.addStyleFromLayer(phase_style)
    manager.setCurrentStyle(phase_style)
    layer.setRenderer(phase_renderer(phases))
    layer.triggerRepaint()


def recolour_schools(layer: QgsVectorLayer, preset: Preset) -> None:
    """New colours for the connectivity style, without overwriting a Phases style the layer is showing."""
    manager = layer.styleManager()
    shown, connectivity = manager.currentStyle(), tr(CONNECTIVITY_STYLE)
    if connectivity in manager.styles():
        manager.setCurrentStyle(connectivity)
    apply_school_style(layer, preset)
    manager.setCurrentStyle(shown)


def technology_renderer() -> QgsCategorizedSymbolRenderer:
    """Schools to connect by recommended technology (the construction plan page, small so routes show); other
    schools not drawn (no category takes them)."""
    categories = []
    for technology in Technology:
        symbol = class_symbol(pal.TECHNOLOGY_COLOURS[technology.value])
        symbol.setSize(symbol.size() * 0.7)
        categories.append(QgsRendererCategory(technology.value, symbol, translated(technology)))
    return QgsCategorizedSymbolRenderer("recommended_technology", categories)
