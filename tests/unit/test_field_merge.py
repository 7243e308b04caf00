"""The rules of merging field surveys, on plain tables: the latest survey wins and the disagreement is listed,
nothing is deleted, moved or added silently, a foreign package is refused, and (properties) the order of packages
never matters and merging the result again changes nothing."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyproj import Geod

from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.field.keys import parse_time, survey_keys
from school_connectivity_plugin.core.field.merge import OUTPUT_FIELDS, FieldPackage, merge_packages, same_value
from school_connectivity_plugin.core.schools.classes import PRESET_THRESHOLDS, SpeedPreset

GLOBAL = PRESET_THRESHOLDS[SpeedPreset.GIGA_GLOBAL]


def school_list() -> pd.DataFrame:
    return pd.DataFrame({
        "school_id": ["A", "B", "C", "C", "D", None],
        "source_row": [1, 2, 3, 4, 5, 6],
        "connectivity": ["no", "yes", "unknown", "yes", "no", "unknown"],
        "download_speed_mbps": [np.nan, 5.0, np.nan, 30.0, np.nan, np.nan],
        "connectivity_type": ["unknown", "copper", "unknown", "fiber", "unknown", "unknown"],
        "connectivity_class": ["no_connection", "moderate", "unknown", "good", "no_connection", "unknown"],
    })


def baseline() -> pd.DataFrame:
    keys = survey_keys(school_list()["school_id"], school_list()["source_row"])
    return pd.DataFrame({"survey_key": keys, "school_id": school_list()["school_id"],
                         "longitude": [74.0, 74.1, 74.2, 74.3, 74.4, 74.5], "latitude": [42.0] * 6})


def package(name: str, surveys: dict[str, dict], drop: tuple[str, ...] = (), moves: dict | None = None,
            added: list[dict] | None = None) -> FieldPackage:
    """The baseline's features with the given surveys (by key), some deleted, some moved, some added."""
    features = baseline()
    features = features[~features["survey_key"].isin(drop)].reset_index(drop=True)
    for column in ("survey_connectivity", "survey_download_mbps", "survey_technology", "surveyed_at", "surveyor"):
        features[column] = None
    for key, values in surveys.items():
        for column, value in values.items():
            features.loc[features["survey_key"] == key, column] = value
    for key, (lon, lat) in (moves or {}).items():
        features.loc[features["survey_key"] == key, ["longitude", "latitude"]] = [lon, lat]
    if added:
        features = pd.concat([features, pd.DataFrame(added)], ignore_index=True)
    return FieldPackage(name, features, baseline())


def merged(schools: pd.DataFrame, result) -> pd.DataFrame:
    out = schools.copy()
    for name, values in result.columns.items():
        out[name] = values
    return out


def test_keys_name_one_school_each_even_with_duplicate_or_missing_ids():
    assert list(survey_keys(["A", "C", "C", None, 17.0], [1, 3, 4, 6, None])) == ["A", "C#3", "C#4", "#6", "17"]


def test_times_compare_in_utc_to_the_second():
    assert parse_time("2024-05-02T10:00:00+06:00") == parse_time("2024-05-02 04:00:00.700")
    assert parse_time("") is None and parse_time("yesterday") is None and parse_time(float("nan")) is None


def test_surveys_are_applied_and_classes_recomputed():
    schools = school_list()
    team = package("team1.gpkg", {"A": {"survey_connectivity": "yes", "survey_download_mbps": 25.0,
                                            "survey_technology": "fiber", "surveyed_at": "2024-05-01T10:00:00",
                                            "surveyor": "Aida"}})
    result = merge_packages(schools, [team], GLOBAL)
    out = merged(schools, result)
    row = out.iloc[0]
    assert (row.connectivity, row.download_speed_mbps, row.connectivity_type, row.connectivity_class) == (
        "yes", 25.0, "fiber", "good")
    assert (row.connectivity_source, row.surveyed_at, row.surveyor, row.survey_package) == (
        "field_survey", "2024-05-01T10:00:00", "Aida", "team1.gpkg")
    assert list(result.updated) == [True, False, False, False, False, False]
    changed = result.changes.set_index("field")
    assert set(changed.index) == {"connectivity", "download_speed_mbps", "connectivity_type", "connectivity_class",
                                  "connectivity_source", "surveyed_at", "surveyor", "survey_package"}
    assert tuple(changed.loc["connectivity_class", ["old", "new", "surveyor", "package"]]) == (
        "no_connection", "good", "Aida", "team1.gpkg")
    assert result.conflicts.empty


