"""Zip archives as partners send them (a zipped Shapefile, a list zipped for mail): which member is the list or layer,
and that member read without trusting the archive. Nothing is ever written outside a private temporary folder: member
names that climb out of it (`../`, absolute, drive letters) are never used, and sizes are checked against zip bombs
before and while unpacking."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError

#: Members GDAL reads as layers (a Shapefile by its .shp, its sidecars beside it in the archive).
VECTOR_SUFFIXES = frozenset({".shp", ".gpkg", ".geojson", ".json", ".kml", ".kmz", ".gpx", ".fgb", ".gml", ".sqlite",
                             ".geojsonl"})
#: Members read as school lists (text tables and workbooks); unpacked into a temporary folder first.
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".ods", ".xls"})
#: Most bytes an archive may unpack to in all (a national list of millions of schools is well under this).
MAX_UNPACKED_BYTES = 4 << 30
#: Most unpacked bytes per packed byte of a member larger than _RATIO_FLOOR (text packs ~10x; bombs ~1000x).
MAX_RATIO = 300
_RATIO_FLOOR = 1 << 20
_COPY_BLOCK = 1 << 20
#: Folders of metadata that archivers add and nobody means as data.
_IGNORED_FOLDERS = frozenset({"__MACOSX"})


@dataclass(frozen=True)
class Member:
    """A member of an archive that may be read: its name inside the archive and its unpacked size."""

    name: str
    size: int

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.name).suffix.casefold()


def is_archive(path: str | Path) -> bool:
    """A .zip file (a .kmz is a zip too, but GDAL reads it as KML)."""
    return Path(str(path)).suffix.casefold() == ".zip"


def safe_name(name: str) -> bool:
    """A member name that stays inside the folder it is unpacked into."""
    if not name or "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    parts = PurePosixPath(name).parts
    return ".." not in parts and not any(part in _IGNORED_FOLDERS or part.startswith("._") for part in parts)


def members(path: str | Path) -> list[Member]:
    """The files of an archive that may be read, after checking the whole archive against zip bombs."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"cannot open the archive ({error})", path=str(path)) from error
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise InputError(f"the archive unpacks to {total:,} bytes, more than the {MAX_UNPACKED_BYTES:,} allowed",
                         path=str(path))
    for info in infos:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(f"{info.filename} unpacks {info.file_size // max(info.compress_size, 1):,} times its "
                             "packed size: refused as a possible zip bomb", path=str(path))
    return [Member(info.filename, info.file_size) for info in infos if safe_name(info.filename)]


def candidates(path: str | Path, suffixes: frozenset[str]) -> list[Member]:
    """The members with one of `suffixes`, in archive order."""
    return [member for member in members(path) if member.suffix in suffixes]


def choose(path: str | Path, suffixes: frozenset[str], what: str) -> Member:
    """The one member that can be `what`; an error naming them when there are none or several."""
    found = candidates(path, suffixes)
    if len(found) == 1:
        return found[0]
    if not found:
        kinds = ", ".join(sorted(suffixes))
        raise InputError(f"the archive holds no {what} (looked for {kinds})", path=str(path))
    names = ", ".join(member.name for member in found)
    raise InputError(f"the archive holds several files that could be the {what}: {names}; unzip the one to use",
                     path=str(path))


def vsizip(path: str | Path, member: Member) -> str:
    """GDAL's path to a member read in place, without unpacking."""
    return f"/vsizip/{Path(str(path)).resolve()}/{member.name}"


def extract(path: str | Path, member: Member, folder: str | Path) -> Path:
    """The member unpacked into `folder` under its base name, never more bytes than it declares nor than the free
    space leaves; the folder must be private to the caller (a temporary folder)."""
    if not safe_name(member.name):
        raise InputError(f"{member.name}: a member name outside the archive's folder is never unpacked",
                         path=str(path))
    folder = Path(folder).resolve()
    target = folder / PurePosixPath(member.name).name
    if target.parent != folder:
        raise InputError(f"{member.name}: cannot be unpacked safely", path=str(path))
    if shutil.disk_usage(folder).free < member.size + _COPY_BLOCK:
        raise InputError(f"not enough free space to unpack {member.name} ({member.size:,} bytes)", path=str(path))
    written = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.name) as source, open(target, "xb") as sink:
            while block := source.read(_COPY_BLOCK):
                written += len(block)
                if written > member.size:
                    raise InputError(f"{member.name} holds more than the {member.size:,} bytes it declares",
                                     path=str(path))
                sink.write(block)
    except (zipfile.BadZipFile, OSError, EOFError) as error:  # (a damaged member fails its CRC at the end)
        raise InputError(f"cannot unpack {member.name} ({error})", path=str(path)) from error
    return target
