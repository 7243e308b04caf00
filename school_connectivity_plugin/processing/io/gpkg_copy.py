"""GeoPackage tables copied by SQL, rows to rows without decoding a feature: the results GeoPackage and the field
package gather national layers in a second where a feature-by-feature writer takes minutes at 2,000,000 schools."""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsVectorLayer

from .gpkg import gpkg_layer_name, is_plain_gpkg
from .gpkg_rtree import create_rtree, rtree_name
from .gpkg_write import build_index, writing
from .writing import copy_layer_to_gpkg


def gpkg_table(layer: QgsVectorLayer) -> tuple[str, str] | None:
    """(file, table) of a layer that is one whole table of a GeoPackage (no filter, no edits), else None."""
    if not is_plain_gpkg(layer):
        return None
    path = layer.source().split("|")[0]
    if os.path.exists(path + "-wal"):
        return None
    name = gpkg_layer_name(layer)
    with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
    if name is None and len(tables) == 1:
        name = tables[0]
    return (path, name) if name in tables else None


def copy_layer(layer: QgsVectorLayer, destination: str | os.PathLike, table: str, new_file: bool,
               columns: Sequence[str] | None = None) -> None:
    """The layer (or these of its columns) as table `table` of `destination`: by SQL when it is a whole GeoPackage
    table, else through the QGIS writer; any refusal is one OSError naming the file."""
    with writing(destination):
        source = gpkg_table(layer)
        if new_file:
            Path(destination).unlink(missing_ok=True)
        if source is not None:
            copy_table(source[0], source[1], destination, table, columns)
            return
        names = layer.fields().names()
        wanted = None if columns is None else [names.index(name) for name in columns if name in names]
        copy_layer_to_gpkg(layer, destination, table, new_file=new_file, attributes=wanted)


def copy_table(source: str | os.PathLike, source_table: str, destination: str | os.PathLike, table: str,
               columns: Sequence[str] | None = None) -> None:
    """Copy one table (feature or attributes) of a GeoPackage into another, created when absent: its rows, spatial
    reference, contents and geometry-column entries, then a spatial index built by GDAL."""
    destination = str(destination)
    with writing(destination):
        if not os.path.exists(destination) and gdal.GetDriverByName("GPKG").Create(
                destination, 0, 0, 0, gdal.GDT_Unknown) is None:
            raise OSError(gdal.GetLastErrorMsg() or "cannot create the file")
        with contextlib.closing(sqlite3.connect(Path(destination).resolve().as_uri(), uri=True)) as db, db:
            db.execute("ATTACH DATABASE ? AS src", (f"{Path(source).resolve().as_uri()}?mode=ro",))
            geometry = _copy_rows(db, source_table, table, columns)
            _register(db, source_table, table, geometry)
            indexed = geometry is None or _copy_rtree(db, source_table, table, geometry)
        if not indexed:
            build_index(destination, table, geometry)


def _copy_rows(db: sqlite3.Connection, source_table: str, table: str, columns: Sequence[str] | None) -> str | None:
    """Create `table` with the source's column declarations (fid and geometry always kept) and copy the rows;
    returns the geometry column's name (None for an attributes table)."""
    info = db.execute("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?, 'src')", (source_table,)).fetchall()
    found = db.execute("SELECT column_name FROM src.gpkg_geometry_columns WHERE table_name = ?",
                       (source_table,)).fetchone()
    geometry = found[0] if found else None
    wanted = None if columns is None else {name.lower() for name in columns}
    kept = [(name, kind, notnull, pk) for name, kind, notnull, pk in info
            if pk or name == geometry or wanted is None or name.lower() in wanted]
    declarations = [f'"{name}" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL' if pk else
                    f'"{name}" {kind}{" NOT NULL" if notnull else ""}' for name, kind, notnull, pk in kept]
    quoted = ", ".join(f'"{name}"' for name, *_ in kept)
    db.execute(f'DROP TABLE IF EXISTS main."{table}"')
    db.execute(f'CREATE TABLE main."{table}" ({", ".join(declarations)})')
    db.execute(f'INSERT INTO main."{table}" ({quoted}) SELECT {quoted} FROM src."{source_table}"')
    return geometry


def _register(db: sqlite3.Connection, source_table: str, table: str, geometry: str | None) -> None:
    """The new table's gpkg_contents row (and its geometry column, spatial reference and OGR feature count)."""
    for registry in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_ogr_contents"):
        if _has_table(db, "main", registry):
            db.execute(f"DELETE FROM main.{registry} WHERE lower(table_name) = lower(?)", (table,))
    db.execute("INSERT INTO main.gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, "
               "min_y, max_x, max_y, srs_id) SELECT ?, data_type, ?, description, strftime('%Y-%m-%dT%H:%M:%fZ', "
               "'now'), min_x, min_y, max_x, max_y, srs_id FROM src.gpkg_contents WHERE table_name = ?",
               (table, table, source_table))
    if geometry is not None:
        db.execute("INSERT OR IGNORE INTO main.gpkg_spatial_ref_sys SELECT * FROM src.gpkg_spatial_ref_sys WHERE "
                   "srs_id = (SELECT srs_id FROM src.gpkg_geometry_columns WHERE table_name = ?)", (source_table,))
        db.execute("INSERT INTO main.gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
                   "SELECT ?, column_name, geometry_type_name, srs_id, z, m FROM src.gpkg_geometry_columns "
                   "WHERE table_name = ?", (table, source_table))
    if _has_table(db, "main", "gpkg_ogr_contents"):
        count = db.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        db.execute("INSERT INTO main.gpkg_ogr_contents (table_name, feature_count) VALUES (?, ?)", (table, count))


def _has_table(db: sqlite3.Connection, schema: str, name: str) -> bool:
    return db.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?",
                      (name,)).fetchone() is not None


def _copy_rtree(db: sqlite3.Connection, source_table: str, table: str, geometry: str) -> bool:
    """The source's R-tree copied (rows keep their fids) with the standard's triggers; False when it has none."""
    source_rtree = rtree_name(source_table, geometry)
    if not _has_table(db, "src", source_rtree):
        return False
    _fill_rtree(db, source_rtree, create_rtree(db, table, geometry))
    return True


def _fill_rtree(db: sqlite3.Connection, source_rtree: str, rtree: str) -> None:
    """The R-tree's node tables copied as they are when both trees have the same node size (SQLite's choice from
    the page size), else its entries inserted one by one (ten times slower)."""
    node_size = "SELECT length(data) FROM {schema}.\"{name}_node\" WHERE nodeno = 1"
    if (db.execute(node_size.format(schema="main", name=rtree)).fetchone()
            != db.execute(node_size.format(schema="src", name=source_rtree)).fetchone()):
        db.execute(f'INSERT INTO main."{rtree}" SELECT * FROM src."{source_rtree}"')
        return
    for shadow in ("node", "parent", "rowid"):
        db.execute(f'DELETE FROM main."{rtree}_{shadow}"')
        db.execute(f'INSERT INTO main."{rtree}_{shadow}" SELECT * FROM src."{source_rtree}_{shadow}"')
