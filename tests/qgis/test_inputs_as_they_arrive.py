"""The bundled sample as partners really send it (tests/support/packed_inputs.py builds each form from the sample's
own files): schools as an XLSX or ODS with a title block on the second sheet, a zipped GeoPackage among other layers,
a zipped CSV; fiber as a KMZ of nested folders with MultiGeometry and altitudes, as GPX tracks, as a zipped
Shapefile. Each must give the same schools, and the same distances at the written precision, as the plain files."""
from __future__ import annotations

from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException

from support import packed_inputs as packed
from support.import_helpers import attributes, run_import

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
#: What a school is after the import: the fields a planner reads, and where it is.
SCHOOL_KEYS = ("source_row", "school_id", "school_name", "admin1", "admin2", "num_students", "connectivity",
               "download_speed_mbps", "connectivity_type", "connectivity_class", "area_type", "qa_flags")


def _schools(**parameters) -> tuple[list[tuple], dict]:
    schools, rejected, result = run_import(**parameters)
    rows = [tuple(school[key] for key in SCHOOL_KEYS) + (round(school["lon"], 9), round(school["lat"], 9))
            for school in schools]
    return rows, {"rejected": [(row["source_row"], row["reason"]) for row in rejected], "rows_in": result["ROWS_IN"]}


@pytest.fixture(scope="module")
def plain(qgis_app):
    """The sample imported from its CSV and measured against its two GeoJSON files."""
    schools = run_import(INPUT=str(SAMPLE / "schools.csv"))[2]["OUTPUT"]
    return {"sample": SAMPLE, "schools": _schools(INPUT=str(SAMPLE / "schools.csv")), "layer": schools,
            "both": _distances(schools, [str(SAMPLE / "fiber_backbone.geojson"), str(SAMPLE / "fiber_nodes.geojson")]),
            "backbone": _distances(schools, [str(SAMPLE / "fiber_backbone.geojson")])}


