"""Work plan, fiber routes and prioritisation run through processing.run on the bundled sample and small files."""
from __future__ import annotations

import csv
import json

import numpy as np
import processing
import pytest
from pyproj import Geod
from qgis.core import QgsDistanceArea, QgsProject, QgsVectorLayer

GEOD = Geod(ellps="WGS84")


def _rows(layer) -> list[dict]:
    names = [field.name() for field in layer.fields()]
    rows = []
    for feature in layer.getFeatures():
        row = {name: (None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
               for name, value in zip(names, feature.attributes())}
        point = feature.geometry()
        if not point.isNull() and point.type() == 0:
            row["_lon"], row["_lat"] = point.asPoint().x(), point.asPoint().y()
        row["_geometry"] = feature.geometry()
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def measured(qgis_app, tmp_path_factory):
    """The sample imported, matched to its work plan and measured against its fiber (a GeoPackage)."""
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    out = tmp_path_factory.mktemp("planning")
    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample / "schools.csv"), "OUTPUT": "memory:", "REJECTED": "memory:"})
    matched = processing.run("schoolconnectivity:importpipeline", {
        "SCHOOLS": imported["OUTPUT"], "INPUT": str(sample / "pipeline.csv"), "OUTPUT": "memory:",
        "UNMATCHED": "memory:"})
    measured_path = str(out / "measured.gpkg")
    processing.run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": matched["OUTPUT"],
        "FIBER": [str(sample / "fiber_backbone.geojson"), str(sample / "fiber_nodes.geojson")],
        "OUTPUT": measured_path})
    return {"sample": sample, "out": out, "matched": matched, "measured": measured_path}


def test_importpipeline_on_the_sample_accounts_for_every_row(measured):
    with open(measured["sample"] / "pipeline.csv", encoding="utf-8") as handle:
        plan = list(csv.DictReader(handle))
    result = measured["matched"]
    assert result["PLAN_ROWS"] == len(plan)
    assert result["MATCHED_BY_ID"] + result["MATCHED_BY_NAME"] + result["UNMATCHED_COUNT"] >= len(plan)
    schools = {row["school_id"]: row for row in _rows(result["OUTPUT"])}
    by_id = [row for row in plan if row["school_id"] in schools]
    assert len(by_id) == result["MATCHED_BY_ID"]
    for row in by_id:
        assert schools[row["school_id"]]["pipeline_status"] == row["status"]
        assert schools[row["school_id"]]["pipeline_match_method"] == "id"
        assert schools[row["school_id"]]["pipeline_date"] == row["planned_date"]


def test_importpipeline_matches_russian_plan_to_latin_names(qgis_app, tmp_path):
    schools = tmp_path / "schools.geojson"
    schools.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [74.6, 42.9]},
         "properties": {"school_id": "S1", "school_name": "Secondary school No. 12", "admin1": "Chui",
                        "admin2": "Sokuluk district"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [74.7, 42.9]},
         "properties": {"school_id": "S2", "school_name": "Gymnasium No. 12", "admin1": "Chui",
                        "admin2": "Sokuluk district"}},
    ]}), encoding="utf-8")
    plan = tmp_path / "plan.csv"
    plan.write_text("Наименование школы;Район;Статус;Дата\n"
                    "СОШ №12;Сокулукский район;В работе;2024-05-01\n"
                    "Гимназия № 12;Сокулукский р-н;подключено;2024-06-01\n"
                    "СОШ №13;Сокулукский район;запланировано;\n", encoding="utf-8")
    result = processing.run("schoolconnectivity:importpipeline", {
        "SCHOOLS": str(schools), "INPUT": str(plan), "OUTPUT": "memory:", "UNMATCHED": "memory:"})
    statuses = {row["school_id"]: row["pipeline_status"] for row in _rows(result["OUTPUT"])}
    assert statuses == {"S1": "in_progress", "S2": "connected"}
    assert {row["school_id"]: row["pipeline_date"] for row in _rows(result["OUTPUT"])} == {
        "S1": "2024-05-01", "S2": "2024-06-01"}
    unmatched = _rows(result["UNMATCHED"])
    assert [(row["source_row"], row["match_reason"], row["Дата"]) for row in unmatched] == [(3, "no_match", "")]


