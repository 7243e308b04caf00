"""The other shapes a school list arrives in: Giga school master, XLSX, GeoPackage in UTM, Shapefile, project layers."""
from __future__ import annotations

import datetime

import pytest
from osgeo import ogr, osr
from pyproj import Transformer
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from support.import_helpers import flags, run_import

#: (name, lon, lat, students, connected, speed Mbps) of real Kyrgyz places.
SCHOOLS = [("Школа №2", 74.5853639, 42.8790944, 1544, "yes", 1.0),
           ("Мектеп Ош", 72.7954321, 40.5312345, 406, "no", None),
           ("Гимназия Нарын", 75.9912345, 41.4300000, 37, "yes", 12.5)]


def test_giga_school_master_csv(tmp_path):
    path = tmp_path / "giga_master.csv"
    path.write_text(
        "school_id_giga,school_id_govt,school_name,latitude,longitude,education_level,admin1,admin2,"
        "connectivity_govt,download_speed_govt,connectivity_type_govt,school_area_type,num_students\n"
        "a1b2,4170001,School 1,42.8790944,74.5853639,Secondary,Bishkek,Leninsky,yes,20.5,fiber,urban,1544\n"
        "c3d4,4170002,School 2,40.5312345,72.7954321,Primary,Osh,Kara-Suu,yes,3,xdsl,rural,406\n"
        "e5f6,4170003,School 3,41.43,75.9912345,Primary,Naryn,At-Bashy,yes,0.5,p2p wireless,rural,37\n"
        "g7h8,4170004,School 4,41.5,75.5,Primary,Naryn,Kochkor,no,,satellite,rural,12\n"
        "i9j0,4170005,School 5,41.6,75.6,Primary,Naryn,Kochkor,yes,,cellular,rural,80\n", encoding="utf-8")
    schools, rejected, _ = run_import(INPUT=str(path))
    assert rejected == []
    got = [(s["school_id"], s["school_name"], s["admin1"], s["admin2"], s["connectivity"], s["download_speed_mbps"],
            s["connectivity_type"], s["area_type"], s["num_students"], s["connectivity_class"]) for s in schools]
    assert got == [
        ("4170001", "School 1", "Bishkek", "Leninsky", "yes", 20.5, "fiber", "urban", 1544, "good"),
        ("4170002", "School 2", "Osh", "Kara-Suu", "yes", 3.0, "copper", "rural", 406, "moderate"),
        ("4170003", "School 3", "Naryn", "At-Bashy", "yes", 0.5, "p2p", "rural", 37, "bad"),
        ("4170004", "School 4", "Naryn", "Kochkor", "no", None, "satellite", "rural", 12, "no_connection"),
        ("4170005", "School 5", "Naryn", "Kochkor", "yes", None, "cellular", "rural", 80, "unknown"),
    ]
    assert schools[0]["src_school_id_giga"] == "a1b2"


def test_xlsx_with_typed_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="python3-openpyxl is not installed")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Название школы", "Широта", "Долгота", "Количество учащихся", "Интернет", "Скорость", "Дата"])
    for name, lon, lat, students, connected, speed in SCHOOLS:
        sheet.append([name, lat, lon, students, {"yes": "да", "no": "нет"}[connected],
                      f"{speed} Мбит/с" if speed else None, datetime.date(2018, 5, 1)])
    sheet.append([None] * 7)
    sheet.append(["Без координат", None, None, 5, "да", None, None])
    path = tmp_path / "schools.xlsx"
    workbook.save(path)
    schools, rejected, result = run_import(INPUT=str(path))
    assert (result["ROWS_IN"], result["LOADED"]) == (4, 3)
    assert [(r["source_row"], r["reason"]) for r in rejected] == [(4, "missing_coordinates")]
    for school, (name, lon, lat, students, connected, speed) in zip(schools, SCHOOLS):
        assert (school["school_name"], school["num_students"], school["connectivity"]) == (name, students, connected)
        assert school["lon"] == pytest.approx(lon, abs=1e-9) and school["lat"] == pytest.approx(lat, abs=1e-9)
        assert school["download_speed_mbps"] == (pytest.approx(speed) if speed else None)
        assert school["src_Дата"] == "2018-05-01"


def _write_ogr(path, driver, epsg, rows, fields) -> None:
    """A point layer written with GDAL directly (not through the code under test)."""
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = source.CreateLayer("schools", srs, ogr.wkbPoint, options=["ENCODING=UTF-8"] if driver == "ESRI Shapefile"
                               else [])
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for x, y, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (name, _), value in zip(fields, values):
            if value is not None:
                feature.SetField(name, value)
        if x is not None:
            geometry = ogr.Geometry(ogr.wkbPoint)
            geometry.AddPoint_2D(x, y)
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    source = None


