"""Field packages merged into the school list: each school takes its surveys in time order (the latest surveyed_at
wins field by field), disagreements are listed, and nothing is deleted, moved or added silently. A survey at or
before the time the list already holds for the school is not applied again, so merging twice changes nothing."""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..definitions.codes import ConnectivitySource, FieldConflict
from ..definitions.defaults import MOVE_THRESHOLD_M
from ..definitions.fields import (
    FIELD_CHANGE_COLUMNS,
    FIELD_CONFLICT_COLUMNS,
    MERGED_FIELDS,
    SURVEY_KEY,
    SURVEYED_SCHOOL_FIELDS,
)
from ..errors import InputError
from ..network.geodesy import geodesic_distance
from ..schools.classes import SpeedThresholds, classify
from .keys import id_text, parse_time, survey_keys, time_text
from .survey import Conflict, Survey, read_survey

#: A package shares at least this share of its schools with the school list, or it was made from another list.
MIN_SHARED_SHARE = 0.5
#: Fields a merge writes, in the order field_changes.csv lists them.
OUTPUT_FIELDS: dict[str, type] = {**SURVEYED_SCHOOL_FIELDS, **MERGED_FIELDS}
#: Set by every survey; a disagreement is about the other fields.
_BOOKKEEPING = frozenset({"surveyed_at", "surveyor", "survey_package", "connectivity_source"})


@dataclass
class FieldPackage:
    """One field package read back: its school features as edited (SURVEY_KEY, school_id, survey fields,
    longitude, latitude) and where its schools were when it was made (SURVEY_KEY, school_id, longitude, latitude)."""

    name: str
    features: pd.DataFrame
    baseline: pd.DataFrame
    #: The file it was read from, named in errors ('' to name it by `name`).
    source: str = ""


@dataclass
class MergeResult:
    """Every school's merged fields (OUTPUT_FIELDS, one value per school), which schools a survey changed, the
    changes and the conflicts as tables, and counts per package."""

    columns: dict[str, np.ndarray]
    updated: np.ndarray
    changes: pd.DataFrame
    conflicts: pd.DataFrame
    packages: dict[str, dict] = field(default_factory=dict)


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def same_value(old, new) -> bool:
    """Equal as the school list means it: blanks (None, NaN, '') alike, numbers to 1e-9."""
    if _blank(old) or _blank(new):
        return _blank(old) and _blank(new)
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(old, bool):
        return abs(float(old) - float(new)) <= 1e-9
    return str(old) == str(new)


def _text(value) -> str:
    return "" if _blank(value) else str(value)


def check_same_list(name: str, baseline_keys, school_keys: set) -> None:
    """A package made from another school list (or holding no schools) is refused, naming it."""
    keys = [key for key in baseline_keys if not _blank(key)]
    if not keys:
        raise InputError("not a field package of this plugin: it holds no packaged schools", path=name)
    shared = sum(key in school_keys for key in keys)
    if shared < MIN_SHARED_SHARE * len(keys):
        raise InputError(f"made from another school list: only {shared:,} of its {len(keys):,} schools are in "
                         "the school list", path=name)


def _initial_columns(schools: pd.DataFrame) -> dict[str, np.ndarray]:
    columns = {}
    for name, kind in OUTPUT_FIELDS.items():
        if name in schools:
            values = schools[name].to_numpy()
            columns[name] = values.astype(float) if kind is float else values.astype(object).copy()
        else:
            columns[name] = np.full(len(schools), np.nan) if kind is float else np.full(len(schools), None, object)
    return columns


def _package_surveys(package: FieldPackage, index: dict[str, int], move_threshold_m: float
                     ) -> tuple[list[Survey], list[Conflict], dict]:
    """The package's surveys of known schools, and what it lists: added, unknown, duplicated, deleted, moved."""
    name, features, baseline = package.name, package.features, package.baseline
    keys = [id_text(key) for key in features[SURVEY_KEY]] if SURVEY_KEY in features else [""] * len(features)
    ids = [id_text(value) for value in features.get("school_id", pd.Series([None] * len(features)))]
    conflicts: list[Conflict] = []
    surveys: list[Survey] = []
    counts = {"features": len(features), "surveys": 0, "added": 0, "not_in_list": 0, "deleted": 0, "moved": 0}
    seen: dict[str, int] = defaultdict(int)
    for key in keys:
        seen[key] += 1
    where = dict(zip(baseline[SURVEY_KEY].map(id_text), zip(baseline["longitude"], baseline["latitude"])))
    base_ids = dict(zip(baseline[SURVEY_KEY].map(id_text), baseline["school_id"].map(id_text)))
    lon, lat = features["longitude"].to_numpy(float), features["latitude"].to_numpy(float)
    for row, record in enumerate(features.to_dict(orient="records")):
        key, school_id = keys[row], ids[row] or base_ids.get(keys[row], "")
        if not key:
            counts["added"] += 1
            survey, _ = read_survey("", school_id, name, record)
            details = f"new feature at {lon[row]:.6f}, {lat[row]:.6f}" + (
                f" named {record.get('school_name')!r}" if not _blank(record.get("school_name")) else "") + (
                f"; {survey.summary()}" if survey is not None else "") + "; not added to the school list"
            conflicts.append(Conflict(school_id, FieldConflict.ADDED, details, name))
            continue
        if key not in index:
            counts["not_in_list"] += 1
            conflicts.append(Conflict(school_id, FieldConflict.NOT_IN_LIST, f"key {key!r} is not in the school list",
                                      name))
            continue
        if key in where:
            base_lon, base_lat = where[key]
            moved = float(geodesic_distance(base_lon, base_lat, lon[row], lat[row])) if np.isfinite(
                [lon[row], lat[row]]).all() else math.nan
            if not moved <= move_threshold_m:
                counts["moved"] += 1
                to = f"to {lon[row]:.6f}, {lat[row]:.6f}" if math.isfinite(moved) else "its position removed"
                conflicts.append(Conflict(school_id, FieldConflict.MOVED, (
                    f"moved {moved:,.0f} m " if math.isfinite(moved) else "") + f"{to}; position not applied", name))
        survey, problems = read_survey(key, school_id, name, record)
        conflicts += problems
        if survey is not None:
            counts["surveys"] += 1
            surveys.append(survey)
    for key, number in sorted(seen.items()):
        if key and number > 1:
            conflicts.append(Conflict(base_ids.get(key, key), FieldConflict.DUPLICATE,
                                      f"{number} features carry key {key!r}; each was read as a survey", name))
    for key in sorted(set(where) - set(keys)):
        counts["deleted"] += 1
        conflicts.append(Conflict(base_ids.get(key, ""), FieldConflict.DELETED,
                                  "feature deleted in the field; the school is kept in the school list", name))
    return surveys, conflicts, counts


