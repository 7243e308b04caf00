"""Point and line tables written into a new GeoPackage by SQL, a chunk of rows at a time: OGR creates the empty
table, SQLite inserts the rows with their geometry encoded by numpy, the spatial index is bulk-loaded (gpkg_rtree).
The import writes a national list this way in seconds where the feature-by-feature writer takes minutes; the file
appears only when whole."""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from osgeo import gdal, ogr, osr

from ...core.definitions.fields import at_precision
from .gpkg import WRITE_CHUNK, insert_columns, sql_values
from .gpkg_rtree import bulk_load, create_rtree

if TYPE_CHECKING:
    import pandas as pd

#: OGR field type (and subtype) of each Python type a field schema names.
OGR_TYPES = {str: (ogr.OFTString, ogr.OFSTNone), int: (ogr.OFTInteger64, ogr.OFSTNone),
             float: (ogr.OFTReal, ogr.OFSTNone), bool: (ogr.OFTInteger, ogr.OFSTBoolean)}
#: GeoPackage geometry header (magic, version 0, little-endian without envelope, srs_id 4326) and the WKB of a
#: little-endian 2D point (a line string: then its point count) before its coordinates.
_POINT_PREFIX = b"GP\x00\x01" + (4326).to_bytes(4, "little") + b"\x01" + (1).to_bytes(4, "little")
_LINE_PREFIX = b"GP\x00\x01" + (4326).to_bytes(4, "little") + b"\x01" + (2).to_bytes(4, "little")
_BLOB_DTYPE = np.dtype([("prefix", "S13"), ("x", "<f8"), ("y", "<f8")])


def point_blobs(lon: np.ndarray, lat: np.ndarray) -> list:
    """GeoPackage point geometries (EPSG:4326) for each row; None where a coordinate is missing."""
    records = np.empty(len(lon), dtype=_BLOB_DTYPE)
    records["prefix"], records["x"], records["y"] = _POINT_PREFIX, lon, lat
    raw = records.tobytes()
    size = _BLOB_DTYPE.itemsize
    present = (np.isfinite(lon) & np.isfinite(lat)).tolist()
    return [raw[row * size:(row + 1) * size] if ok else None for row, ok in enumerate(present)]


@contextmanager
def writing(path: str | os.PathLike) -> Iterator[None]:
    """SQLite's, GDAL's and the file system's refusals (disk full, read-only, too many columns) as one OSError
    naming the file and why (once, however many writes are nested)."""
    try:
        yield
    except (InterruptedError, WriteError):
        raise
    except (sqlite3.Error, RuntimeError, OSError) as error:
        raise WriteError(f"cannot write the output {path}: {error}") from error


class WriteError(OSError):
    """A write refused, its message already naming the file."""


