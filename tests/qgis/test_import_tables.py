"""Text lists written by the tests: each encoding, delimiter and header language reads to the same schools."""
from __future__ import annotations

import csv
import io
import math

import pytest

from support.import_helpers import run_import

HEADERS = {
    "en": ["School ID", "School name", "Region", "District", "Students", "Area type", "Latitude", "Longitude",
           "Internet", "Download speed", "Connection type", "Provider"],
    "ru": ["Код школы", "Название школы", "Область", "Район", "Количество учащихся", "Тип местности", "Широта",
           "Долгота", "Интернет", "Скорость", "Тип подключения", "Провайдер"],
    "ky": ["Мектептин коду", "Мектептин аталышы", "Облус", "Району", "Окуучулардын саны", "Шаар/айыл", "Кеңдик",
           "Узундук", "Интернет бар", "Ылдамдык", "Туташуу түрү", "Провайдери"],
}
#: Cells per language for the same four schools: (students, area, internet, speed, type) words.
WORDS = {
    "en": [("406", "rural", "yes", "512 kbps", "ADSL"), ("1,544", "urban", "no", "", ""),
           ("37", "rural", "true", "10 Mbps", "fiber"), ("1200", "city", "connected", "25 Mbps", "VSAT satellite")],
    "ru": [("406", "село", "да", "512 Кбит/с", "ADSL"), ("1 544", "город", "нет", "", ""),
           ("37", "село", "подключено", "10 Мбит/c", "оптика"), ("1200", "город", "есть", "25 Мбит/с", "спутник")],
    "ky": [("406", "айыл", "ооба", "512 Кбит/с", "xDSL"), ("1 544", "шаар", "жок", "", ""),
           ("37", "айыл", "бар", "10 Мбит/с", "оптикалык була"), ("1200", "шаар", "ооба", "25 Мбит/с", "спутник")],
}
PLACES = [("KG-1", "Школа №1", "Чуйская", "Сокулук", "42.8700001", "74.5900002", "Кыргызтелеком"),
          ("KG-2", "Гимназия №5", "Ошская", "Кара-Суу", "40.5312345", "72.7954321", ""),
          ("KG-3", "Мектеп Ак-Суу", "Нарын", "Ак-Талаа", "41.4300000", "75.9912345", "Акнет"),
          ("KG-4", "Лицей «Билим»", "Бишкек", "Ленинский", "42.8765432", "74.6012345", "")]
#: What every language must read to, worked out by hand (Giga global classes: > 20 good, < 1 bad).
EXPECTED = [
    {"num_students": 406, "area_type": "rural", "connectivity": "yes", "download_speed_mbps": 0.512,
         "connectivity_type": "copper", "connectivity_class": "bad"},
    {"num_students": 1544, "area_type": "urban", "connectivity": "no", "download_speed_mbps": None,
         "connectivity_type": "unknown", "connectivity_class": "no_connection"},
    {"num_students": 37, "area_type": "rural", "connectivity": "yes", "download_speed_mbps": 10.0,
         "connectivity_type": "fiber", "connectivity_class": "moderate"},
    {"num_students": 1200, "area_type": "urban", "connectivity": "yes", "download_speed_mbps": 25.0,
         "connectivity_type": "satellite", "connectivity_class": "good"},
]


def _rows(language: str, decimal_comma: bool) -> list[list[str]]:
    rows = []
    for (sid, name, admin1, admin2, lat, lon, isp), (students, area, internet, speed, kind) in zip(
            PLACES, WORDS[language]):
        if decimal_comma:
            lat, lon = lat.replace(".", ","), lon.replace(".", ",")
        rows.append([sid, name, admin1, admin2, students, area, lat, lon, internet, speed, kind, isp])
    return rows


