"""GeoPackages written and copied by SQL (issue 15: the chain near the speed of one QGIS join): the tables must be
what QGIS's own writer gives (rows, types, NULLs, geometry, extent) and valid GeoPackages with a working R-tree."""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import processing
import pytest
from osgeo import ogr
from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

from school_connectivity_plugin.processing.io import gpkg, gpkg_copy, gpkg_rtree, gpkg_write, reading

TYPES = {"school_name": str, "num_students": int, "fiber_distance_m": float, "hard_to_connect": bool}


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "school_name": ["Школа №1", None, "School 3", "Мектеп 4"],
        "num_students": pd.array([120, None, 0, 45], dtype=object),
        "fiber_distance_m": [1500.123456, np.nan, 0.0, 12.5],
        "hard_to_connect": [True, False, None, False],
        "longitude": [74.6, 75.1, np.nan, 72.8], "latitude": [42.9, 41.4, 40.0, 40.5]})


def _features(layer: QgsVectorLayer) -> list[tuple]:
    return [(tuple(feature.attributes()[1:]), feature.geometry().asWkt(6) if feature.hasGeometry() else None)
            for feature in layer.getFeatures()]


def _rtree_ok(path, table: str) -> bool:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"


def test_points_written_by_sql_read_back_as_written(qgis_app, tmp_path):
    writer = gpkg_write.PointTableWriter(tmp_path / "schools.gpkg", "schools", TYPES)
    frame = _frame()
    writer.append(frame.iloc[:2])
    writer.append(frame.iloc[2:])
    writer.close()
    layer = QgsVectorLayer(f"{tmp_path / 'schools.gpkg'}|layername=schools", "s", "ogr")
    assert layer.isValid() and layer.featureCount() == 4 and layer.crs().authid() == "EPSG:4326"
    assert [field.typeName().lower() for field in layer.fields()][1:] == ["string", "integer64", "real", "boolean"]
    assert _features(layer) == [
        (("Школа №1", 120, 1500.123, True), "Point (74.6 42.9)"),  # metres at their stated precision (mm)
        ((None, None, None, False), "Point (75.1 41.4)"),
        (("School 3", 0, 0.0, None), None),  # no coordinate: no geometry, the row kept
        (("Мектеп 4", 45, 12.5, False), "Point (72.8 40.5)")]
    assert layer.extent().toString(1) == QgsRectangle(72.8, 40.5, 75.1, 42.9).toString(1)
    assert _rtree_ok(tmp_path / "schools.gpkg", "schools")
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(74, 42, 75, 43))
    assert [feature["school_name"] for feature in layer.getFeatures(request)] == ["Школа №1"]
    assert [p.name for p in tmp_path.iterdir()] == ["schools.gpkg"]


def test_aborted_points_leave_nothing(qgis_app, tmp_path):
    writer = gpkg_write.PointTableWriter(tmp_path / "schools.gpkg", "schools", TYPES)
    writer.append(_frame())
    writer.abort()
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def imported(qgis_app, tmp_path, sample_dir):
    """The bundled sample imported into a GeoPackage (the SQL path) and into memory (QGIS's sink)."""
    outputs = {}
    for key, destination in (("gpkg", str(tmp_path / "schools.gpkg")), ("memory", "memory:")):
        result = processing.run("schoolconnectivity:importschools", {
            "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": destination, "REJECTED": "memory:"})
        outputs[key] = result["OUTPUT"] if key == "memory" else QgsVectorLayer(result["OUTPUT"], "s", "ogr")
    return outputs


def test_import_through_sql_equals_the_qgis_sink(imported):
    written, sink = imported["gpkg"], imported["memory"]
    assert written.fields().names()[1:] == sink.fields().names()
    assert [field.type() for field in written.fields()][1:] == [field.type() for field in sink.fields()]
    assert written.featureCount() == sink.featureCount() > 2000
    assert [(tuple(f.attributes()[1:]), f.geometry().asWkt(7)) for f in written.getFeatures()] == [
        (tuple(f.attributes()), f.geometry().asWkt(7)) for f in sink.getFeatures()]


