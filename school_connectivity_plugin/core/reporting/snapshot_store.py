"""The `connectivity_snapshots` table inside a GeoPackage (or any SQLite file), written with sqlite3 only."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd

from .snapshots import COUNT_COLUMNS, SnapshotRow

TABLE = "connectivity_snapshots"
GPKG_APPLICATION_ID = 0x47504B47
GPKG_USER_VERSION = 10200

_CREATE_TABLE = (
    f'CREATE TABLE IF NOT EXISTS "{TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, taken_at TEXT NOT NULL, '
    "level TEXT NOT NULL, area TEXT NOT NULL, "
    + ", ".join(f"{name} INTEGER NOT NULL" for name in COUNT_COLUMNS) + ")"
)

#: The minimal GeoPackage 1.2 core (requirement 10-14): spatial reference systems, contents, geometry columns.
_GPKG_CORE = (
    "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
    "description TEXT)",
    "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL), "
    "('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL), "
    "('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\","
    "6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],"
    "AUTHORITY[\"EPSG\",\"4326\"]]', NULL)",
    "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
    "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
    "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, "
    "max_x DOUBLE, max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id))",
    "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
    "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))",
    f"PRAGMA application_id = {GPKG_APPLICATION_ID}",
    f"PRAGMA user_version = {GPKG_USER_VERSION}",
)


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(query, (name,)).fetchone() is not None


def _prepare(connection: sqlite3.Connection, new_geopackage: bool) -> None:
    """Create the table (and a GeoPackage core for a new .gpkg) and register it as an attributes table."""
    if new_geopackage:
        for statement in _GPKG_CORE:
            connection.execute(statement)
    connection.execute(_CREATE_TABLE)
    if _has_table(connection, "gpkg_contents"):
        connection.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (?, 'attributes', ?, 'School connectivity statistics over time')",
            (TABLE, TABLE),
        )
        connection.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
            (TABLE,),
        )


def write_snapshot(path: str | Path, rows: list[SnapshotRow]) -> None:
    """Append one snapshot in a single transaction: either every row lands or none does."""
    path = Path(path)
    new_geopackage = not path.exists() and path.suffix.lower() == ".gpkg"
    with closing(sqlite3.connect(str(path), timeout=30)) as connection, connection:
        _prepare(connection, new_geopackage)
        columns = ("taken_at", "level", "area", *COUNT_COLUMNS)
        placeholders = ", ".join("?" for _ in columns)
        connection.executemany(
            f'INSERT INTO "{TABLE}" ({", ".join(columns)}) VALUES ({placeholders})',
            [(row.taken_at, row.level, row.area, *row.counts) for row in rows],
        )


def read_snapshots(path: str | Path) -> pd.DataFrame:
    """Every stored snapshot row (empty frame with the right columns when there is none yet)."""
    columns = ["taken_at", "level", "area", *COUNT_COLUMNS]
    path = Path(path)
    if not path.is_file():
        return pd.DataFrame(columns=columns)
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)) as connection:
        if not _has_table(connection, TABLE):
            return pd.DataFrame(columns=columns)
        return pd.read_sql_query(f'SELECT {", ".join(columns)} FROM "{TABLE}" ORDER BY taken_at, fid', connection)