def _write(path, header, rows, delimiter, encoding) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header] + rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _check(schools, rows):
    assert [s["source_row"] for s in schools] == [1, 2, 3, 4]
    for school, row, expected in zip(schools, rows, EXPECTED):
        assert school["school_id"] == row[0] and school["school_name"] == row[1]
        assert school["admin1"] == row[2] and school["admin2"] == row[3]
        assert school["lat"] == pytest.approx(float(row[6].replace(",", ".")), abs=1e-9)
        assert school["lon"] == pytest.approx(float(row[7].replace(",", ".")), abs=1e-9)
        for name, value in expected.items():
            if isinstance(value, float):
                assert school[name] == pytest.approx(value), name
            else:
                assert school[name] == value, name
        assert school["qa_flags"] == ""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_encodings_and_delimiters(tmp_path, encoding, delimiter):
    rows = _rows("ru", decimal_comma=delimiter == ";")
    path = tmp_path / "schools.csv"
    _write(path, HEADERS["ru"], rows, delimiter, encoding)
    schools, rejected, result = run_import(INPUT=str(path))
    assert (result["ROWS_IN"], result["LOADED"], rejected) == (4, 4, [])
    _check(schools, rows)


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_header_and_value_languages(tmp_path, language):
    rows = _rows(language, decimal_comma=False)
    path = tmp_path / f"schools_{language}.txt"
    _write(path, HEADERS[language], rows, ",", "utf-8")
    schools, _, _ = run_import(INPUT=str(path))
    _check(schools, rows)


def test_national_preset_and_user_thresholds(tmp_path):
    rows = _rows("en", decimal_comma=False)
    path = tmp_path / "schools.csv"
    _write(path, HEADERS["en"], rows, ",", "utf-8")
    national, _, _ = run_import(INPUT=str(path), SPEED_PRESET=1)
    # Giga national: >= 5 Mbps good, anything slower moderate (no "bad" class).
    assert [s["connectivity_class"] for s in national] == ["moderate", "no_connection", "good", "good"]
    user, _, _ = run_import(INPUT=str(path), SPEED_PRESET=2, GOOD_MBPS=30.0, BAD_MBPS=0.5)
    assert [s["connectivity_class"] for s in user] == ["moderate", "no_connection", "moderate", "moderate"]


def test_speed_unit_from_header_and_column_map(tmp_path):
    path = tmp_path / "schools.csv"
    path.write_text("lat_deg,lon_deg,Скорость (Кбит/с),Name\n42.1,74.2,2048,A\n42.2,74.3,512,B\n", encoding="utf-8")
    schools, _, _ = run_import(INPUT=str(path), COLUMN_MAP="latitude=lat_deg;longitude=lon_deg")
    assert [s["download_speed_mbps"] for s in schools] == pytest.approx([2.048, 0.512])
    assert [s["school_name"] for s in schools] == ["A", "B"]


def test_missing_coordinate_columns_name_the_file_and_columns(tmp_path):
    path = tmp_path / "no_coords.csv"
    path.write_text("name,district\nA,B\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"no_coords\.csv.*latitude, longitude.*name, district"):
        run_import(INPUT=str(path))
    with pytest.raises(Exception, match="Широта"):
        run_import(INPUT=str(path), COLUMN_MAP="latitude=Широта")


def test_blank_lines_multiline_cells_and_duplicate_headers(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text('name,lat,lon,name\n\n"Школа\n№1",42.0,74.0,x\n\nB,42.5,74.5,y\n', encoding="utf-8")
    schools, _, result = run_import(INPUT=str(path))
    assert result["ROWS_IN"] == 2
    assert [s["source_row"] for s in schools] == [1, 2]
    # Line breaks and runs of spaces inside a cell read as one space.
    assert schools[0]["school_name"] == "Школа №1" and schools[1]["school_name"] == "B"
    assert [s["src_name_2"] for s in schools] == ["x", "y"]
    assert not any(math.isnan(s["lat"]) for s in schools)


def test_one_column_with_both_coordinates(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text('Школа;Координаты\nА;"42,8700001; 74,5900002"\nБ;"42.53, 72.79"\nВ;\nГ;рядом с рекой\n',
                    encoding="utf-8")
    schools, rejected, result = run_import(INPUT=str(path))
    assert result["ROWS_IN"] == 4
    assert [(s["school_name"], s["lat"], s["lon"]) for s in schools] == [("А", 42.8700001, 74.5900002),
                                                                        ("Б", 42.53, 72.79)]
    assert [(r["source_row"], r["reason"]) for r in rejected] == [(3, "missing_coordinates"),
                                                                   (4, "unparseable_coordinates")]
