"""GeoPackages in bulk: the analysis reads and writes whole national layers through GDAL's Arrow stream and
SQLite instead of one QgsFeature at a time (50-100x faster on millions of schools). Every function here only
applies to a plain, whole, single-layer GeoPackage; `reading` falls back to the QGIS feature API otherwise."""
from __future__ import annotations

import contextlib
import ctypes
import itertools
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from osgeo import ogr
from qgis.core import QgsVectorLayer

if TYPE_CHECKING:
    import pandas as pd

#: Rows converted to Python values at a time when writing (bounds the per-row Python objects).
WRITE_CHUNK = 50_000
#: Rows one INSERT statement carries (fewer when SQLite binds fewer values at once).
INSERT_ROWS = 5_000


def is_plain_gpkg(layer: QgsVectorLayer) -> bool:
    """A GeoPackage layer whose provider shows exactly the file's rows (no subset filter, no pending edits)."""
    path = layer.source().split("|")[0]
    return (layer.providerType() == "ogr" and path.lower().endswith(".gpkg") and os.path.isfile(path)
            and not layer.subsetString() and not layer.isEditable())


def gpkg_layer_name(layer: QgsVectorLayer) -> str | None:
    parts = dict(part.split("=", 1) for part in layer.source().split("|")[1:] if "=" in part)
    return parts.get("layername")


def _open(layer: QgsVectorLayer, names: Iterable[str]):
    """The OGR dataset (keep it referenced) and layer, reading only the named fields."""
    dataset = ogr.Open(layer.source().split("|")[0])
    name = gpkg_layer_name(layer)
    ogr_layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
    definition = ogr_layer.GetLayerDefn()
    wanted = set(names)
    ogr_layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
                                if definition.GetFieldDefn(i).GetName() not in wanted])
    return dataset, ogr_layer


#: OGR field types read in bulk; a layer with any other wanted type (dates, lists) is read feature by feature.
_BULK_TYPES = frozenset({ogr.OFTString, ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal})


def read_frame(layer: QgsVectorLayer, names: list[str], where: str | None = None
               ) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray] | None:
    """The named fields of every row (or of the rows the SQLite condition `where` keeps) with the values the
    QGIS feature API would give (NULL -> None or NaN, booleans as bool; QGIS shows the FID column as a field
    too), plus FIDs and stored x/y (NaN when not a point); None when a wanted field has a type this reader
    does not convert."""
    import pandas as pd

    dataset, ogr_layer = _open(layer, names)
    if where and ogr_layer.SetAttributeFilter(where) != 0:
        return None
    definition = ogr_layer.GetLayerDefn()
    kinds = {field.GetName(): (field.GetType(), field.GetSubType())
             for field in (definition.GetFieldDefn(i) for i in range(definition.GetFieldCount()))}
    fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
    fields = [name for name in names if name != fid_column]
    if any(name not in kinds or kinds[name][0] not in _BULK_TYPES for name in fields):
        return None
    geometry_column = ogr_layer.GetGeometryColumn() if ogr_layer.GetGeomType() != ogr.wkbNone else None
    parts: dict[str, list] = {name: [] for name in [*fields, "x", "y", "source_fid"]}  # (batches of each)
    for batch in ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        parts["source_fid"].append(np.asarray(batch[fid_column], dtype=np.int64))
        wkb = batch[geometry_column] if geometry_column else np.full(len(parts["source_fid"][-1]), None)
        x, y = wkb_point_xy(np.ma.filled(wkb, b"") if np.ma.isMaskedArray(wkb) else wkb)
        parts["x"].append(x)
        parts["y"].append(y)
        for name in fields:
            parts[name].append(batch[name].copy())  # (a view would keep the whole Arrow batch alive)
        del batch
    table = ogr_layer.GetName()
    del dataset
    fids = np.concatenate(parts["source_fid"]) if parts["source_fid"] else np.zeros(0, dtype=np.int64)
    columns = {name: fids if name == fid_column else _column(parts[name], kinds[name]) for name in names}
    for name in fields:
        if kinds[name][1] == ogr.OFSTBoolean:
            columns[name] = _booleans(layer.source().split("|")[0], table, fid_column, name, fids)
    x, y = (np.concatenate(parts[name]) if parts[name] else np.zeros(0) for name in ("x", "y"))
    del parts
    frame = pd.DataFrame(columns, index=pd.RangeIndex(len(fids)))
    release_freed_memory()
    return frame, fids, x, y


