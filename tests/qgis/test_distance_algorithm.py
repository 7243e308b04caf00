"""schoolconnectivity:distancetofiber end to end on real layers and files, against independent references."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import processing
import pytest
from pyproj import Geod, Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from school_connectivity_plugin.core.network.nearest import FiberIndex, Segments

from support.geodesic_reference import distance_to_geodesic_segment, distance_to_lines

GEOD = Geod(ellps="WGS84")
ALG = "schoolconnectivity:distancetofiber"


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the warnings so tests can assert what the user is told."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


def _layer(kind: str, crs: str, rows: list[tuple[str, dict]], fields: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}", "fiber" if kind != "Point" else "schools", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for name, value in attributes.items():
            feature[name] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _save(layer: QgsVectorLayer, path, crs: str) -> str:
    processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": str(path)})
    return str(path)


def _values(layer, name: str) -> dict[int, object]:
    return {feature["sid"]: feature[name] for feature in layer.getFeatures()}


def _as_float(value) -> float:
    try:
        return float(value)
    except TypeError:
        return float("nan")


LINES = [np.array([(74.50, 42.80), (74.62, 42.86), (74.80, 42.84), (75.10, 42.95)]),
         np.array([(72.70, 40.50), (73.05, 40.95)])]
SCHOOLS = [(74.60, 42.90), (74.80, 42.84), (74.95, 42.70), (72.90, 40.60), (73.80, 41.80), (75.40, 43.10)]


def _schools_layer():
    return _layer("Point", "EPSG:4326", [(f"POINT({x} {y})", {"sid": i}) for i, (x, y) in enumerate(SCHOOLS)],
                  "&field=sid:integer")


def _fiber_layer():
    return _layer("LineString", "EPSG:4326",
                  [("LINESTRING(" + ", ".join(f"{x} {y}" for x, y in line) + ")", {}) for line in LINES])


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857", "EPSG:32643"])
def test_same_geodesic_distances_whatever_the_layers_crs(qgis_app, tmp_path, crs):
    schools = _save(_schools_layer(), tmp_path / "schools.gpkg", crs)
    fiber = _save(_fiber_layer(), tmp_path / "fiber.gpkg", crs)
    result = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "memory:"})
    got = _values(result["OUTPUT"], "fiber_distance_m")
    for sid, (lon, lat) in enumerate(SCHOOLS):
        assert got[sid] == pytest.approx(distance_to_lines(lon, lat, LINES), abs=0.01)
    assert result["OUTPUT"].crs() == QgsCoordinateReferenceSystem(crs)


def test_connection_lines_run_from_school_to_the_reported_fiber_point(qgis_app):
    source = _schools_layer()
    sid_of_fid = {f.id(): f["sid"] for f in source.getFeatures()}
    result = processing.run(ALG, {"SCHOOLS": source, "FIBER": [_fiber_layer()], "OUTPUT": "memory:",
                                  "CONNECTION_LINES": "memory:"})
    schools = {f["sid"]: f for f in result["OUTPUT"].getFeatures()}
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    lines = list(result["CONNECTION_LINES"].getFeatures())
    assert len(lines) == len(SCHOOLS)
    for line in lines:
        school = schools[sid_of_fid[line["school_fid"]]]
        start, end = line.geometry().asPolyline()
        assert (end.x(), end.y()) == pytest.approx((school["fiber_lon"], school["fiber_lat"]), abs=1e-12)
        assert measure.measureLine(start, end) == pytest.approx(line["fiber_distance_m"], abs=0.01)


def test_nodes_multipart_z_m_layers_and_ties(qgis_app):
    lines = _layer("MultiLineStringZM", "EPSG:4326", [
        ("MULTILINESTRING ZM((74.0 42.0 900 1, 74.0 42.5 950 2), (75.0 42.0 0 0, 75.0 42.5 0 0))", {}),
    ])
    nodes = _layer("Point", "EPSG:4326", [("POINT(74.5 42.25)", {})])
    schools = _layer("Point", "EPSG:4326", [("POINT(74.9 42.25)", {"sid": 0}), ("POINT(74.5 42.26)", {"sid": 1}),
                                            ("POINT(74.0 42.25)", {"sid": 2})], "&field=sid:integer")
    result = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [lines, nodes], "OUTPUT": "memory:"})
    out = {f["sid"]: f for f in result["OUTPUT"].getFeatures()}
    assert out[0]["fiber_distance_m"] == pytest.approx(GEOD.inv(74.9, 42.25, 75.0, 42.25)[2], abs=0.5)
    assert out[1]["fiber_layer"] == nodes.name() and out[1]["fiber_distance_m"] == pytest.approx(
        GEOD.inv(74.5, 42.26, 74.5, 42.25)[2], abs=1e-3)
    assert out[2]["fiber_distance_m"] < 1e-3
    tie = _layer("Point", "EPSG:4326", [("POINT(74.5 42.25)", {"sid": 9})], "&field=sid:integer")
    twin = _layer("Point", "EPSG:4326", [("POINT(74.5 42.25)", {})])
    tied = processing.run(ALG, {"SCHOOLS": tie, "FIBER": [twin, nodes], "OUTPUT": "memory:"})
    assert next(tied["OUTPUT"].getFeatures())["fiber_layer"] == twin.name()


def test_operational_only_and_max_distance(qgis_app):
    fiber = _layer("LineString", "EPSG:4326", [
        ("LINESTRING(74.0 42.01, 74.1 42.01)", {"status": "Planned"}),
        ("LINESTRING(74.0 42.20, 74.1 42.20)", {"status": "OPERATIONAL "}),
    ], "&field=status:string")
    schools = _layer("Point", "EPSG:4326", [("POINT(74.05 42.0)", {"sid": 0})], "&field=sid:integer")
    every = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "memory:"})
    lit = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OPERATIONAL_ONLY": True, "OUTPUT": "memory:"})
    assert next(every["OUTPUT"].getFeatures())["fiber_feature_id"] == "1"
    assert next(lit["OUTPUT"].getFeatures())["fiber_feature_id"] == "2"
    far_m = distance_to_geodesic_segment(74.05, 42.0, (74.0, 42.2), (74.1, 42.2))
    capped = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OPERATIONAL_ONLY": True,
                                  "MAX_DISTANCE": far_m - 50.0, "OUTPUT": "memory:"})
    assert capped["WITHOUT_FIBER"] == 1
    assert np.isnan(_as_float(next(capped["OUTPUT"].getFeatures())["fiber_distance_m"]))
    uncapped = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OPERATIONAL_ONLY": True,
                                    "MAX_DISTANCE": 0, "OUTPUT": "memory:"})
    assert next(uncapped["OUTPUT"].getFeatures())["fiber_distance_m"] == pytest.approx(far_m, abs=0.01)


def test_empty_and_invalid_fiber_are_reported_not_fatal(qgis_app):
    empty = _layer("LineString", "EPSG:4326", [])
    broken = _layer("LineString", "EPSG:4326", [("", {}), ("LINESTRING(74.0 42.0, 74.1 42.0)", {})])
    schools = _schools_layer()
    feedback = RecordingFeedback()
    none = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [empty], "OUTPUT": "memory:"}, feedback=feedback)
    assert none["MEASURED"] == 0 and none["WITHOUT_FIBER"] == len(SCHOOLS)
    assert all(np.isnan(_as_float(f["fiber_distance_m"])) for f in none["OUTPUT"].getFeatures())
    assert none["OUTPUT"].featureCount() == len(SCHOOLS)
    routed = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": none["OUTPUT"], "INCLUDE_UNKNOWN": True, "OUTPUT": "memory:", "ROUTES": "memory:"})
    flagged = processing.run("schoolconnectivity:flaghardtoconnect", {"SCHOOLS": routed["OUTPUT"],
                                                                     "OUTPUT": "memory:"})
    assert [f["hard_reasons"] for f in flagged["OUTPUT"].getFeatures()] == ["no_fiber"] * len(SCHOOLS)
    feedback = RecordingFeedback()
    some = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [broken], "OUTPUT": "memory:"}, feedback=feedback)
    assert some["MEASURED"] == len(SCHOOLS)
    assert any("feature 1" in warning and "no_geometry" in warning for warning in feedback.warnings)


@pytest.mark.shared_data
def test_real_west_african_fiber_against_brute_force(qgis_app, shared_data):
    path = shared_data / "ref_watra_westafrica_fiber_lines.geojson"
    lines = []
    for feature in json.loads(path.read_text())["features"]:
        geometry = feature["geometry"]
        if geometry is None:
            continue
        parts = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
        lines += [np.array(part, dtype=float)[:, :2] for part in parts if len(part) > 1]
    rng = np.random.default_rng(20240611)
    vertices = np.concatenate(lines)
    picked = vertices[rng.choice(len(vertices), 50, replace=False)]
    lon, lat, _ = GEOD.fwd(picked[:, 0], picked[:, 1], rng.uniform(0, 360, 50), rng.uniform(0, 40_000, 50))
    schools = _layer("Point", "EPSG:4326", [(f"POINT({x} {y})", {"sid": i}) for i, (x, y) in enumerate(zip(lon, lat))],
                     "&field=sid:integer")
    result = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [str(path)], "OUTPUT": "memory:"})
    got = _values(result["OUTPUT"], "fiber_distance_m")
    expected = [distance_to_lines(x, y, lines) for x, y in zip(lon, lat)]
    errors = np.abs(np.array([got[i] for i in range(50)]) - np.array(expected))
    assert errors.max() < 0.01, errors.max()


def test_gpkg_to_gpkg_bulk_path_matches_the_sink_path_and_leaves_the_input_alone(qgis_app, tmp_path):
    schools = _save(_schools_layer(), tmp_path / "schools.gpkg", "EPSG:32643")
    before = (tmp_path / "schools.gpkg").read_bytes()
    fiber = _save(_fiber_layer(), tmp_path / "fiber.gpkg", "EPSG:4326")
    bulk = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": str(tmp_path / "out.gpkg")})
    memory = processing.run(ALG, {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "memory:"})
    written = QgsVectorLayer(bulk["OUTPUT"], "written", "ogr")
    assert written.isValid() and written.crs() == QgsCoordinateReferenceSystem("EPSG:32643")
    assert written.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresent
    with sqlite3.connect(tmp_path / "out.gpkg") as db:  # the bulk path keeps the input's single table
        assert db.execute("SELECT table_name FROM gpkg_contents").fetchall() == [("schools",)]
    assert (tmp_path / "schools.gpkg").read_bytes() == before
    assert not list(tmp_path.glob(".*partial*"))
    source = QgsVectorLayer(schools, "source", "ogr")
    geometry_of = {f.id(): f.geometry().asWkt(3) for f in source.getFeatures()}
    expected = {f["sid"]: f for f in memory["OUTPUT"].getFeatures()}
    assert written.featureCount() == len(SCHOOLS)
    for feature in written.getFeatures():
        assert feature.geometry().asWkt(3) == geometry_of[feature.id()]
        twin = expected[feature["sid"]]
        for name in ("fiber_distance_m", "fiber_lon", "fiber_lat"):
            assert feature[name] == pytest.approx(twin[name], abs=1e-9)
        assert (feature["fiber_feature_id"], feature["fiber_layer"]) == (twin["fiber_feature_id"], twin["fiber_layer"])
    routed = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": bulk["OUTPUT"], "INCLUDE_UNKNOWN": True, "DETOUR_FACTOR": 1.0, "OUTPUT": str(tmp_path / "r.gpkg"),
        "ROUTES": "memory:"})
    flagged = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed["OUTPUT"], "MAX_LINK_M": 20_000, "OUTPUT": str(tmp_path / "flags.gpkg")})
    flags = {f["sid"]: f for f in QgsVectorLayer(flagged["OUTPUT"], "f", "ogr").getFeatures()}
    for sid, (lon, lat) in enumerate(SCHOOLS):
        # a school is far from fiber when its route's longest link is; alone, its link is its distance to fiber
        assert flags[sid]["alone_length_m"] == pytest.approx(distance_to_lines(lon, lat, LINES), abs=1e-3)
        far = flags[sid]["path_max_link_m"] > 20_000
        assert flags[sid]["hard_reasons"] == ("far_from_fiber" if far else "")
        assert not far or flags[sid]["alone_length_m"] > 20_000


def test_matches_qgsdistancearea_to_the_nearest_node(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsPointXY, QgsProject

    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    rng = np.random.default_rng(3)
    node_xy = np.column_stack([rng.uniform(69, 80, 300), rng.uniform(39, 43, 300)])
    school_xy = np.column_stack([rng.uniform(69, 80, 200), rng.uniform(39, 43, 200)])
    nodes = Segments(node_xy[:, 0], node_xy[:, 1], node_xy[:, 0], node_xy[:, 1], np.arange(300),
                     np.zeros(300, dtype=np.int64))
    got = FiberIndex(nodes).nearest(school_xy[:, 0], school_xy[:, 1])
    for (lon, lat), distance in zip(school_xy, got.distance_m):
        expected = min(measure.measureLine(QgsPointXY(lon, lat), QgsPointXY(*p)) for p in node_xy)
        assert distance == pytest.approx(expected, abs=0.01)


def _write_points(path: Path, epsg: int, rows: list[tuple[str, float, float]]) -> str:
    """Schools written with OGR in `epsg`, projected with pyproj (not with QGIS)."""
    from osgeo import ogr, osr

    transform = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("schools", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("school_id", ogr.OFTString))
    for school_id, lon, lat in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("school_id", school_id)
        x, y = transform.transform(lon, lat)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def test_distance_through_the_algorithm_is_the_same_in_any_crs(qgis_app, sample_dir, tmp_path):
    import processing

    rng = np.random.default_rng(11)
    rows = [(f"S{i}", float(lon), float(lat)) for i, (lon, lat) in
            enumerate(zip(rng.uniform(69.5, 79.5, 200), rng.uniform(39.5, 42.9, 200)))]
    distances = {}
    for epsg in (4326, 3857, 32643):
        source = _write_points(tmp_path / f"schools_{epsg}.gpkg", epsg, rows)
        result = processing.run("schoolconnectivity:distancetofiber", {
            "SCHOOLS": source, "FIBER": [str(sample_dir / "fiber_backbone.geojson")], "OUTPUT": "TEMPORARY_OUTPUT"})
        distances[epsg] = {f["school_id"]: f["fiber_distance_m"] for f in result["OUTPUT"].getFeatures()}
    assert len(distances[4326]) == len(rows) and all(value >= 0 for value in distances[4326].values())
    for epsg in (3857, 32643):
        worst = max(abs(distances[epsg][key] - distances[4326][key]) for key in distances[4326])
        assert worst < 1.0, f"EPSG:{epsg} differs from EPSG:4326 by {worst:.3f} m"
