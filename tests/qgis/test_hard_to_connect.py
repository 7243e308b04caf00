"""Hard-to-connect rules and terrain profiles: each reason triggered and not, against hand calculations."""
from __future__ import annotations

import math

import numpy as np
import processing
import pytest
from osgeo import gdal, osr
from pyproj import Geod
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from school_connectivity_plugin.core.definitions.codes import HardReason
from school_connectivity_plugin.core.network.hard_to_connect import (
    RULES,
    count_by_reason,
    default_thresholds,
    flag_hard_to_connect,
)
from school_connectivity_plugin.core.network.line_of_sight import Dem
from school_connectivity_plugin.core.network.terrain import path_profiles

GEOD = Geod(ellps="WGS84")


def _fields(distance, elevation, slope, inside):
    return {"fiber_distance_m": np.array(distance, float), "elevation_m": np.array(elevation, float),
            "path_max_slope_deg": np.array(slope, float), "inside_boundary": np.array(inside, float)}


def test_each_reason_fires_just_past_its_threshold_and_not_at_it():
    defaults = default_thresholds()
    far, high, steep = (defaults[r] for r in (HardReason.FAR_FROM_FIBER, HardReason.HIGH_ELEVATION,
                                               HardReason.RUGGED_PATH))
    fields = _fields(distance=[far, far + 1, np.nan, 100, 100, 100],
                     elevation=[high, 100, 100, high + 1, 100, np.nan],
                     slope=[steep, 1, 1, 1, steep + 0.1, np.nan],
                     inside=[1, 1, 1, 1, 1, 0])
    hard, reasons = flag_hard_to_connect(fields, defaults)
    assert list(reasons) == ["", "far_from_fiber", "no_fiber", "high_elevation", "rugged_path", "outside_boundary"]
    assert list(hard) == [False, True, True, True, True, True]


def test_unknown_inputs_never_fire_and_reasons_are_joined_in_rule_order():
    fields = _fields(distance=[50_000], elevation=[4000], slope=[40], inside=[0])
    _hard, reasons = flag_hard_to_connect(fields, default_thresholds())
    assert reasons[0] == ";".join(r.value for r in (HardReason.FAR_FROM_FIBER, HardReason.HIGH_ELEVATION,
                                                    HardReason.RUGGED_PATH, HardReason.OUTSIDE_BOUNDARY))
    unknown = _fields(distance=[10], elevation=[np.nan], slope=[np.nan], inside=[np.nan])
    assert not flag_hard_to_connect(unknown, default_thresholds())[0][0]


def test_a_threshold_of_none_switches_its_rule_off_and_counts_are_per_reason():
    thresholds = {**default_thresholds(), HardReason.FAR_FROM_FIBER: None}
    _hard, reasons = flag_hard_to_connect(_fields([90_000, np.nan], [0, 0], [0, 0], [1, 1]), thresholds)
    assert list(reasons) == ["", "no_fiber"]
    counts = count_by_reason(np.array(["far_from_fiber;rugged_path", "rugged_path", ""], dtype=object))
    assert counts[HardReason.RUGGED_PATH] == 2 and counts[HardReason.FAR_FROM_FIBER] == 1
    assert counts[HardReason.NO_FIBER] == 0


def test_every_rule_reads_a_field_and_has_a_reason():
    assert {rule.reason for rule in RULES} == set(HardReason)
    assert all(rule.field and rule.why for rule in RULES)


def _ramp_dem(metres_per_row: float, rows=200, cols=200, west=74.0, north=42.0, pixel=0.001) -> Dem:
    """Elevation rising southward by `metres_per_row` per pixel row, constant along rows."""
    values = np.repeat((np.arange(rows, dtype=float) * metres_per_row)[:, None], cols, axis=1)
    return Dem(values=values, west=west, north=north, pixel_width=pixel, pixel_height=pixel)


def test_profile_slope_relief_and_highest_point_on_a_ramp():
    dem = _ramp_dem(10.0)
    school = (74.05, 41.99)
    fiber = (74.05, 41.90)
    profile = path_profiles(dem, [school[0]], [school[1]], [fiber[0]], [fiber[1]])
    metres_per_pixel = GEOD.inv(74.05, 41.95, 74.05, 41.951)[2]
    assert profile.path_max_slope_deg[0] == pytest.approx(math.degrees(math.atan(10.0 / metres_per_pixel)), rel=0.01)
    assert profile.path_relief_m[0] == pytest.approx(0.09 / 0.001 * 10.0, abs=1.0)
    assert profile.elevation_m[0] == pytest.approx((42.0 - 41.99) / 0.001 * 10.0 - 5.0, abs=0.01)
    assert (profile.path_max_lon[0], profile.path_max_lat[0]) == pytest.approx(fiber, abs=1e-9)