def _distances(schools, fiber: list) -> dict[str, float]:
    """school_id|source_row -> fiber_distance_m as written (millimetres)."""
    result = processing.run("schoolconnectivity:distancetofiber",
                            {"SCHOOLS": schools, "FIBER": fiber, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = [attributes(feature) for feature in result["OUTPUT"].getFeatures()]
    assert len(rows) == 2137 and all(row["fiber_distance_m"] is not None for row in rows)
    return {f"{row['school_id']}|{row['source_row']}": row["fiber_distance_m"] for row in rows}


@pytest.mark.parametrize("build, name", [
    (packed.xlsx_with_title_block, "schools.xlsx"),
    (packed.ods_with_title_block, "schools.ods"),
    (lambda sample, path: packed.zipped(path, {"data/schools.gpkg": packed.schools_geopackage(
        sample, path.with_name("inner.gpkg"))}), "schools_gpkg.zip"),
    (lambda sample, path: packed.zipped(path, {"Список школ.csv": sample / "schools.csv"}), "schools_csv.zip"),
], ids=["xlsx-title-block-second-sheet", "ods-title-block-second-sheet", "zipped-geopackage", "zipped-csv"])
def test_schools_as_partners_send_them_are_the_same_schools(plain, tmp_path, build, name):
    path = build(plain["sample"], tmp_path / name)
    rows, extra = _schools(INPUT=str(path))
    expected_rows, expected_extra = plain["schools"]
    assert extra == expected_extra == {"rejected": [(778, "missing_coordinates")], "rows_in": 2138}
    assert len(rows) == 2137
    assert rows == expected_rows


@pytest.mark.parametrize("build, name, reference", [
    (packed.fiber_kmz, "fiber.kmz", "both"),
    (packed.fiber_kml, "fiber.kml", "both"),
    (packed.fiber_gpx, "fiber.gpx", "backbone"),
    (lambda sample, path: packed.zipped(path, {f"shp/{part.name}": part for part in packed.shapefile(
        sample / "fiber_backbone.geojson", path.parent / "shp", "backbone")}), "backbone_shp.zip", "backbone"),
], ids=["kmz-nested-folders", "kml-nested-folders", "gpx-tracks", "zipped-shapefile"])
def test_fiber_as_partners_send_it_gives_the_same_distances(plain, tmp_path, build, name, reference):
    path = build(plain["sample"], tmp_path / name)
    assert _distances(plain["layer"], [str(path)]) == plain[reference]


def test_a_kmz_given_as_a_project_layer_is_read_in_every_folder(plain, tmp_path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(packed.fiber_kmz(plain["sample"], tmp_path / "fiber.kmz")), "fiber", "ogr")
    assert layer.isValid() and layer.featureCount() == 0  # QGIS alone opens the first, empty, folder
    assert _distances(plain["layer"], [layer]) == plain["both"]


def test_fiber_zip_of_two_shapefiles_reads_both(plain, tmp_path):
    parts = {**{f"lines/{p.name}": p for p in packed.shapefile(plain["sample"] / "fiber_backbone.geojson",
                                                                tmp_path / "a", "backbone")},
             **{f"nodes/{p.name}": p for p in packed.shapefile(plain["sample"] / "fiber_nodes.geojson",
                                                                tmp_path / "b", "nodes")}}
    path = packed.zipped(tmp_path / "fiber.zip", parts)
    assert _distances(plain["layer"], [str(path)]) == plain["both"]


def test_a_geopackage_with_two_point_layers_names_them_and_takes_the_one_named(plain, tmp_path):
    path = packed.schools_geopackage(plain["sample"], tmp_path / "two.gpkg", extra_point_layer=True)
    with pytest.raises(QgsProcessingException, match=r"two\.gpkg: holds several layers .*: schools, fiber_nodes"):
        run_import(INPUT=str(path))
    assert _schools(INPUT=str(path), SHEET="schools")[0] == plain["schools"][0]
    with pytest.raises(QgsProcessingException, match=r"no layer named 'школы'; the layers are: regions, schools"):
        run_import(INPUT=str(path), SHEET="школы")


def test_a_zip_with_several_lists_names_them(plain, tmp_path):
    path = packed.zipped(tmp_path / "lists.zip", {"2024/schools.csv": plain["sample"] / "schools.csv",
                                                  "2023/schools.xlsx": b"PK", "photo.jpg": b"\xff\xd8"})
    with pytest.raises(QgsProcessingException, match=r"lists\.zip: .*several .*: 2024/schools\.csv, "
                                                     r"2023/schools\.xlsx; unzip the one to use"):
        run_import(INPUT=str(path))


def test_a_zip_member_that_climbs_out_is_never_written(plain, tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    path = packed.zipped(inside / "list.zip", {"../../escaped.csv": plain["sample"] / "schools.csv"})
    with pytest.raises(QgsProcessingException, match="holds no school list"):
        run_import(INPUT=str(path))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["in", "list.zip"]
    assert not (tmp_path.parent / "escaped.csv").exists()


def test_the_sheet_parameter_chooses_a_sheet_and_names_the_sheets_when_wrong(plain, tmp_path):
    path = packed.xlsx_with_title_block(plain["sample"], tmp_path / "schools.xlsx")
    assert _schools(INPUT=str(path), SHEET="Школы")[0] == plain["schools"][0]
    with pytest.raises(QgsProcessingException, match="no sheet named 'Лист1'; the sheets are: Пояснения, Школы"):
        run_import(INPUT=str(path), SHEET="Лист1")


def test_an_error_in_a_zipped_list_names_the_archive_and_its_member(tmp_path):
    broken = b"name,lat,lon\nA,41,74\nB\rx,41,74\n" + b"C,41,74\n" * 10
    path = packed.zipped(tmp_path / "mail.zip", {"lists/list.csv": broken})
    with pytest.raises(QgsProcessingException, match=r"mail\.zip/lists/list\.csv: line 3 cannot be split"):
        run_import(INPUT=str(path))


def test_what_a_file_offers_to_choose_from(plain, tmp_path):
    from school_connectivity_plugin.processing.io.school_files import ListChoices, list_choices

    sample = plain["sample"]
    inner = packed.schools_geopackage(sample, tmp_path / "two_points.gpkg", extra_point_layer=True)
    assert list_choices(str(packed.xlsx_with_title_block(sample, tmp_path / "s.xlsx"))) == ListChoices(
        ["Пояснения", "Школы"], "Школы")
    assert list_choices(str(packed.ods_with_title_block(sample, tmp_path / "s.ods"))) == ListChoices(
        ["Пояснения", "Школы"], "Школы")
    assert list_choices(str(inner)) == ListChoices(["schools", "fiber_nodes"], "", layers=True)
    assert list_choices(str(packed.zipped(tmp_path / "g.zip", {"data/s.gpkg": inner}))) == ListChoices(
        ["schools", "fiber_nodes"], "", layers=True)
    one = packed.schools_geopackage(sample, tmp_path / "one_point.gpkg")
    assert list_choices(str(one)) == ListChoices(["schools"], "schools", layers=True)
    assert list_choices(str(packed.fiber_kmz(sample, tmp_path / "f.kmz"))) == ListChoices()
    assert list_choices(str(sample / "schools.csv")) == ListChoices()