@pytest.mark.parametrize("columns", [None, ["school_name", "connectivity_class"]], ids=["whole", "columns"])
def test_table_copied_by_sql_equals_its_source(imported, tmp_path, columns):
    source = imported["gpkg"]
    target = tmp_path / "copy.gpkg"
    gpkg_copy.copy_layer(source, target, "copied", new_file=True, columns=columns)
    copied = QgsVectorLayer(f"{target}|layername=copied", "c", "ogr")
    kept = source.fields().names()[1:] if columns is None else columns
    assert copied.fields().names()[1:] == kept
    assert reading.read_attributes(copied, kept).equals(reading.read_attributes(source, kept))
    assert copied.extent() == source.extent() and copied.crs() == source.crs()
    assert _rtree_ok(target, "copied")
    window = QgsRectangle(74, 42, 75, 43)
    assert (sorted(f.id() for f in copied.getFeatures(QgsFeatureRequest().setFilterRect(window)))
            == sorted(f.id() for f in source.getFeatures(QgsFeatureRequest().setFilterRect(window))) != [])


def test_copied_index_follows_edits(imported, tmp_path):
    """The R-tree's triggers come with the copy: a school moved in the copy is found at its new place."""
    target = tmp_path / "copy.gpkg"
    gpkg_copy.copy_layer(imported["gpkg"], target, "schools", new_file=True)
    dataset = ogr.Open(str(target), 1)
    layer = dataset.GetLayerByName("schools")
    feature = layer.GetFeature(1)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (10 10)"))
    assert layer.SetFeature(feature) == 0
    dataset = None
    copied = QgsVectorLayer(f"{target}|layername=schools", "c", "ogr")
    assert [f.id() for f in copied.getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(9, 9, 11, 11)))] == [1]
    assert _rtree_ok(target, "schools")


def test_layers_that_are_not_whole_tables_go_through_the_writer(imported, tmp_path):
    """A filtered layer is copied as it shows (through QGIS's writer), not as its file holds it."""
    source = imported["gpkg"]
    source.setSubsetString('"connectivity_class" = \'no_connection\'')
    assert gpkg_copy.gpkg_table(source) is None
    target = tmp_path / "copy.gpkg"
    gpkg_copy.copy_layer(source, target, "schools", new_file=True)
    copied = QgsVectorLayer(f"{target}|layername=schools", "c", "ogr")
    assert copied.featureCount() == source.featureCount() > 0


@pytest.mark.parametrize("count", [0, 1, 51, 52, 2_601, 2_602, 60_000])
def test_bulk_loaded_rtree_answers_as_brute_force(count):
    """Packed nodes (SQLite holds 51 cells a node here: one full node, one more, a full tree of two levels, one
    more, three levels) pass SQLite's own check, answer box queries as a scan of the boxes does, and take inserts
    and deletes afterwards."""
    rng = np.random.default_rng(count)
    ids = rng.permutation(count) * 7 + 1
    x, y = rng.uniform(69, 80, count), rng.uniform(39, 44, count)
    width = rng.uniform(0, 0.05, count)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    assert (db.execute("SELECT length(data) FROM r_node WHERE nodeno = 1").fetchone()[0] - 4) // 24 == 51
    gpkg_rtree.bulk_load(db, "r", ids, x, x + width, y, y + width)
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM r").fetchone()[0] == count
    for box in ((74, 75, 41, 42), (69, 69.3, 39, 39.2), (0, 1, 0, 1)):
        found = {row[0] for row in db.execute(
            "SELECT id FROM r WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?", (box[1], box[0], box[3],
                                                                                          box[2]))}
        inside = (x <= box[1]) & (x + width >= box[0]) & (y <= box[3]) & (y + width >= box[2])
        assert found == set(ids[inside].tolist())
    db.execute("INSERT INTO r VALUES (-5, 10, 11, 10, 11)")
    db.execute("DELETE FROM r WHERE id = ?", (int(ids[0]) if count else -5,))
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def test_lines_written_by_sql_read_back_as_written(qgis_app, tmp_path):
    writer = gpkg_write.LineTableWriter(tmp_path / "routes.gpkg", "routes", {"cluster_id": int, "length_m": float})
    frame = pd.DataFrame({"cluster_id": [1, 2, 3], "length_m": [1234.56789, np.nan, 0.0]})
    coords = [np.array([(74.5, 42.0), (74.6, 42.1), (74.7, 42.05)]), None, np.array([(75.0, 41.0)])]
    writer.append(frame, coords)
    writer.close()
    layer = QgsVectorLayer(f"{tmp_path / 'routes.gpkg'}|layername=routes", "r", "ogr")
    assert layer.isValid() and layer.geometryType() == 1 and layer.featureCount() == 3  # lines
    assert _features(layer) == [((1, 1234.568), "LineString (74.5 42, 74.6 42.1, 74.7 42.05)"),
                                ((2, None), None), ((3, 0.0), None)]  # fewer than two points: no line
    assert _rtree_ok(tmp_path / "routes.gpkg", "routes")
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(74.65, 42.0, 74.8, 42.2))
    assert [feature.id() for feature in layer.getFeatures(request)] == [1]
    assert layer.extent().toString(2) == QgsRectangle(74.5, 42.0, 74.7, 42.1).toString(2)


