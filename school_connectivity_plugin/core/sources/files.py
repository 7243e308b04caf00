"""What a downloaded body is and whether it is whole: its kind from the URL, the media type or its first bytes, and
its row count, so a truncated, invalid or suddenly much shorter file is never taken for the source."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

#: Suffixes a source's file keeps in the cache (the readers choose by suffix).
KNOWN_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".json", ".geojson", ".gpkg", ".zip", ".kmz", ".xlsx", ".tif",
                            ".tiff", ".gpx", ".kml", ".fgb"})
#: First bytes of the binary kinds.
_MAGIC = ((b"PK\x03\x04", ".zip"), (b"SQLite format 3\x00", ".gpkg"), (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"))
#: Media types that name a kind when the URL does not.
_MEDIA = {"text/csv": ".csv", "application/geo+json": ".geojson", "application/geopackage+sqlite3": ".gpkg",
          "application/zip": ".zip", "image/tiff": ".tif", "text/tab-separated-values": ".tsv"}


class BrokenSourceError(Exception):
    """A body that is not a whole, valid file of its kind (the message says why)."""


def suffix_for(url: str, content_type: str, head: bytes) -> str:
    """The file suffix a downloaded body is stored with."""
    suffix = Path(urlsplit(url).path).suffix.casefold()
    if suffix in KNOWN_SUFFIXES:
        return suffix
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    media = content_type.split(";")[0].strip().casefold()
    if media in _MEDIA:
        return _MEDIA[media]
    return ".geojson" if head.lstrip()[:1] in (b"{", b"[") else ".csv"


def _text(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BrokenSourceError(f"{name}: not text in a known encoding")


def _table_rows(path: Path) -> int:
    text = _text(path.read_bytes(), path.name)
    if text.lstrip()[:15].casefold().startswith(("<!doctype html", "<html")):
        raise BrokenSourceError("an HTML page, not a table")
    sample = text[:65536]
    delimiter = max(",;\t|", key=sample.count)
    records = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    if len(records) < 2:
        raise BrokenSourceError("no data rows")
    return len(records) - 1


def _json_rows(path: Path) -> int:
    try:
        document = json.loads(_text(path.read_bytes(), path.name))
    except json.JSONDecodeError as error:
        raise BrokenSourceError(f"invalid JSON ({error.msg} at character {error.pos})") from error
    if isinstance(document, dict) and isinstance(document.get("features"), list):
        return len(document["features"])
    raise BrokenSourceError("JSON without features (not GeoJSON)")


def _gpkg_rows(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BrokenSourceError("damaged GeoPackage")
            tables = [row[0] for row in db.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')")]
            return sum(db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables)
    except sqlite3.DatabaseError as error:
        raise BrokenSourceError(f"not a readable GeoPackage ({error})") from error


def _zip_rows(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            damaged = archive.testzip()
            if damaged is not None or not archive.namelist():
                raise BrokenSourceError(f"damaged archive ({damaged})" if damaged else "empty archive")
    except zipfile.BadZipFile as error:
        raise BrokenSourceError(f"not a readable archive ({error})") from error


def check_file(path: Path) -> int | None:
    """Rows (features) of a downloaded file, None where rows are not counted (archives, rasters); BrokenSourceError when
    the file is not whole and valid."""
    suffix = path.suffix.casefold()
    if path.stat().st_size == 0:
        raise BrokenSourceError("empty file")
    if suffix in (".csv", ".tsv", ".txt"):
        return _table_rows(path)
    if suffix in (".json", ".geojson"):
        return _json_rows(path)
    if suffix == ".gpkg":
        return _gpkg_rows(path)
    if suffix in (".zip", ".kmz", ".xlsx"):
        _zip_rows(path)
    return None