def _disagreement(surveys: list[Survey]) -> Conflict | None:
    """One conflict naming every field the school's surveys set to different values, and which survey won."""
    values: dict[str, dict[str, Survey]] = defaultdict(dict)
    for survey in surveys:
        for name, value in survey.effect().items():
            if name not in _BOOKKEEPING:
                values[name].setdefault(_text(value), survey)
    differing = sorted(name for name, seen in values.items() if len(seen) > 1)
    if not differing:
        return None
    latest = surveys[-1]
    details = "; ".join(survey.summary() for survey in surveys) + " — {fields} differ; latest ({package} {time}) " \
        "applied".format(fields=", ".join(differing), package=latest.package, time=time_text(latest.time))
    packages = ";".join(sorted({survey.package for survey in surveys}))
    return Conflict(latest.school_id, FieldConflict.DISAGREEMENT, details, packages)


def merge_packages(schools: pd.DataFrame, packages: list[FieldPackage], thresholds: SpeedThresholds,
                   move_threshold_m: float = MOVE_THRESHOLD_M) -> MergeResult:
    """Every package's surveys applied to the school table (its order and rows unchanged), with what was listed."""
    keys = survey_keys(schools["school_id"].tolist(),
                       schools["source_row"].tolist() if "source_row" in schools else None)
    index: dict[str, int] = {}
    for position, key in enumerate(keys):
        index.setdefault(key, position)
    surveys: dict[str, list[Survey]] = defaultdict(list)
    conflicts: list[Conflict] = []
    counts = {}
    for package in packages:
        check_same_list(package.source or package.name, package.baseline[SURVEY_KEY].map(id_text), set(index))
        found, listed, counts[package.name] = _package_surveys(package, index, move_threshold_m)
        for survey in found:
            surveys[survey.key].append(survey)
        conflicts += listed
    columns = _initial_columns(schools)
    original = {name: values.copy() for name, values in columns.items()}
    setters: dict[tuple[int, str], Survey] = {}
    updated = np.zeros(len(schools), dtype=bool)
    for key in sorted(surveys):
        group = sorted(surveys[key], key=Survey.rank)
        position = index[key]
        disagreement = _disagreement(group) if len(group) > 1 else None
        if disagreement is not None:
            conflicts.append(disagreement)
        listed_time = parse_time(original["surveyed_at"][position])
        for survey in group:
            if listed_time is not None and survey.time <= listed_time:  # (applied before, or stale)
                stale = group[-1].time < listed_time  # (else a later survey of this merge speaks for the school)
                if stale and any(not same_value(columns[name][position], value)
                                 for name, value in survey.effect().items() if name not in _BOOKKEEPING):
                    conflicts.append(Conflict(survey.school_id, FieldConflict.OLDER_THAN_LIST, (
                        f"{survey.summary()}; the school list holds a survey of "
                        f"{time_text(listed_time)}; not applied"), survey.package))
                continue
            for name, value in {**survey.effect(), "connectivity_source": ConnectivitySource.FIELD_SURVEY.value
                                }.items():
                columns[name][position] = value
                setters[(position, name)] = survey
            setters[(position, "connectivity_class")] = survey
            updated[position] = True
    rows = np.flatnonzero(updated)
    columns["connectivity_class"][rows] = classify(columns["connectivity"][rows],
                                                   columns["download_speed_mbps"][rows], thresholds)
    return MergeResult(columns, updated, _changes(schools, rows, original, columns, setters),
                       _conflict_table(conflicts), counts)


def _changes(schools: pd.DataFrame, rows: np.ndarray, original: dict, columns: dict, setters: dict) -> pd.DataFrame:
    """One row per school field a survey changed, in school order then field order."""
    ids = schools["school_id"].to_numpy(object)
    records = []
    for position in rows.tolist():
        for name in OUTPUT_FIELDS:
            old, new = original[name][position], columns[name][position]
            if same_value(old, new):
                continue
            survey = setters[(position, name)]
            records.append({"school_id": id_text(ids[position]), "field": name, "old": _text(old), "new": _text(new),
                            "surveyor": _text(survey.value("surveyor")), "surveyed_at": time_text(survey.time),
                            "package": survey.package})
    return pd.DataFrame(records, columns=list(FIELD_CHANGE_COLUMNS))


def _conflict_table(conflicts: list[Conflict]) -> pd.DataFrame:
    """The conflicts in one order whatever the order of the packages: by school, kind, package, details."""
    rows = sorted((conflict.row() for conflict in set(conflicts)),
                  key=lambda row: (row["school_id"], row["kind"], row["package"], row["details"]))
    return pd.DataFrame(rows, columns=list(FIELD_CONFLICT_COLUMNS))
