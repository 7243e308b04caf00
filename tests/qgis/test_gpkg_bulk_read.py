"""GeoPackages are read in bulk through GDAL's Arrow stream (issue 9: millions of schools); the values must be
exactly those the QGIS feature API gives, NULLs, booleans, Cyrillic text and reprojection included."""
from __future__ import annotations

import numpy as np
import pandas as pd
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from school_connectivity_plugin.processing.io import gpkg, reading

ROWS = [  # name, students, distance, hard, rank, geometry (EPSG:3857 metres) or None
    ("Школа №1", 120, 1500.5, True, 3, (8296000.0, 5230000.0)),
    (None, None, None, None, None, (8297000.0, 5231000.0)),
    ("School 3", 0, 0.0, False, 0, None),
    ("Школа №1", 45, float("nan"), False, None, (8298000.0, 5232000.0)),
]


@pytest.fixture
def mixed_gpkg(qgis_app, tmp_path):
    """Every field type the analysis writes, with NULLs, in EPSG:3857, one row without geometry."""
    path = tmp_path / "mixed.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    layer = dataset.CreateLayer("schools", srs, ogr.wkbPoint)
    for name, kind, subtype in (("school_name", ogr.OFTString, ogr.OFSTNone), ("num_students", ogr.OFTInteger64,
                                ogr.OFSTNone), ("fiber_distance_m", ogr.OFTReal, ogr.OFSTNone),
                                ("hard_to_connect", ogr.OFTInteger, ogr.OFSTBoolean),
                                ("priority_rank", ogr.OFTInteger, ogr.OFSTNone)):
        definition = ogr.FieldDefn(name, kind)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    for name, students, distance, hard, rank, xy in ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in (("school_name", name), ("num_students", students), ("hard_to_connect", hard),
                             ("priority_rank", rank)):
            if value is None:
                feature.SetFieldNull(field)
            else:
                feature.SetField(field, value)
        if distance is None or distance != distance:
            feature.SetFieldNull("fiber_distance_m")
        else:
            feature.SetField("fiber_distance_m", distance)
        if xy is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({xy[0]} {xy[1]})"))
        layer.CreateFeature(feature)
    dataset = None
    loaded = QgsVectorLayer(f"{path}|layername=schools", "schools", "ogr")
    assert loaded.isValid()
    return loaded


def _both(layer: QgsVectorLayer, columns) -> tuple[pd.DataFrame, pd.DataFrame]:
    bulk = reading.read_points(layer, columns=columns, layer=layer)
    one_by_one = reading.read_points(layer, columns=columns)
    return bulk, one_by_one


def test_bulk_read_gives_the_feature_api_values(mixed_gpkg):
    columns = ["school_name", "num_students", "fiber_distance_m", "hard_to_connect", "priority_rank", "absent"]
    assert gpkg.read_frame(mixed_gpkg, columns[:-1]) is not None
    bulk, one_by_one = _both(mixed_gpkg, columns)
    pd.testing.assert_frame_equal(bulk, one_by_one, check_dtype=False)
    assert list(bulk.columns) == [*columns[:-1], "longitude", "latitude", "source_fid"]
    assert bulk["school_name"].tolist() == ["Школа №1", None, "School 3", "Школа №1"]
    assert bulk.loc[1, "hard_to_connect"] is None and bulk.loc[0, "hard_to_connect"] is True
    assert np.isnan(bulk.loc[1, "num_students"]) and bulk.loc[2, "num_students"] == 0
    assert np.isnan(bulk.loc[2, "longitude"]) and np.isnan(bulk.loc[2, "latitude"])
    expected_lon = np.degrees(8296000.0 / 6378137.0)
    assert bulk.loc[0, "longitude"] == pytest.approx(expected_lon, abs=1e-9)


def test_bulk_read_of_an_analysed_sample_layer_matches(sample_dir, tmp_path):
    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": str(tmp_path / "schools.gpkg"),
        "REJECTED": "TEMPORARY_OUTPUT"})
    measured = processing.run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": imported["OUTPUT"], "FIBER": [str(sample_dir / "fiber_backbone.geojson")],
        "OUTPUT": str(tmp_path / "measured.gpkg")})
    layer = QgsVectorLayer(measured["OUTPUT"], "measured", "ogr")
    bulk, one_by_one = _both(layer, None)
    assert len(bulk) == layer.featureCount() > 2000
    pd.testing.assert_frame_equal(bulk, one_by_one, check_dtype=False)


def test_a_filtered_layer_is_not_read_in_bulk(mixed_gpkg):
    mixed_gpkg.setSubsetString('"num_students" > 50')
    frame = reading.read_points(mixed_gpkg, columns=["school_name"], layer=mixed_gpkg)
    assert frame["school_name"].tolist() == ["Школа №1"]


def test_bulk_read_keeps_every_null_and_boolean_in_place_over_many_rows(qgis_app, tmp_path):
    path = tmp_path / "patterns.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("schools", None, ogr.wkbPoint)
    boolean = ogr.FieldDefn("flag", ogr.OFTInteger)
    boolean.SetSubType(ogr.OFSTBoolean)
    for definition in (boolean, ogr.FieldDefn("count", ogr.OFTInteger64), ogr.FieldDefn("metres", ogr.OFTReal),
                       ogr.FieldDefn("text", ogr.OFTString)):
        layer.CreateField(definition)
    layer.StartTransaction()
    for row in range(1500):
        feature = ogr.Feature(layer.GetLayerDefn())
        for position, name in enumerate(("flag", "count", "metres", "text")):
            if (row + position) % 7 == 0:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, {"flag": row % 3 == 0, "count": row, "metres": row / 4,
                                        "text": f"Школа {row % 11}"}[name])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({70 + row / 1000} {40 + row / 2000})"))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    loaded = QgsVectorLayer(str(path), "patterns", "ogr")
    bulk, one_by_one = _both(loaded, ["flag", "count", "metres", "text"])
    pd.testing.assert_frame_equal(bulk, one_by_one, check_dtype=False)
    assert bulk["flag"].tolist()[1:4] == [None if 1 % 7 == 0 else False, False, True]
    assert bulk["count"].isna().sum() == sum(1 for row in range(1500) if (row + 1) % 7 == 0)


def test_a_table_without_geometry_is_read_in_bulk(qgis_app, tmp_path):
    path = tmp_path / "phases.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("phases", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("phase", ogr.OFTInteger))
    for phase in (1, 2, 0):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("phase", phase)
        layer.CreateFeature(feature)
    dataset = None
    table = QgsVectorLayer(str(path), "phases", "ogr")
    frame = reading.read_attributes(table, ["phase"])
    assert frame["phase"].tolist() == [1, 2, 0] and frame["source_fid"].tolist() == [1, 2, 3]
