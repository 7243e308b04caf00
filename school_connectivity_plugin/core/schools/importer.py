"""A national list (rows of text or typed values) turned into the normalised school table and a rejects
table, with the invariant that loaded + rejected == rows in."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd

from ..definitions.codes import QaFlag
from ..definitions.fields import REJECTED_FIELDS, SCHOOL_FIELDS
from ..definitions.schema import CODE_SEPARATOR, Connectivity, PipelineStatus
from . import normalize as nz
from .classes import SpeedThresholds, classify
from .columns import PAIR_FIELD, ColumnResolution, uses_coordinate_pair
from .readers import RowIssue
from .validate import (
    MAX_PLAUSIBLE_SPEED_MBPS,
    MAX_PLAUSIBLE_STUDENTS,
    boundary_flags,
    duplicate_ids,
    duplicates_nearby,
    extent_swaps,
    implausible,
    join_flags,
    list_extent,
    place_points,
)

#: Prefix of the source columns carried after the normalised fields (so nothing the ministry typed is lost
#: and no source name collides with a normalised one).
SOURCE_PREFIX = "src_"
#: Text fields whose blanks are filled from the field's other alias columns; ids are not (they would mix
#: id namespaces), nor values that are parsed.
FALLBACK_FIELDS = ("school_name", "admin1", "admin2")
#: Joins the type and ISP texts into one key so each distinct pair is parsed once.
_PAIR_SEPARATOR = "\u001f"
#: Pipeline words (en/ru/ky) to statuses; anything else is not in the pipeline.
PIPELINE_WORDS: dict[str, PipelineStatus] = {
    "planned": PipelineStatus.PLANNED, "запланировано": PipelineStatus.PLANNED, "пландалган": PipelineStatus.PLANNED,
    "contracted": PipelineStatus.CONTRACTED, "контракт": PipelineStatus.CONTRACTED,
    "in_progress": PipelineStatus.IN_PROGRESS, "in progress": PipelineStatus.IN_PROGRESS,
    "в процессе": PipelineStatus.IN_PROGRESS, "в работе": PipelineStatus.IN_PROGRESS,
    "connected": PipelineStatus.CONNECTED, "подключено": PipelineStatus.CONNECTED,
}


@dataclass
class ImportResult:
    """Loaded schools (SCHOOL_FIELDS then src_ columns), rejects (REJECTED_FIELDS) and flag counts."""

    schools: pd.DataFrame
    rejected: pd.DataFrame
    rows_in: int
    flag_counts: Counter = field(default_factory=Counter)


def _map_values(series: pd.Series, parse: Callable[[object], object]) -> np.ndarray:
    """`parse` applied once per distinct value (lists repeat the same few texts thousands of times)."""
    codes, uniques = pd.factorize(series)
    lookup = np.empty(len(uniques) + 1, dtype=object)
    for index, value in enumerate(uniques):
        lookup[index] = parse(value)
    lookup[-1] = parse(None)  # factorize codes missing values as -1, the last slot
    return lookup[codes]


def _column(frame: pd.DataFrame, resolution: ColumnResolution, name: str) -> pd.Series:
    column = resolution.column(name)
    if column is None:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame[column]


def _text_with_fallbacks(frame: pd.DataFrame, resolution: ColumnResolution, name: str) -> np.ndarray:
    """A text field, blanks filled from the field's other alias columns (name_ru blank -> name_en)."""
    values = _text(_column(frame, resolution, name))
    if name in FALLBACK_FIELDS:
        for column in resolution.fallbacks.get(name, []):
            blank = values == ""
            if not blank.any():
                break
            values[blank] = _text(frame[column])[blank]
    return values


def _text(series: pd.Series) -> np.ndarray:
    """Cells as clean text."""
    return _map_values(series, nz.clean_text)


