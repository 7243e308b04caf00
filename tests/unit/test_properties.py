"""Properties that must hold for every input, checked with hypothesis: coordinate parsing (degrees-minutes-
seconds, hemisphere letters, decimal commas), the reader and importer never losing a row or crashing on any
bytes, and the geodesy (never negative, zero on the fiber, mirror symmetric, the same in any CRS).

Speeds, yes/no and plain decimals have their round trips in test_import_parsers.py; not repeated here."""
from __future__ import annotations

import math
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pyproj import Geod

from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.network.nearest import FiberIndex, Segments
from school_connectivity_plugin.core.schools.classes import SpeedPreset, thresholds_for
from school_connectivity_plugin.core.schools.columns import resolve_columns
from school_connectivity_plugin.core.schools.importer import build_schools
from school_connectivity_plugin.core.schools.normalize import parse_coordinate
from school_connectivity_plugin.core.schools.readers import read_text_table

GEOD = Geod(ellps="WGS84")
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEMISPHERES = {"N": 1, "E": 1, "S": -1, "W": -1, "С": 1, "В": 1, "Ю": -1, "З": -1}


@FEW
@given(degrees=st.integers(0, 179), minutes=st.integers(0, 59), hundredths=st.integers(0, 5999),
       hemisphere=st.sampled_from(sorted(HEMISPHERES)), style=st.sampled_from(["symbols", "spaces", "colons"]),
       comma=st.booleans())
def test_dms_round_trip(degrees, minutes, hundredths, hemisphere, style, comma):
    seconds = f"{hundredths // 100}.{hundredths % 100:02d}"
    seconds = seconds.replace(".", ",") if comma else seconds
    text = {"symbols": f"{degrees}°{minutes}'{seconds}\"{hemisphere}",
            "spaces": f"{degrees} {minutes} {seconds} {hemisphere}",
            "colons": f"{degrees}:{minutes}:{seconds}{hemisphere}"}[style]
    expected = HEMISPHERES[hemisphere] * (degrees + minutes / 60 + hundredths / 100 / 3600)
    parsed = parse_coordinate(text)
    assert parsed.ok, text
    assert parsed.value == pytest.approx(expected, abs=1e-9)


@FEW
@given(value=st.decimals(min_value=0, max_value=180, places=6), hemisphere=st.sampled_from(sorted(HEMISPHERES)),
       gap=st.sampled_from(["", " ", "°", "° "]), comma=st.booleans())
def test_decimal_degrees_with_a_hemisphere_letter(value, hemisphere, gap, comma):
    text = f"{value}".replace(".", "," if comma else ".") + gap + hemisphere
    parsed = parse_coordinate(text)
    assert parsed.ok, text
    assert parsed.value == pytest.approx(HEMISPHERES[hemisphere] * float(value), abs=1e-12)


@FEW
@given(text=st.text(max_size=30))
def test_any_text_parses_to_a_number_or_is_flagged(text):
    parsed = parse_coordinate(text)
    assert isinstance(parsed.value, float)
    assert parsed.ok or math.isnan(parsed.value)


CELLS = st.one_of(st.text(max_size=12), st.floats(allow_nan=True, allow_infinity=True).map(repr),
                  st.sampled_from(["", "NaN", "inf", "0", "91", "-181", "42,5", "42°30'N", "1e308", "=1+1"]))


@FEW
@given(rows=st.lists(st.tuples(CELLS, CELLS, st.text(max_size=8)), max_size=25))
def test_the_importer_accounts_for_every_row(rows):
    frame = pd.DataFrame(rows, columns=["lat", "lon", "name"], dtype=object)
    frame.index = pd.RangeIndex(1, len(rows) + 1, name="source_row")
    result = build_schools(frame, resolve_columns(list(frame.columns)), thresholds_for(SpeedPreset.GIGA_GLOBAL))
    assert result.rows_in == len(rows) == len(result.schools) + len(result.rejected)
    assert sorted(result.schools["source_row"].tolist() + result.rejected["source_row"].tolist()) == \
        list(range(1, len(rows) + 1))
    assert result.schools["latitude"].between(-90, 90).all() and result.schools["longitude"].between(-180, 180).all()
    assert (result.rejected["reason"] != "").all()