def release_freed_memory() -> None:
    """Hand memory freed by a bulk read back to the system (glibc keeps it otherwise, and the next step's
    peak adds to it); a no-op where the C library has no malloc_trim."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _column(batches: list, kind: tuple[int, int]) -> np.ndarray:
    """One field's batches as the values the QGIS feature API gives: str/None, int (float NaN with NULLs), bool."""
    if not batches:
        return np.zeros(0, dtype=object)
    values = np.ma.concatenate(batches) if any(np.ma.isMaskedArray(b) for b in batches) else np.concatenate(batches)
    missing = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    kind, _subtype = kind
    if kind == ogr.OFTString:  # distinct values found on the fixed-width bytes: no Python object per row
        uniques, codes = np.unique(data, return_inverse=True)
        texts = np.empty(len(uniques), dtype=object)
        for start in range(0, len(uniques), WRITE_CHUNK):  # (names are all distinct: no million bytes at once)
            texts[start:start + WRITE_CHUNK] = [value.decode("utf-8", errors="replace")
                                                for value in uniques[start:start + WRITE_CHUNK].tolist()]
        return np.where(missing, None, texts[codes])
    if kind == ogr.OFTReal:
        return np.where(missing, np.nan, data.astype(float))
    return data.astype(np.int64) if not missing.any() else np.where(missing, np.nan, data.astype(float))


def _booleans(path: str, table: str, fid_column: str, name: str, fids: np.ndarray) -> np.ndarray:
    """A boolean field read with SQLite, in `fids` order: GDAL 3.6's Arrow-to-NumPy conversion unpacks
    boolean bitmaps wrongly (values shifted between rows), so booleans do not take the Arrow stream."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        cursor = db.execute(f'SELECT "{fid_column}", COALESCE("{name}" <> 0, -1) FROM "{table}" '
                            f'ORDER BY "{fid_column}"')
        stored = np.fromiter(itertools.chain.from_iterable(cursor), dtype=np.int64).reshape(-1, 2)
    values = stored[np.searchsorted(stored[:, 0], fids), 1] if len(stored) else np.zeros(0, dtype=np.int64)
    if not (values < 0).any():
        return values.astype(bool)
    return np.where(values < 0, None, (values > 0).astype(object))


def point_xy(layer: QgsVectorLayer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """FIDs and stored x/y of every row, parsed from WKB in bulk (GDAL >= 3.6 Arrow stream)."""
    _dataset, ogr_layer = _open(layer, ())
    fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
    geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fids, xs, ys = [], [], []
    for batch in ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        fids.append(np.asarray(batch[fid_column], dtype=np.int64))
        x, y = wkb_point_xy(batch[geometry_column])
        xs.append(x)
        ys.append(y)
    if not fids:
        return np.array([], dtype=np.int64), np.array([]), np.array([])
    return np.concatenate(fids), np.concatenate(xs), np.concatenate(ys)


def wkb_point_xy(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x, y of WKB points (2D, Z, M or ZM, either byte order); anything else (null, empty, other) -> NaN."""
    count = len(wkb)
    if wkb.dtype.kind == "V" and wkb.dtype.itemsize >= 21:
        raw = np.frombuffer(wkb.tobytes(), dtype=np.uint8).reshape(count, wkb.dtype.itemsize)
    else:
        rows = [bytes(value) if value is not None else b"" for value in wkb]
        raw = np.zeros((count, 21), dtype=np.uint8)
        for row, value in enumerate(rows):
            raw[row, :min(len(value), 21)] = np.frombuffer(value[:21], dtype=np.uint8)
    little = raw[:, 0] == 1
    x, y = np.full(count, np.nan), np.full(count, np.nan)
    for is_little, order in ((True, "<"), (False, ">")):
        rows = np.flatnonzero(little == is_little)
        if rows.size == 0:
            continue
        part = np.ascontiguousarray(raw[rows, :21])
        kind = part[:, 1:5].copy().view(order + "u4").ravel()
        point = (kind % 1000 == 1) | ((kind & 0x0FFFFFFF) == 1)
        x[rows] = np.where(point, part[:, 5:13].copy().view(order + "f8").ravel(), np.nan)
        y[rows] = np.where(point, part[:, 13:21].copy().view(order + "f8").ravel(), np.nan)
    return x, y


