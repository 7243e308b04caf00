"""Reference facts about the bundled sample, computed straight from its files (csv, JSON, GDAL, pyproj).

Nothing here goes through the plugin, so tests can hold the plugin's outputs against it.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
from osgeo import gdal

from .geodesic_reference import GEOD, distance_to_lines

#: Column names of the sample school list (a ministry export in Russian).
LATITUDE, LONGITUDE, INTERNET = "Широта", "Долгота", "Интернет"
#: The sample's yes/no answers for "has internet".
INTERNET_ANSWERS = {"да": "yes", "нет": "no"}


def csv_data_rows(path: Path) -> int:
    """Data rows of a CSV as a spreadsheet counts them: every non-blank record after the header."""
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        records = [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]
    return len(records) - 1


def raw_schools(path: Path) -> list[dict[str, str]]:
    """The school list's rows as written, keyed by header; index i is source_row i + 1."""
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        return [row for row in csv.DictReader(handle) if any((value or "").strip() for value in row.values())]


def as_float(text: str | None) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def fiber_geometry(sample: Path) -> tuple[list[np.ndarray], np.ndarray]:
    """The backbone's lines (each an (n, 2) lon/lat array, one per part) and the nodes, read from the GeoJSON."""
    lines: list[np.ndarray] = []
    for feature in json.loads((sample / "fiber_backbone.geojson").read_text())["features"]:
        geometry = feature["geometry"]
        parts = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
        lines.extend(np.asarray([vertex[:2] for vertex in part], dtype=float) for part in parts)
    nodes = [feature["geometry"]["coordinates"][:2]
             for feature in json.loads((sample / "fiber_nodes.geojson").read_text())["features"]]
    return lines, np.asarray(nodes, dtype=float)


def nearest_fiber_m(lon: float, lat: float, fiber: tuple[list[np.ndarray], np.ndarray]) -> float:
    """Geodesic metres to the nearest backbone line (brute force, 1 cm resolution) or node."""
    lines, nodes = fiber
    to_nodes = GEOD.inv(np.full(len(nodes), lon), np.full(len(nodes), lat), nodes[:, 0], nodes[:, 1])[2]
    return min(distance_to_lines(lon, lat, lines), float(to_nodes.min()))


def dem_elevation(sample: Path, lon: float, lat: float) -> float | None:
    """The DEM cell value under a point (north-up EPSG:4326 raster), None on nodata or off the grid."""
    dataset = gdal.Open(str(sample / "kg_dem.tif"))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    col, row = int((lon - x0) / dx), int((lat - y0) / dy)
    if not (0 <= col < dataset.RasterXSize and 0 <= row < dataset.RasterYSize):
        return None
    band = dataset.GetRasterBand(1)
    value = float(band.ReadAsArray(col, row, 1, 1)[0, 0])
    return None if value == band.GetNoDataValue() else value
