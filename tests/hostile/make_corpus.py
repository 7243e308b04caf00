"""Hostile inputs for every entry point: each case is a file set the script writes plus the outcome a user
must get, worked out by hand from how the file was made (never from what the plugin does with it).

    /usr/bin/python3 tests/hostile/make_corpus.py OUT_DIR     # writes the files and OUT_DIR/corpus.json
"""
from __future__ import annotations

import json
import random
import sys
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from osgeo import ogr, osr
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
ogr.UseExceptions()

#: Expected outcomes.
LOADS, ERROR, CONSISTENT = "loads", "error", "consistent"
#: Faults the test harness injects around a case (not properties of the files).
READONLY_OUT, DISK_FULL, MUTATING = "readonly_out", "disk_full", "mutating_file"
#: The fiber of the distance cases: the meridian 74.5 E from 41 N to 42 N (a geodesic, so a point reached
#: from it by a geodesic that leaves it at a right angle is exactly that far from it).
MERIDIAN = ((74.5, 41.0), (74.5, 42.0))
#: Schools east of MERIDIAN: (id, latitude of the foot on the meridian, metres east).
OFFSETS = (("F1", 41.2, 250.0), ("F2", 41.5, 3_000.0), ("F3", 41.8, 42_000.0))


@dataclass
class Case:
    """One hostile input: files, how each entry point is given them, and what must come out."""

    name: str
    defect: str
    description: str
    schools: str | None = None
    fiber: list[str] = field(default_factory=list)
    boundary: str | None = None
    column_map: str = ""
    expect: str = LOADS
    loaded: int | None = None
    rejected: int | None = None
    #: Texts the one-line error must contain (the file name, "row N", the column).
    names: list[str] = field(default_factory=list)
    #: source_row -> reject reason, for rows whose reason the file's construction fixes.
    reasons: dict[str, str] = field(default_factory=dict)
    #: source_row -> [lat, lon] expected for a loaded row (decimal degrees, worked out by hand).
    coords: dict[str, list[float]] = field(default_factory=dict)
    #: source_row -> expected length of school_name (long fields survive whole).
    name_lengths: dict[str, int] = field(default_factory=dict)
    #: source_row -> expected school_name (encodings decoded right).
    school_names: dict[str, str] = field(default_factory=dict)
    #: QA flag every loaded row must carry.
    flag_all: str | None = None
    #: school_id -> expected fiber_distance_m (None: no fiber, NULL); makes the case a distance case.
    distances: dict[str, float | None] = field(default_factory=dict)
    fault: str | None = None
    #: Run through the headless command too (one case or more per class of defect).
    cli: bool = False
    #: The headless command's outcome when it differs (a whole run needs at least one school to map).
    cli_expect: str | None = None
    cli_names: list[str] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return "distance" if self.distances or (self.fiber and self.expect == ERROR) else "import"


def _csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> None:
    def cell(value: str) -> str:
        needs_quotes = any(char in value for char in (delimiter, '"', "\n", "\r"))
        return '"' + value.replace('"', '""') + '"' if needs_quotes else value
    lines = [delimiter.join(cell(value) for value in row) for row in [header] + rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))


