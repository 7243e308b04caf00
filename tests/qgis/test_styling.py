"""School styles: each preset's QML draws every class in the preset's colour, with overlays for pipeline and hard."""
from __future__ import annotations

import gc

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from school_connectivity_plugin.core.definitions.palette import NOT_PHASED, PALETTES, Preset
from school_connectivity_plugin.core.definitions.schema import ConnectivityClass
from school_connectivity_plugin.processing.labels import translated
from school_connectivity_plugin.processing.maps import styling
from school_connectivity_plugin.processing.maps.styling import LineKind, Overlay

from support.planning_fixture import write_schools


def _layer(with_analysis: bool = True) -> QgsVectorLayer:
    """One school per class, plus a pipeline school and a hard-to-connect school, and one with no class."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "schools", "memory")
    fields = [QgsField("connectivity_class", QVariant.String), QgsField("pipeline_status", QVariant.String),
              QgsField("num_students", QVariant.Int)]
    if with_analysis:
        fields.append(QgsField("hard_to_connect", QVariant.Bool))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    rows = [(cls.value, "", 100, False) for cls in ConnectivityClass]
    rows += [("no_connection", "planned", 200, False), ("no_connection", "", 300, True), (None, "", None, False)]
    features = []
    for index, (cls, pipeline, students, hard) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        values = [cls, pipeline, students] + ([hard] if with_analysis else [])
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(74.0 + index * 0.1, 41.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _context(layer: QgsVectorLayer) -> QgsRenderContext:
    context = QgsRenderContext()
    context.setExpressionContext(layer.createExpressionContext())
    return context


def _render(layer: QgsVectorLayer) -> QImage:
    """The layer drawn as QGIS draws it (else rules and draw order included), 400 px per degree."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(73.9, 40.9, 74.9, 41.1))
    settings.setOutputSize(QSize(400, 80))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    image = QImage(settings.outputSize(), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    return image


def _near(pixel: QColor, colour: str, tolerance: int) -> bool:
    target = QColor(colour)
    return max(abs(pixel.red() - target.red()), abs(pixel.green() - target.green()),
               abs(pixel.blue() - target.blue())) <= tolerance


def _around(image: QImage, index: int, colour: str, tolerance: int = 25) -> int:
    """Pixels near a colour in the 24 px box around school `index` (schools sit 0.1 degree = 40 px apart)."""
    cx, cy = 40 + 40 * index, 40
    return sum(_near(QColor(image.pixel(x, y)), colour, tolerance)
               for x in range(cx - 12, cx + 12) for y in range(cy - 12, cy + 12))


@pytest.mark.parametrize("preset", list(Preset))
def test_every_class_is_drawn_in_the_preset_colour(qgis_app, preset):
    layer = _layer()
    styling.apply_school_style(layer, preset)
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    palette = PALETTES[preset]
    image = _render(layer)
    classes = list(ConnectivityClass) + [ConnectivityClass.NO_CONNECTION] * 2 + [ConnectivityClass.UNKNOWN]
    for index, cls in enumerate(classes):
        centre = QColor(image.pixel(40 + 40 * index, 40))
        assert _near(centre, palette.classes[cls], 3), (index, cls, centre.name())
    pipeline, hard = len(ConnectivityClass), len(ConnectivityClass) + 1
    for index in range(len(classes)):
        if palette.pipeline != palette.hard_to_connect:
            assert (_around(image, index, palette.pipeline) > 4) == (index == pipeline), index
        assert (_around(image, index, palette.hard_to_connect) > 4) == (index in (pipeline, hard)
                                                                        if palette.pipeline == palette.hard_to_connect
                                                                        else index == hard), index


@pytest.mark.parametrize("preset", list(Preset))
def test_legend_entries_are_translated_labels_in_class_order(qgis_app, preset):
    layer = _layer()
    styling.apply_school_style(layer, preset)
    labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    assert labels == [translated(c) for c in ConnectivityClass] + [
        styling.tr(styling.OVERLAY_LABELS[o]) for o in Overlay]


def test_hard_to_connect_marker_only_once_analysed(qgis_app):
    layer = _layer(with_analysis=False)
    styling.apply_school_style(layer)
    keys = [rule.ruleKey() for rule in layer.renderer().rootRule().children()]
    assert Overlay.HARD_TO_CONNECT.value not in keys
    assert Overlay.PIPELINE.value in keys


def test_presets_differ_and_each_keeps_classes_apart():
    giga, safe = PALETTES[Preset.GIGA].classes, PALETTES[Preset.COLORBLIND].classes
    assert len(set(giga.values())) == len(ConnectivityClass)
    assert len(set(safe.values())) == len(ConnectivityClass)
    assert set(giga.values()).isdisjoint(safe.values())


def test_size_by_students_is_data_defined(qgis_app):
    layer = _layer()
    styling.apply_school_style(layer, size_by_students=True)
    good = layer.renderer().rootRule().children()[0]
    prop = good.symbol().symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertySize)
    assert prop.isActive() and "num_students" in prop.expressionString()
    context = _context(layer)
    sizes = []
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        value, _ok = prop.valueAsDouble(context.expressionContext(), -1)
        sizes.append(value)
    assert sizes[0] < sizes[len(ConnectivityClass) + 1]  # 100 students draw smaller than 300