#: SQLite column types for the analysis fields added to a GeoPackage in bulk.
GPKG_TYPES = {float: "REAL", str: "TEXT", bool: "BOOLEAN", int: "INTEGER"}


def single_table(layer, source, destination: str) -> str | None:
    """The input's table name when the bulk GeoPackage path applies (see write_with_columns), else None."""

    if layer is None or not is_plain_gpkg(layer) or not destination.lower().endswith(".gpkg"):
        return None
    path = os.path.abspath(layer.source().split("|")[0])
    if "|" in destination or os.path.abspath(destination) == path or os.path.exists(path + "-wal"):
        return None
    if source.featureCount() != layer.featureCount():
        return None
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
    wanted = gpkg_layer_name(layer) or (tables[0] if tables else None)
    return wanted if tables == [wanted] else None


def copy_with_columns(path: str, table: str, destination: str, added: dict[str, type], fids: np.ndarray,
                           columns: dict[str, np.ndarray]) -> None:
    """Copy the file, add the columns in place in the copy, rename the copy over the destination."""
    partial = str(Path(destination).with_name(f".{Path(destination).stem}.partial.gpkg"))
    try:
        shutil.copyfile(path, partial)
        _add_columns(partial, table, added, fids, columns)
        os.replace(partial, destination)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


#: SQLite's page cache while columns are added (KiB): the UPDATE walks the table in fid order, so more cache only
#: raised the peak memory of a national run (256 MiB: +120 MiB at 2,000,000 schools, no faster).
CACHE_KIB = 64 << 10

#: SQL functions GeoPackage R-tree triggers name. They only run when a geometry or an fid changes, which
#: adding columns never does, but SQLite must know them to prepare the UPDATE: declared, and loud if called.
_RTREE_TRIGGER_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")


def _never_called(*_args):
    raise OSError("a GeoPackage R-tree trigger fired while only attribute columns were being added")


def declare_rtree_functions(db: sqlite3.Connection) -> None:
    """Let SQLite prepare UPDATEs of a GeoPackage table with R-tree triggers outside GDAL (loud if one fires)."""
    for function in _RTREE_TRIGGER_FUNCTIONS:
        db.create_function(function, 1, _never_called)


def primary_key_column(db: sqlite3.Connection, table: str) -> str:
    """The table's primary-key column (OGR's fid)."""
    return next(name for name, primary in db.execute("SELECT name, pk FROM pragma_table_info(?, 'main')", (table,))
                if primary == 1)


def _add_columns(path: str, table: str, added: dict[str, type], fids: np.ndarray,
                 columns: dict[str, np.ndarray]) -> None:
    """ALTER TABLE for each new column; the values most rows share (see default_row) set by one constant UPDATE
    where a column needs it; then one UPDATE ... FROM a temporary table of the other rows' values.

    The file is a private copy until renamed, so it is written without journal or fsync.
    """

    names = list(added)
    arrays = [np.asarray(columns[column]) for column in names]
    defaults, differs = default_row(arrays)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        declare_rtree_functions(db)
        fid_column = primary_key_column(db, table)
        present = {column.lower() for (column,) in db.execute("SELECT name FROM pragma_table_info(?)", (table,))}
        for column in names:
            if column.lower() not in present:
                db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {GPKG_TYPES[added[column]]}')
        constant = [(column, value) for column, value in zip(names, defaults)
                    if value is not None or column.lower() in present]  # a new column is NULL already
        if constant and not differs.all():
            db.execute(f'UPDATE "{table}" SET {", ".join(f""""{column}" = ?""" for column, _ in constant)}',
                       [value for _, value in constant])
        quoted = ", ".join(f'"{column}"' for column in names)
        db.execute(f"CREATE TEMP TABLE added (fid INTEGER PRIMARY KEY, {quoted})")
        insert_rows(db, "added", fids, arrays, np.flatnonzero(differs))
        assignments = ", ".join(f'"{column}" = added."{column}"' for column in names)
        db.execute(f'UPDATE "{table}" SET {assignments} FROM added WHERE "{table}"."{fid_column}" = added.fid')


