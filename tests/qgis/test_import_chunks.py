"""Text lists are read in chunks of rows (issue 9: national scale in bounded memory): the result must not depend
on where the chunks are cut, duplicates are found across chunk boundaries, and the reader holds no file."""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest

from school_connectivity_plugin.core.schools import text_table
from school_connectivity_plugin.core.schools.readers import EXTRA_COLUMN, open_text_table, read_text_table

from support.import_helpers import flags, run_import


def _run_with_chunks(monkeypatch, rows: int, **parameters):
    monkeypatch.setattr(text_table, "CHUNK_ROWS", rows)
    return run_import(**parameters)


def _comparable(schools: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((key, str(value)) for key, value in row.items())) for row in schools)


def test_the_sample_reads_the_same_in_chunks_of_97_rows_as_whole(monkeypatch, sample_dir):
    whole = _run_with_chunks(monkeypatch, 10**9, INPUT=str(sample_dir / "schools.csv"))
    chunked = _run_with_chunks(monkeypatch, 97, INPUT=str(sample_dir / "schools.csv"))
    with open(sample_dir / "schools.csv", encoding="utf-8-sig", newline="") as handle:
        data_rows = sum(1 for row in csv.reader(handle) if any(cell.strip() for cell in row)) - 1
    assert whole[2]["ROWS_IN"] == chunked[2]["ROWS_IN"] == data_rows
    assert _comparable(whole[0]) == _comparable(chunked[0])
    assert _comparable(whole[1]) == _comparable(chunked[1])


def test_duplicates_are_found_across_chunk_boundaries(monkeypatch, tmp_path):
    path = tmp_path / "schools.csv"
    rows = [["school_id", "school_name", "latitude", "longitude"]]
    rows += [[f"S{i}", f"School {i}", f"{41.0 + i * 0.01:.4f}", "74.0"] for i in range(1, 10)]
    rows += [["S2", "Другая школа", "42.5", "75.5"],  # the id of row 2, nine rows later
             ["S99", "School 5", "41.0500", "74.0003"]]  # 25 m from row 5, same name
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    schools, rejected, result = _run_with_chunks(monkeypatch, 3, INPUT=str(path))
    by_id = {}
    for row in schools:
        by_id.setdefault(row["school_id"], []).append(row)
    assert result["ROWS_IN"] == 11 and not rejected
    assert all("duplicate_id" in flags(row) for row in by_id["S2"]) and len(by_id["S2"]) == 2
    assert "duplicate_nearby" in flags(by_id["S5"][0]) and "duplicate_nearby" in flags(by_id["S99"][0])
    assert not any("duplicate" in code for row in by_id["S1"] for code in flags(row))


def test_extra_cells_in_a_late_chunk_give_every_chunk_the_extra_column(monkeypatch, tmp_path):
    path = tmp_path / "late_extra.csv"
    lines = ["school_id,latitude,longitude"] + [f"S{i},41.{i:02d},74.5" for i in range(1, 8)] + ["S8,41.50,74.5,oops"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    schools, _, _ = _run_with_chunks(monkeypatch, 3, INPUT=str(path))
    assert len(schools) == 8
    assert {row["school_id"]: row["src_" + EXTRA_COLUMN] for row in schools}["S8"] == "oops"
    assert all(row["src_" + EXTRA_COLUMN] == "" for row in schools if row["school_id"] != "S8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
def test_chunks_number_rows_over_the_whole_file_in_every_encoding(tmp_path, encoding):
    path = tmp_path / f"list_{encoding}.csv"
    text = "Код;Название;Широта;Долгота\n" + "".join(f"{i};Школа №{i};42,{i:03d};74,5\n" for i in range(1, 24))
    path.write_bytes(text.encode(encoding))
    with open_text_table(path) as table:
        chunks = list(table.chunks(rows=5))
        snapshot = Path(table.snapshot)
        assert snapshot.exists()
    assert not snapshot.exists()
    assert [len(chunk.rows) for chunk in chunks] == [5, 5, 5, 5, 3]
    assert [chunk.rows.index[0] for chunk in chunks] == [1, 6, 11, 16, 21]
    whole = read_text_table(path).rows
    assert list(whole["Название"]) == [f"Школа №{i}" for i in range(1, 24)]
    assert all(chunk.rows.equals(whole.loc[chunk.rows.index]) for chunk in chunks)


def test_mixed_encodings_are_reported_with_their_global_row(tmp_path):
    path = tmp_path / "mixed.csv"
    lines = ["id,name,lat,lon"] + [f"{i},Школа {i},42.{i:02d},74.5" for i in range(1, 9)]
    raw = b"".join(line.encode("cp1251" if i == 7 else "utf-8") + b"\n" for i, line in enumerate(lines))
    path.write_bytes(raw)
    with open_text_table(path) as table:
        issues = [issue for chunk in table.chunks(rows=3) for issue in chunk.issues]
        encoding = table.encoding
    assert encoding == "utf-8+cp1251"
    assert [(issue.row, issue.code) for issue in issues] == [(7, "encoding_mixed")]


def test_a_failed_open_leaves_no_snapshot(tmp_path):
    before = set(Path(tempfile.gettempdir()).glob("school_list_*"))
    empty = tmp_path / "empty.csv"
    empty.write_text("\n \n", encoding="utf-8")
    with pytest.raises(Exception, match="empty"):
        open_text_table(empty)
    assert set(Path(tempfile.gettempdir()).glob("school_list_*")) == before


def test_an_odd_header_line_is_no_records_issue(tmp_path):
    path = tmp_path / "odd_header.csv"
    path.write_bytes("Код,Широта,Долгота\n".encode("cp1251") + "1,42.1,74.5\n2,Школа,74.6\n".encode())
    with open_text_table(path) as table:
        issues = [issue for chunk in table.chunks() for issue in chunk.issues]
    assert issues == []
