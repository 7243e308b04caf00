"""Workbooks as ministries save them: the list is not always on the first sheet, and its header is often under a title
block ("Ministry of ...", a date, a blank row). The sheet and row that name coordinate columns are found here, for
any workbook reader that hands over its sheets' rows (openpyxl for XLSX, GDAL for ODS and XLS)."""
from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from ..errors import InputError
from .columns import resolve_columns
from .table_read import TableRead, frame_from_records, unique_headers

#: Non-empty rows of each sheet searched for the header.
HEADER_SEARCH_ROWS = 30
#: A header names at least this many columns (a title line is one cell, even when it says "coordinates").
MIN_HEADER_CELLS = 2


@dataclass
class Sheet:
    """One sheet: its name and a way to iterate its rows of cell values (read again for each pass)."""

    name: str
    rows: Callable[[], Iterable[Sequence[object]]]


def cell_text(value: object) -> str:
    """A workbook cell as the text a user sees (dates without a time of day as dates, 12.0 as 12)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _texts(rows: Iterable[Sequence[object]]) -> Iterable[list[str]]:
    """Rows as lists of cell texts, blank rows skipped."""
    for cells in rows:
        texts = [cell_text(value) for value in cells]
        if any(text.strip() for text in texts):
            yield texts


def is_header(texts: list[str], named: Collection[str] = ()) -> bool:
    """Whether a row names the coordinate columns (by alias, or every column the user's column map names)."""
    present = [text.strip() for text in texts if text.strip()]
    if len(present) < MIN_HEADER_CELLS:
        return False
    if named and set(named) <= set(present):
        return True
    return not resolve_columns(unique_headers(texts)[0]).missing_required


def header_position(sheet: Sheet, named: Collection[str] = ()) -> int | None:
    """The position among the sheet's non-empty rows of the first one that is a header, within the first rows."""
    for position, texts in enumerate(_texts(sheet.rows())):
        if position >= HEADER_SEARCH_ROWS:
            return None
        if is_header(texts, named):
            return position
    return None


def choose_sheet(sheets: Sequence[Sheet], wanted: str | None, path: str,
                 named: Collection[str] = ()) -> tuple[Sheet, int]:
    """The named sheet, else the first whose header names coordinates, else the first sheet; and its header position
    (the first non-empty row when no row names coordinates, so the column check reports what it found)."""
    if not sheets:
        raise InputError("the workbook has no sheet", path=path)
    if wanted:
        chosen = next((sheet for sheet in sheets if sheet.name == wanted), None)
        if chosen is None:
            raise InputError(f"no sheet named '{wanted}'; the sheets are: "
                             f"{', '.join(sheet.name for sheet in sheets)}", path=path)
        return chosen, header_position(chosen, named) or 0
    return found_sheet(sheets, named) or (sheets[0], 0)


def found_sheet(sheets: Sequence[Sheet], named: Collection[str] = ()) -> tuple[Sheet, int] | None:
    """The first sheet whose header (under any title block) names coordinates, and the header's position."""
    for sheet in sheets:
        position = header_position(sheet, named)
        if position is not None:
            return sheet, position
    return None


def read_sheets(sheets: Sequence[Sheet], path: str, wanted: str | None = None, named: Collection[str] = (),
                encoding: str = "xlsx") -> TableRead:
    """The list of the chosen sheet: the rows after its header, every cell as text, blank rows not counted."""
    sheet, position = choose_sheet(sheets, wanted, path, named)
    header, records = None, []
    for index, texts in enumerate(_texts(sheet.rows())):
        if index == position:
            header = texts
        elif index > position:
            records.append(texts)
    if header is None:
        raise InputError("the workbook's sheet is empty" if not wanted else f"the sheet '{sheet.name}' is empty",
                         path=path)
    width = max(place for place, text in enumerate(header, start=1) if text.strip())
    header = header[:width]
    records = [cells[:width] + (cells[width:] if any(cells[width:]) else []) for cells in records]
    names, renamed = unique_headers(header)
    return frame_from_records(records, names, [], renamed, encoding, None)