def test_geopackage_in_utm_is_reprojected(tmp_path):
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32643", always_xy=True)
    rows = [(*to_utm.transform(lon, lat), (name, students, connected, speed))
            for name, lon, lat, students, connected, speed in SCHOOLS]
    rows.append((None, None, ("Без геометрии", 5, "yes", None)))
    path = tmp_path / "schools_utm.gpkg"
    _write_ogr(path, "GPKG", 32643, rows, [("name", ogr.OFTString), ("num_students", ogr.OFTInteger),
                                           ("connectivity", ogr.OFTString), ("speed_mbps", ogr.OFTReal)])
    schools, rejected, result = run_import(INPUT=str(path))
    assert (result["ROWS_IN"], result["LOADED"]) == (4, 3)
    assert [(r["source_row"], r["reason"]) for r in rejected] == [(4, "missing_coordinates")]
    for school, (name, lon, lat, students, connected, speed) in zip(schools, SCHOOLS):
        assert school["school_name"] == name and school["num_students"] == students
        assert school["lon"] == pytest.approx(lon, abs=1e-8) and school["lat"] == pytest.approx(lat, abs=1e-8)
        assert school["longitude"] == pytest.approx(lon, abs=1e-8)
        assert school["connectivity"] == connected
        assert school["download_speed_mbps"] == (pytest.approx(speed) if speed else None)


def test_shapefile_with_short_field_names(tmp_path):
    rows = [(lon, lat, (name, students, "да" if connected == "yes" else "нет", f"{speed} Mbps" if speed else ""))
            for name, lon, lat, students, connected, speed in SCHOOLS]
    path = tmp_path / "schools.shp"
    _write_ogr(path, "ESRI Shapefile", 4326, rows, [("name", ogr.OFTString), ("students", ogr.OFTInteger),
                                                     ("internet", ogr.OFTString), ("speed", ogr.OFTString)])
    schools, _, result = run_import(INPUT=str(path))
    assert result["LOADED"] == 3
    for school, (name, lon, lat, students, connected, _speed) in zip(schools, SCHOOLS):
        assert (school["school_name"], school["num_students"], school["connectivity"]) == (name, students, connected)
        assert school["lon"] == pytest.approx(lon, abs=1e-9) and school["lat"] == pytest.approx(lat, abs=1e-9)


def _memory_layer(uri: str, with_geometry: bool) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "project schools", "memory")
    layer.dataProvider().addAttributes([QgsField("Школа", QVariant.String), QgsField("Интернет", QVariant.Bool),
                                        QgsField("Широта", QVariant.Double), QgsField("Долгота", QVariant.Double)])
    layer.updateFields()
    features = []
    for name, lon, lat, _, connected, _ in SCHOOLS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, connected == "yes", lat, lon])
        if with_geometry:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("uri, with_geometry", [("Point?crs=EPSG:4326", True), ("None", False)])
def test_project_layer_via_input_layer(uri, with_geometry):
    layer = _memory_layer(uri, with_geometry)
    QgsProject.instance().addMapLayer(layer)
    try:
        schools, rejected, result = run_import(INPUT_LAYER=layer.id())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert (result["ROWS_IN"], result["LOADED"], rejected) == (3, 3, [])
    for school, (name, lon, lat, _, connected, _) in zip(schools, SCHOOLS):
        assert (school["school_name"], school["connectivity"]) == (name, connected)
        assert school["lon"] == pytest.approx(lon, abs=1e-9) and school["lat"] == pytest.approx(lat, abs=1e-9)
        assert not flags(school)


def test_no_input_is_a_clear_error():
    with pytest.raises(Exception, match="school list file or a school layer"):
        run_import()


def test_ods_sheet_read_through_ogr(tmp_path):
    """.ods and .xls go through OGR (GDAL cannot write .xls, so .ods stands for both)."""
    path = tmp_path / "schools.ods"
    source = ogr.GetDriverByName("ODS").CreateDataSource(str(path))
    layer = source.CreateLayer("Лист1", geom_type=ogr.wkbNone)
    for name, kind in (("Школа", ogr.OFTString), ("Широта", ogr.OFTReal), ("Долгота", ogr.OFTReal),
                       ("Интернет", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for name, lon, lat, _, connected, _ in SCHOOLS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in zip(("Школа", "Широта", "Долгота", "Интернет"),
                                (name, lat, lon, {"yes": "да", "no": "нет"}[connected])):
            feature.SetField(field, value)
        layer.CreateFeature(feature)
    source = None
    schools, rejected, result = run_import(INPUT=str(path))
    assert (result["ROWS_IN"], result["LOADED"], rejected) == (3, 3, [])
    for school, (name, lon, lat, _, connected, _) in zip(schools, SCHOOLS):
        assert (school["school_name"], school["connectivity"]) == (name, connected)
        assert school["lon"] == pytest.approx(lon, abs=1e-9) and school["lat"] == pytest.approx(lat, abs=1e-9)
