"""The io readers for distance to fiber: WKB points, GeoPackage via Arrow vs the QGIS iterator."""
from __future__ import annotations

import struct

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from school_connectivity_plugin.processing.io import geometry, gpkg, reading


def test_wkb_points_in_both_byte_orders_with_z_and_anything_else_as_nan():
    little = struct.pack("<BIdd", 1, 1, 74.5, 42.25)
    big = struct.pack(">BIdd", 0, 1, -16.5, 13.75)
    iso_z = struct.pack("<BIddd", 1, 1001, 10.0, 20.0, 300.0)
    line = struct.pack("<BII", 1, 2, 0) + b"\0" * 9
    x, y = gpkg.wkb_point_xy(np.array([little, big, iso_z, line, None], dtype=object))
    assert x[:3].tolist() == [74.5, -16.5, 10.0] and y[:3].tolist() == [42.25, 13.75, 20.0]
    assert np.isnan(x[3:]).all() and np.isnan(y[3:]).all()
    fixed = np.frombuffer(little + big, dtype="V21")
    x, y = gpkg.wkb_point_xy(fixed)
    assert x.tolist() == [74.5, -16.5] and y.tolist() == [42.25, 13.75]


def test_bulk_gpkg_reader_equals_the_qgis_iterator_in_a_projected_crs(qgis_app, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=sid:integer", "schools", "memory")
    rng = np.random.default_rng(5)
    features = []
    for sid, (lon, lat) in enumerate(zip(rng.uniform(69, 80, 300), rng.uniform(39, 43, 300))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([sid])
        if sid % 50:
            feature.setGeometry(QgsGeometry.fromWkt(f"POINT({lon} {lat})"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "schools.gpkg")
    processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": "EPSG:32643", "OUTPUT": path})
    saved = QgsVectorLayer(path, "saved", "ogr")
    assert gpkg.is_plain_gpkg(saved)
    bulk = reading.read_point_coordinates(saved, None, saved)
    iterated = reading.read_point_coordinates(saved)
    assert bulk[0].tolist() == iterated[0].tolist()
    np.testing.assert_allclose(bulk[1], iterated[1], atol=1e-12)
    np.testing.assert_allclose(bulk[2], iterated[2], atol=1e-12)
    assert np.isnan(bulk[1]).sum() == 6


def test_fiber_segments_flatten_parts_drop_z_and_report_problems(qgis_app):
    lines = QgsVectorLayer("MultiLineStringZ?crs=EPSG:3857&field=status:string", "fiber", "memory")
    rows = [("MULTILINESTRING Z((0 0 5, 1000 0 5, 1000 1000 5), (5000 5000 1, 6000 5000 1))", "operational"),
            ("", "operational"), ("MULTILINESTRING Z((0 0 0, 10 10 0))", "planned")]
    for wkt, status in rows:
        feature = QgsFeature(lines.fields())
        feature.setAttributes([status])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        lines.dataProvider().addFeatures([feature])
    read = geometry.read_fiber_segments([lines], operational_only=True)
    assert len(read.segments) == 3
    assert read.segments.feature_id.tolist() == [1, 1, 1]
    assert read.segments.lon_b[0] == pytest.approx(1000 / 6378137.0 * 180 / np.pi, rel=1e-9)
    assert read.problems == [("fiber", 2, geometry.FiberProblem.NO_GEOMETRY)]
    assert geometry.read_fiber_segments([lines]).segments.feature_id.tolist() == [1, 1, 1, 3]