@pytest.mark.parametrize("kind", [kind for kind in LineKind if kind is not LineKind.PLANNED_ROUTES])
def test_line_and_region_styles_use_the_palette(qgis_app, kind):
    geometry = "Polygon" if kind is LineKind.REGIONS else "LineString"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=name:string", kind.value, "memory")
    styling.apply_line_style(layer, kind)
    palette = PALETTES[Preset.GIGA]
    expected = {LineKind.FIBER: palette.fiber, LineKind.ROUTES: palette.route, LineKind.REGIONS: palette.region_fill}
    assert layer.renderer().symbol().color().name() == expected[kind]
    if kind is LineKind.REGIONS:
        assert layer.labelsEnabled() and layer.labeling().settings().fieldName == '"name"'


def test_planned_routes_are_drawn_by_phase_and_unbuilt_links_grey(qgis_app):
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=phase:integer", "planned", "memory")
    features = []
    for phase in (3, 1, 0, 3):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([phase])
        feature.setGeometry(QgsGeometry.fromWkt("LineString (74 41, 74.1 41)"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    styling.apply_line_style(layer, LineKind.PLANNED_ROUTES)
    categories = layer.renderer().categories()
    assert [category.value() for category in categories] == [1, 3, 0]
    colours = [category.symbol().color().name() for category in categories]
    assert colours[2] == QColor(NOT_PHASED).name() and len(set(colours)) == 3


def test_fiber_nodes_get_markers_in_the_fiber_colour(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "nodes", "memory")
    styling.apply_line_style(layer, LineKind.FIBER)
    symbol = layer.renderer().symbol()
    assert isinstance(symbol, QgsMarkerSymbol)
    assert symbol.color().name() == PALETTES[Preset.GIGA].fiber


@pytest.mark.parametrize("preset", list(Preset))
def test_shipped_qml_matches_the_palette_geometry(qgis_app, preset):
    """The QML files are generated from core/palette.py; a stale file (edited palette, not rebuilt) fails here."""
    from school_connectivity_plugin.core.definitions import palette as pal

    layer = _layer()
    styling.apply_school_style(layer, preset)
    rules = {rule.ruleKey(): rule.symbol().symbolLayer(0) for rule in layer.renderer().rootRule().children()}
    assert rules[ConnectivityClass.GOOD.value].size() == pytest.approx(pal.MARKER_SIZE_MM)
    assert rules[Overlay.PIPELINE.value].size() == pytest.approx(pal.PIPELINE_RING_SIZE_MM)
    assert rules[Overlay.PIPELINE.value].strokeWidth() == pytest.approx(pal.PIPELINE_RING_WIDTH_MM)
    assert rules[Overlay.HARD_TO_CONNECT.value].size() == pytest.approx(pal.HARD_MARKER_SIZE_MM)
    assert rules[Overlay.HARD_TO_CONNECT.value].strokeWidth() == pytest.approx(pal.HARD_MARKER_WIDTH_MM)


def _school_style_applied(layer) -> bool:
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return False
    colours = {rule.ruleKey(): rule.symbol().color().name() for rule in renderer.rootRule().children()}
    return all(colours.get(cls.value) == QColor(PALETTES[Preset.GIGA].classes[cls]).name() for cls in ConnectivityClass)


def _route_style_applied(layer) -> bool:
    renderer = layer.renderer()
    return (isinstance(renderer, QgsSingleSymbolRenderer)
            and renderer.symbol().color().name() == QColor(PALETTES[Preset.GIGA].route).name())


def _inputs(algorithm: str, sample, tmp_path) -> dict:
    schools = write_schools(sample, tmp_path)
    fiber = [str(sample / "fiber_backbone.geojson")]
    if algorithm in ("flaghardtoconnect", "prioritize"):
        routed = processing.run("schoolconnectivity:fiberroutes", {
            "SCHOOLS": schools, "FIBER": fiber, "OUTPUT": str(tmp_path / "routed.gpkg"),
            "ROUTES": "TEMPORARY_OUTPUT"})["OUTPUT"]
        if algorithm == "flaghardtoconnect":
            return {"SCHOOLS": routed}
        return {"SCHOOLS": routed, "PHASES": "TEMPORARY_OUTPUT", "CLUSTERS": "TEMPORARY_OUTPUT"}
    return {
        "importschools": {"INPUT": str(sample / "schools.csv"), "REJECTED": "TEMPORARY_OUTPUT"},
        "distancetofiber": {"SCHOOLS": schools, "FIBER": fiber},
        "fiberroutes": {"SCHOOLS": schools, "FIBER": fiber},
    }[algorithm]


@pytest.mark.parametrize("algorithm, outputs", [
    ("importschools", {"OUTPUT": _school_style_applied}),
    ("distancetofiber", {"OUTPUT": _school_style_applied}),
    ("flaghardtoconnect", {"OUTPUT": _school_style_applied}),
    ("prioritize", {"OUTPUT": _school_style_applied}),
    ("fiberroutes", {"OUTPUT": _school_style_applied, "ROUTES": _route_style_applied}),
])
def test_outputs_opened_from_the_toolbox_come_in_styled(qgis_app, tmp_path, sample_dir, algorithm, outputs):
    """As the Toolbox with "Open output file after running": outputs tied to the project, then Processing's
    loading step calls each output's post-processor (after a garbage collection, as in a long session)."""
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    parameters = _inputs(algorithm, sample_dir, tmp_path)
    parameters.update({name: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project) for name in outputs})
    result = processing.run(f"schoolconnectivity:{algorithm}", parameters, context=context, feedback=feedback)
    gc.collect()
    for name, styled in outputs.items():
        layer = result[name]
        assert context.willLoadLayerOnCompletion(layer.id())
        assert not styled(layer)  # the sink's plain default symbol until Processing loads it
        details = context.layerToLoadOnCompletionDetails(layer.id())
        details.postProcessor().postProcessLayer(layer, context, feedback)
        assert styled(layer), name


def test_no_post_processor_when_the_output_is_not_opened(qgis_app, tmp_path, sample_dir):
    context = QgsProcessingContext()
    waiting = set(styling._StyleOnLoad.pending)
    result = processing.run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": write_schools(sample_dir, tmp_path), "FIBER": [str(sample_dir / "fiber_backbone.geojson")],
        "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
    output = result["OUTPUT"]
    assert not context.willLoadLayerOnCompletion(output if isinstance(output, str) else output.id())
    assert styling._StyleOnLoad.pending == waiting


def _stack(rows: list[tuple[str | None, str, bool, int]]) -> QgsVectorLayer:
    """Schools all at one spot (74.0, 41.0), added in the given order: (class, pipeline status, hard, students)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "stack", "memory")
    layer.dataProvider().addAttributes([QgsField("connectivity_class", QVariant.String),
                                        QgsField("pipeline_status", QVariant.String),
                                        QgsField("hard_to_connect", QVariant.Bool),
                                        QgsField("num_students", QVariant.Int)])
    layer.updateFields()
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(74.0, 41.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("preset", list(Preset))
def test_unconnected_dots_are_drawn_over_connected_ones_whatever_the_feature_order(qgis_app, preset):
    palette = PALETTES[preset]
    classes = [ConnectivityClass.NO_CONNECTION, ConnectivityClass.BAD, ConnectivityClass.MODERATE,
               ConnectivityClass.GOOD, ConnectivityClass.UNKNOWN]
    for ordered in (classes, classes[::-1]):
        layer = _stack([(cls.value, "", False, 100) for cls in ordered])
        styling.apply_school_style(layer, preset)
        assert _near(QColor(_render(layer).pixel(40, 40)), palette.classes[ConnectivityClass.NO_CONNECTION], 3)


@pytest.mark.parametrize("preset", list(Preset))
def test_markers_stay_above_a_big_neighbours_dot(qgis_app, preset):
    """Sized by students, a 2,000-pupil unconnected school's dot is wider than a small planned school's ring and a
    small hard school's triangle at the same spot; the markers must still show, above every dot."""
    palette = PALETTES[preset]
    for overlay, rows in ((Overlay.PIPELINE, [("good", "planned", False, 50), ("no_connection", "", False, 2000)]),
                          (Overlay.HARD_TO_CONNECT, [("bad", "", True, 50), ("no_connection", "", False, 2000)])):
        for ordered in (rows, rows[::-1]):
            layer = _stack(ordered)
            styling.apply_school_style(layer, preset, size_by_students=True)
            image = _render(layer)
            assert _near(QColor(image.pixel(40, 40)), palette.classes[ConnectivityClass.NO_CONNECTION], 3)
            colour = palette.pipeline if overlay is Overlay.PIPELINE else palette.hard_to_connect
            assert _around(image, 0, colour) > 4, (overlay, ordered)


def test_dots_are_small_with_a_white_outline(qgis_app):
    """About 1.6 mm on paper, so a dense town still shows its connected schools between the unconnected ones."""
    layer = _layer()
    styling.apply_school_style(layer)
    dot = {rule.ruleKey(): rule.symbol() for rule in layer.renderer().rootRule().children()}["good"]
    assert dot.size() == pytest.approx(1.6, abs=0.2)
    assert dot.symbolLayer(0).strokeColor() == QColor("white")
    assert 0 < dot.symbolLayer(0).strokeWidth() <= 0.2


@pytest.mark.parametrize("make", [styling.route_phase_renderer, styling.phase_renderer], ids=["routes", "schools"])
def test_a_national_plan_legend_lists_runs_of_phases(qgis_app, make):
    """317 phases (a plan of 200,000 schools): the legend holds at most MAX_PHASE_ENTRIES runs of consecutive
    phases, each phase in exactly one, coloured apart along the ramp; the demo's 13 phases are listed one by one."""
    phases = list(range(1, 318))
    categories = make(phases).categories()[:-1]  # the last one: no phase
    assert len(categories) <= styling.MAX_PHASE_ENTRIES
    runs = [list(category.value()) if isinstance(category.value(), list) else [category.value()]
            for category in categories]
    assert [phase for run in runs for phase in run] == phases
    assert categories[0].label() == f"Phases 1–{runs[0][-1]}"
    assert len({category.symbol().color().name() for category in categories}) == len(categories)
    short = make(list(range(1, 14))).categories()[:-1]
    assert [category.value() for category in short] == list(range(1, 14))
    assert [category.label() for category in short][:2] == ["Phase 1", "Phase 2"]