def _coordinates(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Degrees and understood-mask; plain decimals (with point or comma) vectorised, the rest parsed per value."""
    text = pd.Series(_text(series), index=series.index)
    values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").to_numpy(dtype=float)
    ok = np.ones(values.shape, dtype=bool)
    pending = np.flatnonzero(np.isnan(values) & (text != "").to_numpy())
    if pending.size:
        parsed = _map_values(text.iloc[pending], nz.parse_coordinate)
        values[pending] = [p.value for p in parsed]
        ok[pending] = [p.ok for p in parsed]
    return values, ok


def _raw_json(frame: pd.DataFrame, rows: np.ndarray) -> list[str]:
    """The rejected rows as they were, as JSON objects (column -> text), so a user can fix and re-import."""
    records = frame.iloc[rows].to_dict(orient="records")
    return [json.dumps({key: nz.clean_text(value) for key, value in record.items()}, ensure_ascii=False)
            for record in records]


class _Flags:
    """QA flag masks of one import, OR-ed as checks add to them."""

    def __init__(self, size: int):
        self.size = size
        self.masks: dict[QaFlag, np.ndarray] = {}

    def add(self, code: QaFlag, mask) -> None:
        self.masks[code] = self.masks.get(code, np.zeros(self.size, dtype=bool)) | np.asarray(mask, dtype=bool)

    def add_issues(self, issues: list[RowIssue], source_row: np.ndarray) -> None:
        """Reader issues (by source_row) as flags of their rows."""
        rows_by_code: dict[str, list[int]] = {}
        for issue in issues:
            rows_by_code.setdefault(issue.code, []).append(issue.row)
        for code, rows in rows_by_code.items():
            self.add(QaFlag(code), np.isin(source_row, rows))

    def joined(self) -> np.ndarray:
        return join_flags(self.masks, self.size, CODE_SEPARATOR)


def _placement(frame: pd.DataFrame, resolution: ColumnResolution, boundary, tolerance_km: float,
               flags: _Flags, extent: tuple | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Latitude, longitude (swaps fixed: by the boundary, else by the list's own extent) and the reject reason
    per row ("" = placed)."""
    if uses_coordinate_pair(resolution.columns):
        pairs = _map_values(_column(frame, resolution, PAIR_FIELD), nz.parse_coordinate_pair)
        lat, lon = (np.array([pair[i].value for pair in pairs], dtype=float) for i in (0, 1))
        lat_ok = lon_ok = np.array([pair[0].ok for pair in pairs], dtype=bool)
    else:
        lat, lat_ok = _coordinates(_column(frame, resolution, "latitude"))
        lon, lon_ok = _coordinates(_column(frame, resolution, "longitude"))
    lat, lon, reason, swapped = place_points(lat, lon, lat_ok, lon_ok)
    flags.add(QaFlag.LATLON_SWAPPED, swapped)
    if boundary:
        lat, lon, swapped_in, near, outside = boundary_flags(lat, lon, boundary, tolerance_km, reason == "")
        flags.add(QaFlag.LATLON_SWAPPED, swapped_in)
        flags.add(QaFlag.NEAR_BOUNDARY, near)
        flags.add(QaFlag.OUTSIDE_BOUNDARY, outside)
        return lat, lon, reason
    extent = extent or list_extent(lat, lon, reason == "")
    if extent is not None:
        swapped = extent_swaps(lat, lon, reason == "", extent)
        lat[swapped], lon[swapped] = lon[swapped].copy(), lat[swapped].copy()
        flags.add(QaFlag.LATLON_SWAPPED, swapped)
    return lat, lon, reason


def _ids_and_names(frame: pd.DataFrame, resolution: ColumnResolution) -> tuple[np.ndarray, np.ndarray]:
    return _text(_column(frame, resolution, "school_id")), _text_with_fallbacks(frame, resolution, "school_name")


@dataclass
class ListChecks:
    """Checks that compare rows with every other row of the list, made once over all its chunks
    (row i of each mask is source_row i + 1)."""

    duplicate_id: np.ndarray
    duplicate_nearby: np.ndarray
    #: Where the bulk of the whole list lies (validate.list_extent), to find swapped rows in any chunk.
    extent: tuple | None = None

    @classmethod
    def of(cls, lat: np.ndarray, lon: np.ndarray, placed: np.ndarray, ids: np.ndarray,
           names: np.ndarray) -> ListChecks:
        return cls(duplicate_id=placed & duplicate_ids(np.where(placed, ids, "")),
                   duplicate_nearby=duplicates_nearby(np.where(placed, lat, np.nan), lon, names),
                   extent=list_extent(lat, lon, placed))

    def rows(self, source_row: np.ndarray) -> ListChecks:
        return ListChecks(self.duplicate_id[source_row - 1], self.duplicate_nearby[source_row - 1], self.extent)


def list_checks(frames: Iterable[pd.DataFrame], resolution: ColumnResolution, boundary=None,
                tolerance_km: float = 10.0) -> ListChecks:
    """The whole-list checks from a first pass over the chunks, keeping only coordinates, ids and names."""
    parts: list[tuple[np.ndarray, ...]] = []
    for frame in frames:
        if len(frame) and frame.index[0] != 1 + sum(len(part[0]) for part in parts):
            raise AssertionError("chunks must come in source_row order")
        lat, lon, reason = _placement(frame, resolution, boundary, tolerance_km, _Flags(len(frame)))
        parts.append((lat, lon, reason == "", *_ids_and_names(frame, resolution)))
    if not parts:
        return ListChecks(np.zeros(0, dtype=bool), np.zeros(0, dtype=bool))
    return ListChecks.of(*(np.concatenate(column) for column in zip(*parts)))


def _identity(frame: pd.DataFrame, resolution: ColumnResolution, lat: np.ndarray, lon: np.ndarray,
              placed: np.ndarray, flags: _Flags, checks: ListChecks | None) -> tuple[np.ndarray, np.ndarray]:
    """Ids and names, with blanks and duplicates flagged (only blanks of a column the list has)."""
    ids, names = _ids_and_names(frame, resolution)
    flags.add(QaFlag.MISSING_ID, (ids == "") & (resolution.column("school_id") is not None))
    flags.add(QaFlag.MISSING_NAME, (names == "") & (resolution.column("school_name") is not None))
    if checks is None:
        checks = ListChecks.of(lat, lon, placed, ids, names)
    flags.add(QaFlag.DUPLICATE_ID, checks.duplicate_id)
    flags.add(QaFlag.DUPLICATE_NEARBY, checks.duplicate_nearby)
    return ids, names


def _connectivity(frame: pd.DataFrame, resolution: ColumnResolution, speed_factor: float,
                  flags: _Flags) -> tuple[np.ndarray, np.ndarray]:
    """yes/no/unknown and Mbps; a speed > 0 with no yes/no means connected (flagged)."""
    parsed = _map_values(_column(frame, resolution, "connectivity"), nz.parse_yes_no)
    connectivity = np.array([p.value.value for p in parsed], dtype=object)
    flags.add(QaFlag.CONNECTIVITY_UNPARSEABLE, [not p.ok for p in parsed])
    speeds = _map_values(_column(frame, resolution, "download_speed"),
                         lambda value: nz.parse_speed(value, speed_factor))
    speed = np.array([s.mbps for s in speeds], dtype=float)
    flags.add(QaFlag.SPEED_UNPARSEABLE, [not s.ok for s in speeds])
    flags.add(QaFlag.SPEED_UNIT_SUSPECT, [s.unit_suspect for s in speeds])
    flags.add(QaFlag.SPEED_IMPLAUSIBLE, implausible(speed, MAX_PLAUSIBLE_SPEED_MBPS))
    fast = np.isfinite(speed) & (speed > 0)
    inferred = fast & (connectivity == Connectivity.UNKNOWN.value)
    connectivity[inferred] = Connectivity.YES.value
    flags.add(QaFlag.CONNECTIVITY_FROM_SPEED, inferred)
    flags.add(QaFlag.CONNECTIVITY_CONFLICT, fast & (connectivity == Connectivity.NO.value))
    return connectivity, speed


def _profile(frame: pd.DataFrame, resolution: ColumnResolution, flags: _Flags) -> dict[str, object]:
    """Students, area type, connection type (type column, then ISP text) and pipeline status."""
    students_parsed = _map_values(_column(frame, resolution, "num_students"), nz.parse_count)
    students = np.array([p.value for p in students_parsed], dtype=float)
    flags.add(QaFlag.STUDENTS_UNPARSEABLE, [not p.ok for p in students_parsed])
    flags.add(QaFlag.STUDENTS_IMPLAUSIBLE, implausible(students, MAX_PLAUSIBLE_STUDENTS))
    areas = _map_values(_column(frame, resolution, "area_type"), nz.parse_area_type)
    flags.add(QaFlag.AREA_TYPE_UNPARSEABLE, [not p.ok for p in areas])
    type_text = pd.Series(_text(_column(frame, resolution, "connectivity_type")), index=frame.index)
    isp_text = pd.Series(_text(_column(frame, resolution, "isp")), index=frame.index)
    kinds = _map_values(type_text + _PAIR_SEPARATOR + isp_text,
                        lambda text: nz.parse_connectivity_type(*(text or "").split(_PAIR_SEPARATOR)))
    pipeline = _map_values(_column(frame, resolution, "pipeline_status"),
                           lambda value: PIPELINE_WORDS.get(nz.clean_text(value).casefold(), PipelineStatus.NONE))
    return {"num_students": students, "area_type": [p.value.value for p in areas],
            "connectivity_type": [kind.value for kind in kinds], "pipeline_status": [p.value for p in pipeline]}


def build_schools(frame: pd.DataFrame, resolution: ColumnResolution, thresholds: SpeedThresholds,
                  boundary: list[list[np.ndarray]] | None = None, tolerance_km: float = 10.0,
                  speed_factor: float = 1.0, issues: list[RowIssue] | None = None,
                  checks: ListChecks | None = None) -> ImportResult:
    """Normalise, validate and classify every row of `frame` (index = source_row); reject only the unplaceable.

    `speed_factor` converts unit-less speed values to Mbps (from the speed column's header, e.g. "Кбит/с").
    `frame` may be one chunk of a longer list: `checks` (from `list_checks`) then holds the duplicate checks
    made over the whole list; without it they are made within `frame`."""
    size = len(frame)
    source_row = np.asarray(frame.index, dtype=np.int64)
    flags = _Flags(size)
    lat, lon, reason = _placement(frame, resolution, boundary, tolerance_km, flags,
                                  checks.extent if checks is not None else None)
    placed = reason == ""
    ids, names = _identity(frame, resolution, lat, lon, placed, flags,
                           checks.rows(source_row) if checks is not None else None)
    connectivity, speed = _connectivity(frame, resolution, speed_factor, flags)
    profile = _profile(frame, resolution, flags)
    flags.add_issues(issues or [], source_row)
    schools = pd.DataFrame({
        "school_id": ids, "school_name": names,
        "admin1": _text_with_fallbacks(frame, resolution, "admin1"),
        "admin2": _text_with_fallbacks(frame, resolution, "admin2"),
        "latitude": lat, "longitude": lon, "connectivity": connectivity, "download_speed_mbps": speed,
        "connectivity_class": classify(connectivity, speed, thresholds),
        "qa_flags": flags.joined(), "source_row": source_row, **profile,
    })[list(SCHOOL_FIELDS)]
    for column in frame.columns:
        schools[SOURCE_PREFIX + str(column)] = _text(frame[column])
    rejected = pd.DataFrame({"source_row": source_row[~placed], "reason": reason[~placed],
                             "raw": _raw_json(frame, np.flatnonzero(~placed))}, columns=list(REJECTED_FIELDS))
    loaded = schools[placed].reset_index(drop=True)
    if len(loaded) + len(rejected) != size:
        raise AssertionError(f"rows lost: {len(loaded)} loaded + {len(rejected)} rejected != {size} rows in")
    counts = Counter(code for text in loaded["qa_flags"] for code in text.split(CODE_SEPARATOR) if code)
    return ImportResult(schools=loaded, rejected=rejected, rows_in=size, flag_counts=counts)


def speed_factor_from_header(header: str | None) -> float:
    """Mbps factor of a unit named in the speed column's header ("Скорость, Кбит/с"); Mbps when none."""
    factor = nz.unit_factor(header) if header else None
    return 1.0 if factor is None else factor
