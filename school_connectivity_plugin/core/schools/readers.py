"""Tabular school lists as ministries save them: CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM,
CP1251 or a mix, UTF-16 (Excel's "Unicode text"), and Excel workbooks. Every cell is kept as text; nothing is dropped.

`source_row` (the `TableRead.rows` index) is the 1-based number of the data record in the file, header
excluded; blank lines (blank sheet rows) are not records and are not counted. A text record may span several
lines when a quoted cell holds a line break.

A file that is valid UTF-8 is read as UTF-8: CP1251 Cyrillic is valid UTF-8 only by accident of a few
letters ("Вё" is C2 B8, UTF-8 for "¸"); any lowercase letter followed by another letter breaks it, so a real
CP1251 list is not mistaken for UTF-8. In a file that is not, each line is UTF-8 or CP1251; a short CP1251
line that is valid UTF-8 and decodes to letters above U+00FF ("Жё" -> "Ƹ") stays ambiguous and reads as UTF-8.

Workbooks: the list may sit on any sheet under a title block; `sheets` finds the sheet and the header row that
name coordinates. XLSX is read with openpyxl: it is a Debian package (python3-openpyxl, listed in `make deps`)
that a QGIS user on Debian/Ubuntu gets from the same archive as QGIS, and it is pure Python, so where it is
missing (Windows/macOS) one `pip install openpyxl` in the QGIS Python adds it; it is imported only for workbooks.
"""
from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .sheets import Sheet, read_sheets
from .table_read import (
    EXTRA_COLUMN,
    SPREADSHEET_SUFFIXES,
    IssueCode,
    RowIssue,
    TableRead,
    WholeTable,
    sniff_delimiter,
    unique_headers,
)
from .text_table import open_text_table, read_text_table

__all__ = ["EXTRA_COLUMN", "SPREADSHEET_SUFFIXES", "IssueCode", "RowIssue", "TableRead", "WholeTable",
           "open_text_table", "read_table", "read_text_table", "read_workbook", "sniff_delimiter", "unique_headers",
           "workbook_sheets"]


def read_workbook(path: str | Path, sheet: str | None = None, named: Collection[str] = ()) -> TableRead:
    """An XLSX workbook's list: the named sheet, else the first whose header (under any title block) names
    coordinates (`sheets.choose_sheet`)."""
    with workbook_sheets(path) as sheets:
        return read_sheets(sheets, str(path), sheet, named)


@contextmanager
def workbook_sheets(path: str | Path) -> Iterator[list[Sheet]]:
    """An XLSX workbook's sheets, readable while the context lasts (openpyxl keeps the file open)."""
    path = str(path)
    try:
        from openpyxl import load_workbook
    except ImportError as error:
        raise InputError("reading .xlsx needs openpyxl (Debian: python3-openpyxl; elsewhere: pip install "
                         "openpyxl), or save the sheet as CSV", path=path) from error
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken workbook
        raise InputError(f"cannot open the workbook ({error})", path=path) from error
    try:
        yield [Sheet(worksheet.title, lambda worksheet=worksheet: worksheet.iter_rows(values_only=True))
               for worksheet in workbook.worksheets]
    finally:
        workbook.close()


def read_table(path: str | Path, sheet: str | None = None, named: Collection[str] = ()) -> TableRead:
    """Any tabular school list: workbook by suffix, otherwise delimited text."""
    if Path(path).suffix.casefold() in SPREADSHEET_SUFFIXES:
        return read_workbook(path, sheet, named)
    return read_text_table(path)