def _dense_mst_total(lon, lat, source_m) -> float:
    """Prim on the full geodesic matrix (x 1.2) from the network (node 0, links `source_m`): the tree's length."""
    n = len(lon)
    matrix = 1.2 * GEOD.inv(np.repeat(lon, n), np.repeat(lat, n), np.tile(lon, n), np.tile(lat, n))[2].reshape(n, n)
    best, done, total = source_m.copy(), np.zeros(n, dtype=bool), 0.0
    for _ in range(n):
        node = int(np.argmin(np.where(done, np.inf, best)))
        total += best[node]
        done[node] = True
        best = np.minimum(best, matrix[node])
    return total


def test_fiberroutes_on_the_sample_start_only_from_fiber_and_span_the_minimum_tree(measured):
    result = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": measured["measured"], "OUTPUT": str(measured["out"] / "routes.gpkg"), "ROUTES": "memory:"})
    schools = _rows(QgsVectorLayer(result["OUTPUT"], "schools", "ogr"))
    committed = {"planned", "contracted", "in_progress"}
    targets = [row for row in schools if (row["connectivity"] == "no" and row["pipeline_status"] != "connected")
               or row["pipeline_status"] in committed]
    on_fiber = [row for row in schools if (row["connectivity"] == "yes" and row["connectivity_type"] == "fiber")
                or row["pipeline_status"] == "connected"]
    assert 0 < len(on_fiber) < sum(row["connectivity"] == "yes" for row in schools)  # only fiber carries fiber
    assert all(row["upstream_type"] is None for row in schools if row not in targets)
    fiber_ids = {row["school_id"] for row in on_fiber}
    relayed = [row for row in targets if row["upstream_type"] == "fiber_school"]
    assert relayed and all(row["upstream_id"] in fiber_ids for row in relayed)
    lon = np.array([row["_lon"] for row in targets])
    lat = np.array([row["_lat"] for row in targets])
    to_fiber_school = GEOD.inv(
        np.repeat(lon, len(on_fiber)), np.repeat(lat, len(on_fiber)),
        np.tile([row["_lon"] for row in on_fiber], len(lon)),
        np.tile([row["_lat"] for row in on_fiber], len(lon)))[2].reshape(len(lon), -1)
    fiber = np.array([row["fiber_distance_m"] for row in targets], dtype=float)
    source_m = 1.2 * np.minimum(fiber, to_fiber_school.min(axis=1))
    tree_m = sum(row["route_length_m"] for row in targets)
    assert tree_m == pytest.approx(_dense_mst_total(lon, lat, source_m), abs=1e-3 * len(targets))  # (mm each)
    built = [row for row in targets if not row["route_note"]]
    assert result["ROUTED"] == len(built) and result["UNREACHABLE"] == len(targets) - len(built)
    assert all(row["path_max_link_m"] > 20_000 for row in targets if row["route_note"] == "beyond_max_link")
    assert all(not row["route_note"] for row in targets if row["path_max_link_m"] <= 20_000)
    assert all(not row["route_note"] for row in targets if row["pipeline_status"] in committed)
    routes = _rows(result["ROUTES"])
    assert len(routes) == len(built) and result["ROUTE_KM"] == pytest.approx(
        sum(row["route_length_m"] for row in built) / 1000, rel=1e-9)
    assert result["CLUSTERS"] == len({row["cluster_id"] for row in built})
    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(result["ROUTES"].crs(), QgsProject.instance().transformContext())
    for route in routes:
        assert measure.measureLength(route["_geometry"]) * 1.2 == pytest.approx(route["length_m"], abs=1e-3)


