"""Delimited text parsed by pandas' C engine, for the lists most files are: one encoding throughout (UTF-8, or
CP1251 that decodes cleanly), no NUL byte or bare carriage return, no line break inside a cell, no record longer
than the header. Such a file gives exactly what the csv-module reader in `text_table` gives (same cells,
`source_row`, issues) at C speed; any other file, or one the C parser refuses anywhere, is read by `text_table`
(the check reads the whole file once, before any chunk)."""
from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator

import numpy as np
import pandas as pd

from .table_read import IssueCode, RowIssue, TableRead

#: Bytes read at a time when looking for bytes the C engine reads otherwise.
_BLOCK_BYTES = 1 << 20
#: Records the C parser reads at a time, whatever the chunks asked for.
PARSE_ROWS = 100_000


def scan(snapshot: str, encoding: str, delimiter: str, width: int) -> dict[int, int] | None:
    """One pass over the file: None when it is not for the C engine, else the records shorter than the header
    (source_row -> cells; pandas pads them silently, so each record ending in an empty cell is split again by the
    csv module from its own line: a cell holding a line break makes lines and records differ, and the file is
    not for the C engine)."""
    if _unusual_bytes(snapshot):
        return None
    short: dict[int, int] = {}
    lines = _content_lines(snapshot, encoding)
    try:
        for cells, row_numbers in _numbered_blocks(snapshot, encoding, delimiter, width):
            if cells is None:
                return None
            raw = list(itertools.islice(lines, len(row_numbers)))
            if len(raw) != len(row_numbers):  # fewer lines than records: never so when lines are records
                return None
            for index in np.flatnonzero(cells[:, -1] == ""):
                parsed = next(csv.reader([raw[index]], delimiter=delimiter), [])
                if (parsed + [""] * width)[:width] != cells[index].tolist():
                    return None
                if len(parsed) < width and row_numbers[index] > 0:
                    short[int(row_numbers[index])] = len(parsed)
    except (pd.errors.ParserError, UnicodeError, ValueError, MemoryError, IndexError, csv.Error):
        return None
    return short if next(lines, None) is None else None  # a line break inside a cell: more lines than records


def fast_chunks(snapshot: str, encoding: str, delimiter: str, names: list[str], renamed: dict[str, str],
                rows: int, short: dict[int, int]) -> Iterator[TableRead]:
    """The records after the header in chunks of `rows`, as `TextTable.chunks` gives them (blank records skipped,
    rows numbered from 1 after the header, short records padded and named in an issue)."""
    first_row, pending = 1, []
    for cells, row_numbers in _numbered_blocks(snapshot, encoding, delimiter, len(names)):
        pending.append(cells[row_numbers > 0])
        while sum(len(part) for part in pending) >= rows:
            cells = np.concatenate(pending)
            pending = [cells[rows:]]
            yield _table_read(cells[:rows], names, first_row, encoding, delimiter, renamed, short)
            first_row += rows
    pending = [part for part in pending if len(part)]
    if pending or first_row == 1:
        cells = np.concatenate(pending) if pending else np.empty((0, len(names)), dtype=object)
        yield _table_read(cells, names, first_row, encoding, delimiter, renamed, short)


def _numbered_blocks(snapshot: str, encoding: str, delimiter: str, width: int):
    """Blocks of records as text cells ("" past a short record's end), each with its source_row (0 for blank
    records and the header); cells None when a record is wider than the header."""
    header_seen, next_row = False, 1
    for chunk in _raw_chunks(snapshot, encoding, delimiter):
        if chunk.shape[1] > width:
            yield None, np.zeros(len(chunk), dtype=np.int64)
            return
        chunk = chunk.reindex(columns=range(width)).fillna("")
        kept = _non_blank(chunk)
        cells = chunk.to_numpy(dtype=object)
        if not header_seen and kept.any():
            kept[np.argmax(kept)], header_seen = False, True
        row_numbers = np.zeros(len(cells), dtype=np.int64)
        row_numbers[kept] = np.arange(next_row, next_row + int(kept.sum()))
        next_row += int(kept.sum())
        yield cells, row_numbers


def _non_blank(chunk: pd.DataFrame) -> np.ndarray:
    """Records with a cell that is not whitespace, column by column over the records still undecided."""
    kept = np.zeros(len(chunk), dtype=bool)
    for column in chunk.columns:
        undecided = np.flatnonzero(~kept)
        if not len(undecided):
            break
        kept[undecided] = (chunk[column].iloc[undecided].str.strip() != "").to_numpy()
    return kept


def _table_read(cells: np.ndarray, names: list[str], first_row: int, encoding: str, delimiter: str,
                renamed: dict[str, str], short: dict[int, int]) -> TableRead:
    width = len(names)
    issues = [RowIssue(row, IssueCode.FIELD_COUNT, f"{short[row]} cells where the header has {width}")
              for row in range(first_row, first_row + len(cells)) if row in short]
    frame = pd.DataFrame(cells, columns=names, dtype=object)
    frame.index = pd.RangeIndex(first_row, first_row + len(frame), name="source_row")
    return TableRead(rows=frame, encoding=encoding, delimiter=delimiter, issues=issues, renamed_columns=renamed)


def _raw_chunks(snapshot: str, encoding: str, delimiter: str) -> Iterator[pd.DataFrame]:
    """Every record as text cells (a cell past a short record's end is NaN), no header taken. Always the same
    block size: the C parser's view of a short record depends on where its block starts."""
    yield from pd.read_csv(snapshot, sep=delimiter, header=None, dtype=str, keep_default_na=False,
                           skip_blank_lines=True, engine="c", encoding=encoding, encoding_errors="strict",
                           chunksize=PARSE_ROWS, quotechar='"', doublequote=True)


def _content_lines(snapshot: str, encoding: str) -> Iterator[str]:
    """The file's non-empty lines, decoded (the C engine skips empty lines)."""
    with open(snapshot, encoding=encoding, newline="") as handle:
        for line in handle:
            if line.strip("\r\n"):
                yield line


def _unusual_bytes(snapshot: str) -> bool:
    """A NUL byte, or a carriage return that does not end a line with a line feed (the csv module refuses a bare CR
    outside quotes, the C engine takes it for a line break)."""
    carried = b""
    with open(snapshot, "rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK_BYTES), b""):
            block = carried + block
            carried = b"\r" if block.endswith(b"\r") else b""
            body = block[:-1] if carried else block
            if b"\x00" in body or body.count(b"\r") != body.count(b"\r\n"):
                return True
    return bool(carried)
