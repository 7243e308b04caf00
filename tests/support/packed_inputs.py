"""The bundled sample repacked as partners send it: fiber as a KMZ of nested folders (MultiGeometry, altitudes), as GPX
tracks and as a zipped Shapefile; schools as an XLSX with a title block on its second sheet, an ODS likewise, a
zipped GeoPackage among other layers. Built from the sample's own files with the standard library, GDAL and
openpyxl, never through the plugin, so the plugin's reading of them can be held against the plain files."""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from osgeo import gdal, ogr, osr

#: The sample's coordinate columns.
LATITUDE, LONGITUDE = "Широта", "Долгота"
#: Cells that are numbers in a ministry's workbook (the rest are typed text).
NUMERIC_COLUMNS = ("Код школы", "Количество учащихся", LATITUDE, LONGITUDE)
#: The title block above the list, as ministries print it.
TITLE_ROWS = (["Министерство образования и науки Кыргызской Республики"], ["Список школ по состоянию на 01.09.2024"],
              [])



def sample_rows(sample: Path) -> tuple[list[str], list[list[str]]]:
    """The school list's header and data rows as written."""
    with (sample / "schools.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]
    return rows[0], rows[1:]


def _typed(header: list[str], row: list[str]) -> list:
    """Numbers where a spreadsheet would hold numbers (integers stay integers), text elsewhere, None for blanks."""
    cells = []
    for name, text in zip(header, row):
        if not text.strip():
            cells.append(None)
        elif name in NUMERIC_COLUMNS:
            try:
                cells.append(int(text) if text.strip().lstrip("-").isdigit() else float(text))
            except ValueError:
                cells.append(text)
        else:
            cells.append(text)
    return cells


def xlsx_with_title_block(sample: Path, path: Path) -> Path:
    """Sheet 1 notes without coordinates; sheet 2 ("Школы") a title, a date, a blank row, then the header and list."""
    import openpyxl

    header, rows = sample_rows(sample)
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Пояснения"
    notes.append(["Область", "Школ"])
    notes.append(["Чуйская область", 286])
    sheet = workbook.create_sheet("Школы")
    for line in TITLE_ROWS:
        sheet.append(line)
    sheet.append(header)
    for row in rows:
        sheet.append(_typed(header, row))
    workbook.save(path)
    return path


def _ods_cell(value) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                f"<text:p>{value!r}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods_with_title_block(sample: Path, path: Path) -> Path:
    """The same two sheets as `xlsx_with_title_block`, as an OpenDocument spreadsheet written by hand."""
    header, rows = sample_rows(sample)

    def table(name: str, lines: list[list]) -> str:
        body = "".join("<table:table-row>" + "".join(_ods_cell(value) for value in line) + "</table:table-row>"
                       if line else "<table:table-row><table:table-cell/></table:table-row>" for line in lines)
        return f'<table:table table:name="{escape(name)}">{body}</table:table>'

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        "<office:spreadsheet>" + table("Пояснения", [["Область", "Школ"], ["Чуйская область", 286]])
        + table("Школы", [*TITLE_ROWS, header, *(_typed(header, row) for row in rows)])
        + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def schools_geopackage(sample: Path, path: Path, extra_point_layer: bool = False) -> Path:
    """The sample's schools as points (layer "schools", every column as text) beside the regions' polygons and a
    table of notes; with `extra_point_layer` also the fiber nodes as a second point layer."""
    header, rows = sample_rows(sample)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    assert source is not None, path
    assert gdal.VectorTranslate(source, str(sample / "kg_adm1.geojson"), layerName="regions"), path
    layer = source.CreateLayer("schools", wgs84, ogr.wkbPoint)
    for name in header:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    layer.StartTransaction()
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, text in zip(header, row):
            feature.SetField(name, text)
        values = dict(zip(header, row))
        if values[LATITUDE].strip() and values[LONGITUDE].strip():
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(values[LONGITUDE]), float(values[LATITUDE]))
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    notes = source.CreateLayer("notes", None, ogr.wkbNone)
    notes.CreateField(ogr.FieldDefn("note", ogr.OFTString))
    feature = ogr.Feature(notes.GetLayerDefn())
    feature.SetField("note", "schools and regions, 2024")
    notes.CreateFeature(feature)
    if extra_point_layer:
        assert gdal.VectorTranslate(source, str(sample / "fiber_nodes.geojson"), layerName="fiber_nodes"), path
    source = None
    return path


