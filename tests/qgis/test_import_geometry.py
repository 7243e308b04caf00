"""Point-in-polygon and distance-to-boundary of the import checked against QGIS geometry on the real outlines."""
from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from school_connectivity_plugin.core.network.boundary import (
    distance_to_rings_m,
    points_in_polygons,
    within_distance_of_rings,
)
from school_connectivity_plugin.processing.io.geometry import polygon_rings


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "boundary", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("name", ["kg_adm0_naturalearth_10m.geojson", "kg_adm1_naturalearth_10m.geojson"])
def test_points_in_polygons_agrees_with_qgis(shared_data, name):
    layer = _layer(shared_data / name)
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(69.0, 80.5, 4000), rng.uniform(39.0, 43.5, 4000)
    union = QgsGeometry.unaryUnion([feature.geometry() for feature in layer.getFeatures()])
    expected = np.array([union.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y))) for x, y in zip(lon, lat)])
    got = points_in_polygons(lon, lat, polygon_rings(layer))
    assert 500 < expected.sum() < 3900
    assert np.array_equal(got, expected)


def test_polygon_with_a_hole():
    square = [np.array([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], dtype=float)]
    hole = np.array([[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]], dtype=float)
    got = points_in_polygons(np.array([1.0, 5.0, 11.0]), np.array([1.0, 5.0, 5.0]), [square + [hole]])
    assert list(got) == [True, False, False]


def test_distance_to_boundary_agrees_with_qgis_in_a_local_equidistant_projection(shared_data):
    layer = _layer(shared_data / "kg_adm0_naturalearth_10m.geojson")
    rings = polygon_rings(layer)
    outline = QgsGeometry.unaryUnion([feature.geometry() for feature in layer.getFeatures()])
    points = [(80.40, 42.10), (69.10, 40.20), (75.00, 43.40), (71.30, 39.30), (74.20, 42.95)]
    got = distance_to_rings_m(np.array([p[0] for p in points]), np.array([p[1] for p in points]), rings)
    for (lon, lat), distance in zip(points, got):
        local = QgsCoordinateReferenceSystem.fromProj(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), local, QgsProject.instance())
        polygons = outline.asMultiPolygon() if outline.isMultipart() else [outline.asPolygon()]
        boundary = QgsGeometry.fromMultiPolylineXY([ring for polygon in polygons for ring in polygon])
        boundary.transform(transform)
        expected = boundary.distance(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))
        assert distance == pytest.approx(expected, rel=0.01, abs=30.0), (lon, lat)


def test_within_distance_screen_agrees_with_the_exact_distance(shared_data):
    rings = polygon_rings(_layer(shared_data / "kg_adm0_naturalearth_10m.geojson"))
    rng = np.random.default_rng(11)
    lon, lat = rng.uniform(68.5, 81.0, 3000), rng.uniform(38.8, 43.8, 3000)
    exact = distance_to_rings_m(lon, lat, rings)
    for limit in (2_000.0, 10_000.0, 30_000.0):
        assert np.array_equal(within_distance_of_rings(lon, lat, rings, limit), exact <= limit)
    assert 0 < (exact <= 10_000.0).sum() < 3000
