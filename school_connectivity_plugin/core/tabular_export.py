"""The prioritised and hard-to-connect lists as CSV (UTF-8 with BOM, for Excel) and XLSX, formula-safe."""
from __future__ import annotations

import csv
import math
import os
from typing import Any, Iterable

import pandas as pd

from .atomic import atomic_path
from .planning_lists import hard_mask, not_connected_mask

#: Cell starts a spreadsheet would run as a formula (OWASP "CSV injection"); such text gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Columns of the prioritised list, in order; those the table lacks are left out.
PRIORITY_COLUMNS = (
    "priority_rank", "phase", "school_id", "school_name", "admin1", "admin2", "num_students", "connectivity",
    "connectivity_class", "pipeline_status", "fiber_distance_m", "hard_to_connect", "hard_reasons",
    "recommended_technology", "est_capex_usd", "est_opex_usd_year", "est_total_usd", "priority_score",
    "phase_note", "latitude", "longitude",
)

#: Columns of the hard-to-connect list, in order.
HARD_COLUMNS = (
    "school_id", "school_name", "admin1", "admin2", "num_students", "connectivity", "fiber_distance_m",
    "elevation_m", "hard_reasons", "recommended_technology", "est_capex_usd", "priority_rank", "latitude",
    "longitude",
)


#: The school fields the two lists are made from.
TABLE_INPUTS = tuple(dict.fromkeys(PRIORITY_COLUMNS + HARD_COLUMNS + ("priority_rank", "hard_to_connect")))


def escape_cell(value: Any) -> Any:
    """Text that a spreadsheet would evaluate gets a leading apostrophe; numbers and other text pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _columns(frame: pd.DataFrame, wanted: Iterable[str]) -> list[str]:
    return [column for column in wanted if column in frame.columns]


def priority_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Ranked schools in rank order; without ranks, the unconnected schools by region and name."""
    rank = pd.to_numeric(frame["priority_rank"], errors="coerce") if "priority_rank" in frame else None
    if rank is not None and (rank > 0).any():
        chosen = frame[rank > 0].assign(_order=rank[rank > 0]).sort_values("_order", kind="stable")
    else:
        chosen = frame[not_connected_mask(frame)].sort_values(_columns(frame, ("admin1", "school_name")),
                                                              kind="stable")
    return chosen[_columns(frame, PRIORITY_COLUMNS)].reset_index(drop=True)


def hard_to_connect_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Hard-to-connect schools by region and name, with their reasons."""
    chosen = frame[hard_mask(frame)].sort_values(_columns(frame, ("admin1", "school_name")), kind="stable")
    return chosen[_columns(frame, HARD_COLUMNS)].reset_index(drop=True)


def _plain(value: Any) -> Any:
    """A cell as written: missing -> empty, whole floats as integers (NaN turned counts float), text escaped."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return escape_cell(value)


def _rows(frame: pd.DataFrame) -> Iterable[list]:
    yield [escape_cell(str(column)) for column in frame.columns]
    for record in frame.itertuples(index=False, name=None):
        yield [_plain(value) for value in record]


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> None:
    """CSV in UTF-8 with a BOM (Excel then reads Cyrillic right), written atomically."""
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in _rows(frame):
                writer.writerow(["" if value is None else value for value in row])


def write_xlsx(frame: pd.DataFrame, path: str | os.PathLike, sheet: str) -> None:
    """One-sheet XLSX via openpyxl (Debian python3-openpyxl), every text cell typed as text, written atomically."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet[:31]
    for row in _rows(frame):
        worksheet.append(row)
    for cells in worksheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    worksheet.freeze_panes = "A2"
    with atomic_path(path) as temporary:
        workbook.save(temporary)
