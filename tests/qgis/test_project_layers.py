"""A project a planner can live in: the dock picks and styles the context layers a user adds by hand (never
over a style the user chose), and the steps leave one Schools layer that keeps its style and selection."""
from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from school_connectivity_plugin.core.definitions.palette import PALETTES, Preset
from school_connectivity_plugin.gui import project_layers
from school_connectivity_plugin.processing.workflow import Stage


def _add(path, name: str, provider: str = "ogr"):
    layer = QgsRasterLayer(str(path), name) if provider == "gdal" else QgsVectorLayer(str(path), name, provider)
    assert layer.isValid(), path
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_context_layers_added_by_hand_are_picked_and_styled(dock, sample_dir):
    fiber = _add(sample_dir / "fiber_backbone.geojson", "fiber_backbone")
    nodes = _add(sample_dir / "fiber_nodes.geojson", "fiber_nodes")
    country = _add(sample_dir / "kg_adm0.geojson", "kg_adm0")
    regions = _add(sample_dir / "kg_adm1.geojson", "kg_adm1")
    dem = _add(sample_dir / "kg_dem.tif", "kg_dem", "gdal")
    assert {layer.id() for layer in dock.inputs.fiber_layers()} == {fiber.id(), nodes.id()}
    assert dock.inputs.regions.currentLayer() is regions, "admin-1 (most polygons) over the country outline"
    assert dock.inputs.dem.currentLayer() is dem
    outline = regions.renderer().symbol()
    assert outline.symbolLayer(0).brushStyle() == 0 and regions.labelsEnabled(), "outlines with names, no fill"
    assert fiber.renderer().symbol().color().name() == PALETTES[Preset.GIGA].fiber
    assert isinstance(dem.renderer(), QgsSingleBandPseudoColorRenderer) and dem.renderer().opacity() < 1
    assert country.isValid() and dock.inputs.regions.currentLayer() is not country


def test_a_style_the_user_chose_is_never_overwritten(dock, sample_dir, tmp_path):
    regions = _add(sample_dir / "kg_adm1.geojson", "oblasts")
    fiber = _add(sample_dir / "fiber_backbone.geojson", "fiber_backbone")
    assert regions.labelsEnabled()  # the plugin's style
    regions.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#123456"})))
    fiber.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#00ff00"})))
    dock.inputs.style_context()  # the dock styles its inputs again: the user's changes stay
    assert regions.renderer().symbol().color().name() == "#123456"
    assert fiber.renderer().symbol().color().name() == "#00ff00"
    project_file = tmp_path / "styled.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))  # a saved project's layers wear their owner's styles
    reread = QgsProject.instance().mapLayersByName("oblasts")[0]
    dock.inputs.style_context()
    assert reread.renderer().symbol().color().name() == "#123456"


def test_a_picker_the_user_cleared_is_not_guessed_again(dock, sample_dir):
    regions = _add(sample_dir / "kg_adm1.geojson", "kg_adm1")
    assert dock.inputs.regions.currentLayer() is regions
    dock.inputs.regions.setLayer(None)  # the user wants no regions
    _add(sample_dir / "kg_adm0.geojson", "kg_adm0")
    assert dock.inputs.regions.currentLayer() is None


def test_the_steps_leave_one_living_school_layer(dock, sample_dir, qtbot):
    for path, name in ((sample_dir / "fiber_backbone.geojson", "fiber_backbone"),
                       (sample_dir / "kg_adm1.geojson", "kg_adm1")):
        _add(path, name)
    dock.run_step(Stage.IMPORT, str(sample_dir / "schools.csv"))
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    schools = dock.school_layer()
    assert schools.name() == "Schools" and schools.customProperty(project_layers.ROLE) == "schools"
    first_source = schools.source()
    schools.selectByIds(sorted(schools.allFeatureIds())[:25])
    selected = {feature["school_id"] for feature in schools.selectedFeatures()}
    assert selected
    dock.run_step(Stage.ANALYSIS)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    assert dock.school_layer() is schools and schools.source() != first_source
    assert "hard_to_connect" in schools.fields().names()
    assert {feature["school_id"] for feature in schools.selectedFeatures()} == selected
    mine = QgsMarkerSymbol.createSimple({"color": "#abcdef"})
    schools.setRenderer(QgsSingleSymbolRenderer(mine))  # the planner restyles the schools
    dock.run_step(Stage.PRIORITISE)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    assert dock.school_layer() is schools and "phase" in schools.fields().names()
    assert schools.renderer().symbol().color().name() == "#abcdef", "the planner's style survived the step"
    group = QgsProject.instance().layerTreeRoot().findGroup("School Connectivity")
    names = sorted(node.name() for node in group.findLayers())
    assert names == ["Clusters", "Construction phases", "Rejected rows", "Routes", "Schools"]
    kinds = [layer.customProperty(project_layers.ROLE) for layer in QgsProject.instance().mapLayers().values()]
    assert kinds.count("schools") == 1 and kinds.count("routes") == 1
    routes = project_layers.living_layer("routes")
    assert "phase" in routes.fields().names(), "the plan's routes replaced the analysis routes"