def test_prioritize_on_the_sample_keeps_the_plan_and_fills_phases_within_budget(measured):
    routed = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": measured["measured"], "OUTPUT": "memory:", "ROUTES": "memory:"})
    budget = 250_000.0
    result = processing.run("schoolconnectivity:prioritize", {
        "SCHOOLS": routed["OUTPUT"], "ROUTES": routed["ROUTES"],
        "FIBER_NODES": [str(measured["sample"] / "fiber_nodes.geojson")],
        "DEM": str(measured["sample"] / "kg_dem.tif"), "OBJECTIVE": 0, "BUDGET_PER_PHASE_USD": budget,
        "RURAL_WEIGHT": 2.0, "OUTPUT": "memory:", "PHASES": "memory:", "CLUSTERS": "memory:",
        "PLANNED_ROUTES": "memory:"})
    schools = _rows(result["OUTPUT"])
    targets = [row for row in schools if row["is_target"]]
    assert result["TARGETS"] == len(targets) > 0
    totals = ("fiber_total_usd", "p2p_total_usd", "cellular_total_usd", "satellite_total_usd")
    spent: dict[int, float] = {}
    for row in targets:
        if row["pipeline_status"] in ("planned", "contracted", "in_progress"):
            assert (row["recommended_technology"], row["technology_source"]) == ("fiber", "operator_plan")
        else:
            assert row["technology_source"] == "least_cost"
            assert row["recommended_technology"] != "fiber" or row["cluster_id"]
        assert row["priority_weight"] == (2.0 if row["area_type"] == "rural" else 1.0)
        if row["cheapest_alternative"]:
            chosen = row[f"{row['recommended_technology']}_total_usd"]
            other = row[f"{row['cheapest_alternative']}_total_usd"]
            assert row["alternative_saving_usd"] == pytest.approx(chosen - other, abs=0.02)  # (cents)
            assert other == pytest.approx(min(row[name] for name in totals if row[name] is not None))
        if row["phase"]:
            spent[row["phase"]] = spent.get(row["phase"], 0.0) + row["est_capex_usd"]
    assert spent and max(spent.values()) <= budget
    ranked = sorted(row["priority_rank"] for row in targets if row["recommended_technology"])
    assert ranked == list(range(1, len(ranked) + 1))
    assert any(row["p2p_node_id"] for row in targets)
    phases = {row["phase"]: row for row in _rows(result["PHASES"])}
    for phase, usd in spent.items():
        assert phases[phase]["capex_usd"] == pytest.approx(usd, abs=0.01 * len(targets))  # (cents each)
    assert all(row["recommended_technology"] is None for row in schools if not row["is_target"])
    clusters = _rows(result["CLUSTERS"])
    assert result["CLUSTER_COUNT"] == len(clusters) > 0
    assert sum(row["fiber_km"] for row in clusters) == pytest.approx(result["FIBER_KM"] + sum(
        row["fiber_km"] for row in _rows(result["PHASES"]) if row["phase"] == 0), abs=1e-3 * len(clusters))
    planned = _rows(result["PLANNED_ROUTES"])
    by_key = {row["route_key"]: row for row in _rows(routed["OUTPUT"]) if row["route_key"]}
    phase_of = {row["school_id"]: row["phase"] for row in targets}
    for link in planned:
        assert link["built"] == (link["recommended_technology"] == "fiber")
        school = by_key[link["to_id"]]["school_id"]
        assert link["phase"] == (phase_of[school] if link["built"] else 0)
    assert 1.0 < result["BREAK_EVEN_KM"] < 2.5


