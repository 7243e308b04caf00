"""Each defect of a real-world list, in a file the test writes: rejected with its reason or kept and flagged."""
from __future__ import annotations

import json

import pytest
from pyproj import Geod
from qgis.core import QgsProcessingException

from support.import_helpers import flags, run_import

GEOD = Geod(ellps="WGS84")
#: A square "country" 70-80 E, 39-44 N; the east edge is the meridian 80 E.
BOUNDARY = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
    "type": "Polygon", "coordinates": [[[70, 39], [80, 39], [80, 44], [70, 44], [70, 39]]]}}]}


def _east_of_edge(metres: float) -> tuple[float, float]:
    lon, lat, _ = GEOD.fwd(80.0, 41.0, 90.0, metres)
    return lat, lon


def _moved(lat: float, lon: float, azimuth: float, metres: float) -> tuple[float, float]:
    lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, metres)
    return lat2, lon2


NEAR, FAR = _east_of_edge(5_000), _east_of_edge(50_000)
TWIN, OTHER_NAME, FAR_TWIN = _moved(42, 75, 45, 60), _moved(42, 75, 135, 60), _moved(42, 75, 0, 200)
#: (id, name, lat, lon, connected, speed, students, expected reject reason or expected flags)
ROWS = [
    ("D1", "Good", "41.0", "75.0", "yes", "2 Mbps", "300", set()),
    ("D2", "Missing", "", "75.0", "yes", "", "", "missing_coordinates"),
    ("D3", "Garbage", "abc", "75.0", "yes", "", "", "unparseable_coordinates"),
    ("D4", "Zero", "0", "0", "yes", "", "", "zero_coordinates"),
    ("D5", "Range", "95.5", "200.1", "yes", "", "", "coordinates_out_of_range"),
    ("D6", "SwapRange", "120.5", "15.2", "yes", "", "", {"latlon_swapped", "outside_boundary"}),
    ("D7", "SwapBoundary", "75.5", "41.5", "yes", "", "", {"latlon_swapped"}),
    ("D8", "Near", f"{NEAR[0]:.7f}", f"{NEAR[1]:.7f}", "yes", "", "", {"near_boundary"}),
    ("D9", "Far", f"{FAR[0]:.7f}", f"{FAR[1]:.7f}", "yes", "", "", {"outside_boundary"}),
    ("DUP", "First", "40.0", "71.0", "no", "", "", {"duplicate_id"}),
    ("DUP", "Second", "40.5", "72.0", "no", "", "", {"duplicate_id"}),
    ("N1", "Школа №7", "42.0", "75.0", "no", "", "", {"duplicate_nearby"}),
    ("N2", "Школа № 7", f"{TWIN[0]:.7f}", f"{TWIN[1]:.7f}", "no", "", "", {"duplicate_nearby"}),
    ("N3", "Гимназия Ала-Тоо", f"{OTHER_NAME[0]:.7f}", f"{OTHER_NAME[1]:.7f}", "no", "", "", set()),
    ("N4", "Школа №7", f"{FAR_TWIN[0]:.7f}", f"{FAR_TWIN[1]:.7f}", "no", "", "", set()),
    ("S1", "Fast", "41.1", "75.1", "yes", "20 Gbps", "", {"speed_implausible"}),
    ("S2", "Big", "41.2", "75.2", "yes", "", "20000", {"students_implausible"}),
    ("S3", "Words", "41.3", "75.3", "maybe", "fast", "many", {"speed_unparseable", "connectivity_unparseable",
                                                              "students_unparseable"}),
    ("S4", "Typo", "41.4", "75.4", "yes", "512 Мбит", "", {"speed_unit_suspect"}),
    ("S5", "Conflict", "41.5", "75.5", "no", "5 Mbps", "", {"connectivity_conflict"}),
    ("S6", "Inferred", "41.6", "75.6", "", "3 Mbps", "", {"connectivity_from_speed"}),
    ("", "NoId", "41.7", "75.7", "yes", "", "", {"missing_id"}),
    ("M1", "DMS", "41°30'00\"N", "75°45'36\"E", "yes", "", "", set()),
]
HEADER = "id,name,lat,lon,connected,speed,students"


def _line(row) -> str:
    return ",".join('"' + cell.replace('"', '""') + '"' for cell in row[:7])


@pytest.fixture
def defects(tmp_path):
    boundary = tmp_path / "boundary.geojson"
    boundary.write_text(json.dumps(BOUNDARY), encoding="utf-8")
    path = tmp_path / "defects.csv"
    path.write_text("\n".join([HEADER] + [_line(row) for row in ROWS]) + "\n", encoding="utf-8")
    return run_import(INPUT=str(path), BOUNDARY=str(boundary), BOUNDARY_TOLERANCE_KM=10.0)


