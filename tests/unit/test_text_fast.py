"""The C-engine reader gives exactly what the csv-module reader gives (cells, source_row, chunking, issues), and
leaves to it every file it cannot read the same way: checked on written cases, the Ministry's real lists and
generated tables with quotes, blank records and short rows."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from school_connectivity_plugin.core.schools import text_table

SHARED_LISTS = sorted((Path(__file__).resolve().parents[3] / "shared" / "data").glob("kg_schools_*.csv"))


def _both_ways(path: Path, rows: int) -> tuple[bool | None, list, list]:
    """(whether the C engine took the file, its chunks, the csv module's chunks), each chunk as (frame, issues),
    read as the import reads them: a first pass (which learns whether any record has extra cells), then this one."""
    table = text_table.open_text_table(path)
    try:
        fast = table._vectorised()
        passes = []
        for _ in range(2):
            for _chunk in table.chunks(rows):
                pass
            passes.append([(chunk.rows, [(i.row, i.code, i.detail) for i in chunk.issues])
                           for chunk in table.chunks(rows)])
            table.fast, table.has_extra = False, None
        taken, reference = passes
    finally:
        table.close()
    return fast, taken, reference


def _same(taken: list, reference: list) -> None:
    assert len(taken) == len(reference)
    for (frame, issues), (expected, expected_issues) in zip(taken, reference):
        pd.testing.assert_frame_equal(frame, expected)
        assert issues == expected_issues


CASES = {
    "plain": ("id,name,lat\n1,A,41.5\n2,B,41.6\n", True),
    "bom_semicolon_blank_records": ("\ufeffid;name;lat\n\n1;\"Школа, №1\";42.1\n;;\n2;\"a \"\"b\"\" c\";42.2\n", True),
    "short_rows_and_trailing_blanks": ("id,name,lat\n1,A,41.5\n2,B\n3,,\n4\n5,E,41.9\n", True),
    "crlf": ("id,name,lat\r\n1,A,41.5\r\n2,B,41.6\r\n", True),
    "title_rows_before_header": (",,\n\nid,name,lat\n1,A,41.5\n", True),
    "line_break_in_a_cell": ("id,name,lat\n1,\"two\nlines\",41.5\n", False),
    "more_cells_than_header": ("id,name,lat\n1,A,41.5,extra\n", False),
    "nul_byte": ("id,name,lat\n1,A\x00,41.5\n", False),
    "header_only": ("id,name,lat\n", True),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("rows", [1, 2, 100])
def test_written_cases_read_alike(tmp_path, name, rows):
    text, vectorised = CASES[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(text.encode("utf-8"))
    fast, taken, reference = _both_ways(path, rows)
    assert fast is vectorised
    _same(taken, reference)


def test_cp1251_list_is_read_by_the_c_engine(tmp_path):
    path = tmp_path / "cp1251.csv"
    path.write_bytes("Код;Название школы;Широта\n1;Школа №1;42.1\n2;Мектеп;42.2\n".encode("cp1251"))
    fast, taken, reference = _both_ways(path, 1)
    assert fast is True
    _same(taken, reference)
    assert taken[0][0].iloc[0].tolist() == ["1", "Школа №1", "42.1"]


@pytest.mark.skipif(not SHARED_LISTS, reason="../shared/data (the Ministry's 2018 lists) is not beside the repository")
@pytest.mark.parametrize("path", SHARED_LISTS, ids=lambda path: path.name)
def test_ministry_lists_read_alike(path):
    fast, taken, reference = _both_ways(path, 500)
    assert fast is True
    _same(taken, reference)


_CELL = st.text(alphabet=st.sampled_from(list('ab ,;"Ш1.') + ["\t"]), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=0, max_size=5), min_size=1, max_size=12), st.integers(1, 5))
def test_generated_tables_read_alike(tmp_path_factory, records, rows):
    """Any table the csv module writes (quoted as needed, short and blank records), read both ways; without a record
    wider than the header the C engine takes every one of them."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([["id", "name", "lat", "lon"], *records])
    path = tmp_path_factory.mktemp("generated") / "list.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    fast, taken, reference = _both_ways(path, rows)
    assert fast is (max(len(record) for record in records) <= 4)
    _same(taken, reference)


def test_a_bare_carriage_return_is_left_to_the_csv_module(tmp_path):
    """The C engine would take it for a line break; the csv module refuses it, naming the line."""
    path = tmp_path / "cr.csv"
    path.write_bytes(b"name,lat,lon\nA,41,74\nB\rx,41,74\n")
    table = text_table.open_text_table(path)
    try:
        assert table._vectorised() is False
    finally:
        table.close()