class PointTableWriter:
    """One point table of a new GeoPackage, filled by `append` and put in place by `close` (removed by `abort`)."""

    GEOMETRY = ogr.wkbPoint

    def __init__(self, destination: str | os.PathLike, table: str, types: dict[str, type]):
        self.destination = Path(destination)
        self.partial = self.destination.with_name(f".{self.destination.stem}.partial.gpkg")
        self.table, self.names = table, list(types)
        self.partial.unlink(missing_ok=True)
        try:
            with writing(self.destination):
                _create_table(self.partial, table, types, self.GEOMETRY)
                self.db = sqlite3.connect(self.partial)
                self.db.execute("PRAGMA synchronous = OFF")
                self.db.execute("PRAGMA journal_mode = OFF")
        except BaseException:
            self.abort()
            raise
        self.count = 0
        self.boxes: list[tuple[np.ndarray, np.ndarray]] = []  # (fids, (n, 4) min x, max x, min y, max y)

    def geometries(self, frame: pd.DataFrame, coords) -> tuple[list, np.ndarray]:
        """Each row's geometry blob (None where missing) and box (NaN where missing)."""
        lon, lat = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
        return point_blobs(lon, lat), np.column_stack([lon, lon, lat, lat])

    def append(self, frame: pd.DataFrame, coords=None) -> None:
        """Rows of `frame` (a field it lacks is NULL) with their geometries (see `geometries`)."""
        blobs, boxes = self.geometries(frame, coords)
        for start in range(0, len(frame), WRITE_CHUNK):
            part = slice(start, start + WRITE_CHUNK)
            values = [sql_values(at_precision(name, frame[name].to_numpy()[part])) if name in frame
                      else [None] * len(blobs[part]) for name in self.names]
            with writing(self.destination):
                insert_columns(self.db, self.table, ["geom", *self.names], [blobs[part], *values])
        placed = np.isfinite(boxes).all(axis=1)
        fids = self.count + 1 + np.arange(len(frame))  # AUTOINCREMENT from 1 in insertion order
        self.boxes.append((fids[placed], boxes[placed]))
        self.count += len(frame)

    def close(self) -> str:
        """Record the extent and count, index the geometries and move the file into place; returns its path."""
        fids, boxes = ((np.concatenate(parts) for parts in zip(*self.boxes)) if self.boxes
                       else (np.zeros(0, np.int64), np.zeros((0, 4))))
        extent = ([float(boxes[:, 0].min()), float(boxes[:, 2].min()), float(boxes[:, 1].max()),
                   float(boxes[:, 3].max())] if len(boxes) else [None] * 4)
        try:
            with writing(self.destination):
                self.db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                                "WHERE table_name = ?", (*extent, self.table))
                self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?",
                                (self.count, self.table))
                bulk_load(self.db, create_rtree(self.db, self.table, "geom"), fids, *boxes.T)
                self.db.commit()
                self.db.close()
                os.replace(self.partial, self.destination)
        except BaseException:
            self.abort()
            raise
        return str(self.destination)

    def abort(self) -> None:
        """Leave nothing behind."""
        with contextlib.suppress(sqlite3.Error, AttributeError):  # (no connection yet when creating failed)
            self.db.close()
        self.partial.unlink(missing_ok=True)


class LineTableWriter(PointTableWriter):
    """One line table: `append(frame, coords)` with one (n, 2) lon/lat array per row (fewer than 2 points: none)."""

    GEOMETRY = ogr.wkbLineString

    def geometries(self, frame: pd.DataFrame, coords) -> tuple[list, np.ndarray]:
        blobs, boxes = [], np.full((len(frame), 4), np.nan)
        for row, xy in enumerate(coords):
            if xy is None or len(xy) < 2:
                blobs.append(None)
                continue
            xy = np.asarray(xy, dtype="<f8")
            blobs.append(_LINE_PREFIX + len(xy).to_bytes(4, "little") + xy.tobytes())
            boxes[row] = (xy[:, 0].min(), xy[:, 0].max(), xy[:, 1].min(), xy[:, 1].max())
        return blobs, boxes


def _create_table(path: Path, table: str, types: dict[str, type], geometry: int) -> None:
    """The empty table with its fields, as OGR declares them (no spatial index yet; OGR creates the table
    when the file is closed, so a refusal, such as too many columns, shows only then)."""
    gdal.ErrorReset()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if dataset is None:
        raise OSError(gdal.GetLastErrorMsg() or "cannot create the file")
    refusal = ""
    try:
        _declare_table(dataset, table, types, geometry)
    except OSError as error:
        refusal = str(error)  # (kept as text: the traceback would keep the file open while it is removed)
    dataset = None
    if refusal:
        raise OSError(refusal)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise OSError(gdal.GetLastErrorMsg())


def build_index(path: str | os.PathLike, table: str, geometry: str) -> None:
    """GDAL builds the R-tree, its triggers and its extension entry as it would for a table it wrote."""
    dataset = ogr.Open(str(path), 1)
    if dataset is None:
        raise OSError(gdal.GetLastErrorMsg() or "cannot open the GeoPackage written")
    gdal.ErrorReset()
    try:
        dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{table}', '{geometry}')")
    finally:
        dataset = None
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise OSError(gdal.GetLastErrorMsg())


def _declare_table(dataset, table: str, types: dict[str, type], geometry: int) -> None:
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layer = dataset.CreateLayer(table, wgs84, geometry, ["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom", "FID=fid"])
    if layer is None:
        raise OSError(gdal.GetLastErrorMsg() or "cannot create the table")
    for name, kind in types.items():
        field_type, subtype = OGR_TYPES[kind]
        definition = ogr.FieldDefn(name, field_type)
        definition.SetSubType(subtype)
        if layer.CreateField(definition) != ogr.OGRERR_NONE:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot add the column {name}")