def test_the_latest_survey_wins_and_the_disagreement_is_listed():
    early = package("north.gpkg", {"B": {"survey_connectivity": "yes", "survey_download_mbps": 50.0,
                                             "surveyed_at": "2024-05-03T09:00:00", "surveyor": "Aida"}})
    late = package("south.gpkg", {"B": {"survey_connectivity": "no", "surveyed_at": "2024-05-04T09:00:00+06:00",
                                            "surveyor": "Bakyt"}})
    result = merge_packages(school_list(), [late, early], GLOBAL)
    row = merged(school_list(), result).iloc[1]
    assert (row.connectivity, row.connectivity_class, row.surveyor) == ("no", "no_connection", "Bakyt")
    assert math.isnan(row.download_speed_mbps), "a school without internet keeps no old speed"
    [conflict] = result.conflicts.to_dict(orient="records")
    assert (conflict["school_id"], conflict["kind"], conflict["package"]) == ("B", "disagreement",
                                                                                "north.gpkg;south.gpkg")
    assert "latest (south.gpkg 2024-05-04T03:00:00) applied" in conflict["details"]


def test_deleted_moved_added_and_unknown_features_are_listed_not_applied():
    team = package("team.gpkg", {"D": {"survey_connectivity": "yes", "surveyed_at": "2024-05-01T08:00:00"}},
                   drop=("C#3",), moves={"D": (74.41, 42.0), "B": (74.1003, 42.0)},
                   added=[{"survey_key": None, "school_name": "New school", "longitude": 75.0, "latitude": 41.5,
                               "survey_connectivity": "no", "surveyed_at": "2024-05-01T09:00:00"},
                          {"survey_key": "ZZ", "school_id": "ZZ", "longitude": 75.0, "latitude": 41.5}])
    result = merge_packages(school_list(), [team], GLOBAL)
    kinds = sorted(zip(result.conflicts["school_id"], result.conflicts["kind"]))
    assert kinds == [("", "added_in_field"), ("C", "deleted_in_field"), ("D", "moved_in_field"),
                     ("ZZ", "not_in_school_list")], "B moved 25 m, under the threshold"
    moved = result.conflicts[result.conflicts["kind"] == "moved_in_field"]["details"].item()
    metres = Geod(ellps="WGS84").inv(74.4, 42.0, 74.41, 42.0)[2]
    assert moved.startswith(f"moved {metres:,.0f} m to 74.410000, 42.000000")
    assert "New school" in result.conflicts[result.conflicts["kind"] == "added_in_field"]["details"].item()
    assert result.updated.sum() == 1 and merged(school_list(), result).iloc[3].connectivity == "yes"
    assert result.packages["team.gpkg"] == {"features": 7, "surveys": 1, "added": 1, "not_in_list": 1,
                                            "deleted": 1, "moved": 1}


def test_values_not_understood_and_surveys_without_time_are_listed():
    team = package("t.gpkg", {"A": {"survey_connectivity": "perhaps", "survey_download_mbps": -3,
                                        "survey_technology": "оптика", "surveyed_at": "2024-05-01"},
                              "B": {"survey_connectivity": "yes"}})
    result = merge_packages(school_list(), [team], GLOBAL)
    kinds = dict(zip(result.conflicts["school_id"], result.conflicts["kind"]))
    assert kinds == {"A": "invalid_value", "B": "no_surveyed_at"}
    assert merged(school_list(), result).iloc[0].connectivity_type == "fiber"


@pytest.mark.parametrize("other_ids", [[f"X{i}" for i in range(6)], []])
def test_a_package_of_another_school_list_is_refused_naming_it(other_ids):
    foreign = FieldPackage("/field/other.gpkg", pd.DataFrame(columns=["survey_key", "longitude", "latitude"]),
                           pd.DataFrame({"survey_key": other_ids, "school_id": other_ids,
                                         "longitude": [74.0] * len(other_ids), "latitude": [42.0] * len(other_ids)}))
    with pytest.raises(InputError, match=r"^/field/other\.gpkg: "):
        merge_packages(school_list(), [foreign], GLOBAL)