def test_every_defect_rejected_or_flagged_with_its_reason(defects):
    schools, rejected, result = defects
    assert result["ROWS_IN"] == len(ROWS) == result["LOADED"] + result["REJECTED_COUNT"]
    reasons = {r["source_row"]: r["reason"] for r in rejected}
    assert reasons == {number: row[7] for number, row in enumerate(ROWS, start=1) if isinstance(row[7], str)}
    by_row = {s["source_row"]: s for s in schools}
    for number, row in enumerate(ROWS, start=1):
        if not isinstance(row[7], str):
            assert flags(by_row[number]) == row[7], (number, row[1])


def test_rejected_rows_keep_their_raw_values(defects):
    _, rejected, _ = defects
    raw = {r["source_row"]: json.loads(r["raw"]) for r in rejected}
    assert raw[3] == {"id": "D3", "name": "Garbage", "lat": "abc", "lon": "75.0", "connected": "yes", "speed": "",
                      "students": ""}


def test_swaps_are_fixed_and_values_kept_as_typed(defects):
    schools, _, _ = defects
    by_name = {s["school_name"]: s for s in schools}
    assert (by_name["SwapRange"]["lat"], by_name["SwapRange"]["lon"]) == (15.2, 120.5)
    assert (by_name["SwapBoundary"]["lat"], by_name["SwapBoundary"]["lon"]) == (41.5, 75.5)
    assert by_name["Typo"]["download_speed_mbps"] == 512.0
    assert by_name["Fast"]["download_speed_mbps"] == 20_000.0
    assert by_name["Conflict"]["connectivity"] == "no"
    assert by_name["Conflict"]["connectivity_class"] == "no_connection"
    assert by_name["Inferred"]["connectivity"] == "yes"
    assert by_name["DMS"]["lat"] == pytest.approx(41.5) and by_name["DMS"]["lon"] == pytest.approx(75.76)


def test_mixed_encoding_and_field_count_are_flagged_on_their_rows(tmp_path):
    path = tmp_path / "mixed.csv"
    lines = [b"name,lat,lon", "Лицей «Билим»,42.0,74.0".encode(),
             "Школа №2,42.1,74.1".encode("cp1251"), "Школа №3,42.2,74.2,лишнее".encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    schools, _, result = run_import(INPUT=str(path))
    assert result["LOADED"] == 3
    assert [s["school_name"] for s in schools] == ["Лицей «Билим»", "Школа №2", "Школа №3"]
    assert [flags(s) for s in schools] == [set(), {"encoding_mixed"}, {"field_count"}]
    assert schools[2]["src__extra"] == "лишнее"


def test_whole_cp1251_file_is_not_flagged_as_mixed(tmp_path):
    path = tmp_path / "cp1251.csv"
    path.write_bytes("Название;Широта;Долгота\nШкола;42,5;74,5\nМектеп;42,6;74,6\n".encode("cp1251"))
    schools, _, _ = run_import(INPUT=str(path))
    assert [(s["school_name"], s["lat"], s["lon"], s["qa_flags"]) for s in schools] == [
        ("Школа", 42.5, 74.5, ""), ("Мектеп", 42.6, 74.6, "")]


def test_bytes_no_encoding_can_read_are_flagged_and_the_row_kept(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"name,lat,lon\n" + b"Bad \x98 name,42.0,74.0\n" + "Мектеп,42.1,74.1\n".encode())
    schools, _, result = run_import(INPUT=str(path))
    assert result["LOADED"] == 2
    assert [flags(s) for s in schools] == [{"undecodable_bytes"}, set()]
    assert schools[1]["school_name"] == "Мектеп"


def test_an_empty_file_is_a_clear_error_naming_it(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\n\n")
    with pytest.raises(Exception, match=r"empty\.csv.*empty"):
        run_import(INPUT=str(path))


def test_a_file_whose_rows_all_fail_is_an_error_with_reasons_in_words(qgis_app, tmp_path):
    path = tmp_path / "unreadable.csv"
    path.write_text("id,name,lat,lon\n1,A,abc,abc\n2,B,,74.1\n3,C,x,y\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as raised:
        run_import(INPUT=str(path))
    message = str(raised.value)
    assert "unreadable.csv" in message and "3 rows" in message
    assert "coordinates that cannot be read: 2" in message and "no coordinates: 1" in message
    assert "unparseable" not in message and "{" not in message  # words, not codes or JSON
