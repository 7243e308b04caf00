"""The dock driven like a user would: real layers and files, a stub QGIS interface, counts checked by hand."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage

from school_connectivity_plugin.gui.stats_table import COLUMNS
from school_connectivity_plugin.processing.workflow import Stage

from support.dock_helpers import AREAS, counts_of, expected_counts, make_schools, write_geojson
from support.layers import add_layer


def _schools(dock, tmp_path, count=240, seed=7):
    rows = make_schools(count, seed)
    layer = add_layer(write_geojson(tmp_path / "schools.geojson", rows))
    dock.inputs.schools.setLayer(layer)
    return rows, layer


def _column(name: str) -> int:
    return next(index for index, column in enumerate(COLUMNS) if column.header == name)


def _table(dock) -> dict[tuple, dict]:
    """The table as shown: (region, district) -> {header: raw value}."""
    model = dock.statistics.table_model
    return {
        (model.area(row).admin1, model.area(row).admin2): {
            column.header: model.data(model.index(row, index), Qt.UserRole + 1) for index, column in enumerate(COLUMNS)
        }
        for row in range(model.rowCount())
    }


def test_choosing_layers_is_remembered_in_the_project(dock, tmp_path):
    rows, schools = _schools(dock, tmp_path, 30)
    fiber = QgsVectorLayer("LineString?crs=EPSG:4326", "fiber backbone", "memory")
    nodes = QgsVectorLayer("Point?crs=EPSG:4326", "fiber nodes", "memory")
    regions = QgsVectorLayer("Polygon?crs=EPSG:4326", "oblasts", "memory")
    QgsProject.instance().addMapLayers([fiber, nodes, regions])
    listed = [dock.inputs.fiber.itemText(index) for index in range(dock.inputs.fiber.count())]
    assert "fiber backbone" in listed and "fiber nodes" in listed and "schools" not in listed
    dock.inputs.set_fiber_layers([fiber, nodes])
    dock.inputs.regions.setLayer(regions)
    dock.inputs._save()
    ids = {"schools": schools.id(), "fiber": sorted([fiber.id(), nodes.id()]), "regions": regions.id()}
    project_file = tmp_path / "plan.qgs"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert dock.school_layer() is None
    assert QgsProject.instance().read(str(project_file))
    assert dock.school_layer() is not None and dock.school_layer().id() == ids["schools"]
    assert sorted(layer.id() for layer in dock.inputs.fiber_layers()) == ids["fiber"]
    assert dock.inputs.regions.currentLayer().id() == ids["regions"]
    assert dock.stats.schools == len(rows)


def test_statistics_match_an_independent_count(dock, tmp_path):
    rows, _layer = _schools(dock, tmp_path)
    assert counts_of(dock.stats) == expected_counts(rows)
    table = _table(dock)
    assert set(table) == {(admin1, None) for admin1, _ in AREAS}
    for (admin1, _), shown in table.items():
        expected = expected_counts([row for row in rows if row["admin1"] == admin1])
        assert (shown["Schools"], shown["Connected"], shown["In pipeline"], shown["Hard to connect"],
                shown["Students unconnected"]) == (expected["schools"], expected["connected"],
                                                   expected["in_pipeline"], expected["hard_to_connect"],
                                                   expected["students_unconnected"])
    dock.statistics.grouping.setCurrentIndex(1)
    table = _table(dock)
    assert set(table) == set(AREAS)
    for (admin1, admin2), shown in table.items():
        mine = [row for row in rows if (row["admin1"], row["admin2"]) == (admin1, admin2)]
        assert shown["Schools"] == len(mine)
        assert shown["Connected %"] == round(100 * sum(r["connectivity"] == "yes" for r in mine) / len(mine), 1)
    assert dock.statistics.summary.values["schools"].text().replace(",", "") == str(len(rows))


def test_table_sorts_by_numbers_not_text(dock, tmp_path):
    _schools(dock, tmp_path)
    column = _column("Schools")
    dock.statistics.table.sortByColumn(column, Qt.DescendingOrder)
    shown = [dock.statistics.table_proxy.data(dock.statistics.table_proxy.index(row, column), Qt.UserRole + 1)
             for row in range(dock.statistics.table_proxy.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) == len({a for a, _ in AREAS})
    dock.statistics.name_filter.setText("jalal")
    assert dock.statistics.table_proxy.rowCount() == 1
    proxy = dock.statistics.table_proxy
    assert dock.statistics.table_model.area(proxy.mapToSource(proxy.index(0, 0)).row()).admin1 == "Jalal-Abad's"


def test_clicking_a_row_selects_and_zooms_to_its_schools(dock, tmp_path, qtbot):
    rows, layer = _schools(dock, tmp_path)
    dock.show()
    dock.statistics.grouping.setCurrentIndex(1)
    proxy = dock.statistics.table_proxy
    target = next(row for row in range(proxy.rowCount())
                  if dock.statistics.table_model.area(proxy.mapToSource(proxy.index(row, 0)).row()).admin1 == "Нарын")
    rect = dock.statistics.table.visualRect(proxy.index(target, 0))
    qtbot.mouseClick(dock.statistics.table.viewport(), Qt.LeftButton, pos=rect.center())
    wanted = {feature.id() for feature in layer.getFeatures()
              if (feature["admin1"], feature["admin2"]) == ("Нарын", "Ат-Башы")}
    assert wanted and set(layer.selectedFeatureIds()) == wanted
    canvas = dock.iface.mapCanvas()
    assert canvas.extent().contains(layer.boundingBoxOfSelected())
    model = dock.statistics.table_model
    quoted = next(row for row in range(proxy.rowCount())
                  if model.area(proxy.mapToSource(proxy.index(row, 0)).row()).admin1 == "Jalal-Abad's")
    dock.select_area(dock.statistics.table_model.area(proxy.mapToSource(proxy.index(quoted, 0)).row()))
    assert layer.selectedFeatureCount() == sum(row["admin1"] == "Jalal-Abad's" for row in rows)


def test_table_follows_the_selection_and_the_subset_filter(dock, tmp_path, qtbot):
    rows, layer = _schools(dock, tmp_path)
    by_id = {feature.id(): feature["school_id"] for feature in layer.getFeatures()}
    chosen = sorted(by_id)[:57]
    layer.selectByIds(chosen)
    dock.statistics.selected_only.setChecked(True)
    picked = [row for row in rows if row["school_id"] in {by_id[fid] for fid in chosen}]
    assert counts_of(dock.stats) == expected_counts(picked)
    layer.selectByIds(chosen[:10])
    qtbot.waitUntil(lambda: dock.stats.schools == 10, timeout=3000)
    dock.statistics.selected_only.setChecked(False)
    layer.setSubsetString("\"admin1\" = 'Osh'")
    osh = [row for row in rows if row["admin1"] == "Osh"]
    qtbot.waitUntil(lambda: dock.stats.schools == len(osh), timeout=3000)
    assert counts_of(dock.stats) == expected_counts(osh)
    assert set(_table(dock)) == {("Osh", None)}


def test_statistics_follow_edits(dock, tmp_path, qtbot):
    rows, layer = _schools(dock, tmp_path)
    expected = expected_counts(rows)
    layer.startEditing()
    unconnected = next(f for f in layer.getFeatures() if f["connectivity"] == "no")
    layer.changeAttributeValue(unconnected.id(), layer.fields().indexOf("connectivity"), "yes")
    qtbot.waitUntil(lambda: dock.stats.connected == expected["connected"] + 1, timeout=3000)
    assert dock.stats.students_unconnected == expected["students_unconnected"] - unconnected["num_students"]
    gone = next(f for f in layer.getFeatures() if f["connectivity"] == "unknown" and not f["pipeline_status"])
    layer.deleteFeature(gone.id())
    qtbot.waitUntil(lambda: dock.stats.schools == expected["schools"] - 1, timeout=3000)
    added = QgsFeature(layer.fields())
    added.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(74.6, 42.9)))
    added["admin1"], added["connectivity"], added["pipeline_status"] = "Chui", "no", "planned"
    layer.addFeature(added)
    qtbot.waitUntil(lambda: dock.stats.schools == expected["schools"], timeout=3000)
    assert dock.stats.in_pipeline == expected["in_pipeline"] + 1
    layer.rollBack()
    qtbot.waitUntil(lambda: counts_of(dock.stats) == expected, timeout=3000)


def test_statistics_follow_the_file_on_disk(dock, tmp_path, qtbot):
    rows, _layer = _schools(dock, tmp_path)
    path = tmp_path / "schools.geojson"
    assert dock.watcher.watched_files() == [str(path)]
    for row in rows[:40]:
        row["connectivity"] = "yes"
    changed = rows[:-15]
    write_geojson(path, changed)  # another program rewrites the file
    qtbot.waitUntil(lambda: counts_of(dock.stats) == expected_counts(changed), timeout=8000)
    dock.apply_settings(type(dock.settings)(watch_files=False))
    assert dock.watcher.watched_files() == []
    write_geojson(path, rows)
    qtbot.wait(1500)
    assert counts_of(dock.stats) == expected_counts(changed)


def test_geopackage_changed_by_another_connection(dock, tmp_path, qtbot):
    from osgeo import gdal, ogr

    rows = make_schools(120, seed=3)
    gpkg = tmp_path / "schools.gpkg"
    gdal.VectorTranslate(str(gpkg), str(write_geojson(tmp_path / "in.geojson", rows)), layerName="schools")
    layer = add_layer(f"{gpkg}|layername=schools")
    dock.inputs.schools.setLayer(layer)
    assert counts_of(dock.stats) == expected_counts(rows)
    other = ogr.Open(str(gpkg), update=1)  # another program's connection (sqlite3 lacks GeoPackage's ST_ functions)
    other.ExecuteSQL("UPDATE schools SET connectivity = 'yes' WHERE connectivity = 'no'")
    other = None
    for row in rows:
        row["connectivity"] = "yes" if row["connectivity"] == "no" else row["connectivity"]
    qtbot.waitUntil(lambda: dock.stats.not_connected == 0, timeout=8000)
    assert counts_of(dock.stats) == expected_counts(rows)
    assert dock.progress_panel.store_path() == str(gpkg)  # snapshots go into the school layer's own GeoPackage
    assert dock.record_snapshot()
    qtbot.wait(1000)  # the write touches the file: the watcher reloads, and the counts must stay right
    assert counts_of(dock.stats) == expected_counts(rows) and layer.featureCount() == len(rows)
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute("SELECT connected FROM connectivity_snapshots WHERE level = 'national'"
                                  ).fetchall() == [(expected_counts(rows)["connected"],)]


def test_snapshots_are_recorded_and_charted(dock, tmp_path, qtbot):
    rows, layer = _schools(dock, tmp_path)
    store = tmp_path / "progress.gpkg"
    dock.progress_panel.store.setFilePath(str(store))
    qtbot.mouseClick(dock.progress_panel.record_button, Qt.LeftButton)  # as the user records one
    assert store.is_file() and len(dock.progress_panel.chart.frame) == 1 + len({a for a, _ in AREAS})
    layer.startEditing()
    field = layer.fields().indexOf("connectivity")
    newly = [f.id() for f in layer.getFeatures() if f["connectivity"] == "no"][:6]
    for fid in newly:
        layer.changeAttributeValue(fid, field, "yes")
    assert layer.commitChanges()
    qtbot.waitUntil(lambda: dock.stats.connected == expected_counts(rows)["connected"] + 6, timeout=3000)
    assert dock.record_snapshot()
    with sqlite3.connect(store) as connection:
        national = connection.execute("SELECT schools, connected, in_pipeline FROM connectivity_snapshots "
                                      "WHERE level = 'national' ORDER BY fid").fetchall()
        regional = connection.execute("SELECT area, connected FROM connectivity_snapshots "
                                      "WHERE level = 'admin1' ORDER BY fid").fetchall()
        registered = connection.execute("SELECT data_type FROM gpkg_contents "
                                        "WHERE table_name = 'connectivity_snapshots'").fetchone()
    expected = expected_counts(rows)
    assert national == [(len(rows), expected["connected"], expected["in_pipeline"]),
                        (len(rows), expected["connected"] + 6, expected["in_pipeline"])]
    regions = sorted({admin1 for admin1, _ in AREAS})
    assert [area for area, _ in regional] == regions * 2
    first = dict(regional[:len(regions)])
    assert first == {name: sum(r["connectivity"] == "yes" for r in rows if r["admin1"] == name) for name in regions}
    assert registered == ("attributes",)
    from osgeo import ogr

    dataset = ogr.Open(str(store))  # keep the dataset alive while its layer is used
    assert dataset.GetLayerByName("connectivity_snapshots").GetFeatureCount() == 2 * (1 + len(regions))
    png = tmp_path / "chart.png"
    assert dock.progress_panel.export_png(str(png))
    image = QImage(str(png))
    white = QColor("white").rgb()
    inked = sum(image.pixel(x, y) != white for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))
    assert inked > 0.02 * (image.width() // 4) * (image.height() // 4)


def test_import_runs_as_a_task(dock, sample_dir, qtbot):
    import csv

    with open(sample_dir / "schools.csv", encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    chain = dock.run_step(Stage.IMPORT, str(sample_dir / "schools.csv"))
    assert chain is not None
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    layer = dock.school_layer()
    assert layer is not None and layer.source().startswith(str(chain.run_dir))
    rejected = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr is not layer and
                lyr.source().startswith(str(chain.run_dir))]
    rejected_rows = {int(f["source_row"]) for lyr in rejected for f in lyr.getFeatures()}
    assert dock.stats.schools + len(rejected_rows) == len(raw)
    kept = [row for number, row in enumerate(raw, start=1) if number not in rejected_rows]
    assert dock.stats.connected == sum(row["Интернет"] == "да" for row in kept)
    assert dock.stats.not_connected == sum(row["Интернет"] == "нет" for row in kept)


def test_a_file_without_coordinate_columns_opens_the_column_map(dock, tmp_path, qtbot, monkeypatch):
    from school_connectivity_plugin.gui.column_mapping_dialog import ColumnMappingDialog

    path = tmp_path / "odd_headers.csv"
    path.write_text("N deg;E deg;Школа\n42,87;74,59;Мектеп 1\n40,53;72,79;Мектеп 2\n", encoding="utf-8")
    shown = []

    def answer(dialog):
        shown.append(dialog)
        for name, column in (("latitude", "N deg"), ("longitude", "E deg")):
            dialog.combos[name].setCurrentIndex(dialog.combos[name].findData(column))
        return ColumnMappingDialog.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec_", answer)
    dock._stage_requested(Stage.IMPORT, str(path))
    assert shown, "the column map did not open"
    qtbot.waitUntil(lambda: dock.chain is None, timeout=60_000)
    layer = dock.school_layer()
    points = sorted((round(f.geometry().asPoint().y(), 2), round(f.geometry().asPoint().x(), 2))
                    for f in layer.getFeatures())
    assert points == [(40.53, 72.79), (42.87, 74.59)]


def test_a_cancelled_column_map_runs_nothing(dock, tmp_path, monkeypatch):
    from school_connectivity_plugin.gui.column_mapping_dialog import ColumnMappingDialog

    path = tmp_path / "no_coordinates.csv"
    path.write_text("id,name\n1,A\n", encoding="utf-8")
    monkeypatch.setattr(ColumnMappingDialog, "exec_", lambda dialog: ColumnMappingDialog.Rejected)
    dock._stage_requested(Stage.IMPORT, str(path))
    assert dock.chain is None and dock.school_layer() is None
    assert "cancelled" in dock.status.text()


def test_an_unreadable_file_ends_in_an_error_not_a_success(dock, tmp_path, qtbot):
    path = tmp_path / "abc.csv"
    path.write_text("id,name,lat,lon\n1,A,abc,abc\n2,B,abc,abc\n", encoding="utf-8")
    dock._stage_requested(Stage.IMPORT, str(path))
    qtbot.waitUntil(lambda: dock.chain is None, timeout=60_000)
    assert dock.school_layer() is None
    assert "abc.csv" in dock.status.text() and "coordinates that cannot be read: 2" in dock.status.text()
    assert "Done" not in dock.status.text()


def test_cancelling_midway_leaves_nothing_behind(dock, sample_dir, tmp_path, qtbot):
    big = tmp_path / "many_schools.csv"
    lines = (sample_dir / "schools.csv").read_text(encoding="utf-8").splitlines()
    big.write_text("\n".join([lines[0]] + [f"{copy}{line}" for copy in range(6) for line in lines[1:]]) + "\n",
                   encoding="utf-8")
    before = set(QgsProject.instance().mapLayers())
    chain = dock.run_step(Stage.IMPORT, str(big))
    assert dock.cancel_button.isVisibleTo(dock) and not dock.step_buttons[Stage.ANALYSIS].isEnabled()
    qtbot.waitUntil(lambda: chain.task is not None and chain.task.status() == QgsTask.Running, timeout=60_000)
    dock.cancel()  # while the algorithm runs in its thread
    qtbot.waitUntil(lambda: dock.chain is None, timeout=60_000)
    assert not chain.run_dir.exists()
    assert set(QgsProject.instance().mapLayers()) == before
    assert dock.step_buttons[Stage.ANALYSIS].isEnabled() and not dock.cancel_button.isVisibleTo(dock)
    assert dock.status.text() == "Stopped; nothing was written."


def _imported_sample(sample_dir, tmp_path) -> QgsVectorLayer:
    import processing

    result = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": str(tmp_path / "schools.gpkg"),
        "REJECTED": str(tmp_path / "rejected.gpkg")})
    return add_layer(result["OUTPUT"])


@pytest.fixture
def user_settings():
    """Settings a test saves are removed afterwards, so every test starts from the defaults."""
    from qgis.core import QgsSettings

    from school_connectivity_plugin.settings import PREFIX, PluginSettings

    yield PluginSettings
    QgsSettings().remove(PREFIX)


def test_analysis_runs_as_a_task_with_the_settings_thresholds(dock, sample_dir, tmp_path, qtbot, user_settings):
    user_settings(max_fiber_distance_m=7_500.0).save()
    schools = _imported_sample(sample_dir, tmp_path)
    fiber = add_layer(sample_dir / "fiber_backbone.geojson", "fiber")
    dock.inputs.schools.setLayer(schools)
    dock.inputs.set_fiber_layers([fiber])
    before = dock.stats.schools
    chain = dock.run_step(Stage.ANALYSIS)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    analysed = dock.school_layer()
    assert analysed.id() != schools.id() and analysed.source().startswith(str(chain.run_dir))
    tree = QgsProject.instance().layerTreeRoot()
    assert tree.findLayer(analysed.id()).isVisible() and not tree.findLayer(schools.id()).isVisible()
    assert {"fiber_distance_m", "hard_to_connect", "hard_reasons"} <= set(analysed.fields().names())
    gpkg = analysed.source().split("|")[0]
    with sqlite3.connect(gpkg) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        total, hard, far_not_flagged, below_default = connection.execute(
            "SELECT COUNT(*), SUM(hard_to_connect = 1), "
            "SUM(path_max_link_m > 7500 AND connectivity <> 'yes' AND hard_to_connect = 0), "
            f'SUM(path_max_link_m > 7500 AND path_max_link_m <= 20000) FROM "{table}"').fetchone()
    assert total == before and dock.stats.schools == before
    assert dock.stats.hard_to_connect == hard > 0
    assert below_default > 0 and far_not_flagged == 0  # the 7.5 km setting was used, not the 20 km default
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE route_note = \'beyond_max_link\' '
                                  "AND path_max_link_m <= 7500").fetchone()[0] == 0


def test_export_runs_on_the_main_thread_and_prints_the_chart(dock, sample_dir, tmp_path, qtbot, monkeypatch):
    import processing

    calls = []
    real_run = processing.run

    def spy(alg_id, parameters, **kwargs):
        chart = parameters.get("PROGRESS_CHART")
        calls.append((alg_id, chart, chart is not None and Path(chart).is_file()))
        return real_run(alg_id, parameters, **kwargs)

    schools = _imported_sample(sample_dir, tmp_path)
    monkeypatch.setattr(processing, "run", spy)
    dock.inputs.schools.setLayer(schools)
    dock.progress_panel.store.setFilePath(str(tmp_path / "progress.gpkg"))
    assert dock.record_snapshot()
    chain = dock.run_step(Stage.EXPORT)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    pdf = list(chain.run_dir.rglob("*.pdf"))
    assert len(pdf) == 1 and pdf[0].read_bytes()[:5] == b"%PDF-"
    assert (chain.run_dir / "progress_chart.png").stat().st_size > 5_000
    assert calls == [("schoolconnectivity:exportplanningmaps", str(chain.run_dir / "progress_chart.png"), True)]
    assert dock.school_layer().id() == schools.id()


def _count(gpkg: str, where: str) -> int:
    """Rows of the one feature table of a GeoPackage matching a condition, counted with sqlite3."""
    with sqlite3.connect(gpkg.split("|")[0]) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        return connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {where}').fetchone()[0]


def test_work_plan_analysis_and_prioritisation_chain_in_the_dock(dock, sample_dir, tmp_path, qtbot):
    dock.inputs.schools.setLayer(_imported_sample(sample_dir, tmp_path))
    dock.inputs.set_fiber_layers([add_layer(sample_dir / "fiber_backbone.geojson", "fiber")])
    assert dock.run_step(Stage.PIPELINE, source_file=str(sample_dir / "pipeline.csv")) is not None
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    planned = dock.school_layer()
    assert "pipeline_status" in planned.fields().names()
    pending = _count(planned.source(), "pipeline_status IN ('planned', 'contracted', 'in_progress')")
    assert dock.stats.in_pipeline == pending > 0
    dock.run_step(Stage.ANALYSIS)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    chain = dock.run_step(Stage.PRIORITISE)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    ranked = dock.school_layer()
    assert {"priority_rank", "phase", "recommended_technology", "hard_to_connect"} <= set(ranked.fields().names())
    assert _count(ranked.source(), "priority_rank IS NOT NULL") > 0
    assert dock.stats.in_pipeline == pending  # the plan survives the later steps
    routes = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source().startswith(str(chain.run_dir)) and layer.geometryType() == 1]
    assert len(routes) == 1 and routes[0].featureCount() > 0


def test_removing_the_school_layer_empties_the_dashboard(dock, tmp_path, qtbot):
    _rows, layer = _schools(dock, tmp_path, 20)
    assert dock.stats.schools == 20 and dock.watcher.watched_files()
    QgsProject.instance().removeMapLayer(layer.id())
    qtbot.waitUntil(lambda: dock.school_layer() is None)
    assert dock.stats.schools == 0 and dock.statistics.table_model.rowCount() == 0
    assert dock.watcher.watched_files() == [] and dock.watcher.layer is None


def test_new_colour_preset_restyles_the_school_layer(dock, tmp_path):
    from school_connectivity_plugin.core.definitions.palette import PALETTES, Preset
    from school_connectivity_plugin.core.definitions.schema import ConnectivityClass

    _rows, layer = _schools(dock, tmp_path, 30)
    dock.apply_settings(type(dock.settings)(colour_preset=Preset.COLORBLIND.value))
    shown = {rule.ruleKey(): rule.symbol().color().name() for rule in layer.renderer().rootRule().children()
             if rule.symbol() is not None}
    good = ConnectivityClass.GOOD
    assert PALETTES[Preset.COLORBLIND].classes[good] != PALETTES[Preset.GIGA].classes[good]
    assert shown[good.value] == PALETTES[Preset.COLORBLIND].classes[good].lower()


def test_large_layers_are_counted_in_the_background(dock, tmp_path, qtbot):
    dock.sync_limit = 100  # layers above this many schools are counted by a QgsTask, not on the GUI thread
    rows, layer = _schools(dock, tmp_path, 400)
    assert dock.recount_task is not None
    qtbot.waitUntil(lambda: dock.recount_task is None, timeout=30_000)
    assert counts_of(dock.stats) == expected_counts(rows)
    assert dock.statistics.table_model.rowCount() == len({admin1 for admin1, _ in AREAS})
    layer.startEditing()
    layer.changeAttributeValue(next(f.id() for f in layer.getFeatures() if f["connectivity"] == "no"),
                               layer.fields().indexOf("connectivity"), "yes")
    qtbot.waitUntil(lambda: dock.stats.connected == expected_counts(rows)["connected"] + 1, timeout=30_000)
    layer.rollBack()
    store = tmp_path / "progress.gpkg"
    dock.progress_panel.store.setFilePath(str(store))
    assert dock.record_snapshot()
    qtbot.waitUntil(lambda: store.is_file() and dock.progress_panel.chart.has_snapshots(), timeout=30_000)
    with sqlite3.connect(store) as connection:
        assert connection.execute("SELECT schools, connected FROM connectivity_snapshots WHERE level = 'national'"
                                  ).fetchall() == [(len(rows), expected_counts(rows)["connected"])]


def test_import_dialogs_offer_what_the_algorithms_read():
    from school_connectivity_plugin.gui.tasks import input_file_filter

    assert "*.csv" in input_file_filter(Stage.IMPORT) and "*.gpkg" in input_file_filter(Stage.IMPORT)
    assert "*.xlsx" in input_file_filter(Stage.PIPELINE)
    assert input_file_filter(Stage.ANALYSIS) == ""  # the analysis reads layers, not a file


def test_summary_says_why_schools_are_hard_to_connect(qtbot):
    import pandas as pd

    from school_connectivity_plugin.core.reporting.stats import compute_stats
    from school_connectivity_plugin.gui.summary import StatsSummary

    schools = pd.DataFrame({
        "connectivity": ["no", "no", "yes", "unknown"],
        "hard_to_connect": [True, True, False, False],
        "hard_reasons": ["far_from_fiber;high_elevation", "far_from_fiber", "rugged_path", ""],
    })
    summary = StatsSummary()
    qtbot.addWidget(summary)
    summary.show_stats(compute_stats(schools))
    assert summary.reasons.text() == "Why hard to connect: far from fiber 2 · high elevation 1"
    summary.show_stats(compute_stats(schools.iloc[2:]))
    assert summary.reasons.isHidden()


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _answer_sheet(monkeypatch, choose: str | None) -> list:
    """The sheet dialog answered as a user would: `choose` picked and OK, or Cancel when None; each dialog kept."""
    from school_connectivity_plugin.gui.sheet_dialog import SheetDialog

    shown = []

    def answer(dialog):
        shown.append({"names": [dialog.combo.itemData(index) for index in range(dialog.combo.count())],
                      "current": dialog.chosen(), "title": dialog.windowTitle()})
        if choose is None:
            return SheetDialog.Rejected
        dialog.combo.setCurrentIndex(dialog.combo.findData(choose))
        return SheetDialog.Accepted

    monkeypatch.setattr(SheetDialog, "exec_", answer)
    return shown


def _points(layer) -> list[tuple[float, float]]:
    return sorted((round(f.geometry().asPoint().y(), 2), round(f.geometry().asPoint().x(), 2))
                  for f in layer.getFeatures())


def test_a_workbook_of_several_lists_asks_which_sheet(dock, tmp_path, qtbot, monkeypatch):
    header = ["Школа", "Широта", "Долгота", "Интернет"]
    path = _workbook(tmp_path / "lists.xlsx", {
        "2018": [["Министерство образования"], [], header, ["Мектеп 1", 42.87, 74.59, "да"]],
        "2024": [header, ["Мектеп 2", 40.53, 72.79, "нет"], ["Мектеп 3", 41.43, 75.99, "да"]]})
    shown = _answer_sheet(monkeypatch, "2024")
    dock._stage_requested(Stage.IMPORT, str(path))
    assert [(item["names"], item["current"]) for item in shown] == [(["2018", "2024"], "2018")]
    qtbot.waitUntil(lambda: dock.chain is None, timeout=60_000)
    assert _points(dock.school_layer()) == [(40.53, 72.79), (41.43, 75.99)]


def test_a_geopackage_of_two_point_layers_asks_which_layer(dock, sample_dir, tmp_path, qtbot, monkeypatch):
    from support import packed_inputs as packed

    path = packed.schools_geopackage(sample_dir, tmp_path / "schools.gpkg", extra_point_layer=True)
    shown = _answer_sheet(monkeypatch, "schools")
    dock._stage_requested(Stage.IMPORT, str(path))
    assert [item["names"] for item in shown] == [["schools", "fiber_nodes"]]
    assert "layer" in shown[0]["title"]
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    assert dock.school_layer().featureCount() == 2137


def test_a_title_block_sheet_is_offered_first_and_a_cancelled_choice_runs_nothing(dock, sample_dir, tmp_path,
                                                                                monkeypatch):
    from support import packed_inputs as packed

    path = packed.xlsx_with_title_block(sample_dir, tmp_path / "schools.xlsx")
    shown = _answer_sheet(monkeypatch, None)
    dock._stage_requested(Stage.IMPORT, str(path))
    assert [(item["names"], item["current"]) for item in shown] == [(["Пояснения", "Школы"], "Школы")]
    assert dock.chain is None and dock.school_layer() is None
    assert "cancelled" in dock.status.text()
