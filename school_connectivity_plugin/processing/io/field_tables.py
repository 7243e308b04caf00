"""Field packages as tables: the schools a field team gets (their form fields, empty survey fields and a key), where
each school was when packaged and what the package is; and all of it read back for a merge, the package untouched."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import QgsField, QgsFields, QgsVectorLayer

from ...core.definitions.fields import (
    FIELD_BASELINE_FIELDS,
    FIELD_BASELINE_TABLE,
    FIELD_FORM_FIELDS,
    FIELD_INFO_TABLE,
    FIELD_PACKAGE_FORMAT,
    SURVEY_FIELDS,
    SURVEY_KEY,
)
from ...core.errors import InputError
from ...core.field.keys import id_text, survey_keys
from ...core.field.merge import FieldPackage
from . import reading
from .gpkg import GPKG_TYPES, declare_rtree_functions, primary_key_column
from .gpkg_copy import copy_layer
from .writing import fields_from_types

#: SQLite column types OGR reads back as the field types of the survey form (DATETIME: a date-time field).
SQL_TYPES = {**GPKG_TYPES, datetime: "DATETIME"}
#: The school layer's table in a field package.
SCHOOLS_TABLE = "schools"
#: Kept in the package (hidden in the form) so a school's key can be made again from the school list.
KEY_SOURCE_FIELDS = ("school_id", "source_row")


def _copy_form_fields(layer: QgsVectorLayer, path: Path, table: str, new_file: bool) -> None:
    copy_layer(layer, path, table, new_file, list(dict.fromkeys((*FIELD_FORM_FIELDS, *KEY_SOURCE_FIELDS))))


def _register(db: sqlite3.Connection, table: str, columns: dict[str, type]) -> None:
    """A GeoPackage attributes table (no geometry), listed in gpkg_contents as the standard asks."""
    definition = ", ".join(f'"{name}" {SQL_TYPES[kind]}' for name, kind in columns.items())
    db.execute(f'DROP TABLE IF EXISTS "{table}"')
    db.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {definition})')
    db.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) VALUES "
               "(?, 'attributes', ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", (table, table))


def write_survey_schools(layer: QgsVectorLayer, path: str | os.PathLike, table: str = SCHOOLS_TABLE,
                         new_file: bool = True) -> int:
    """The schools as a field team gets them: form fields only, empty survey fields, each school's key; and the
    package's baseline and info tables. Returns the number of schools."""
    path = Path(path)
    _copy_form_fields(layer, path, table, new_file)
    written = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    ids = reading.read_attributes(written, list(KEY_SOURCE_FIELDS))
    fids, lon, lat = reading.read_point_coordinates(written, layer=written)
    del written
    keys = survey_keys(ids["school_id"].tolist() if "school_id" in ids else [None] * len(ids),
                       ids["source_row"].tolist() if "source_row" in ids else None)
    order = pd.Series(np.arange(len(fids)), index=fids)[ids["source_fid"].to_numpy()].to_numpy()
    school_ids = ids["school_id"].to_numpy(object) if "school_id" in ids else np.full(len(ids), None, object)
    with sqlite3.connect(path) as db:
        declare_rtree_functions(db)
        for name, kind in {**SURVEY_FIELDS, SURVEY_KEY: str}.items():
            db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {SQL_TYPES[kind]}')
        fid = primary_key_column(db, table)
        db.executemany(f'UPDATE "{table}" SET "{SURVEY_KEY}" = ? WHERE "{fid}" = ?',
                       zip(keys.tolist(), ids["source_fid"].tolist()))
        _register(db, FIELD_BASELINE_TABLE, FIELD_BASELINE_FIELDS)
        db.executemany(f'INSERT INTO "{FIELD_BASELINE_TABLE}" ({", ".join(FIELD_BASELINE_FIELDS)}) VALUES (?, ?, ?, ?)',
                       zip(keys.tolist(), [id_text(value) or None for value in school_ids.tolist()],
                           _nulls(lon[order]), _nulls(lat[order])))
        _register(db, FIELD_INFO_TABLE, {"key": str, "value": str})
        info = {"format": FIELD_PACKAGE_FORMAT, "schools": str(len(keys)),
                "school_list": layer.name(),
                "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        db.executemany(f'INSERT INTO "{FIELD_INFO_TABLE}" (key, value) VALUES (?, ?)', info.items())
    return len(keys)


def _nulls(values: np.ndarray) -> list:
    return [None if not np.isfinite(value) else float(value) for value in values.tolist()]


def _tables(path: Path) -> tuple[set[str], dict[str, str], pd.DataFrame | None, dict[int, object]]:
    """Table names, the info entries, the baseline and each school's raw surveyed_at by fid, read with SQLite
    read-only (raw: OGR drops a time's zone)."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        info = dict(db.execute(f'SELECT key, value FROM "{FIELD_INFO_TABLE}"')) if FIELD_INFO_TABLE in tables else {}
        baseline = pd.read_sql_query(
            f'SELECT {", ".join(FIELD_BASELINE_FIELDS)} FROM "{FIELD_BASELINE_TABLE}"', db) if (
            FIELD_BASELINE_TABLE in tables) else None
        info_rows = db.execute("SELECT name, pk FROM pragma_table_info(?)", (SCHOOLS_TABLE,)).fetchall()
        times = {}
        if "surveyed_at" in {name for name, _pk in info_rows}:
            fid = next(name for name, primary in info_rows if primary == 1)
            times = dict(db.execute(f'SELECT "{fid}", "surveyed_at" FROM "{SCHOOLS_TABLE}"'))
    return tables, info, baseline, times


def read_field_package(path: str | os.PathLike, name: str | None = None) -> FieldPackage:
    """A field package's schools as edited and its baseline; InputError naming the file when it is not one of ours."""
    path = Path(path)
    if not path.is_file():
        raise InputError("file not found", path=str(path))
    try:
        tables, info, baseline, times = _tables(path)
    except sqlite3.DatabaseError as error:
        raise InputError(f"not a GeoPackage ({error})", path=str(path)) from error
    if info.get("format") != FIELD_PACKAGE_FORMAT or baseline is None or SCHOOLS_TABLE not in tables:
        raise InputError("not a field package of this plugin (no survey form, no packaged school list)",
                         path=str(path))
    layer = QgsVectorLayer(f"{path}|layername={SCHOOLS_TABLE}", SCHOOLS_TABLE, "ogr")
    missing = [field for field in (*SURVEY_FIELDS, SURVEY_KEY) if layer.fields().indexFromName(field) < 0]
    if not layer.isValid() or missing:
        raise InputError("not a field package of this plugin (no survey fields: {fields})".format(
            fields=", ".join(missing) or "unreadable layer"), path=str(path))
    features = reading.read_points(layer, columns=[SURVEY_KEY, "school_id", "school_name", *SURVEY_FIELDS])
    del layer
    features["surveyed_at"] = [times.get(int(fid)) for fid in features["source_fid"]]
    return FieldPackage(name or path.name, features, baseline, str(path))


def package_names(paths: list[str]) -> list[str]:
    """How the packages are named in the merge's lists: their file names, with as many parent folders as it takes
    to tell them apart (teamA/field_package.gpkg, teamB/field_package.gpkg)."""
    parts = [Path(path).resolve().parts for path in paths]
    for depth in range(1, max((len(item) for item in parts), default=1) + 1):
        names = ["/".join(item[-depth:]) for item in parts]
        if len(set(names)) == len(names):
            return names
    return [str(path) for path in paths]


def merged_fields(source_fields, written: dict[str, type]) -> QgsFields:
    """The school list's fields in their order, those a merge writes typed as it writes them, new ones at the end."""
    typed = fields_from_types(written)
    fields = QgsFields()
    for field in source_fields:
        index = typed.indexFromName(field.name())
        fields.append(QgsField(typed.at(index)) if index >= 0 else QgsField(field))
    for field in typed:
        if fields.indexFromName(field.name()) < 0:
            fields.append(QgsField(field))
    return fields
