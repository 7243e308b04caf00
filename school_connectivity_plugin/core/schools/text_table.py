"""Delimited text lists read in chunks of rows, so a national list of millions of schools never sits in memory
whole (the bytes, the decoded text and every cell as a Python string would need several gigabytes).

The file is first copied to a private snapshot, so a list that another program saves while it is being
imported is read as it was when the import began, however many times it is read. One streaming pass over
the snapshot's bytes decides the encoding (rules in `readers`); each later pass decodes line by line.
Lines are split at LF only (the csv module handles CR and CRLF), so no byte of a multi-byte UTF-8
character is ever cut.
"""
from __future__ import annotations

import codecs
import csv
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import InputError
from . import text_fast
from .table_read import (
    ABOVE_LATIN1,
    DELIMITERS,
    EXTRA_COLUMN,
    FALLBACK_ENCODING,
    LATIN1_RANGE,
    MAX_CELL_CHARS,
    SNIFF_LINES,
    UTF16_BOMS,
    IssueCode,
    RowIssue,
    TableRead,
    frame_from_records,
    sniff_delimiter,
    unique_headers,
)

#: Rows per chunk: large enough for vectorised parsing, small enough that a chunk's cells stay ~100 MB.
CHUNK_ROWS = 100_000
#: Bytes of a UTF-16 file decoded to decide whether it really is UTF-16 text.
_UTF16_PROBE_BYTES = 1 << 16
_BLOCK_BYTES = 1 << 20


class Mode:
    """How each line is decoded, decided once per file."""

    UTF16 = "utf-16"
    UTF8 = "utf-8"
    CP1251 = FALLBACK_ENCODING
    MIXED = "mixed"


@dataclass
class TextTable:
    """A delimited text file, opened: encoding, delimiter and header known; rows read by `chunks()`."""

    path: str
    snapshot: str
    mode: str
    encoding: str
    delimiter: str
    names: list[str]
    renamed_columns: dict[str, str] = field(default_factory=dict)
    #: Whether any record has more cells than the header (known after the first full pass).
    has_extra: bool | None = None
    #: Whether the file is read by pandas' C engine (decided on the first pass), and its short records.
    fast: bool | None = None
    short_records: dict[int, int] | None = None

    def chunks(self, rows: int | None = None) -> Iterator[TableRead]:
        """The records in chunks of `rows` (CHUNK_ROWS), each indexed by source_row (1-based over the file)."""
        rows = rows or CHUNK_ROWS
        if self._vectorised():
            self.has_extra = False
            yield from text_fast.fast_chunks(self.snapshot, self.encoding, self.delimiter, self.names,
                                             self.renamed_columns, rows, self.short_records)
            return
        lines = _NumberedLines(_numbered_lines(self.snapshot, self.mode))
        reader = csv.reader(lines, delimiter=self.delimiter)
        records: list[list[str]] = []
        issues: list[RowIssue] = []
        first_row, seen_header, any_extra = 1, False, False
        for cells in _records(reader, self.path):
            line_issues = lines.take()  # (those of a blank line or the header belong to no record)
            if not any(cell.strip() for cell in cells):
                continue
            if not seen_header:
                seen_header = True
                continue
            records.append(cells)
            row = first_row + len(records) - 1
            issues.extend(RowIssue(row, code, f"line {number} is not UTF-8; read as {FALLBACK_ENCODING.upper()}")
                          for number, code in line_issues)
            if len(records) == rows:
                chunk = self._chunk(records, issues, first_row)
                any_extra = any_extra or EXTRA_COLUMN in chunk.rows.columns
                yield chunk
                first_row += len(records)
                records, issues = [], []
        if records or first_row == 1:
            chunk = self._chunk(records, issues, first_row)
            any_extra = any_extra or EXTRA_COLUMN in chunk.rows.columns
            yield chunk
        self.has_extra = any_extra

    def _vectorised(self) -> bool:
        """Whether pandas' C engine reads this file as the csv module would (decided once, see text_fast)."""
        if self.fast is None:
            self.short_records = text_fast.scan(self.snapshot, self.encoding, self.delimiter, len(self.names)) if (
                self.mode in (Mode.UTF8, Mode.CP1251)) else None
            self.fast = self.short_records is not None
        return self.fast

    def columns(self) -> list[str]:
        """The columns every chunk has (`_extra` when any record has more cells than the header; known after
        the first pass)."""
        return self.names + ([EXTRA_COLUMN] if self.has_extra else [])

    def _chunk(self, records: list[list[str]], issues: list[RowIssue], first_row: int) -> TableRead:
        chunk = frame_from_records(records, self.names, issues, self.renamed_columns, self.encoding,
                                   self.delimiter, first_row)
        if self.has_extra and EXTRA_COLUMN not in chunk.rows.columns:
            chunk.rows[EXTRA_COLUMN] = ""
        return chunk

    def close(self) -> None:
        """Remove the snapshot."""
        if os.path.exists(self.snapshot):
            os.remove(self.snapshot)

    def __enter__(self) -> TextTable:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_text_table(path: str | Path) -> TextTable:
    """Snapshot the file, decide its encoding, delimiter and header; no record is kept in memory."""
    path = str(path)
    snapshot = _snapshot(path)
    try:
        mode, encoding = _detect_mode(snapshot)
        csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
        delimiter = sniff_delimiter(list(itertools.islice(_texts(snapshot, mode), SNIFF_LINES)))
        header = _header(snapshot, mode, path, delimiter)
        if header is None and not any(line.strip() for line in _texts(snapshot, mode)):
            raise InputError("the file is empty", path=path)
        names, renamed = unique_headers(header or [])
        return TextTable(path=path, snapshot=snapshot, mode=mode, encoding=encoding, delimiter=delimiter,
                         names=names, renamed_columns=renamed)
    except BaseException:
        os.remove(snapshot)
        raise


