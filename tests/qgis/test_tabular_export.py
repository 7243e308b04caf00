"""Priority and hard-to-connect lists: Excel-friendly CSV and XLSX where no cell can run as a formula."""
from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pandas as pd
import processing
import pytest
from openpyxl import load_workbook

from school_connectivity_plugin.core.reporting import tabular_export
from school_connectivity_plugin.core.reporting.tabular_export import escape_cell

from support.planning_fixture import FORMULA_NAMES, PER_REGION, region_names, schools_frame, write_schools

DANGEROUS = ["=1+1", "+SUM(A1:A2)", "-3+4", "@cmd", "\tx", "\ry", '=HYPERLINK("http://e.org","x")']


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_starts_get_an_apostrophe(text):
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Школа №1", "a=b", "", -5, 3.5, None])
def test_other_cells_pass_unchanged(value):
    assert escape_cell(value) == value


def _read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_round_trip_escapes_formulas_and_keeps_cyrillic(tmp_path):
    frame = pd.DataFrame({"school_name": DANGEROUS + ["Средняя школа №2"], "priority_rank": range(1, 9),
                          "num_students": [10, None, 30, 40, 50, 60, 70, 80], "connectivity": ["no"] * 8})
    path = tmp_path / "priority.csv"
    tabular_export.write_csv(tabular_export.priority_table(frame), path)
    rows = _read_csv(path)
    assert [row["school_name"] for row in rows] == ["'" + text for text in DANGEROUS] + ["Средняя школа №2"]
    assert [row["num_students"] for row in rows] == ["10", "", "30", "40", "50", "60", "70", "80"]
    assert list(rows[0]) == [c for c in tabular_export.PRIORITY_COLUMNS if c in frame.columns]


def test_xlsx_cells_are_text_not_formulas(tmp_path):
    frame = pd.DataFrame({"school_name": DANGEROUS, "priority_rank": range(1, 8), "connectivity": ["no"] * 7})
    path = tmp_path / "priority.xlsx"
    tabular_export.write_xlsx(tabular_export.priority_table(frame), path, "Priority")
    sheet = load_workbook(path).active
    names = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert names == ["'" + text for text in DANGEROUS]
    assert all(row[1].data_type == "s" for row in sheet.iter_rows(min_row=2))


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "priority.csv"
    path.write_text("old", encoding="utf-8")

    class Exploding(pd.DataFrame):
        def itertuples(self, *args, **kwargs):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        tabular_export.write_csv(Exploding({"a": [1]}), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["priority.csv"]


def test_algorithm_writes_both_lists_from_the_sample_layer(qgis_app, tmp_path, sample_dir):
    source = write_schools(sample_dir, tmp_path)
    result = processing.run("schoolconnectivity:exporttables", {
        "SCHOOLS": source, "OUTPUT_PRIORITY": str(tmp_path / "priority.csv"),
        "OUTPUT_HARD": str(tmp_path / "hard_to_connect.xlsx")})
    regions = len(region_names(sample_dir))
    unconnected = regions * sum(1 for row in PER_REGION if row[1] == "no")
    hard = regions * sum(1 for row in PER_REGION if row[3])
    assert result["PRIORITY_ROWS"] == unconnected and result["HARD_ROWS"] == hard
    rows = _read_csv(tmp_path / "priority.csv")
    assert [int(row["priority_rank"]) for row in rows] == list(range(1, unconnected + 1))
    names = {row["school_name"] for row in rows}
    assert {"'" + name for name in FORMULA_NAMES} <= names
    sheet = load_workbook(tmp_path / "hard_to_connect.xlsx").active
    header = [cell.value for cell in sheet[1]]
    listed = {row[header.index("school_name")].value for row in sheet.iter_rows(min_row=2)}
    expected = schools_frame(sample_dir)
    expected = expected[expected["hard_to_connect"]]["school_name"]
    assert listed == {escape_cell(name) for name in expected}


@pytest.fixture(params=[0o022, 0o002, 0o077])
def umask(request):
    """Run under a known umask, then put the test process's own back."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.mark.parametrize("writer", ["csv", "xlsx"])
def test_outputs_get_the_mode_an_ordinary_open_would_give(tmp_path, umask, writer):
    frame = pd.DataFrame({"school_name": ["a"], "priority_rank": [1], "connectivity": ["no"]})
    path = tmp_path / f"priority.{writer}"
    if writer == "csv":
        tabular_export.write_csv(frame, path)
    else:
        tabular_export.write_xlsx(frame, path, "Priority")
    reference = tmp_path / "reference"
    with open(reference, "w", encoding="utf-8"):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask == stat.S_IMODE(reference.stat().st_mode)
