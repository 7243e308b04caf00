"""What every school-list reader returns: text cells per record indexed by source_row, the reader's row
issues, and the helpers the text and workbook readers share."""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pandas as pd

#: Delimiters tried, in preference order when the evidence ties.
DELIMITERS = (",", ";", "\t", "|")
#: Encodings tried after UTF-8, for lines that are not UTF-8 (post-Soviet lists are saved from Excel in CP1251).
FALLBACK_ENCODING = "cp1251"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm"})
#: In a file that is not all UTF-8, a line that is valid UTF-8 only by accident typically decodes to
#: U+0080-U+00FF alone ("Вё" in CP1251 is C2 B8, UTF-8 for "¸"); a real UTF-8 line with such characters
#: («», NBSP) also holds Cyrillic or other letters above U+00FF.
LATIN1_RANGE = re.compile("[\u0080-\u00ff]")
ABOVE_LATIN1 = re.compile("[^\u0000-\u00ff]")
#: Lines used to choose the delimiter.
SNIFF_LINES = 50
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


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the most columns, consistently across lines."""
    sample = [line for line in lines[:SNIFF_LINES] if line.strip()]
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


def frame_from_records(records: list[list[str]], names: list[str], issues: list[RowIssue], renamed: dict[str, str],
                       encoding: str, delimiter: str | None, first_row: int = 1) -> TableRead:
    """Records as a text DataFrame indexed by source_row (from `first_row`); cells beyond the header go to `_extra`."""
    width = len(names)
    extra = []
    for row, cells in enumerate(records, start=first_row):
        if len(cells) != width:
            issues.append(RowIssue(row, IssueCode.FIELD_COUNT,
                                   f"{len(cells)} cells where the header has {width}"))
        extra.append("\t".join(cells[width:]))
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
    frame = pd.DataFrame([cells[:width] for cells in records], columns=names, dtype=object)
    if any(extra):
        frame[EXTRA_COLUMN] = extra
    frame.index = pd.RangeIndex(first_row, first_row + len(records), name="source_row")
    return TableRead(rows=frame, encoding=encoding, delimiter=delimiter, issues=issues, renamed_columns=renamed)


@dataclass
class WholeTable:
    """A list read whole (a workbook, a spatial file, a layer), offered in the shape of the chunked text reader."""

    table: TableRead

    @property
    def encoding(self) -> str:
        return self.table.encoding

    @property
    def delimiter(self) -> str | None:
        return self.table.delimiter

    @property
    def renamed_columns(self) -> dict[str, str]:
        return self.table.renamed_columns

    def chunks(self) -> Iterator[TableRead]:
        yield self.table

    def columns(self) -> list[str]:
        return [str(column) for column in self.table.rows.columns]

    def close(self) -> None:
        """Nothing to release (the text reader removes its snapshot)."""