@FEW
@given(data=st.one_of(st.binary(max_size=400),
                      st.text(alphabet="ab,;\t|\"\n\r 1.\x00\x1c\u2028Шк", max_size=200).map(str.encode)))
def test_the_reader_reads_any_bytes_or_names_the_file(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.csv"
        path.write_bytes(data)
        try:
            table = read_text_table(path)
        except InputError as error:
            assert str(path) in str(error)
            return
    assert list(table.rows.index) == list(range(1, len(table.rows) + 1))


LON = st.floats(-179.0, 179.0)
LAT = st.floats(-80.0, 80.0)


def _index(a, b) -> FiberIndex:
    return FiberIndex(Segments(np.array([a[0]]), np.array([a[1]]), np.array([b[0]]), np.array([b[1]]),
                               np.array([0]), np.array([0])))


@FEW
@given(a=st.tuples(LON, LAT), bearing=st.floats(0, 360), length=st.floats(10, 300_000), school=st.tuples(LON, LAT))
@example(a=(0.0, -1.0), bearing=0.0, length=10.0, school=(171.0, 1.0))  # nearly antipodal: chord foot != geodesic's
def test_distance_is_never_negative(a, bearing, length, school):
    b = GEOD.fwd(a[0], a[1], bearing, length)[:2]
    found = _index(a, b).nearest(np.array([school[0]]), np.array([school[1]]))
    assert np.isfinite(found.distance_m[0]) and found.distance_m[0] >= 0
    to_ends = min(GEOD.inv(school[0], school[1], *a)[2], GEOD.inv(school[0], school[1], *b)[2])
    assert found.distance_m[0] <= to_ends + 0.01


@FEW
@given(a=st.tuples(LON, LAT), bearing=st.floats(0, 360), length=st.floats(10, 300_000), fraction=st.floats(0, 1))
def test_a_point_on_the_fiber_is_at_zero(a, bearing, length, fraction):
    b = GEOD.fwd(a[0], a[1], bearing, length)[:2]
    on_lon, on_lat, _ = GEOD.fwd(a[0], a[1], bearing, fraction * length)
    found = _index(a, b).nearest(np.array([on_lon]), np.array([on_lat]))
    assert found.distance_m[0] == pytest.approx(0.0, abs=0.01)


@FEW
@given(a=st.tuples(st.floats(-60, 60), LAT), bearing=st.floats(0, 360), length=st.floats(10, 300_000),
       offset=st.tuples(st.floats(-2, 2), st.floats(-2, 2)), axis=st.floats(-100, 100))
def test_mirror_images_are_equally_far(a, bearing, length, offset, axis):
    """Reflecting everything in a meridian (lon -> 2c - lon) or in the equator keeps every distance."""
    b = GEOD.fwd(a[0], a[1], bearing, length)[:2]
    school = (a[0] + offset[0], max(-85.0, min(85.0, a[1] + offset[1])))
    original = _index(a, b).nearest(np.array([school[0]]), np.array([school[1]])).distance_m[0]
    mirrored = _index((2 * axis - a[0], a[1]), (2 * axis - b[0], b[1])).nearest(
        np.array([2 * axis - school[0]]), np.array([school[1]])).distance_m[0]
    flipped = _index((a[0], -a[1]), (b[0], -b[1])).nearest(np.array([school[0]]), np.array([-school[1]])).distance_m[0]
    assert mirrored == pytest.approx(original, rel=1e-9, abs=1e-3)
    assert flipped == pytest.approx(original, rel=1e-9, abs=1e-3)
