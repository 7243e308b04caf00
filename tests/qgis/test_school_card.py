"""Answers on click, on the whole job's real output: the map tip says what the school card says, in words and in the
user's language; Identify gets aliases, value maps and a grouped form; the card's highlighted route runs from the
school along the routes layer's links to the fiber point of its route."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsEditFormConfig,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from school_connectivity_plugin.core.definitions.codes import HardReason, Technology, TechnologySource, Upstream
from school_connectivity_plugin.core.definitions.schema import PipelineStatus
from school_connectivity_plugin.core.definitions.school_card import CARD_GROUPS, OTHER_FIELDS
from school_connectivity_plugin.processing.labels import translated
from school_connectivity_plugin.processing.maps import school_card, styling
from school_connectivity_plugin.processing.maps.school_route import RouteSource, routes_layers, school_route

REPO = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile("[\u0400-\u04ff]")
ON_FIBER = (Upstream.FIBER.value, Upstream.FIBER_SCHOOL.value)


@pytest.fixture(scope="module")
def job(qgis_app, tmp_path_factory) -> Path:
    """The whole job on the bundled sample: its schools.gpkg holds schools and routes."""
    sample = REPO / "resources" / "sample"
    out = tmp_path_factory.mktemp("card") / "job"
    processing.run("schoolconnectivity:runall", {
        "INPUT": str(sample / "schools.csv"), "PIPELINE": str(sample / "pipeline.csv"),
        "FIBER": [str(sample / "fiber_backbone.geojson"), str(sample / "fiber_nodes.geojson")],
        "BOUNDARY": str(sample / "kg_adm0.geojson"), "REGIONS": str(sample / "kg_adm1.geojson"),
        "DEM": str(sample / "kg_dem.tif"), "OUTPUT_FOLDER": str(out)})
    return out / "schools.gpkg"


def _layer(job: Path, table: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{job}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def schools(job) -> QgsVectorLayer:
    layer = _layer(job, "schools")
    styling.apply_school_style(layer)
    return layer


@pytest.fixture(scope="module")
def routes(job) -> QgsVectorLayer:
    return _layer(job, "routes")


def _one(layer: QgsVectorLayer, expression: str):
    features = list(layer.getFeatures(expression))
    assert features, expression
    return features[0]


def _tip(layer: QgsVectorLayer, feature) -> str:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def _attributes(feature) -> dict:
    return dict(zip(feature.fields().names(), feature.attributes()))


def _km(metres: float) -> str:
    return QLocale().toString(metres / 1000.0, "f", 1)


#: Schools that show every kind of answer: hard to connect with reasons, in the operator's plan, by least cost,
#: connected with no route.
CASES = {
    "hard": "hard_to_connect AND hard_reasons LIKE '%;%'",
    "planned": "pipeline_status = 'planned' AND technology_source = 'operator_plan' AND phase IS NOT NULL",
    "least_cost": "technology_source = 'least_cost' AND recommended_technology = 'satellite' AND phase IS NOT NULL",
    "connected": "connectivity = 'yes' AND route_key IS NULL AND download_speed_mbps IS NOT NULL",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_map_tip_says_what_the_card_says(schools, case):
    feature = _one(schools, CASES[case])
    tip = _tip(schools, feature)
    assert "[%" not in tip and "%]" not in tip
    assert tip == school_card.card_html(_attributes(feature))


def test_the_map_tip_answers_in_words(schools):
    hard = _one(schools, CASES["hard"])
    tip = _tip(schools, hard)
    assert hard["school_name"] in tip
    assert f"<td>{_km(hard['fiber_distance_m'])} km</td>" in tip
    reasons = ", ".join(translated(HardReason(code)) for code in hard["hard_reasons"].split(";"))
    assert f"<td>{reasons}</td>" in tip and "far from fiber" in reasons
    assert f"<td>{translated(Technology(hard['recommended_technology']))}</td>" in tip
    assert f">Construction phase</td><td>{hard['phase']}</td>" in tip
    assert f">CAPEX</td><td>{QLocale().toString(hard['est_capex_usd'], 'f', 0)} USD</td>" in tip
    assert ">OPEX</td><td>" in tip and "USD a year</td>" in tip and ">Total over the planning horizon</td>" in tip
    for code in ("far_from_fiber", "rugged_path", "least_cost", "satellite", "no_connection"):
        assert code not in tip, code
    planned = _tip(schools, _one(schools, CASES["planned"]))
    feature = _one(schools, CASES["planned"])
    assert f"<td>{translated(PipelineStatus.PLANNED)}</td>" in planned
    assert f"<td>{translated(TechnologySource.OPERATOR_PLAN)}</td>" in planned
    assert f">Work plan date</td><td>{feature['pipeline_date']}</td>" in planned
    connected = _one(schools, CASES["connected"])
    tip = _tip(schools, connected)
    assert f"{QLocale().toString(connected['download_speed_mbps'], 'f', 1)} Mbps" in tip
    assert ">Plan</b>" not in tip or ">Operator's work plan<" in tip  # no empty group heading
    assert ">Why</td>" not in tip  # no reasons, no row


@pytest.fixture
def russian(tmp_path):
    """The plugin's Russian translation (built from the .ts as `make i18n` does) and Russian number formats."""
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    qm = tmp_path / "school_connectivity_ru.qm"
    subprocess.run(["lrelease", "-silent", str(REPO / "i18n" / "school_connectivity_ru.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("ru"))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def test_the_map_tip_speaks_russian(job, russian):
    """Labels are baked in when the layer is styled: a layer styled in Russian tells its schools in Russian."""
    layer = _layer(job, "schools")
    styling.apply_school_style(layer)
    hard = _one(layer, CASES["hard"])
    tip = _tip(layer, hard)
    assert tip == school_card.card_html(_attributes(hard))
    reasons = [translated(HardReason(code)) for code in hard["hard_reasons"].split(";")]
    technology = translated(Technology(hard["recommended_technology"]))
    assert all(CYRILLIC.search(text) for text in [*reasons, technology])
    assert f"<td>{', '.join(reasons)}</td>" in tip
    assert f"<td>{technology}</td>" in tip
    distance = _km(hard["fiber_distance_m"])
    assert "," in distance and distance in tip  # a decimal comma
    assert "far from fiber" not in tip and "Satellite" not in tip


def test_identify_shows_aliases_value_maps_and_the_card_groups(schools):
    config = schools.editFormConfig()
    assert config.layout() == QgsEditFormConfig.TabLayout
    tabs = config.tabs()
    assert [tab.name() for tab in tabs] == [group.title for group in CARD_GROUPS] + [OTHER_FIELDS]
    placed = [child.name() for tab in tabs for child in tab.children()]
    assert sorted(placed) == sorted(schools.fields().names())  # every field once, none lost
    assert [child.name() for child in tabs[3].children()][:3] == [
        "recommended_technology", "technology_source", "est_capex_usd"]
    fields = schools.fields()
    assert fields.field("fiber_distance_m").alias() == "Distance to fiber (m)"
    assert fields.field("est_opex_usd_year").alias() == "OPEX (USD a year)"
    assert fields.field("hard_reasons").alias() == "Why"

    def shown(name: str, value) -> str:
        index = fields.indexFromName(name)
        setup = schools.editorWidgetSetup(index)
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        return formatter.representValue(schools, index, setup.config(), None, value)

    assert shown("recommended_technology", "p2p") == translated(Technology.P2P)
    assert shown("technology_source", "least_cost") == translated(TechnologySource.LEAST_COST)
    assert shown("pipeline_status", "") == translated(PipelineStatus.NONE)
    assert shown("hard_reasons", "far_from_fiber;rugged_path") == "far from fiber, rugged path"
    hard = _one(schools, CASES["hard"])
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(schools))
    context.setFeature(hard)
    assert QgsExpression(schools.displayExpression()).evaluate(context) == hard["school_name"]


def test_a_layer_with_only_imported_fields_gets_a_tip_without_the_later_groups(job):
    layer = _layer(job, "schools")
    keep = ["school_id", "school_name", "admin1", "connectivity", "download_speed_mbps", "connectivity_class"]
    memory = layer.materialize(QgsFeatureRequest().setSubsetOfAttributes(keep, layer.fields()))
    styling.apply_school_style(memory)
    feature = next(memory.getFeatures())
    tip = _tip(memory, feature)
    assert tip == school_card.card_html({name: feature[name] for name in keep})
    assert ">Connectivity</b>" in tip and ">Plan</b>" not in tip and ">Fiber</b>" not in tip


def test_a_memory_layer_with_true_false_and_null_reads_the_same_in_tip_and_card(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=school_id:string&field=connectivity:string"
                           "&field=hard_to_connect:boolean&field=hard_reasons:string&field=fiber_distance_m:double",
                           "schools", "memory")
    rows = [("a", "no", True, "no_fiber", None), ("b", "yes", False, "", 1234.5), ("c", None, None, None, None)]
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(74.5, 42.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    styling.apply_school_style(layer)
    tips = {feature["school_id"]: (_tip(layer, feature), school_card.card_html(_attributes(feature)))
            for feature in layer.getFeatures()}
    assert all(tip == card for tip, card in tips.values())
    assert ">Yes</td>" in tips["a"][0] and f"<td>{translated(HardReason.NO_FIBER)}</td>" in tips["a"][0]
    assert ">No</td>" in tips["b"][0] and "<td>1.2 km</td>" in tips["b"][0] and ">Why</td>" not in tips["b"][0]
    assert ">Fiber</b>" not in tips["c"][0] and ">Connectivity</b>" not in tips["c"][0]


def _links(routes: QgsVectorLayer) -> dict[str, tuple[str, str]]:
    return {feature["to_id"]: (feature["from_id"], feature["upstream_type"]) for feature in routes.getFeatures()}


def test_the_route_runs_from_the_school_along_its_links_to_the_fiber_point(schools, routes):
    links = _links(routes)
    by_key = {feature["route_key"]: feature for feature in schools.getFeatures("route_key IS NOT NULL")}
    walked = [key for key in links if key in by_key]
    assert len(walked) > 300
    longest = 0
    for key in walked:
        school = by_key[key]
        route = school_route(schools, school, [routes])
        assert route.source is RouteSource.ROUTES and route.reaches_fiber, key
        point = school.geometry().asPoint()
        assert route.vertices[0] == pytest.approx([point.x(), point.y()], abs=1e-9)
        assert route.links[0][1] == key
        for (from_id, to_id), upstream in zip(route.links, route.links[1:]):
            assert links[to_id][0] == from_id and upstream[1] == from_id  # each link leads into the next
        top_from, top_to = route.links[-1]
        assert links[top_to][1] in ON_FIBER
        top = by_key[top_to]
        assert top["upstream_type"] in ON_FIBER and top["upstream_id"] == top_from
        assert route.end == pytest.approx((top["upstream_lon"], top["upstream_lat"]), abs=1e-6)
        assert route.length_m == pytest.approx(school["path_length_m"], abs=0.01)
        longest = max(longest, len(route.links))
    assert longest >= 4  # chains through several schools were walked


def test_without_a_routes_layer_the_school_fields_give_the_same_route(schools, routes):
    school = _one(schools, "upstream_type = 'school'")
    from_routes = school_route(schools, school, [routes])
    from_fields = school_route(schools, school, [])
    assert from_fields.source is RouteSource.SCHOOLS
    assert from_fields.links == from_routes.links
    assert from_fields.end == pytest.approx(from_routes.end, abs=1e-6)


def test_a_school_with_no_route_gets_the_line_to_its_nearest_fiber_point(schools, routes):
    school = _one(schools, CASES["connected"])
    route = school_route(schools, school, [routes])
    assert route.source is RouteSource.NEAREST and route.links == []
    assert route.end == pytest.approx((school["fiber_lon"], school["fiber_lat"]))
    assert route.length_m == pytest.approx(school["fiber_distance_m"])


def test_the_routes_layer_is_found_beside_the_schools_or_in_the_project(job, schools, routes):
    found = routes_layers(schools, QgsProject())
    assert len(found) == 1 and found[0].source() == routes.source()
    project = QgsProject()
    other = _layer(job, "routes")
    project.addMapLayer(other)
    assert routes_layers(schools, project) == [other]


# --- the card in the GUI ---


@pytest.fixture
def project_layers(job):
    project = QgsProject.instance()
    project.clear()
    schools = _layer(job, "schools")
    styling.apply_school_style(schools)
    routes = _layer(job, "routes")
    project.addMapLayers([schools, routes])
    yield schools, routes
    project.clear()


def _school_actions(layer):
    return [action for action in QgsGui.mapLayerActionRegistry().mapLayerActions(layer)
            if action.objectName() == "SchoolCardAction"]


def test_the_school_card_action_shows_the_card_and_highlights_the_route(iface, qtbot, project_layers, tmp_path):
    from school_connectivity_plugin.gui.school_card import SchoolCardActions

    schools, routes = project_layers
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32643"))  # UTM 43N: the highlight is reprojected
    canvas.setLayers([schools, routes])
    cards = SchoolCardActions(iface)
    try:
        assert len(_school_actions(schools)) == 1 and _school_actions(routes) == []
        assert QgsGui.mapLayerActionRegistry().defaultActionForLayer(schools) is _school_actions(schools)[0]
        school = _one(schools, "upstream_type = 'school' AND path_length_m > 20000")
        _school_actions(schools)[0].triggerForFeature(schools, school)
        dialog = cards.dialog
        qtbot.waitUntil(dialog.isVisible)
        assert school["school_name"] in dialog.windowTitle()
        assert _km(school["fiber_distance_m"]) in dialog.text.toPlainText()
        assert dialog.route.source is RouteSource.ROUTES and len(dialog.route.links) >= 2
        assert f"links: {len(dialog.route.links)}" in dialog.route_label.text()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings()
                                           .destinationCrs(), QgsProject.instance())
        expected = dialog.route.geometry()
        expected.transform(to_canvas)
        drawn = dialog.bands[0].asGeometry()
        assert drawn.asPolyline() and len(drawn.asPolyline()) == len(expected.asPolyline())
        for a, b in zip(drawn.asPolyline(), expected.asPolyline()):
            assert a.x() == pytest.approx(b.x(), abs=0.01) and a.y() == pytest.approx(b.y(), abs=0.01)
        end = dialog.bands[2].asGeometry().asMultiPoint()[0]
        assert (end.x(), end.y()) == pytest.approx((expected.asPolyline()[-1].x(), expected.asPolyline()[-1].y()),
                                                   abs=0.01)
        assert canvas.extent().contains(drawn.boundingBox())  # the map shows the whole route
        dialog.grab().save(str(tmp_path / "school_card.png"))
        assert (tmp_path / "school_card.png").stat().st_size > 5_000
        dialog.close()
        assert dialog.bands[0].asGeometry().isEmpty(), "closing the card takes the highlight off the map"
        QgsProject.instance().removeMapLayer(routes.id())
        assert len(_school_actions(schools)) == 1
        QgsProject.instance().removeMapLayer(schools.id())
        assert cards.actions == {}
    finally:
        cards.release()


def test_a_route_to_a_school_on_fiber_names_that_school(iface, qtbot, project_layers):
    from school_connectivity_plugin.gui.school_card import SchoolCardDialog

    schools, _ = project_layers
    dialog = SchoolCardDialog(iface.mapCanvas())
    qtbot.addWidget(dialog)
    school = _one(schools, "upstream_type = 'fiber_school'")
    dialog.show_school(schools, school)
    assert dialog.route.end_type == Upstream.FIBER_SCHOOL.value and dialog.route.links[-1][0] == school["upstream_id"]
    on_fiber = _one(schools, f"school_id = '{school['upstream_id']}'")
    assert on_fiber["connectivity_type"] == "fiber"
    assert on_fiber["school_name"] in dialog.route_label.text()
    point = on_fiber.geometry().asPoint()
    assert dialog.route.end == pytest.approx((point.x(), point.y()), abs=1e-6)  # it ends at that school
    dialog.close()
    dialog.release()


def test_release_removes_every_action_and_lets_go_of_the_project(iface, project_layers):
    from school_connectivity_plugin.gui.school_card import SchoolCardActions

    schools, _ = project_layers
    project = QgsProject.instance()
    before = project.receivers(project.layersAdded), project.receivers(project.layersWillBeRemoved)
    cards = SchoolCardActions(iface)
    cards.show_card(schools, next(schools.getFeatures()))
    assert _school_actions(schools)
    cards.release()
    cards.release()  # a second release does nothing
    assert _school_actions(schools) == []
    assert QgsGui.mapLayerActionRegistry().defaultActionForLayer(schools) is None
    assert (project.receivers(project.layersAdded), project.receivers(project.layersWillBeRemoved)) == before
