"""A school list's file opened as the import needs it: the list or layer inside a zip, the sheet of a workbook that
holds the list (header found by core), the point layer of a GeoPackage, every folder's points of a KML. Zip members a
Python reader needs are unpacked into a private temporary folder (core.archives guards it)."""
from __future__ import annotations

import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ...core import archives
from ...core.errors import InputError
from ...core.schools.readers import (
    SPREADSHEET_SUFFIXES,
    WholeTable,
    open_text_table,
    read_table,
    workbook_sheets,
)
from ...core.schools.sheets import Sheet, found_sheet, read_sheets
from ...core.schools.text_table import TextTable
from .containers import FOLDER_DRIVERS, LAYERED_SUFFIXES, Sublayer, layers_named, sublayers
from .reading import load_vector

#: Workbooks GDAL reads (openpyxl reads .xlsx/.xlsm); each sheet a table of text cells, header found by core.
GDAL_WORKBOOK_SUFFIXES = frozenset({".ods", ".xls"})
#: Tables QGIS and GDAL keep beside the data (saved styles, projects): never a school list.
NOT_DATA = frozenset({"layer_styles", "qgis_projects"})


@dataclass
class SchoolList:
    """A school list opened: a table (text in chunks or a whole workbook) or point layers, and its name."""

    name: str
    table: object | None = None
    layers: list[QgsVectorLayer] = field(default_factory=list)


def open_school_list(path: str, sheet: str | None = None, named: Collection[str] = ()) -> SchoolList:
    """The school list a file holds: a zip's one list or layer, a workbook's sheet (named, or the one whose header
    names coordinates), a GeoPackage's point layer (named, or the only one), every folder's points of a KML."""
    if archives.is_archive(path):
        member = archives.choose(path, archives.VECTOR_SUFFIXES | archives.TABLE_SUFFIXES, "school list")
        name = f"{path}/{member.name}"
        if member.suffix in archives.VECTOR_SUFFIXES:
            return SchoolList(name, layers=school_layers(archives.vsizip(path, member), sheet, name))
        with tempfile.TemporaryDirectory(prefix="school_list_") as folder:
            local = archives.extract(path, member, folder)
            try:
                table = _open_table(str(local), sheet, named)
            except InputError as error:
                raise InputError(error.detail, path=name, row=error.row, column=error.column) from error
        if isinstance(table, TextTable):
            table.path = name  # (its rows are read later, from its own snapshot; messages name the member)
        return SchoolList(name, table=table)
    suffix = Path(path).suffix.casefold()
    if suffix in SPREADSHEET_SUFFIXES or suffix in GDAL_WORKBOOK_SUFFIXES or suffix not in (
            archives.VECTOR_SUFFIXES | LAYERED_SUFFIXES):
        return SchoolList(path, table=_open_table(path, sheet, named))
    return SchoolList(path, layers=school_layers(path, sheet, path))


def _open_table(path: str, sheet: str | None, named: Collection[str]):
    """A text list opened for chunks (it keeps its own snapshot), or a workbook read whole."""
    suffix = Path(path).suffix.casefold()
    if suffix in SPREADSHEET_SUFFIXES:
        return WholeTable(read_table(path, sheet, named))
    if suffix in GDAL_WORKBOOK_SUFFIXES:
        return WholeTable(read_sheets(gdal_sheets(path), path, sheet, named, encoding=suffix.lstrip(".")))
    return open_text_table(path)


def school_layers(path: str, wanted: str | None, name: str) -> list[QgsVectorLayer]:
    """The layer named `wanted`; else every folder's points of a KML, else the one point layer, else the one
    layer; an error naming the candidates when there are several."""
    found = sublayers(path)
    if not found:
        raise InputError("not a readable vector layer", path=name)
    stem = Path(name.rstrip("/")).stem
    if wanted:
        chosen = [sub for sub in found if sub.name == wanted]
        if not chosen:
            raise InputError(f"no layer named '{wanted}'; the layers are: "
                             f"{', '.join(dict.fromkeys(sub.name for sub in found))}", path=name)
        return layers_named(chosen, stem)
    if len(found) == 1 and not path.startswith("/vsi"):
        return [load_vector(path, stem)]  # (a plain file, read as it always was)
    points = [sub for sub in found if sub.geometry == QgsWkbTypes.PointGeometry]
    if points and found[0].driver in FOLDER_DRIVERS:
        return layers_named([sub for sub in points if sub.features != 0] or points[:1], stem)
    chosen = _list_candidates(found)
    if len(chosen) == 1 or len(found) == 1:
        return layers_named(chosen[:1] or found, stem)
    names = ", ".join(sub.name for sub in (chosen or found))
    raise InputError(f"holds several layers that could be the school list: {names}; choose one by its name "
                     "(the Sheet or layer parameter, --sheet)", path=name)


