"""The hard-to-connect algorithm on a real GeoTIFF and boundary, after the routes it reads: route triggers,
terrain and boundary reasons attached to flags, extra triggers and thresholds as parameters."""
from __future__ import annotations

import numpy as np
import processing
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from school_connectivity_plugin.core.definitions.codes import HardReason
from school_connectivity_plugin.processing.algorithms.flag_hard_to_connect import OPTIONAL_TRIGGERS


def _write_geotiff(path, values: np.ndarray, west: float, north: float, pixel: float) -> str:
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Int16)
    dataset.SetGeoTransform((west, pixel, 0.0, north, 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(values)
    dataset.GetRasterBand(1).SetNoDataValue(-32768)
    dataset.FlushCache()
    return str(path)


def _layer(uri: str, name: str, wkts: list[str], rows: list[list]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for wkt, values in zip(wkts, rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def routed(qgis_app, tmp_path):
    """Schools east of a fiber line along 74.0 E, measured and routed: a near school in the flat, a chain over a
    high plateau that ends beyond the maximum link, a far school outside the boundary, and a connected school far
    away (never flagged)."""
    values = np.zeros((300, 600), dtype=np.int16)
    values[:, 300:] = 3000  # a plateau east of 74.3 E, a 3 km wall at its edge
    dem = _write_geotiff(tmp_path / "dem.tif", values, 74.0, 42.1, 0.001)
    fiber = _layer("LineString?crs=EPSG:4326", "fiber", ["LINESTRING(74.0 41.8, 74.0 42.1)"], [[]])
    schools = _layer(
        "Point?crs=EPSG:4326&field=school_id:string&field=connectivity:string", "schools",
        ["POINT(74.02 42.0)", "POINT(74.29 42.0)", "POINT(74.31 42.0)", "POINT(74.58 42.0)", "POINT(74.59 41.99)",
         "POINT(74.9 42.0)"],
        [["near", "no"], ["edge", "no"], ["plateau", "no"], ["far", "no"], ["outside", "no"], ["online", "yes"]])
    boundary = _layer("Polygon?crs=EPSG:4326", "country",
                      ["POLYGON((73.9 41.8, 74.585 41.8, 74.585 42.1, 73.9 42.1, 73.9 41.8))"], [[]])
    measured = processing.run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "memory:"})["OUTPUT"]
    routes = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": measured, "MAX_LINK_M": 25_000, "DETOUR_FACTOR": 1.0, "OUTPUT": "memory:",
        "ROUTES": "memory:"})["OUTPUT"]
    return {"schools": routes, "dem": dem, "boundary": boundary}


def _by_id(layer) -> dict:
    return {feature["school_id"]: feature for feature in layer.getFeatures()}


def test_route_triggers_with_terrain_and_boundary_reasons(routed):
    result = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed["schools"], "DEM": routed["dem"], "BOUNDARY": routed["boundary"], "MAX_LINK_M": 25_000,
        "OUTPUT": "memory:"})
    out = _by_id(result["OUTPUT"])
    # near: 1.7 km from fiber; the chain near -> edge -> plateau -> far has links of ~22 km, 1.7 km, 22 km:
    # within 25 km, so no school is far from fiber; nothing is flagged and terrain explains nothing
    assert {key: out[key]["hard_to_connect"] for key in out} == {
        "near": False, "edge": False, "plateau": False, "far": False, "outside": False, "online": False}
    assert out["plateau"]["elevation_m"] == pytest.approx(3000.0)
    assert out["plateau"]["route_max_elevation_m"] == pytest.approx(3000.0)
    assert out["plateau"]["link_max_slope_deg"] > 45  # the wall: 3,000 m over a kilometre
    assert out["far"]["route_max_slope_deg"] == pytest.approx(out["plateau"]["link_max_slope_deg"])
    assert out["near"]["route_max_slope_deg"] == pytest.approx(0.0)
    assert out["outside"]["inside_boundary"] is False and out["near"]["inside_boundary"] is True
    strict = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed["schools"], "DEM": routed["dem"], "BOUNDARY": routed["boundary"], "MAX_LINK_M": 20_000,
        "OUTPUT": "memory:"})
    flagged = _by_id(strict["OUTPUT"])
    assert strict["HARD_COUNT"] == 4
    assert flagged["edge"]["hard_reasons"] == "far_from_fiber"
    assert flagged["plateau"]["hard_reasons"] == "far_from_fiber;high_elevation;rugged_path"
    assert flagged["outside"]["hard_reasons"] == "far_from_fiber;high_elevation;rugged_path;outside_boundary"
    assert flagged["near"]["hard_reasons"] == "" and not flagged["online"]["hard_to_connect"]


def test_an_explanation_chosen_as_extra_trigger_and_a_rule_switched_off(routed):
    extra = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed["schools"], "DEM": routed["dem"], "OUTPUT": "memory:", "MAX_LINK_M": 25_000,
        "EXTRA_TRIGGERS": [OPTIONAL_TRIGGERS.index(HardReason.HIGH_ELEVATION)]})
    out = _by_id(extra["OUTPUT"])
    assert [key for key in out if out[key]["hard_to_connect"]] == ["plateau", "far", "outside"]
    assert out["plateau"]["hard_reasons"] == "high_elevation;rugged_path"
    off = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed["schools"], "MAX_LINK_M": None, "OUTPUT": "memory:"})
    assert off["HARD_COUNT"] == 0


def test_without_route_fields_the_algorithm_names_what_to_run_first(qgis_app):
    schools = _layer("Point?crs=EPSG:4326&field=school_id:string", "plain", ["POINT(74 42)"], [["a"]])
    with pytest.raises(Exception, match="Shared fiber routes"):
        processing.run("schoolconnectivity:flaghardtoconnect", {"SCHOOLS": schools, "OUTPUT": "memory:"})
