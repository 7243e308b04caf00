"""Tabular school lists as ministries save them: CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM,
CP1251 or a mix, UTF-16 (Excel's "Unicode text"), and Excel workbooks. Every cell is kept as text; nothing is dropped.

`source_row` (the `TableRead.rows` index) is the 1-based number of the data record in the file, header
excluded; blank lines (blank sheet rows) are not records and are not counted. A text record may span several
lines when a quoted cell holds a line break.

A file that is valid UTF-8 is read as UTF-8: CP1251 Cyrillic is valid UTF-8 only by accident of a few
letters ("Вё" is C2 B8, UTF-8 for "¸"); any lowercase letter followed by another letter breaks it, so a real
CP1251 list is not mistaken for UTF-8. In a file that is not, each line is UTF-8 or CP1251; a short CP1251
line that is valid UTF-8 and decodes to letters above U+00FF ("Жё" -> "Ƹ") stays ambiguous and reads as UTF-8.

XLSX is read with openpyxl: it is a Debian package (python3-openpyxl, listed in `make deps`) that a QGIS
user on Debian/Ubuntu gets from the same archive as QGIS, and it is pure Python, so where it is missing
(Windows/macOS) one `pip install openpyxl` in the QGIS Python adds it; it is imported only for workbooks.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import InputError

#: Delimiters tried, in preference order when the evidence ties.
DELIMITERS = (",", ";", "\t", "|")
#: Encodings tried after UTF-8, for lines that are not UTF-8 (post-Soviet lists are saved from Excel in CP1251).
FALLBACK_ENCODING = "cp1251"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm"})
#: In a file that is not all UTF-8, a line that is valid UTF-8 only by accident typically decodes to
#: U+0080-U+00FF alone ("Вё" in CP1251 is C2 B8, UTF-8 for "¸"); a real UTF-8 line with such characters
#: («», NBSP) also holds Cyrillic or other letters above U+00FF.
_LATIN1_RANGE = re.compile("[\u0080-\u00ff]")
_ABOVE_LATIN1 = re.compile("[^\u0000-\u00ff]")
#: Lines used to choose the delimiter.
_SNIFF_LINES = 50
#: Column name given to cells beyond the header's width.
EXTRA_COLUMN = "_extra"
#: Longest cell kept whole (the csv module's default limit, 131,072 characters, fails on long free text).
MAX_CELL_CHARS = 64 * 1024 * 1024


@dataclass
class RowIssue:
    """A problem in one record, reported with its `source_row` (and column when known)."""

    row: int
    code: str
    detail: str
    column: str | None = None


@dataclass
class TableRead:
    """A file read as text: one row per record (index = source_row), plus how it was read and what was odd."""

    rows: pd.DataFrame
    encoding: str
    delimiter: str | None
    issues: list[RowIssue] = field(default_factory=list)
    renamed_columns: dict[str, str] = field(default_factory=dict)


class IssueCode:
    """Codes of reader issues (they become QA flags of the row)."""

    ENCODING_MIXED = "encoding_mixed"
    UNDECODABLE_BYTES = "undecodable_bytes"
    FIELD_COUNT = "field_count"


def unique_headers(headers: list[str]) -> tuple[list[str], dict[str, str]]:
    """Headers made unique ("name", "name" -> "name", "name_2") and blanks named; returns the renames."""
    seen: Counter = Counter()
    taken = set()
    result, renamed = [], {}
    for position, raw in enumerate(headers, start=1):
        base = str(raw).replace("\ufeff", "").strip() or f"column_{position}"
        name = base
        seen[base] += 1
        suffix = seen[base]
        while name in taken:
            name = f"{base}_{suffix}"
            suffix += 1
        taken.add(name)
        result.append(name)
        if name != str(raw):
            renamed[f"{position}:{raw}"] = name
    return result, renamed


def _decode_lines(data: bytes) -> tuple[list[str], str, dict[int, str]]:
    """Text lines, the encoding name, and 1-based physical line numbers that needed a fallback."""
    if data.startswith(UTF16_BOMS):
        # Excel's "Unicode text" export: UTF-16 with a BOM, tab-delimited. CP1251 text may start with the
        # same bytes ("юя" is FE FF): only text that decodes to line breaks or delimiters is UTF-16.
        text = data.decode("utf-16", errors="replace")
        if any(mark in text for mark in ("\n", *DELIMITERS)):
            lines = text.splitlines(keepends=True)
            return lines, "utf-16", {number: IssueCode.UNDECODABLE_BYTES
                                     for number, line in enumerate(lines, start=1) if "\ufffd" in line}
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8").splitlines(keepends=True), encoding, {}
    except UnicodeDecodeError:
        pass
    raw_lines = data.splitlines(keepends=True)
    lines, odd = [], {}
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
            if _LATIN1_RANGE.search(text) is None or _ABOVE_LATIN1.search(text) is not None:
                lines.append(text)
                continue
        except UnicodeDecodeError:
            pass
        try:
            lines.append(raw.decode(FALLBACK_ENCODING))
            odd[number] = IssueCode.ENCODING_MIXED
        except UnicodeDecodeError:
            lines.append(raw.decode(FALLBACK_ENCODING, errors="replace"))
            odd[number] = IssueCode.UNDECODABLE_BYTES
    non_ascii = sum(1 for raw in raw_lines if any(byte > 127 for byte in raw))
    if non_ascii and len(odd) == non_ascii:
        # Every line with non-ASCII bytes failed UTF-8: the whole file is CP1251, not a mix.
        encoding = FALLBACK_ENCODING
        odd = {number: code for number, code in odd.items() if code == IssueCode.UNDECODABLE_BYTES}
    elif odd:
        encoding = f"{encoding}+{FALLBACK_ENCODING}"
    return lines, encoding, odd


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the most columns, consistently across lines."""
    sample = [line for line in lines[:_SNIFF_LINES] if line.strip()]
    best, best_score = DELIMITERS[0], (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO("".join(sample)), delimiter=delimiter)]
        except csv.Error:  # this delimiter cannot split the sample at all
            continue
        if not widths or widths[0] < 2:
            continue
        share = sum(1 for width in widths if width == widths[0]) / len(widths)
        score = (share, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_table(path: str | Path) -> TableRead:
    """A delimited text file, delimiter and encoding detected, every record kept (short rows padded)."""
    path = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", path=path) from error
    lines, encoding, odd_lines = _decode_lines(data)
    if not any(line.strip() for line in lines):
        raise InputError("the file is empty", path=path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    delimiter = sniff_delimiter(lines)
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter)
    header: list[str] | None = None
    records, issues = [], []
    previous_line = 0
    for cells in _split_records(reader, path):
        first_line, previous_line = previous_line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = cells
            continue
        records.append(cells)
        if odd_lines:
            for number in range(first_line, reader.line_num + 1):
                if number in odd_lines:
                    issues.append(RowIssue(len(records), odd_lines[number],
                                           f"line {number} is not UTF-8; read as {FALLBACK_ENCODING.upper()}"))
    names, renamed = unique_headers(header or [])
    return _frame(records, names, issues, renamed, encoding, delimiter)


def _split_records(reader, path: str):
    """The reader's records; a line the csv module cannot split is named in an InputError, not a crash."""
    try:
        yield from reader
    except csv.Error as error:
        raise InputError(f"line {reader.line_num} cannot be split into cells ({error})", path=path) from error


def _frame(records: list[list[str]], names: list[str], issues: list[RowIssue], renamed: dict[str, str],
           encoding: str, delimiter: str | None) -> TableRead:
    """Records as a text DataFrame indexed by source_row; cells beyond the header go to `_extra`."""
    width = len(names)
    extra = []
    for row, cells in enumerate(records, start=1):
        if len(cells) != width:
            issues.append(RowIssue(row, IssueCode.FIELD_COUNT,
                                   f"{len(cells)} cells where the header has {width}"))
        extra.append("\t".join(cells[width:]))
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
    frame = pd.DataFrame([cells[:width] for cells in records], columns=names, dtype=object)
    if any(extra):
        frame[EXTRA_COLUMN] = extra
    frame.index = pd.RangeIndex(1, len(records) + 1, name="source_row")
    return TableRead(rows=frame, encoding=encoding, delimiter=delimiter, issues=issues, renamed_columns=renamed)


def _cell_text(value: object) -> str:
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


def read_workbook(path: str | Path, sheet: str | None = None) -> TableRead:
    """The first (or named) sheet of an XLSX workbook; the header is the first non-empty row."""
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
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        header, records = None, []
        for cells in worksheet.iter_rows(values_only=True):
            texts = [_cell_text(value) for value in cells]
            if header is None:
                if any(text.strip() for text in texts):
                    header = texts
                continue
            if any(text.strip() for text in texts):
                records.append(texts)
    finally:
        workbook.close()
    if header is None:
        raise InputError("the workbook's sheet is empty", path=path)
    width = max(position for position, text in enumerate(header, start=1) if text.strip())
    header = header[:width]
    records = [cells[:width] + (cells[width:] if any(cells[width:]) else []) for cells in records]
    names, renamed = unique_headers(header)
    return _frame(records, names, [], renamed, "xlsx", None)


def read_table(path: str | Path, sheet: str | None = None) -> TableRead:
    """Any tabular school list: workbook by suffix, otherwise delimited text."""
    if Path(path).suffix.casefold() in SPREADSHEET_SUFFIXES:
        return read_workbook(path, sheet)
    return read_text_table(path)