def _feature_collection(path: Path, geometries: list[dict | None], properties: list[dict]) -> None:
    features = [{"type": "Feature", "properties": props, "geometry": geometry}
                for geometry, props in zip(geometries, properties)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def _ogr_layer(path: Path, driver: str, epsg: int | None, geometry_type: int,
               rows: list[tuple[dict, str | None]], fields: list[str]) -> None:
    """A vector file written with GDAL/OGR directly (rows: attributes and a WKT or None)."""
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(path.stem, srs, geometry_type)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for attributes, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in attributes.items():
            feature.SetField(name, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None


def _projected(lon: float, lat: float, epsg: int) -> tuple[float, float]:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True).transform(lon, lat)


def _offset_schools() -> list[tuple[str, float, float, float]]:
    """(id, lon, lat, metres) of the distance schools: east of the meridian at right angles."""
    schools = []
    for school_id, lat, metres in OFFSETS:
        lon2, lat2, _ = GEOD.fwd(MERIDIAN[0][0], lat, 90.0, metres)
        schools.append((school_id, lon2, lat2, metres))
    return schools


def _good_rows(count: int, start: int = 1) -> list[list[str]]:
    """Plain schools in Kyrgyzstan: id, name, lat, lon."""
    return [[f"K{start + i}", f"School {start + i}", f"{40.0 + 0.02 * (i % 100):.5f}",
             f"{70.0 + 0.05 * (i // 100 % 200):.5f}"] for i in range(count)]


HEADER = ["id", "name", "lat", "lon"]


def _structure(folder: Path) -> list[Case]:
    cases = []
    (folder / "empty_file.csv").write_bytes(b"")
    cases.append(Case("empty_file", "structure", "a 0-byte CSV", "empty_file.csv", expect=ERROR,
                      names=["empty_file.csv"], cli=True))
    (folder / "blank_lines.csv").write_bytes(b"\n\r\n   \n\t\n")
    cases.append(Case("blank_lines", "structure", "only blank lines", "blank_lines.csv", expect=ERROR,
                      names=["blank_lines.csv"]))
    _csv(folder / "header_only.csv", HEADER, [])
    cases.append(Case("header_only", "structure", "a header and no rows (zero schools)", "header_only.csv",
                      loaded=0, rejected=0, cli=True, cli_expect=ERROR, cli_names=["no school"]))
    garbage = random.Random(9).randbytes(6000)
    for suffix in ("csv", "geojson", "xlsx", "gpkg", "shp"):
        (folder / f"garbage.{suffix}").write_bytes(garbage)
        cases.append(Case(f"binary_garbage_{suffix}", "structure", f"6,000 random bytes (NULs included) as .{suffix}",
                          f"garbage.{suffix}", expect=ERROR, names=[f"garbage.{suffix}"],
                          cli=suffix in ("csv", "geojson")))
    text = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": f"T{i}"},
         "geometry": {"type": "Point", "coordinates": [74 + i / 10, 41]}}
        for i in range(10)]})
    (folder / "truncated.geojson").write_text(text[: len(text) // 2], encoding="utf-8")
    cases.append(Case("truncated_geojson", "structure", "a GeoJSON cut in the middle of a feature",
                      "truncated.geojson", expect=ERROR, names=["truncated.geojson"], cli=True))
    (folder / "csv_named_xlsx.xlsx").write_text("id,lat,lon\n1,42,74\n", encoding="utf-8")
    cases.append(Case("csv_named_xlsx", "structure", "a CSV saved with an .xlsx name", "csv_named_xlsx.xlsx",
                      expect=ERROR, names=["csv_named_xlsx.xlsx"]))
    with zipfile.ZipFile(folder / "zip_not_workbook.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    cases.append(Case("zip_not_workbook", "structure", "a ZIP without a workbook inside, named .xlsx",
                      "zip_not_workbook.xlsx", expect=ERROR, names=["zip_not_workbook.xlsx"]))
    (folder / "html_page.csv").write_text("<html><head><title>404</title></head><body>Not found</body></html>\n",
                                          encoding="utf-8")
    cases.append(Case("html_page_as_csv", "structure", "an HTML error page saved as .csv", "html_page.csv",
                      expect=ERROR, names=["html_page.csv", "latitude"]))
    _csv(folder / "no_coordinate_columns.csv", ["id", "name", "students"], [["1", "A", "30"], ["2", "B", "40"]])
    cases.append(Case("no_coordinate_columns", "structure", "no latitude/longitude columns",
                      "no_coordinate_columns.csv", expect=ERROR, names=["no_coordinate_columns.csv", "latitude"]))
    _csv(folder / "column_map_typo.csv", HEADER, _good_rows(3))
    cases.append(Case("column_map_typo", "structure", "the column map names a column the file lacks",
                      "column_map_typo.csv", column_map="latitude=Широта", expect=ERROR, names=["'Широта'"]))
    rows = _good_rows(6)
    ragged = [rows[0], rows[1][:3], rows[2] + ["extra", "cells"], rows[3], rows[4][:2], rows[5]]
    _csv(folder / "ragged_rows.csv", HEADER, ragged)
    cases.append(Case("ragged_rows", "structure", "rows with too few and too many cells", "ragged_rows.csv",
                      loaded=4, rejected=2, reasons={"2": "missing_coordinates", "5": "missing_coordinates"}))
    quoted = _good_rows(4)
    quoted[1][1] = 'Line one\nline "two", still the name'
    quoted[2][1] = "Carriage\r\nreturn"
    _csv(folder / "quoted_newlines.csv", HEADER, quoted)
    cases.append(Case("quoted_newlines", "structure", "quoted names holding line breaks, quotes and commas",
                      "quoted_newlines.csv", loaded=4, rejected=0,
                      school_names={"2": 'Line one line "two", still the name', "4": "School 4"}))
    for width, expect in ((1500, LOADS), (2100, ERROR)):
        header = HEADER + [f"extra_{i}" for i in range(width)]
        _csv(folder / f"columns_{width}.csv", header, [row + [str(i) for i in range(width)] for row in _good_rows(3)])
        cases.append(Case(f"columns_{width}", "structure", f"{width + 4:,} columns (a GeoPackage table holds 2,000)",
                          f"columns_{width}.csv", expect=expect, loaded=3, rejected=0,
                          names=["too many columns"] if expect == ERROR else []))
    _csv(folder / "duplicate_columns.csv", ["id", "lat", "lon", "lat", "name", "name"],
         [["1", "41.5", "74.5", "99", "A", "B"], ["2", "41.6", "74.6", "", "C", "D"]])
    cases.append(Case("duplicate_column_names", "structure", "two 'lat' and two 'name' columns",
                      "duplicate_columns.csv", loaded=2, rejected=0, coords={"1": [41.5, 74.5], "2": [41.6, 74.6]}))
    good = _good_rows(50_000)
    for index in range(999, 50_000, 1000):
        good[index][2] = "not a number"
    _csv(folder / "rows_50k.csv", HEADER, good)
    cases.append(Case("rows_50k", "size", "50,000 rows, every 1,000th with unreadable latitude", "rows_50k.csv",
                      loaded=49_950, rejected=50, reasons={"1000": "unparseable_coordinates",
                                                           "50000": "unparseable_coordinates"}))
    return cases


def _encodings(folder: Path) -> list[Case]:
    cases = []
    names = ["Школа №1 имени Токтогула", "Мектеп-гимназия Үмүт", "Lyceum 3"]
    rows = [["1", names[0], "41.1", "74.1"], ["2", names[1], "41.2", "74.2"], ["3", names[2], "41.3", "74.3"]]
    (folder / "bom.csv").write_bytes(b"\xef\xbb\xbf" + "Код,Название,Широта,Долгота\n".encode()
                                     + "\n".join(",".join(row) for row in rows).encode() + b"\n")
    cases.append(Case("utf8_bom", "encoding", "UTF-8 with a BOM before Russian headers", "bom.csv", loaded=3,
                      rejected=0, school_names={"1": names[0], "2": names[1]}))
    cp_rows = [["1", "Школа №1", "41.1", "74.1"], ["2", "Гимназия", "41.2", "74.2"]]
    _csv(folder / "cp1251.csv", ["Код", "Название", "Широта", "Долгота"], cp_rows, encoding="cp1251")
    cases.append(Case("cp1251_file", "encoding", "a whole file in CP1251", "cp1251.csv", loaded=2, rejected=0,
                      school_names={"1": "Школа №1", "2": "Гимназия"}))
    utf8 = "1,Школа Ала-Тоо,41.1,74.1\n3,Лицей Манас,41.3,74.3\n".encode()
    cp1251 = "2,Школа Ысык-Көл,41.2,74.2\n".replace("ө", "о").encode("cp1251")
    (folder / "mixed_encodings.csv").write_bytes(b"id,name,lat,lon\n" + utf8.split(b"\n")[0] + b"\n" + cp1251
                                                 + utf8.split(b"\n")[1] + b"\n")
    cases.append(Case("mixed_encodings", "encoding", "UTF-8 rows and a CP1251 row in one file",
                      "mixed_encodings.csv", loaded=3, rejected=0,
                      school_names={"1": "Школа Ала-Тоо", "2": "Школа Ысык-Кол", "3": "Лицей Манас"}, cli=True))
    (folder / "utf16.txt").write_bytes(("id\tname\tlat\tlon\n" + "\n".join("\t".join(row) for row in rows) + "\n")
                                       .encode("utf-16"))
    cases.append(Case("utf16_tab", "encoding", "Excel 'Unicode text': UTF-16 with a BOM, tab-delimited",
                      "utf16.txt", loaded=3, rejected=0, school_names={"2": names[1]}))
    (folder / "undecodable.csv").write_bytes(b"id,name,lat,lon\n1,Bad \x98\x98 bytes,41.1,74.1\n2,Fine,41.2,74.2\n")
    cases.append(Case("undecodable_bytes", "encoding", "bytes that are neither UTF-8 nor CP1251", "undecodable.csv",
                      loaded=2, rejected=0))
    (folder / "nul_bytes.csv").write_bytes(b"id,name,lat,lon\n1,Nul\x00inside,41.1,74.1\n2,Fine,41.2,74.2\n")
    cases.append(Case("nul_bytes", "encoding", "a NUL byte inside a name", "nul_bytes.csv", loaded=2, rejected=0))
    return cases


def _values(folder: Path) -> list[Case]:
    cases = []
    texts = ["NaN", "inf", "-inf", "1e308", "1e309", "-1e308", "Infinity"]
    rows = [[f"V{i}", f"Value {i}", text, "74.5"] for i, text in enumerate(texts, start=1)]
    rows.append(["V8", "Good", "41.5", "74.5"])
    _csv(folder / "nan_inf.csv", HEADER, rows)
    reasons = {"1": "missing_coordinates", **{str(i): "coordinates_out_of_range" for i in range(2, 8)}}
    cases.append(Case("nan_inf_1e308", "coordinates", "latitudes NaN, inf, -inf, 1e308, 1e309, -1e308, Infinity",
                      "nan_inf.csv", loaded=1, rejected=7, reasons=reasons, coords={"8": [41.5, 74.5]}, cli=True))
    units = [("42.5°N", "74,6 E", 42.5, 74.6), ("42°52'44.7\"N", "74°36′E", 42 + 52 / 60 + 44.7 / 3600, 74.6),
             ("41.25 N", "74.75E", 41.25, 74.75), ("40,5", "73,25", 40.5, 73.25), ("41:30:00", "74:15:00", 41.5, 74.25)]
    _csv(folder / "units.csv", HEADER, [[f"U{i}", "Units", lat, lon] for i, (lat, lon, _, _) in enumerate(units, 1)])
    cases.append(Case("coordinates_with_units", "coordinates", "degrees with °, hemisphere letters, DMS, commas",
                      "units.csv", loaded=5, rejected=0,
                      coords={str(i): [lat, lon] for i, (_, _, lat, lon) in enumerate(units, 1)}))
    _csv(folder / "semicolon.csv", ["id", "name", "lat", "lon", "speed"],
         [["1", "A", "42,875", "74,5901", "2,5 Мбит/с"], ["2", "B", "40,5", "72,75", "512 кбит/с"]], delimiter=";")
    cases.append(Case("semicolon_decimal_comma", "coordinates", "semicolon CSV with decimal commas",
                      "semicolon.csv", loaded=2, rejected=0, coords={"1": [42.875, 74.5901], "2": [40.5, 72.75]}))
    _csv(folder / "zero_and_swapped.csv", HEADER,
         [["Z1", "Zero", "0", "0"], ["Z2", "Swapped", "174.5", "41.5"], ["Z3", "Blank", "", ""]])
    cases.append(Case("zero_swapped_blank", "coordinates", "0/0, lat-lon swapped past 90, blank",
                      "zero_and_swapped.csv", loaded=1, rejected=2,
                      reasons={"1": "zero_coordinates", "3": "missing_coordinates"}, coords={"2": [41.5, 174.5]}))
    long_name = "Ш" * 100_000
    _csv(folder / "long_field.csv", HEADER, [["L1", long_name, "41.5", "74.5"], ["L2", "Short", "41.6", "74.6"]])
    cases.append(Case("field_100k_chars", "size", "a 100,000-character school name", "long_field.csv", loaded=2,
                      rejected=0, name_lengths={"1": 100_000}))
    _csv(folder / "huge_field.csv", HEADER, [["H1", "Short", "41.6", "74.6"], ["H2", "x" * 300_000, "41.5", "74.5"]])
    cases.append(Case("field_300k_chars", "size", "a 300,000-character name (past the csv module's default limit)",
                      "huge_field.csv", loaded=2, rejected=0, name_lengths={"2": 300_000}))
    formulas = ['=HYPERLINK("http://example.com/x","click")', "+SUM(A1:A9)", "-1+2", "@cmd|' /C calc'!A0",
                "=1+1", "\t=tab"]
    _csv(folder / "formulas.csv", HEADER + ["region"],
         [[f"=F{i}", text, f"{41 + i / 10}", "74.5", text] for i, text in enumerate(formulas, 1)])
    cases.append(Case("formula_cells", "formula", "ids, names and regions that spreadsheets would run as formulas",
                      "formulas.csv", loaded=6, rejected=0, school_names={"1": formulas[0], "3": "-1+2"}, cli=True))
    paths = ["../../etc/x", "/tmp/evil_school", "..\\..\\Windows\\x", "CON", "a/b/c.gpkg"]
    _csv(folder / "path_names.csv", HEADER + ["region"],
         [[f"P{i}", text, f"{41 + i / 10}", "74.5", text] for i, text in enumerate(paths, 1)])
    cases.append(Case("path_like_names", "paths", "names and regions that look like file paths", "path_names.csv",
                      loaded=5, rejected=0, school_names={"1": "../../etc/x"}))
    square = {"type": "Polygon", "coordinates": [[[69, 39], [81, 39], [81, 44], [69, 44], [69, 39]]]}
    _feature_collection(folder / "square_boundary.geojson", [square], [{"name": "box"}])
    _csv(folder / "outside.csv", HEADER, [[f"E{i}", "Europe", f"{48 + i / 10}", f"{2 + i / 10}"] for i in range(20)])
    cases.append(Case("all_outside_boundary", "boundary", "20 schools in France, boundary around Kyrgyzstan",
                      "outside.csv", boundary="square_boundary.geojson", loaded=20, rejected=0,
                      flag_all="outside_boundary", cli=True))
    _feature_collection(folder / "points_boundary.geojson", [{"type": "Point", "coordinates": [74, 41]}], [{}])
    _csv(folder / "for_point_boundary.csv", HEADER, _good_rows(2))
    cases.append(Case("boundary_of_points", "boundary", "the boundary file holds a point, not polygons",
                      "for_point_boundary.csv", boundary="points_boundary.geojson", expect=ERROR,
                      names=["points_boundary.geojson"]))
    return cases


def _spatial(folder: Path) -> list[Case]:
    cases = []
    lines = [{"type": "LineString", "coordinates": [[74, 41], [74.5, 41.5]]} for _ in range(3)]
    _feature_collection(folder / "lines_as_schools.geojson", lines, [{"id": i} for i in range(3)])
    cases.append(Case("lines_as_schools", "geometry", "a FeatureCollection of lines given as schools",
                      "lines_as_schools.geojson", expect=ERROR, names=["lines_as_schools.geojson", "3 rows"]))
    polygon = {"type": "Polygon", "coordinates": [[[74, 41], [75, 41], [75, 42], [74, 41]]]}
    _feature_collection(folder / "polygons_as_schools.geojson", [polygon, polygon],
                        [{"id": 1}, {"id": 2}])
    cases.append(Case("polygons_as_schools", "geometry", "polygons given as schools", "polygons_as_schools.geojson",
                      expect=ERROR, names=["polygons_as_schools.geojson", "2 rows"]))
    mixed = [{"type": "Point", "coordinates": [74.1, 41.1]}, None, {"type": "Point", "coordinates": []},
             {"type": "Point", "coordinates": [74.4, 41.4]}]
    _feature_collection(folder / "null_geometries.geojson", mixed, [{"id": i, "name": f"G{i}"} for i in range(4)])
    cases.append(Case("null_and_empty_geometries", "geometry", "points, a null and an empty geometry",
                      "null_geometries.geojson", loaded=2, rejected=2, coords={"1": [41.1, 74.1], "4": [41.4, 74.4]}))
    (folder / "huge_coordinate.geojson").write_text(
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"id":"A"},"geometry":{"type":"Point","coordinates":[1e400,41]}},'
        '{"type":"Feature","properties":{"id":"B"},"geometry":{"type":"Point","coordinates":[74.2,41.2]}}]}',
        encoding="utf-8")
    cases.append(Case("geojson_coordinate_1e400", "coordinates", "a GeoJSON coordinate of 1e400 (infinite)",
                      "huge_coordinate.geojson", loaded=1, rejected=1, coords={"2": [41.2, 74.2]}))
    _feature_collection(folder / "zero_features.geojson", [], [])
    cases.append(Case("zero_features_geojson", "structure", "a FeatureCollection without features",
                      "zero_features.geojson", loaded=0, rejected=0))
    points = [(f"M{i}", 74.0 + i / 10, 41.0 + i / 20) for i in range(4)]
    x_y = [_projected(lon, lat, 3857) for _, lon, lat in points]
    _ogr_layer(folder / "schools_3857.gpkg", "GPKG", 3857, ogr.wkbPoint,
               [({"id": sid}, f"POINT ({x} {y})") for (sid, _, _), (x, y) in zip(points, x_y)], ["id"])
    cases.append(Case("geopackage_in_3857", "crs", "a GeoPackage of schools in Web Mercator", "schools_3857.gpkg",
                      loaded=4, rejected=0, coords={str(i + 1): [lat, lon] for i, (_, lon, lat) in enumerate(points)}))
    _ogr_layer(folder / "no_prj.shp", "ESRI Shapefile", None, ogr.wkbPoint,
               [({"id": sid}, f"POINT ({lon} {lat})") for sid, lon, lat in points], ["id"])
    cases.append(Case("shapefile_without_prj", "crs", "a lon/lat Shapefile without its .prj", "no_prj.shp", loaded=4,
                      rejected=0, coords={str(i + 1): [lat, lon] for i, (_, lon, lat) in enumerate(points)}, cli=True))
    utm = [_projected(lon, lat, 32643) for _, lon, lat in points]
    _ogr_layer(folder / "utm_no_prj.shp", "ESRI Shapefile", None, ogr.wkbPoint,
               [({"id": sid}, f"POINT ({x} {y})") for (sid, _, _), (x, y) in zip(points, utm)], ["id"])
    cases.append(Case("utm_shapefile_without_prj", "crs", "a UTM Shapefile without .prj: metres read as degrees",
                      "utm_no_prj.shp", expect=ERROR, names=["utm_no_prj.shp", "coordinates out of range: 4"]))
    _ogr_layer(folder / "no_shx.shp", "ESRI Shapefile", 4326, ogr.wkbPoint,
               [({"id": sid}, f"POINT ({lon} {lat})") for sid, lon, lat in points], ["id"])
    (folder / "no_shx.shx").unlink()
    cases.append(Case("shapefile_without_shx", "structure", "a Shapefile whose .shx index is missing", "no_shx.shp",
                      expect=ERROR, names=["no_shx.shp"]))
    return cases


