"""The value parsers and core rules of the import, including property-based round trips."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from school_connectivity_plugin.core.definitions.schema import Connectivity, ConnectivityType
from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.schools.classes import SpeedPreset, classify, thresholds_for
from school_connectivity_plugin.core.schools.columns import format_column_map, parse_column_map, resolve_columns
from school_connectivity_plugin.core.schools.normalize import (
    parse_area_type,
    parse_connectivity_type,
    parse_coordinate_pair,
    parse_count,
    parse_number,
    parse_speed,
    parse_yes_no,
)
from school_connectivity_plugin.core.schools.readers import sniff_delimiter, unique_headers

#: Unit spellings as lists type them, with their SI factor to Mbps (written out here, not read from the code).
UNIT_SPELLINGS = {"Кбит/с": 1e-3, "кбит/c": 1e-3, "Kbps": 1e-3, "kbit/s": 1e-3, "Кб/с": 1e-3,
                  "Мбит/с": 1.0, "Мбит/c": 1.0, "Mbps": 1.0, "mbit/s": 1.0, "Мбит": 1.0, "Мегабит/с": 1.0,
                  "Гбит/с": 1e3, "Gbps": 1e3, "gbit/s": 1e3}
YES = ["yes", "Yes", "TRUE", "true", "1", "да", "Да", "ДА", "есть", "подключено", "ооба", "Ооба", "бар",
       "connected", "Да, есть"]
NO = ["no", "No", "FALSE", "false", "0", "нет", "Нет", "жок", "Жок", "не подключено", "отсутствует",
      "not connected"]


@settings(max_examples=300, deadline=None)
@given(value=st.decimals(min_value=0, max_value=99_999, places=3), unit=st.sampled_from(sorted(UNIT_SPELLINGS)),
       gap=st.sampled_from(["", " ", "  ", "\u00a0"]), comma=st.booleans())
def test_speed_round_trip(value, unit, gap, comma):
    text = f"{value:f}".replace(".", "," if comma else ".") + gap + unit
    parsed = parse_speed(text)
    assert parsed.ok
    assert parsed.mbps == pytest.approx(float(value) * UNIT_SPELLINGS[unit], rel=1e-12, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(value=st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_speed_without_unit_uses_the_default_factor(value):
    assert parse_speed(repr(value)).mbps == pytest.approx(value)
    assert parse_speed(repr(value), default_factor=1e-3).mbps == pytest.approx(value / 1000)
    assert parse_speed(value).mbps == pytest.approx(value)


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(YES + NO), left=st.sampled_from(["", " ", "  "]), right=st.sampled_from(["", " ", "."]))
def test_yes_no_words(word, left, right):
    expected = Connectivity.YES if word in YES else Connectivity.NO
    parsed = parse_yes_no(left + word + right)
    assert parsed.ok and parsed.value is expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs")), max_size=20))
def test_yes_no_never_fails_and_unknown_is_flagged_unless_blank(text):
    parsed = parse_yes_no(text)
    assert parsed.value in set(Connectivity)
    if parsed.value is Connectivity.UNKNOWN and text.strip():
        assert not parsed.ok or text.strip().casefold() in {"nan", "na", "nd", "none", "null", "unknown"}


@settings(max_examples=200, deadline=None)
@given(value=st.decimals(min_value=-180, max_value=180, places=7), comma=st.booleans())
def test_number_with_decimal_comma(value, comma):
    text = f"{value:f}".replace(".", "," if comma else ".")
    assert parse_number(text).value == pytest.approx(float(value), abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(lat=st.decimals(min_value=-90, max_value=90, places=6), lon=st.decimals(min_value=-180, max_value=180, places=6),
       comma=st.booleans(), separator=st.sampled_from([", ", "; ", " ", "\t", " , "]))
def test_coordinate_pair_round_trip(lat, lon, comma, separator):
    if comma and separator.strip() == ",":
        separator = "; "
    text = separator.join(f"{value:f}".replace(".", "," if comma else ".") for value in (lat, lon))
    parsed_lat, parsed_lon = parse_coordinate_pair(text)
    assert parsed_lat.ok and parsed_lon.ok
    assert (parsed_lat.value, parsed_lon.value) == (pytest.approx(float(lat)), pytest.approx(float(lon)))


def test_blank_and_garbage_values():
    assert math.isnan(parse_speed("-").mbps) and parse_speed("-").ok
    assert math.isnan(parse_speed("быстро").mbps) and not parse_speed("быстро").ok
    assert parse_speed("150/0  Мбит/с").mbps == 150.0
    assert parse_speed("1 024 Кбит/с").mbps == pytest.approx(1.024)
    assert parse_speed("512 Мбит").unit_suspect and not parse_speed("512 Кбит/с").unit_suspect
    assert parse_yes_no(True).value is Connectivity.YES and parse_yes_no(0).value is Connectivity.NO
    assert parse_yes_no("").ok and parse_yes_no("").value is Connectivity.UNKNOWN
    assert not parse_yes_no("может быть").ok
    assert parse_count("1 544").value == 1544 and parse_count("1,544").value == 1544
    assert not parse_count("12.5").ok and not parse_count("-3").ok


@pytest.mark.parametrize("text, expected", [
    ("Оптика", ConnectivityType.FIBER), ("FTTB", ConnectivityType.FIBER), ("GPON", ConnectivityType.FIBER),
    ("оптоволокно", ConnectivityType.FIBER), ("ВОЛС", ConnectivityType.FIBER), ("fibre", ConnectivityType.FIBER),
    ("ADSL", ConnectivityType.COPPER), ("xDSL", ConnectivityType.COPPER), ("медь", ConnectivityType.COPPER),
    ("3G модем", ConnectivityType.CELLULAR), ("LTE", ConnectivityType.CELLULAR),
    ("Модем О!", ConnectivityType.CELLULAR),
    ("GSM", ConnectivityType.CELLULAR), ("Сайма 4G", ConnectivityType.CELLULAR),
    ("радиорелейная", ConnectivityType.P2P), ("WiMAX", ConnectivityType.P2P), ("Microwave", ConnectivityType.P2P),
    ("Радио", ConnectivityType.P2P), ("спутник", ConnectivityType.SATELLITE), ("VSAT", ConnectivityType.SATELLITE),
    ("satellite", ConnectivityType.SATELLITE), ("Кыргызтелеком", ConnectivityType.UNKNOWN),
    ("geo", ConnectivityType.UNKNOWN), ("Geography school network", ConnectivityType.UNKNOWN),
    ("fo", ConnectivityType.UNKNOWN), ("Ак-Нет", ConnectivityType.UNKNOWN), ("", ConnectivityType.UNKNOWN),
    ("оптика, модем", ConnectivityType.FIBER),
])
def test_connectivity_type_whole_words(text, expected):
    assert parse_connectivity_type(text) is expected


def test_area_types():
    assert [parse_area_type(t).value.value for t in ("город", "Село", "urban", "rural", "шаар", "айыл", "г. Ош", "")] \
        == ["urban", "rural", "urban", "rural", "urban", "rural", "urban", "unknown"]


def test_speed_classes_at_the_boundaries():
    speeds = np.array([25.0, 20.0, 5.0, 1.0, 0.999, 0.0, np.nan, np.nan, 3.0])
    connectivity = np.array(["yes", "yes", "yes", "yes", "yes", "unknown", "yes", "no", "no"], dtype=object)
    global_ = classify(connectivity, speeds, thresholds_for(SpeedPreset.GIGA_GLOBAL))
    national = classify(connectivity, speeds, thresholds_for(SpeedPreset.GIGA_NATIONAL))
    assert list(global_) == ["good", "moderate", "moderate", "moderate", "bad", "no_connection", "unknown",
                             "no_connection", "no_connection"]
    assert list(national) == ["good", "good", "good", "moderate", "moderate", "no_connection", "unknown",
                              "no_connection", "no_connection"]
    user = classify(connectivity, speeds, thresholds_for(SpeedPreset.USER, good_mbps=5.0, bad_mbps=2.0))
    assert list(user[:5]) == ["good", "good", "good", "bad", "bad"]
    with pytest.raises(ValueError):
        thresholds_for(SpeedPreset.USER, good_mbps=1.0, bad_mbps=2.0)


def test_column_resolution_words_and_overrides():
    headers = ["№", "Наименование школы", "Скорость интернета, Мбит/с", "Coord N", "Coord E", "Y"]
    resolution = resolve_columns(headers, {"longitude": "Coord E"})
    assert resolution.columns == {"longitude": "Coord E", "school_name": "Наименование школы",
                                  "latitude": "Y", "download_speed": "Скорость интернета, Мбит/с"}
    assert resolution.missing_required == []
    assert resolve_columns(["name"]).missing_required == ["latitude", "longitude"]
    with pytest.raises(InputError, match="nosuch"):
        resolve_columns(headers, {"latitude": "nosuch"})
    with pytest.raises(InputError, match="speedy"):
        resolve_columns(headers, {"speedy": "Y"})
    mapping = {"latitude": "Coord N", "longitude": "E=deg"}
    assert parse_column_map(format_column_map(mapping)) == mapping
    with pytest.raises(InputError):
        parse_column_map("latitude")


def test_reader_helpers():
    assert unique_headers(["name", "name", "", "name"])[0] == ["name", "name_2", "column_3", "name_3"]
    assert sniff_delimiter(["a|b|c\n", "1|2,5|3\n"]) == "|"
    assert sniff_delimiter(["a;b;c\n", "1;2,5;3\n"]) == ";"
    assert sniff_delimiter(["a\tb\n", "1\t2\n"]) == "\t"