def test_fiberroutes_along_roads_reports_schools_far_from_roads(qgis_app, tmp_path):
    roads = tmp_path / "roads.geojson"
    roads.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "main"},
         "geometry": {"type": "LineString", "coordinates": [[74.0, 42.0], [74.1, 42.0], [74.2, 42.0]]}},
    ]}), encoding="utf-8")
    schools = tmp_path / "schools.geojson"
    features = [((74.2, 42.001), "A", "no", 30.0, 74.0, 42.002), ((74.5, 42.5), "B", "no", 50.0, 74.0, 42.002),
                ((74.1, 42.001), "C", "yes", 20.0, 74.0, 42.002), ((74.0, 42.001), "D", "yes", 20.0, 74.0, 42.002)]
    schools.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(xy)},
         "properties": {"school_id": sid, "connectivity": conn, "fiber_distance_m": dist, "fiber_lon": flon,
                        "fiber_lat": flat, "pipeline_status": "",
                        "connectivity_type": "fiber" if sid == "C" else "cellular" if sid == "D" else ""}}
        for xy, sid, conn, dist, flon, flat in features]}), encoding="utf-8")
    result = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": str(schools), "ROADS": str(roads), "ROAD_SNAP_M": 1_000, "OUTPUT": "memory:",
        "ROUTES": "memory:"})
    rows = {row["school_id"]: row for row in _rows(result["OUTPUT"])}
    # A joins C, on fiber, along the road (legs to the road plus 0.1 degree of road), never D on 3G
    expected = (GEOD.inv(74.2, 42.001, 74.2, 42.0)[2] + GEOD.inv(74.1, 42.0, 74.2, 42.0)[2]
                + GEOD.inv(74.1, 42.001, 74.1, 42.0)[2])
    assert rows["A"]["upstream_type"] == "fiber_school" and rows["A"]["upstream_id"] == "C"
    assert rows["A"]["route_length_m"] == pytest.approx(expected, abs=5e-4)  # (written to the mm)
    assert rows["B"]["route_note"] == "far_from_road"
    assert rows["C"]["route_note"] is None and rows["D"]["route_note"] is None
    line = next(result["ROUTES"].getFeatures()).geometry().asPolyline()
    assert [(p.x(), p.y()) for p in line] == [(74.1, 42.001), (74.1, 42.0), (74.2, 42.0), (74.2, 42.001)]


def _points_file(path, features) -> str:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(xy)}, "properties": properties}
        for xy, properties in features]}), encoding="utf-8")
    return str(path)


def test_prioritize_cellular_from_coverage_polygons_and_tower_points(qgis_app, tmp_path):
    schools = _points_file(tmp_path / "schools.geojson", [
        ((74.0, 42.0), {"school_id": "in_coverage", "connectivity": "no", "num_students": 100}),
        ((75.0, 42.0), {"school_id": "near_tower", "connectivity": "no", "num_students": 100}),
        ((76.0, 42.0), {"school_id": "remote", "connectivity": "no", "num_students": 100}),
        ((76.5, 42.0), {"school_id": "online", "connectivity": "yes", "num_students": 100}),
    ])
    coverage = tmp_path / "coverage.geojson"
    coverage.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"generation": "4G"}, "geometry": {"type": "Polygon", "coordinates": [
            [[73.9, 41.9], [74.1, 41.9], [74.1, 42.1], [73.9, 42.1], [73.9, 41.9]]]}}]}), encoding="utf-8")
    # 0.09 degree east of the school at 42 N is about 7.4 km: inside the Giga 8 km cellular range
    assert GEOD.inv(75.0, 42.0, 75.09, 42.0)[2] < 8_000
    towers = _points_file(tmp_path / "towers.geojson", [((75.09, 42.0), {"id": 1}), ((76.2, 42.0), {"id": 2})])
    expected_cellular = 50 + 5 * 10 * 20  # Giga: setup + 5 years x 10 USD/Mbps x 20 Mbps
    expected_satellite = 600 + 5 * 15 * 20
    for layer, feasible in ((str(coverage), "in_coverage"), (towers, "near_tower")):
        result = processing.run("schoolconnectivity:prioritize", {
            "SCHOOLS": schools, "TOWERS": layer, "COST_PRESET": 1, "OUTPUT": "memory:", "PHASES": "memory:",
            "CLUSTERS": "memory:"})
        rows = {row["school_id"]: row for row in _rows(result["OUTPUT"])}
        assert rows[feasible]["cellular_feasible"] is True
        assert rows[feasible]["recommended_technology"] == "cellular"
        assert rows[feasible]["est_total_usd"] == pytest.approx(expected_cellular)
        assert rows["remote"]["recommended_technology"] == "satellite"
        assert rows["remote"]["est_total_usd"] == pytest.approx(expected_satellite)
        assert rows["online"]["is_target"] is False and rows["online"]["recommended_technology"] is None
        assert rows[feasible]["priority_rank"] == 1