def _workbooks(folder: Path) -> list[Case]:
    from openpyxl import Workbook

    cases = []
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Область", "Название", "Широта", "Долгота"])
    for i in range(6):
        sheet.append(["Ошская область" if i < 3 else None, f"Школа {i + 1}", 40.5 + i / 10, 72.8])
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B7:D7")
    workbook.save(folder / "merged.xlsx")
    cases.append(Case("xlsx_merged_cells", "workbook", "a region merged over three rows; a row merged across "
                      "name and coordinates", "merged.xlsx", loaded=5, rejected=1,
                      reasons={"6": "missing_coordinates"}, coords={"1": [40.5, 72.8]}))
    workbook = Workbook()
    workbook.active.title = "Cover"
    data = workbook.create_sheet("Schools")
    data.append(["name", "lat", "lon"])
    data.append(["A", 41.0, 74.0])
    workbook.save(folder / "empty_first_sheet.xlsx")
    cases.append(Case("xlsx_empty_first_sheet", "workbook", "an empty cover sheet before the data sheet (the sheet "
                      "whose header names coordinates is read)", "empty_first_sheet.xlsx", loaded=1, rejected=0,
                      coords={"1": [41.0, 74.0]}))
    workbook = Workbook()
    workbook.active.append(["name", "lat", "lon"])
    workbook.save(folder / "header_only.xlsx")
    cases.append(Case("xlsx_header_only", "workbook", "a sheet with a header and no rows", "header_only.xlsx",
                      loaded=0, rejected=0))
    return cases


