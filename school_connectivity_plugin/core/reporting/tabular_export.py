"""The prioritised and hard-to-connect lists as CSV (UTF-8 with BOM, for Excel) and XLSX, formula-safe."""
from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..atomic import atomic_path
from ..definitions.fields import FIBER_DISTANCE_M
from .planning_lists import hard_mask, not_connected_mask

#: Cell starts a spreadsheet would run as a formula (OWASP "CSV injection"); such text gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Columns of the prioritised list, in order; those the table lacks are left out.
PRIORITY_COLUMNS = (
    "priority_rank", "phase", "school_id", "school_name", "admin1", "admin2", "num_students", "connectivity",
    "connectivity_class", "pipeline_status", "pipeline_date", "recommended_technology", "technology_source",
    "cheapest_alternative", "alternative_saving_usd", "cluster_id", "route_length_m", "upstream_id",
    FIBER_DISTANCE_M, "hard_to_connect", "hard_reasons", "demand_mbps", "fiber_total_usd", "p2p_total_usd",
    "cellular_total_usd", "satellite_total_usd", "est_capex_usd", "est_opex_usd_year", "est_total_usd",
    "priority_score", "phase_note", "latitude", "longitude",
)

#: Columns of the hard-to-connect list, in order.
HARD_COLUMNS = (
    "school_id", "school_name", "admin1", "admin2", "num_students", "connectivity", FIBER_DISTANCE_M,
    "elevation_m", "path_max_link_m", "route_max_slope_deg", "hard_reasons", "pipeline_status",
    "recommended_technology", "technology_source", "est_capex_usd", "priority_rank", "latitude", "longitude",
)


#: The school fields the two lists are made from.
TABLE_INPUTS = tuple(dict.fromkeys(PRIORITY_COLUMNS + HARD_COLUMNS))
#: SQLite conditions keeping (at least) the rows of each list when a national GeoPackage is read: ranked
#: schools, else those not connected; hard-to-connect schools stored as 1 or as text.
PRIORITY_ROWS_SQL = (("priority_rank", '"priority_rank" > 0'),
                     ("connectivity", "lower(trim(\"connectivity\")) = 'no'"))
HARD_ROWS_SQL = (("hard_to_connect", "\"hard_to_connect\" = 1 OR lower(\"hard_to_connect\") IN ('true', '1', '1.0')"),)


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
        ranked = np.flatnonzero((rank > 0).to_numpy())
        return _rows_of(frame, ranked[np.argsort(rank.to_numpy()[ranked], kind="stable")], PRIORITY_COLUMNS)
    return _rows_of(frame, _by_region_and_name(frame, not_connected_mask(frame)), PRIORITY_COLUMNS)


def hard_to_connect_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Hard-to-connect schools by region and name, with their reasons."""
    return _rows_of(frame, _by_region_and_name(frame, hard_mask(frame)), HARD_COLUMNS)


def _by_region_and_name(frame: pd.DataFrame, mask: pd.Series) -> np.ndarray:
    """Positions of the masked rows ordered by admin1 then school name (stable; sorting two columns only)."""
    keys = _columns(frame, ("admin1", "school_name"))
    chosen = frame.loc[mask.to_numpy(), keys]
    if keys:
        chosen = chosen.sort_values(keys, kind="stable")
    return frame.index.get_indexer(chosen.index)


def _rows_of(frame: pd.DataFrame, positions: np.ndarray, wanted: Iterable[str]) -> pd.DataFrame:
    """The rows at `positions`, in that order, with the wanted columns the frame has: one copy of just those
    (a national list has two million rows)."""
    table = frame.iloc[positions, [frame.columns.get_loc(column) for column in _columns(frame, wanted)]]
    table.index = pd.RangeIndex(len(table))
    return table


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
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
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