def test_flat_ground_is_not_rugged_and_paths_outside_the_dem_are_unknown():
    flat = _ramp_dem(0.0)
    profile = path_profiles(flat, [74.05, 10.0, 74.1], [41.95, 10.0, 41.9], [74.1, 10.1, np.nan],
                            [41.92, 10.0, np.nan])
    assert profile.path_max_slope_deg[0] == pytest.approx(0.0, abs=1e-9)
    assert np.isnan(profile.path_max_slope_deg[1]) and np.isnan(profile.elevation_m[1])
    assert np.isnan(profile.path_max_slope_deg[2]) and profile.elevation_m[2] == 0.0


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


def _points(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=sid:integer&field=fiber_distance_m:double"
                           "&field=fiber_lon:double&field=fiber_lat:double", "schools", "memory")
    features = []
    for sid, (lon, lat, distance, fiber_lon, fiber_lat) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({lon} {lat})"))
        feature.setAttributes([sid, distance, fiber_lon, fiber_lat])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_algorithm_on_a_real_geotiff_and_boundary(qgis_app, tmp_path):
    values = np.zeros((100, 100), dtype=np.int16)
    values[:, 50:] = 3000          # a plateau east of 74.05 E
    values[:, 20:26] = [800, 1600, 1600, 1600, 1600, 800]  # a steep 1600 m ridge at 74.020-74.026 E
    dem = _write_geotiff(tmp_path / "dem.tif", values, 74.0, 42.0, 0.001)
    boundary = QgsVectorLayer("Polygon?crs=EPSG:4326", "country", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((74 41.9, 74.08 41.9, 74.08 42, 74 42, 74 41.9))"))
    boundary.dataProvider().addFeatures([feature])
    schools = _points([
        (74.010, 41.95, 500.0, 74.015, 41.95),      # flat, near, inside: not hard
        (74.010, 41.95, 25_000.0, 74.015, 41.95),   # far from fiber
        (74.070, 41.95, 500.0, 74.075, 41.95),      # on the 3000 m plateau
        (74.015, 41.95, 500.0, 74.025, 41.95),      # path crosses the step
        (74.120, 41.95, 500.0, 74.125, 41.95),      # outside the boundary (and off the DEM)
        (74.010, 41.95, None, None, None),          # no fiber
    ])
    result = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": schools, "DEM": dem, "BOUNDARY": boundary, "OUTPUT": "memory:"})
    out = {f["sid"]: f for f in result["OUTPUT"].getFeatures()}
    assert [out[sid]["hard_reasons"] for sid in range(6)] == [
        "", "far_from_fiber", "high_elevation", "rugged_path", "outside_boundary", "no_fiber"]
    assert [out[sid]["hard_to_connect"] for sid in range(6)] == [False, True, True, True, True, True]
    assert result["HARD_COUNT"] == 5
    assert out[2]["elevation_m"] == pytest.approx(3000.0)
    assert out[3]["path_relief_m"] == pytest.approx(1600.0) and out[3]["path_max_elevation_m"] == pytest.approx(1600.0)
    assert out[4]["inside_boundary"] is False and out[0]["inside_boundary"] is True
    relaxed = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": schools, "DEM": dem, "MAX_ELEVATION_M": 3500, "MAX_PATH_SLOPE_DEG": 89,
        "MAX_FIBER_DISTANCE_M": 30_000, "OUTPUT": "memory:"})
    assert [f["hard_reasons"] for f in relaxed["OUTPUT"].getFeatures()] == ["", "", "", "", "", "no_fiber"]


def test_connected_schools_keep_their_reasons_but_are_not_flagged():
    far = np.array([30_000.0, 30_000.0, 100.0])
    hard, reasons = flag_hard_to_connect(
        {"fiber_distance_m": far}, default_thresholds(), connected=np.array([True, False, False]))
    assert list(reasons) == ["far_from_fiber", "far_from_fiber", ""]
    assert list(hard) == [False, True, False]