def read_text_table(path: str | Path) -> TableRead:
    """The whole file as one table (for lists that fit in memory: tests, the pipeline plan, previews)."""
    with open_text_table(path) as table:
        return next(table.chunks(rows=2**62))


def _snapshot(path: str) -> str:
    """A private copy of the file in the temporary folder (removed by TextTable.close)."""
    handle, snapshot = tempfile.mkstemp(prefix="school_list_", suffix=".snapshot")
    os.close(handle)
    try:
        shutil.copyfile(path, snapshot)
    except OSError as error:
        os.remove(snapshot)
        raise InputError(f"cannot read the file ({error.strerror})", path=path) from error
    return snapshot


def _header(snapshot: str, mode: str, path: str, delimiter: str) -> list[str] | None:
    """The first record that has a non-blank cell."""
    reader = csv.reader(_texts(snapshot, mode), delimiter=delimiter)
    for cells in _records(reader, path):
        if any(cell.strip() for cell in cells):
            return cells
    return None


def _detect_mode(snapshot: str) -> tuple[str, str]:
    """Decoding mode and the encoding name reported to the user, from one streaming pass over the bytes."""
    with open(snapshot, "rb") as handle:
        start = handle.read(_UTF16_PROBE_BYTES)
    if start.startswith(UTF16_BOMS):
        # Excel's "Unicode text" export: UTF-16 with a BOM, tab-delimited. CP1251 text may start with the
        # same bytes ("юя" is FE FF): only text that decodes to line breaks or delimiters is UTF-16.
        probe = start.decode("utf-16", errors="replace")
        if any(mark in probe for mark in ("\n", *DELIMITERS)):
            return Mode.UTF16, "utf-16"
    utf8 = "utf-8-sig" if start.startswith(codecs.BOM_UTF8) else "utf-8"
    if _is_utf8(snapshot):
        return Mode.UTF8, utf8
    non_ascii = fallback = 0
    with open(snapshot, "rb") as handle:
        for raw in handle:
            if raw.isascii():
                continue
            non_ascii += 1
            fallback += _utf8_line(raw) is None
    if fallback == non_ascii:
        return Mode.CP1251, FALLBACK_ENCODING
    return Mode.MIXED, f"{utf8}+{FALLBACK_ENCODING}"


def _is_utf8(snapshot: str) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(snapshot, "rb") as handle:
            for block in iter(lambda: handle.read(_BLOCK_BYTES), b""):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_line(raw: bytes) -> str | None:
    """The line as UTF-8 when it is UTF-8 by more than accident (see `readers`), else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if LATIN1_RANGE.search(text) is None or ABOVE_LATIN1.search(text) is not None:
        return text
    return None


def _cp1251_line(raw: bytes) -> tuple[str, str | None]:
    try:
        return raw.decode(FALLBACK_ENCODING), None
    except UnicodeDecodeError:
        return raw.decode(FALLBACK_ENCODING, errors="replace"), IssueCode.UNDECODABLE_BYTES


def _line_decoder(mode: str) -> Callable[[bytes], tuple[str, str | None]]:
    """bytes -> (text, issue code or None) for one line."""
    if mode == Mode.UTF8:
        return lambda raw: (raw.decode("utf-8"), None)
    if mode == Mode.CP1251:
        return _cp1251_line

    def mixed(raw: bytes) -> tuple[str, str | None]:
        if raw.isascii():
            return raw.decode("ascii"), None
        text = _utf8_line(raw)
        if text is not None:
            return text, None
        text, code = _cp1251_line(raw)
        return text, code or IssueCode.ENCODING_MIXED
    return mixed


class _NumberedLines:
    """Decoded lines for the csv module, remembering the issues of the lines read since the last take()."""

    def __init__(self, lines: Iterator[tuple[int, str, str | None]]):
        self._lines = lines
        self.pending: list[tuple[int, str]] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        number, text, code = next(self._lines)
        if code is not None:
            self.pending.append((number, code))
        return text

    def take(self) -> list[tuple[int, str]]:
        taken, self.pending = self.pending, []
        return taken


def _texts(snapshot: str, mode: str) -> Iterator[str]:
    """The snapshot's lines as text, without issue bookkeeping (for the header and the delimiter)."""
    return (text for _, text, _ in _numbered_lines(snapshot, mode))


def _numbered_lines(snapshot: str, mode: str) -> Iterator[tuple[int, str, str | None]]:
    if mode == Mode.UTF16:
        with open(snapshot, encoding="utf-16", errors="replace", newline="") as handle:
            for number, text in enumerate(handle, start=1):
                yield number, text, IssueCode.UNDECODABLE_BYTES if "\ufffd" in text else None
        return
    decode = _line_decoder(mode)
    with open(snapshot, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            text, code = decode(raw)
            yield number, text, code


def _records(reader, path: str) -> Iterator[list[str]]:
    """The reader's records; a line the csv module cannot split is named in an InputError, not a crash."""
    try:
        yield from reader
    except csv.Error as error:
        raise InputError(f"line {reader.line_num} cannot be split into cells ({error})", path=path) from error
