"""The school lists planning pages print and the admin-1 name matching that puts each school on its page."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from ..definitions.fields import FIBER_DISTANCE_M
from ..definitions.schema import CODE_SEPARATOR, Connectivity
from ..network.boundary import nearest_feature, points_in_polygons

#: Columns of a region page's school table, in print order.
TABLE_COLUMNS = ("school_name", "num_students", "fiber_distance_km", "hard_reasons",
                 "recommended_technology", "priority_rank")


def hard_mask(frame: pd.DataFrame) -> pd.Series:
    """Flagged hard to connect by the analysis (no column: none; GeoPackage 0/1 and text true/false read alike)."""
    if "hard_to_connect" not in frame:
        return pd.Series(False, index=frame.index)
    flags = frame["hard_to_connect"]
    if pd.api.types.is_bool_dtype(flags) or pd.api.types.is_numeric_dtype(flags):
        return (flags == 1).astype(bool)
    flagged = {value: str(value).strip().lower() in _TRUE_TEXT for value in flags.dropna().unique()}
    return flags.map(flagged).fillna(False).astype(bool)


#: How a true flag reads as text (a GeoPackage boolean read as 0/1 or 1.0, a CSV's true).
_TRUE_TEXT = frozenset({"true", "1", "1.0"})


def not_connected_mask(frame: pd.DataFrame) -> pd.Series:
    """Schools whose connectivity answer is no."""
    if "connectivity" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["connectivity"].fillna("").astype(str).str.strip().str.lower() == Connectivity.NO.value


def schools_to_list(frame: pd.DataFrame) -> pd.DataFrame:
    """Unconnected or hard-to-connect schools, ranked ones first in rank order, then by name."""
    chosen = frame[not_connected_mask(frame) | hard_mask(frame)]
    table = pd.DataFrame(index=chosen.index)
    for column in TABLE_COLUMNS:
        if column == "fiber_distance_km":
            source = chosen.get(FIBER_DISTANCE_M, np.nan)
            table[column] = pd.to_numeric(source, errors="coerce") / 1000.0
        else:
            table[column] = chosen.get(column, np.nan)
    rank = pd.to_numeric(table["priority_rank"], errors="coerce")
    table["priority_rank"] = rank.where(rank > 0)
    names = table["school_name"].fillna("").astype(str).to_numpy()
    order = np.lexsort((names, table["priority_rank"].fillna(np.inf).to_numpy()))
    return table.iloc[order]


def split_codes(value: object) -> list[str]:
    """Codes of a multi-valued field (`hard_reasons`, `qa_flags`); empty and missing give none."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [code.strip() for code in str(value).split(CODE_SEPARATOR) if code.strip()]


_NAME_NOISE = re.compile(r"\b(oblast|oblasty|region|province|city|область|обл|город|г|шаары|облусу)\b|[\W_]+")


def normalise_region_name(name: object) -> str:
    """Comparable form of an admin-1 name: case, punctuation and words like 'oblast'/'область' dropped."""
    if name is None or (isinstance(name, float) and np.isnan(name)):
        return ""
    return _NAME_NOISE.sub("", str(name).casefold())


def assign_regions(admin1: Iterable[object], lon: np.ndarray, lat: np.ndarray, region_names: Sequence[Sequence[object]],
                   region_polygons: list[list[list[np.ndarray]]]) -> np.ndarray:
    """Region index per school: by admin1 name first, then the polygon holding it, then the nearest border."""
    index = match_regions(admin1, region_names)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    pending = np.flatnonzero((index < 0) & np.isfinite(lon) & np.isfinite(lat))
    for position, polygons in enumerate(region_polygons):
        if pending.size and polygons:
            inside = points_in_polygons(lon[pending], lat[pending], polygons)
            index[pending[inside]] = position
            pending = pending[~inside]
    if pending.size:  # outside every region: the nearest one
        index[pending] = nearest_feature(lon[pending], lat[pending], region_polygons)
    return index


def match_regions(admin1: Iterable[object], region_names: Sequence[Sequence[object]]) -> np.ndarray:
    """Index of the region any of whose names matches each school's admin1 (-1 where none does)."""
    lookup: dict[str, int] = {}
    for index, names in enumerate(region_names):
        for name in names:
            key = normalise_region_name(name)
            if key:
                lookup.setdefault(key, index)
    codes, uniques = pd.factorize(pd.Series(list(admin1), dtype=object))
    found = np.array([lookup.get(normalise_region_name(value), -1) for value in uniques] + [-1], dtype=np.int64)
    return found[codes]
