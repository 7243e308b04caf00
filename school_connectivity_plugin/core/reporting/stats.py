"""Where the country stands: the counts every summary, dock and map panel shows."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..definitions.schema import CODE_SEPARATOR, IN_PIPELINE, Connectivity, ConnectivityClass
from .area_stats import ConnectivityStats


def _column(schools: pd.DataFrame, name: str, default) -> pd.Series:
    return schools[name] if name in schools.columns else pd.Series(default, index=schools.index)


#: Pipeline statuses that count as pending work.
_PENDING = frozenset(status.value for status in IN_PIPELINE)
_CLASS = "class:"
_REASON = "reason:"


def _indicators(schools: pd.DataFrame) -> pd.DataFrame:
    """One numeric column per count, so the nation and any grouping are summed in one vectorised pass."""
    connectivity = _column(schools, "connectivity", Connectivity.UNKNOWN.value).fillna(Connectivity.UNKNOWN.value)
    pipeline = _column(schools, "pipeline_status", "").fillna("")
    hard = _column(schools, "hard_to_connect", False).fillna(False).astype(bool)
    students = pd.to_numeric(_column(schools, "num_students", np.nan), errors="coerce")
    classes = _column(schools, "connectivity_class", ConnectivityClass.UNKNOWN.value).fillna(
        ConnectivityClass.UNKNOWN.value
    )
    reasons = _column(schools, "hard_reasons", "").fillna("").astype(str)
    not_connected = connectivity == Connectivity.NO.value
    table = pd.DataFrame({
        "schools": np.ones(len(schools), dtype=np.int64),
        "connected": connectivity == Connectivity.YES.value,
        "not_connected": not_connected,
        "unknown": connectivity == Connectivity.UNKNOWN.value,
        "in_pipeline": pipeline.isin(_PENDING),
        "hard_to_connect": hard,
        "students_unconnected": students.fillna(0).where(not_connected, 0),
        "unconnected_without_students": not_connected & students.isna(),
    }, index=schools.index)
    for cls in ConnectivityClass:
        table[_CLASS + cls.value] = classes == cls.value
    combination, combinations = pd.factorize(reasons)  # a few distinct reason lists, millions of schools
    rows_with: dict[str, list[int]] = {}
    for position, text in enumerate(combinations):
        for code in filter(None, str(text).split(CODE_SEPARATOR)):
            rows_with.setdefault(code, []).append(position)
    for code in sorted(rows_with):  # reasons count for flagged schools only, so they add up to the flag
        table[_REASON + code] = np.isin(combination, rows_with[code]) & hard.to_numpy()
    return table


def _from_totals(totals: pd.Series) -> ConnectivityStats:
    """ConnectivityStats from the summed indicator columns of one area."""
    return ConnectivityStats(
        schools=int(totals["schools"]),
        connected=int(totals["connected"]),
        not_connected=int(totals["not_connected"]),
        unknown=int(totals["unknown"]),
        in_pipeline=int(totals["in_pipeline"]),
        hard_to_connect=int(totals["hard_to_connect"]),
        students_unconnected=int(totals["students_unconnected"]),
        unconnected_without_students=int(totals["unconnected_without_students"]),
        by_class={cls.value: int(totals[_CLASS + cls.value]) for cls in ConnectivityClass},
        by_reason={name[len(_REASON):]: int(value) for name, value in sorted(totals.items())
                   if name.startswith(_REASON) and value > 0},
    )


def compute_stats(schools: pd.DataFrame) -> ConnectivityStats:
    """Counts from the normalised fields; missing analysis fields count as zero."""
    return _from_totals(_indicators(schools).sum())


def stats_by(schools: pd.DataFrame, column: str) -> dict[str, ConnectivityStats]:
    """The same counts per value of an admin column (empty names grouped as '')."""
    return {key[0]: stats for key, stats in stats_by_columns(schools, [column]).items()}


def stats_by_columns(schools: pd.DataFrame, columns: list[str]) -> dict[tuple[str, ...], ConnectivityStats]:
    """The same counts per combination of admin columns (e.g. admin1 and admin2), empty names as '', in one pass."""
    if schools.empty:
        return {}
    keys = [_column(schools, name, "").fillna("").astype(str).rename(name) for name in columns]
    totals = _indicators(schools).groupby(keys, sort=True).sum()
    return {
        tuple(str(part) for part in (key if isinstance(key, tuple) else (key,))): _from_totals(row)
        for key, row in totals.iterrows()
    }