def zipped(path: Path, members: dict[str, Path | bytes]) -> Path:
    """A zip of files (or bytes) under the given member names."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
            else:
                archive.write(content, name)
    return path


def shapefile(source: Path, folder: Path, name: str) -> list[Path]:
    """A vector file rewritten as a Shapefile in `folder`; its .shp, .shx, .dbf, .prj, .cpg files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = gdal.VectorTranslate(str(folder / f"{name}.shp"), str(source), format="ESRI Shapefile",
                                   layerCreationOptions=["ENCODING=UTF-8"])
    assert written is not None, source
    written = None
    return sorted(folder.glob(f"{name}.*"))


def _kml_coordinates(points: list[list[float]], altitude: float) -> str:
    return " ".join(f"{lon!r},{lat!r},{altitude + index:.1f}" for index, (lon, lat, *_) in enumerate(points))


def _placemark(name: str, geometry: str) -> str:
    return f"<Placemark><name>{escape(name)}</name>{geometry}</Placemark>"


def fiber_kml_text(sample: Path) -> str:
    """The backbone in nested folders (region > operator), every third placemark a MultiGeometry of two lines,
    coordinates with altitudes; the nodes in a folder of their own with point altitudes."""
    lines = json.loads((sample / "fiber_backbone.geojson").read_text())["features"]
    nodes = json.loads((sample / "fiber_nodes.geojson").read_text())["features"]
    placemarks: list[tuple[str, str]] = []
    index = 0
    while index < len(lines):
        group = lines[index:index + (2 if index % 3 == 2 else 1)]
        parts = [f"<LineString><altitudeMode>absolute</altitudeMode><coordinates>"
                 f"{_kml_coordinates(line['geometry']['coordinates'], 700.0)}</coordinates></LineString>"
                 for line in group]
        geometry = parts[0] if len(parts) == 1 else "<MultiGeometry>" + "".join(parts) + "</MultiGeometry>"
        placemarks.append((group[0]["properties"]["line_id"], geometry))
        index += len(group)
    north = "".join(_placemark(name, geometry) for name, geometry in placemarks[0::2])
    south_a = "".join(_placemark(name, geometry) for name, geometry in placemarks[1::4])
    south_b = "".join(_placemark(name, geometry) for name, geometry in placemarks[3::4])
    points = "".join(_placemark(node["properties"]["node_id"],
                                f"<Point><coordinates>{_kml_coordinates([node['geometry']['coordinates']], 1500.0)}"
                                "</coordinates></Point>") for node in nodes)
    return ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            "<name>ВОЛС</name><Folder><name>Магистраль</name>"
            f"<Folder><name>Север</name>{north}</Folder>"
            f"<Folder><name>Юг</name><Folder><name>Ош</name>{south_a}</Folder>"
            f"<Folder><name>Джалал-Абад</name>{south_b}</Folder></Folder></Folder>"
            f"<Folder><name>Узлы</name>{points}</Folder></Document></kml>")


def fiber_kml(sample: Path, path: Path) -> Path:
    """`fiber_kml_text` as a .kml file."""
    path.write_text(fiber_kml_text(sample), encoding="utf-8")
    return path


def fiber_kmz(sample: Path, path: Path) -> Path:
    """`fiber_kml_text` zipped as doc.kml, as Google Earth saves a KMZ."""
    return zipped(path, {"doc.kml": fiber_kml_text(sample).encode("utf-8")})


def fiber_gpx(sample: Path, path: Path) -> Path:
    """The backbone as GPX tracks, one track per line (one segment each), with elevations, as a GPS records it."""
    lines = json.loads((sample / "fiber_backbone.geojson").read_text())["features"]
    tracks = "".join(
        f"<trk><name>{escape(line['properties']['line_id'])}</name><trkseg>"
        + "".join(f'<trkpt lat="{lat!r}" lon="{lon!r}"><ele>{800 + i}</ele></trkpt>'
                  for i, (lon, lat, *_) in enumerate(line["geometry"]["coordinates"]))
        + "</trkseg></trk>" for line in lines)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="GPS" '
                    f'xmlns="http://www.topografix.com/GPX/1/1">{tracks}</gpx>', encoding="utf-8")
    return path
