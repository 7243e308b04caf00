"""A whole row with latitude and longitude swapped is found and fixed without any boundary: the bulk of the list
says where the country is."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from school_connectivity_plugin.core.schools.classes import SpeedPreset, thresholds_for
from school_connectivity_plugin.core.schools.columns import resolve_columns
from school_connectivity_plugin.core.schools.importer import build_schools, list_checks

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "schools.csv"


def _sample_with_swapped_row(row: int | None) -> tuple[pd.DataFrame, tuple[str, str]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    lat, lon = header.index("Широта"), header.index("Долгота")
    original = (body[row - 1][lat], body[row - 1][lon]) if row else ("", "")
    if row:
        body[row - 1][lat], body[row - 1][lon] = original[1], original[0]
    frame = pd.DataFrame(body, columns=header, dtype=object)
    frame.index = pd.RangeIndex(1, len(frame) + 1)
    return frame, original


def test_a_swapped_row_is_put_back_and_flagged_without_a_boundary():
    frame, (lat, lon) = _sample_with_swapped_row(10)
    result = _import(frame)
    school = result.schools.loc[result.schools["source_row"] == 10].iloc[0]
    assert (school["latitude"], school["longitude"]) == (float(lat), float(lon))
    assert "latlon_swapped" in school["qa_flags"].split(";")
    assert _swapped_rows(result) == _swapped_rows(_import(_sample_with_swapped_row(None)[0])) | {10}


def _import(frame: pd.DataFrame):
    resolution = resolve_columns(list(frame.columns))
    return build_schools(frame, resolution, thresholds_for(SpeedPreset.GIGA_GLOBAL),
                         checks=list_checks([frame], resolution))


def _swapped_rows(result) -> set[int]:
    flagged = result.schools["qa_flags"].fillna("").str.split(";").apply(lambda codes: "latlon_swapped" in codes)
    return set(result.schools.loc[flagged, "source_row"].astype(int))


def test_a_small_list_is_not_judged_by_its_extent():
    frame, (lat, lon) = _sample_with_swapped_row(3)
    small = frame.iloc[:5]
    resolution = resolve_columns(list(small.columns))
    result = build_schools(small, resolution, thresholds_for(SpeedPreset.GIGA_GLOBAL))
    school = result.schools.loc[result.schools["source_row"] == 3].iloc[0]
    assert (school["latitude"], school["longitude"]) == (float(lon), float(lat))  # as written: too few to tell
