"""The three real Kyrgyz school lists (CSV and GeoJSON) imported whole, checked against the files themselves."""
from __future__ import annotations

import csv
import json

import pytest

from support.import_helpers import flags, run_import

LISTS = ("kg_schools_moes_merged_2018", "kg_schools_moes_ru_2018", "kg_schools_projectconnect_2018")
#: The ministry's parsed speeds are rounded to 3 decimals ("1.024 Кбит/с" -> 0.001).
MINISTRY_ROUNDING_MBPS = 5e-4 + 1e-12


def _csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", LISTS)
def test_csv_every_row_accounted_and_connectivity_matches_file(shared_data, name):
    path = shared_data / f"{name}.csv"
    rows = _csv_rows(path)
    schools, rejected, result = run_import(INPUT=str(path))
    assert result["ROWS_IN"] == len(rows)
    assert result["LOADED"] + result["REJECTED_COUNT"] == len(rows)
    assert sorted([s["source_row"] for s in schools] + [r["source_row"] for r in rejected]) == \
        list(range(1, len(rows) + 1))
    expected_rejects = {i for i, row in enumerate(rows, start=1) if not row["lon"] or not row["lat"]}
    assert {r["source_row"] for r in rejected} == expected_rejects
    by_row = {s["source_row"]: s for s in schools}
    for number, row in enumerate(rows, start=1):
        if number in by_row:
            expected = {"True": "yes", "False": "no"}.get(row["connected"])
            if expected:
                assert by_row[number]["connectivity"] == expected, number
            else:
                assert by_row[number]["connectivity"] != "no", number
            assert by_row[number]["lon"] == pytest.approx(float(row["lon"]), abs=1e-9)
            assert by_row[number]["lat"] == pytest.approx(float(row["lat"]), abs=1e-9)
    connected = sum(1 for row in rows if row["connected"] == "True")
    not_connected = sum(1 for row in rows if row["connected"] == "False")
    assert sum(1 for s in schools if s["connectivity"] == "no") == not_connected
    assert sum(1 for s in schools if s["connectivity"] == "yes" and "connectivity_from_speed" not in flags(s)) \
        == connected


def test_typed_ministry_speeds_parse_to_the_ministrys_own_values(shared_data):
    path = shared_data / "kg_schools_moes_ru_2018.csv"
    rows = _csv_rows(path)
    schools, _, _ = run_import(INPUT=str(path), COLUMN_MAP="download_speed=speed_raw")
    by_row = {s["source_row"]: s for s in schools}
    compared = 0
    for number, row in enumerate(rows, start=1):
        parsed = by_row[number]["download_speed_mbps"]
        if row["speed_mbps"] == "":
            assert parsed is None, (row["speed_raw"], parsed)
        else:
            assert parsed == pytest.approx(float(row["speed_mbps"]), abs=MINISTRY_ROUNDING_MBPS), row["speed_raw"]
            compared += 1
    assert compared == sum(1 for row in rows if row["speed_mbps"] != "") > 1000


@pytest.mark.parametrize("name", LISTS)
def test_geojson_every_feature_accounted_with_its_geometry(shared_data, name):
    path = shared_data / f"{name}.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    schools, _rejected, result = run_import(INPUT=str(path))
    assert result["ROWS_IN"] == len(features) == result["LOADED"] + result["REJECTED_COUNT"]
    by_row = {s["source_row"]: s for s in schools}
    for number, feature in enumerate(features, start=1):
        lon, lat = feature["geometry"]["coordinates"][:2]
        assert by_row[number]["lon"] == pytest.approx(lon, abs=1e-9)
        assert by_row[number]["lat"] == pytest.approx(lat, abs=1e-9)
        expected = {True: "yes", False: "no"}.get(feature["properties"]["connected"])
        if expected:
            assert by_row[number]["connectivity"] == expected


@pytest.mark.parametrize("name", LISTS)
def test_boundary_flags_match_the_files_inside_country_column(shared_data, name):
    """The lists' own `inside_country` was computed against the same Natural Earth outline."""
    path = shared_data / f"{name}.csv"
    rows = _csv_rows(path)
    schools, _, _ = run_import(INPUT=str(path), BOUNDARY=str(shared_data / "kg_adm0_naturalearth_10m.geojson"),
                               BOUNDARY_TOLERANCE_KM=10.0)
    outside = {s["source_row"] for s in schools if flags(s) & {"near_boundary", "outside_boundary"}}
    expected = {i for i, row in enumerate(rows, start=1) if row["inside_country"] == "False"}
    assert outside == expected and len(expected) > 0
    assert not any("latlon_swapped" in flags(s) for s in schools)


def test_blank_russian_names_fall_back_to_the_english_name(shared_data):
    path = shared_data / "kg_schools_moes_merged_2018.csv"
    rows = _csv_rows(path)
    schools, _, _ = run_import(INPUT=str(path))
    names = {s["source_row"]: s["school_name"] for s in schools}
    expected = {i: " ".join((row["name_ru"] or row["name_en"]).split()) for i, row in enumerate(rows, start=1)}
    assert names == expected
    assert sum(1 for row in rows if not row["name_ru"]) > 100
    assert not any("missing_name" in flags(s) for s in schools)