# --- properties ---

TIMES = [f"2024-05-0{day}T0{hour}:00:00" for day in (1, 2) for hour in (8, 9)]
SURVEY = st.fixed_dictionaries({
    "survey_connectivity": st.sampled_from([None, "yes", "no", "unknown"]),
    "survey_download_mbps": st.sampled_from([None, 0.5, 8.0, 40.0]),
    "survey_technology": st.sampled_from([None, "fiber", "satellite"]),
    "surveyed_at": st.sampled_from(TIMES),
    "surveyor": st.sampled_from(["Aida", "Bakyt"]),
})
PACKAGES = st.lists(st.dictionaries(st.sampled_from(["A", "B", "C#3", "D"]), SURVEY, max_size=4),
                    min_size=1, max_size=4)


def _packages(surveys: list[dict]) -> list[FieldPackage]:
    return [package(f"team{number}.gpkg", found) for number, found in enumerate(surveys)]


def _same_tables(one: pd.DataFrame, other: pd.DataFrame) -> bool:
    return one.shape == other.shape and all(same_value(a, b) for a, b in zip(one.to_numpy().ravel(),
                                                                             other.to_numpy().ravel()))


@given(PACKAGES, st.randoms())
def test_the_order_of_packages_does_not_matter(surveys, random):
    packages = _packages(surveys)
    shuffled = packages[:]
    random.shuffle(shuffled)
    one, other = merge_packages(school_list(), packages, GLOBAL), merge_packages(school_list(), shuffled, GLOBAL)
    for name in OUTPUT_FIELDS:
        assert all(same_value(a, b) for a, b in zip(one.columns[name], other.columns[name])), name
    assert _same_tables(one.changes, other.changes) and _same_tables(one.conflicts, other.conflicts)


@given(PACKAGES)
def test_merging_the_result_again_changes_nothing(surveys):
    packages = _packages(surveys)
    first = merged(school_list(), merge_packages(school_list(), packages, GLOBAL))
    again = merge_packages(first, packages, GLOBAL)
    assert again.changes.empty and not again.updated.any()
    assert _same_tables(merged(first, again)[list(OUTPUT_FIELDS)], first[list(OUTPUT_FIELDS)])


#: Packages of one visit time each, all times different.
TIMED_PACKAGES = st.lists(st.tuples(st.sampled_from(TIMES), st.dictionaries(
    st.sampled_from(["A", "B", "C#3", "D"]), SURVEY, min_size=1, max_size=4)), min_size=1, max_size=4,
    unique_by=lambda item: item[0])


@given(TIMED_PACKAGES)
def test_merging_in_time_order_one_by_one_equals_merging_at_once(timed):
    """Packages merged one after the other, oldest first, give the list merging them together gives."""
    packages = _packages([{key: {**survey, "surveyed_at": time} for key, survey in found.items()}
                          for time, found in timed])
    together = merged(school_list(), merge_packages(school_list(), packages, GLOBAL))
    one_by_one = school_list()
    for _time, item in sorted(zip([time for time, _ in timed], packages), key=lambda pair: pair[0]):
        one_by_one = merged(one_by_one, merge_packages(one_by_one, [item], GLOBAL))
    assert _same_tables(one_by_one[list(OUTPUT_FIELDS)], together[list(OUTPUT_FIELDS)])


def test_a_survey_older_than_the_list_is_listed_not_applied():
    late = package("late.gpkg", {"B": {"survey_connectivity": "no", "surveyed_at": "2024-05-05T09:00:00"}})
    early = package("early.gpkg", {"B": {"survey_connectivity": "yes", "survey_download_mbps": 50.0,
                                         "surveyed_at": "2024-05-01T09:00:00"}})
    after_late = merged(school_list(), merge_packages(school_list(), [late], GLOBAL))
    result = merge_packages(after_late, [early], GLOBAL)
    assert not result.updated.any() and result.changes.empty
    [conflict] = result.conflicts.to_dict(orient="records")
    assert (conflict["school_id"], conflict["kind"], conflict["package"]) == ("B", "older_than_school_list",
                                                                                "early.gpkg")
    assert "holds a survey of 2024-05-05T09:00:00" in conflict["details"]