@dataclass(frozen=True)
class ListChoices:
    """The sheets or layers of a school file the user may choose among, and the one the import takes by itself
    ("" when it cannot tell and would ask)."""

    names: list[str] = field(default_factory=list)
    suggested: str = ""
    layers: bool = False


def list_choices(path: str) -> ListChoices:
    """What the import could read from a file: a workbook's sheets, a GeoPackage's point layers (its tables when it
    has none; a zip's one member looked into); nothing to choose for a KML (every folder is read) or a plain list."""
    if archives.is_archive(path):
        member = archives.choose(path, archives.VECTOR_SUFFIXES | archives.TABLE_SUFFIXES, "school list")
        if member.suffix in archives.VECTOR_SUFFIXES:
            return _layer_choices(archives.vsizip(path, member))
        if member.suffix not in SPREADSHEET_SUFFIXES | GDAL_WORKBOOK_SUFFIXES:
            return ListChoices()
        with tempfile.TemporaryDirectory(prefix="school_list_") as folder:
            return list_choices(str(archives.extract(path, member, folder)))
    suffix = Path(path).suffix.casefold()
    if suffix in SPREADSHEET_SUFFIXES:
        with workbook_sheets(path) as sheets:
            return _sheet_choices(sheets)
    if suffix in GDAL_WORKBOOK_SUFFIXES:
        return _sheet_choices(gdal_sheets(path))
    return _layer_choices(path) if suffix in LAYERED_SUFFIXES else ListChoices()


def _sheet_choices(sheets: list[Sheet]) -> ListChoices:
    found = found_sheet(sheets)
    return ListChoices([sheet.name for sheet in sheets], found[0].name if found else "")


def _layer_choices(path: str) -> ListChoices:
    found = sublayers(path)
    if not found or found[0].driver in FOLDER_DRIVERS:
        return ListChoices()
    candidates = [sub.name for sub in _list_candidates(found)]
    return ListChoices(candidates, candidates[0] if len(candidates) == 1 else "", layers=True)


def _list_candidates(found: list[Sublayer]) -> list[Sublayer]:
    """The layers that could be a school list: the point layers, else the tables that are data."""
    points = [sub for sub in found if sub.geometry == QgsWkbTypes.PointGeometry]
    return points or [sub for sub in found if sub.geometry == QgsWkbTypes.NullGeometry and sub.name not in NOT_DATA]


def gdal_sheets(path: str) -> list[Sheet]:
    """The sheets of an ODS/XLS workbook as GDAL reads them, every cell as text and no row taken for a header."""
    with _RawCells():
        dataset = ogr.Open(path)
        if dataset is None:
            raise InputError("cannot open the workbook", path=path)
        names = [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())]
    return [Sheet(name, lambda name=name: _sheet_rows(path, name)) for name in names]


def _sheet_rows(path: str, name: str) -> Iterator[list[object]]:
    with _RawCells():
        dataset = ogr.Open(path)
        layer = dataset.GetLayerByName(name)
        width = layer.GetLayerDefn().GetFieldCount()
        for feature in layer:
            yield [feature.GetField(index) for index in range(width)]


#: GDAL's workbook drivers told to take no row for a header and every cell as text.
_RAW_CELL_OPTIONS = {f"OGR_{kind}_{option}": value for kind in ("ODS", "XLS")
                     for option, value in (("HEADERS", "DISABLE"), ("FIELD_TYPES", "STRING"))}


class _RawCells:
    """`_RAW_CELL_OPTIONS` for this thread only, while GDAL opens and reads a workbook."""

    def __enter__(self) -> None:
        self.previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in _RAW_CELL_OPTIONS}
        for key, value in _RAW_CELL_OPTIONS.items():
            gdal.SetThreadLocalConfigOption(key, value)

    def __exit__(self, *exc) -> None:
        for key, value in self.previous.items():
            gdal.SetThreadLocalConfigOption(key, value)