def default_row(arrays: list[np.ndarray]) -> tuple[list, np.ndarray]:
    """The values of the rows a step leaves out (NULL in every column that has NULLs, and whatever the first such
    row holds in the others: is_target false), as SQL values, and which rows differ from them. A national layer's
    schools that are not to be connected are most of its rows; they are then written by one constant UPDATE
    instead of a value each."""
    count = len(arrays[0]) if arrays else 0
    missing = [_missing(array) for array in arrays]
    nullable = [index for index, mask in enumerate(missing) if mask.any()]
    if not nullable:
        return [None] * len(arrays), np.ones(count, dtype=bool)
    alike = np.logical_and.reduce([missing[index] for index in nullable])
    if not alike.any():
        return [None] * len(arrays), np.ones(count, dtype=bool)
    first = int(np.argmax(alike))
    defaults: list = [None] * len(arrays)
    for index, array in enumerate(arrays):
        if index not in nullable:
            alike &= array == array[first]
            defaults[index] = sql_values(array[first:first + 1])[0]
    return defaults, ~alike


def _missing(array: np.ndarray) -> np.ndarray:
    """NULL as sql_values writes it: NaN or None."""
    if array.dtype.kind == "f":
        return np.isnan(array)
    if array.dtype.kind == "O":
        return np.equal(array, None) | np.not_equal(array, array)  # (NaN is the one value unequal to itself)
    return np.zeros(len(array), dtype=bool)


def insert_rows(db: sqlite3.Connection, table: str, fids: np.ndarray, arrays: list[np.ndarray], rows: np.ndarray,
                chunk: int = WRITE_CHUNK) -> None:
    """(fid, value, ...) of the given rows into `table`, converted to Python values a chunk at a time (not millions
    at once)."""
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        insert_columns(db, table, None, [fids[part].tolist(), *(sql_values(array[part]) for array in arrays)])


def insert_columns(db: sqlite3.Connection, table: str, names: list[str] | None, columns: list[list]) -> None:
    """Rows given as equal-length columns of SQL values into `table` (into all its columns when `names` is None),
    INSERT_ROWS rows per statement: SQLite binds the values in C, where a statement a row costs Python a call each
    (200,000 rows of six values: 0.23 -> 0.15 s)."""
    quoted = "" if names is None else " (" + ", ".join(f'"{name}"' for name in names) + ")"
    into = f'"{table}"{quoted}'
    chunk = max(1, min(INSERT_ROWS, _variable_limit(db) // len(columns)))
    row_marks = f"({', '.join('?' * len(columns))})"
    count = len(columns[0])
    for start in range(0, count, chunk):
        values = list(itertools.chain.from_iterable(zip(*(column[start:start + chunk] for column in columns))))
        db.execute(f"INSERT INTO {into} VALUES {', '.join([row_marks] * min(chunk, count - start))}", values)


def _variable_limit(db: sqlite3.Connection) -> int:
    """Most values one statement may bind: SQLite's own limit where Python can ask (3.11 on), else its old default."""
    return db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if hasattr(db, "getlimit") else 999


def sql_values(array: np.ndarray) -> list:
    """Python values SQLite stores as-is: NaN and None become NULL, booleans 1/0."""
    array = np.asarray(array)
    if array.dtype.kind == "f":
        missing = np.isnan(array)
        return np.where(missing, None, array.astype(object)).tolist() if missing.any() else array.tolist()
    if array.dtype.kind == "b":
        return array.astype(int).tolist()
    return [int(value) if isinstance(value, bool) else value for value in array.tolist()]
