"""Point tables written into a new GeoPackage by SQL, a chunk of rows at a time: OGR creates the empty table, SQLite
inserts the rows with their geometry encoded by numpy, GDAL builds the spatial index. The import writes a national
list this way in seconds where the feature-by-feature writer takes minutes; the file appears only when whole."""
from __future__ import annotations

import math
import os
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from osgeo import ogr, osr

from ...core.definitions.fields import at_precision
from .gpkg import WRITE_CHUNK, sql_values

#: OGR field type (and subtype) of each Python type a field schema names.
OGR_TYPES = {str: (ogr.OFTString, ogr.OFSTNone), int: (ogr.OFTInteger64, ogr.OFSTNone),
             float: (ogr.OFTReal, ogr.OFSTNone), bool: (ogr.OFTInteger, ogr.OFSTBoolean)}
#: GeoPackage geometry header (magic, version 0, little-endian without envelope, srs_id 4326) and the WKB of a
#: little-endian 2D point before its coordinates.
_POINT_PREFIX = b"GP\x00\x01" + (4326).to_bytes(4, "little") + b"\x01" + (1).to_bytes(4, "little")
_BLOB_DTYPE = np.dtype([("prefix", "S13"), ("x", "<f8"), ("y", "<f8")])


def point_blobs(lon: np.ndarray, lat: np.ndarray) -> list:
    """GeoPackage point geometries (EPSG:4326) for each row; None where a coordinate is missing."""
    records = np.empty(len(lon), dtype=_BLOB_DTYPE)
    records["prefix"], records["x"], records["y"] = _POINT_PREFIX, lon, lat
    raw = records.tobytes()
    size = _BLOB_DTYPE.itemsize
    present = (np.isfinite(lon) & np.isfinite(lat)).tolist()
    return [raw[row * size:(row + 1) * size] if ok else None for row, ok in enumerate(present)]


class PointTableWriter:
    """One point table of a new GeoPackage, filled by `append` and put in place by `close` (removed by `abort`)."""

    def __init__(self, destination: str | os.PathLike, table: str, types: dict[str, type]):
        self.destination = Path(destination)
        self.partial = self.destination.with_name(f".{self.destination.stem}.partial.gpkg")
        self.table, self.names = table, list(types)
        self.partial.unlink(missing_ok=True)
        _create_table(self.partial, table, types)
        self.db = sqlite3.connect(self.partial)
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("PRAGMA journal_mode = OFF")
        columns = ", ".join(f'"{name}"' for name in ["geom", *self.names])
        self.insert = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * (len(self.names) + 1))})'
        self.count = 0
        self.extent = [math.inf, math.inf, -math.inf, -math.inf]

    def append(self, frame: pd.DataFrame) -> None:
        """Rows of `frame` (its `longitude`/`latitude` give the point; a field it lacks is NULL)."""
        lon, lat = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
        for start in range(0, len(frame), WRITE_CHUNK):
            part = slice(start, start + WRITE_CHUNK)
            values = [sql_values(at_precision(name, frame[name].to_numpy()[part])) if name in frame
                      else [None] * len(lon[part]) for name in self.names]
            self.db.executemany(self.insert, zip(point_blobs(lon[part], lat[part]), *values))
        placed = np.isfinite(lon) & np.isfinite(lat)
        if placed.any():
            self.extent = [min(self.extent[0], lon[placed].min()), min(self.extent[1], lat[placed].min()),
                           max(self.extent[2], lon[placed].max()), max(self.extent[3], lat[placed].max())]
        self.count += len(frame)

    def close(self) -> str:
        """Record the extent and count, index the points and move the file into place; returns its path."""
        extent = self.extent if math.isfinite(self.extent[0]) else [None] * 4
        self.db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                        (*[None if value is None else float(value) for value in extent], self.table))
        self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (self.count, self.table))
        self.db.commit()
        self.db.close()
        dataset = ogr.Open(str(self.partial), 1)
        dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{self.table}', 'geom')")
        dataset = None
        os.replace(self.partial, self.destination)
        return str(self.destination)

    def abort(self) -> None:
        """Leave nothing behind."""
        self.db.close()
        self.partial.unlink(missing_ok=True)


def _create_table(path: Path, table: str, types: dict[str, type]) -> None:
    """The empty point table with its fields, as OGR declares them (no spatial index yet)."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layer = dataset.CreateLayer(table, wgs84, ogr.wkbPoint, ["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom", "FID=fid"])
    for name, kind in types.items():
        field_type, subtype = OGR_TYPES[kind]
        definition = ogr.FieldDefn(name, field_type)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    dataset = None