def _fiber(folder: Path) -> list[Case]:
    cases = []
    schools = _offset_schools()
    _feature_collection(folder / "offset_schools.geojson",
                        [{"type": "Point", "coordinates": [lon, lat]} for _, lon, lat, _ in schools],
                        [{"school_id": sid, "name": sid} for sid, _, _, _ in schools])
    expected = {sid: metres for sid, _, _, metres in schools}
    meridian = {"type": "LineString", "coordinates": [list(MERIDIAN[0]), list(MERIDIAN[1])]}
    bow_tie = {"type": "LineString", "coordinates": [[60, 50], [61, 51], [61, 50], [60, 51], [60, 50]]}
    geometries = [meridian, bow_tie, None, {"type": "LineString", "coordinates": []},
                  {"type": "LineString", "coordinates": [[74.537, 41.5]]},
                  {"type": "Polygon", "coordinates": [[[74.51, 41.5], [74.52, 41.5], [74.52, 41.51], [74.51, 41.5]]]}]
    _feature_collection(folder / "bad_fiber.geojson", geometries, [{"line": i} for i in range(len(geometries))])
    cases.append(Case("fiber_invalid_geometries", "fiber", "fiber with a self-intersecting line far away, null, "
                      "empty and one-vertex lines and a polygon beside the schools", "offset_schools.geojson",
                      fiber=["bad_fiber.geojson"], loaded=3, rejected=0, distances=expected, cli=True))
    _feature_collection(folder / "empty_fiber.geojson", [], [])
    cases.append(Case("fiber_empty_layer", "fiber", "a fiber layer without features", "offset_schools.geojson",
                      fiber=["empty_fiber.geojson"], loaded=3, rejected=0,
                      distances=dict.fromkeys(expected), cli=True, cli_expect=ERROR,
                      cli_names=["empty_fiber.geojson"]))
    _ogr_layer(folder / "schools_3857_offsets.gpkg", "GPKG", 3857, ogr.wkbPoint,
               [({"school_id": sid, "name": sid}, "POINT ({} {})".format(*_projected(lon, lat, 3857)))
                for sid, lon, lat, _ in schools], ["school_id", "name"])
    vertices = [_projected(lon, lat, 32643) for lon, lat in MERIDIAN]
    dense = [GEOD.npts(*MERIDIAN[0], *MERIDIAN[1], 49)]
    utm = [vertices[0]] + [_projected(lon, lat, 32643) for lon, lat in dense[0]] + [vertices[1]]
    _ogr_layer(folder / "fiber_utm43.gpkg", "GPKG", 32643, ogr.wkbLineString,
               [({"line": "1"}, "LINESTRING ({})".format(", ".join(f"{x} {y}" for x, y in utm)))], ["line"])
    cases.append(Case("layers_in_different_crs", "crs", "schools in EPSG:3857, fiber in UTM 43N (EPSG:32643)",
                      "schools_3857_offsets.gpkg", fiber=["fiber_utm43.gpkg"], loaded=3, rejected=0,
                      distances=expected, cli=True))
    (folder / "garbage_fiber.geojson").write_bytes(random.Random(3).randbytes(3000))
    cases.append(Case("fiber_garbage_file", "fiber", "random bytes given as the fiber layer", "offset_schools.geojson",
                      fiber=["garbage_fiber.geojson"], expect=ERROR, names=["garbage_fiber.geojson"], cli=True))
    return cases