@pytest.mark.parametrize("targets", [[1, 3], [], [0, 1, 2, 3, 4, 5]], ids=["some", "none", "all"])
def test_columns_added_in_place_read_back_as_given(qgis_app, tmp_path, targets):
    """Rows a step leaves out (NULL, is_target false) are written by one constant UPDATE, the others a value
    each: both must read back exactly as given, over a column the input already had (its old values gone)."""
    source = tmp_path / "in.gpkg"
    writer = gpkg_write.PointTableWriter(source, "schools", {"school_name": str, "route_note": str})
    writer.append(pd.DataFrame({"school_name": [f"S{i}" for i in range(6)], "route_note": ["stale"] * 6,
                                "longitude": np.linspace(70, 75, 6), "latitude": np.full(6, 41.0)}))
    writer.close()
    target = np.isin(np.arange(6), targets)
    columns = {"route_note": np.where(target, "on route", None).astype(object),
               "route_length_m": np.where(target, np.arange(6) * 1000.25, np.nan),
               "is_target": target, "route_order": np.where(target, np.arange(6), -1)}
    added = {"route_note": str, "route_length_m": float, "is_target": bool, "route_order": int}
    fids = np.arange(1, 7)
    gpkg.copy_with_columns(str(source), "schools", str(tmp_path / "out.gpkg"), added, fids, columns)
    layer = QgsVectorLayer(f"{tmp_path / 'out.gpkg'}|layername=schools", "s", "ogr")
    rows = [[feature[name] for name in ("school_name", *added)] for feature in layer.getFeatures()]
    assert rows == [[f"S{i}", "on route" if i in targets else None, i * 1000.25 if i in targets else None,
                     i in targets, i if i in targets else -1] for i in range(6)]
    assert QgsVectorLayer(f"{source}|layername=schools", "s", "ogr").getFeature(1)["route_note"] == "stale"


def test_the_rows_left_out_are_found_whatever_the_column_types(qgis_app):
    flags = np.array([True, False, False, True])
    defaults, differs = gpkg.default_row([np.array([1.5, np.nan, np.nan, np.nan]), flags,
                                          np.array(["a", None, None, None], dtype=object)])
    assert defaults == [None, 0, None] and differs.tolist() == [True, False, False, True]
    defaults, differs = gpkg.default_row([np.array([1.0, 2.0]), np.array([3, 4])])
    assert differs.tolist() == [True, True]  # no NULL anywhere: every row written


@pytest.mark.parametrize("chunk, statement_rows", [(1, 1), (4, 3), (10, 4), (5_000, 5_000)])
def test_rows_inserted_many_to_a_statement_read_back_in_order(chunk, statement_rows, monkeypatch):
    """Rows are converted a chunk at a time and go to SQLite several per INSERT (the last ones shorter): every row
    once, in order, values as given."""
    monkeypatch.setattr(gpkg, "INSERT_ROWS", statement_rows)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE added (fid INTEGER PRIMARY KEY, length REAL, note TEXT, built INTEGER)")
    fids = np.arange(11, 21)
    arrays = [np.where(np.arange(10) % 3 == 0, np.nan, np.arange(10) * 0.001),
              np.array([f"n{i}" if i % 4 else None for i in range(10)], dtype=object), np.arange(10) % 2 == 0]
    rows = np.array([0, 2, 3, 5, 6, 7, 9])
    gpkg.insert_rows(db, "added", fids, arrays, rows, chunk=chunk)
    assert db.execute("SELECT fid, length, note, built FROM added ORDER BY fid").fetchall() == [
        (int(fids[i]), None if i % 3 == 0 else i * 0.001, f"n{i}" if i % 4 else None, int(i % 2 == 0)) for i in rows]