def _faults(folder: Path) -> list[Case]:
    _csv(folder / "fault_schools.csv", HEADER, _good_rows(40))
    _csv(folder / "mutating.csv", HEADER, _good_rows(2000))
    return [
        Case("readonly_output_folder", "faults", "the output folder is on a read-only file system",
             "fault_schools.csv", fault=READONLY_OUT, expect=ERROR, names=["readonly"], cli=True),
        Case("disk_full", "faults", "the output file system has 64 KiB (or a file-size limit)", "fault_schools.csv",
             fault=DISK_FULL, expect=ERROR, cli=True),
        Case("file_changes_while_read", "faults", "another program appends to and truncates the file during the "
             "import", "mutating.csv", fault=MUTATING, expect=CONSISTENT),
    ]


def build_corpus(folder: str | Path) -> list[Case]:
    """Write every case's files into `folder`, plus corpus.json; return the descriptors."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cases = (_structure(folder) + _encodings(folder) + _values(folder) + _spatial(folder) + _workbooks(folder)
             + _fiber(folder) + _faults(folder))
    names = [case.name for case in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    (folder / "corpus.json").write_text(json.dumps([asdict(case) for case in cases], indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    return cases


def load_corpus(folder: str | Path) -> list[Case]:
    """The descriptors written by build_corpus (for the subprocess runners)."""
    return [Case(**raw) for raw in json.loads((Path(folder) / "corpus.json").read_text(encoding="utf-8"))]


if __name__ == "__main__":
    built = build_corpus(sys.argv[1])
    print(f"{len(built)} cases in {sys.argv[1]}")
