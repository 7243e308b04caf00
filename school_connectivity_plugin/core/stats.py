"""Where the country stands: the counts every summary, dock and map panel shows."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandas as pd

from .schema import CODE_SEPARATOR, IN_PIPELINE, Connectivity, ConnectivityClass


@dataclass
class ConnectivityStats:
    """Counts for one area (the nation or one admin region)."""

    schools: int = 0
    connected: int = 0
    not_connected: int = 0
    unknown: int = 0
    in_pipeline: int = 0
    hard_to_connect: int = 0
    students_unconnected: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def connected_pct(self) -> float:
        return 100.0 * self.connected / self.schools if self.schools else 0.0

    def as_dict(self) -> dict:
        return asdict(self)


def _column(schools: pd.DataFrame, name: str, default) -> pd.Series:
    return schools[name] if name in schools.columns else pd.Series(default, index=schools.index)


def compute_stats(schools: pd.DataFrame) -> ConnectivityStats:
    """Counts from the normalised fields; missing analysis fields count as zero."""
    connectivity = _column(schools, "connectivity", Connectivity.UNKNOWN.value).fillna(Connectivity.UNKNOWN.value)
    pipeline = _column(schools, "pipeline_status", "").fillna("")
    hard = _column(schools, "hard_to_connect", False).fillna(False).astype(bool)
    students = pd.to_numeric(_column(schools, "num_students", 0), errors="coerce").fillna(0)
    classes = _column(schools, "connectivity_class", ConnectivityClass.UNKNOWN.value).fillna(
        ConnectivityClass.UNKNOWN.value
    )
    reasons = _column(schools, "hard_reasons", "").fillna("").astype(str)
    by_reason: dict[str, int] = {}
    for codes in reasons[reasons != ""]:
        for code in codes.split(CODE_SEPARATOR):
            by_reason[code] = by_reason.get(code, 0) + 1
    not_connected = connectivity == Connectivity.NO.value
    return ConnectivityStats(
        schools=int(len(schools)),
        connected=int((connectivity == Connectivity.YES.value).sum()),
        not_connected=int(not_connected.sum()),
        unknown=int((connectivity == Connectivity.UNKNOWN.value).sum()),
        in_pipeline=int(pipeline.isin({status.value for status in IN_PIPELINE}).sum()),
        hard_to_connect=int(hard.sum()),
        students_unconnected=int(students[not_connected].sum()),
        by_class={cls.value: int((classes == cls.value).sum()) for cls in ConnectivityClass},
        by_reason=dict(sorted(by_reason.items())),
    )


def stats_by(schools: pd.DataFrame, column: str) -> dict[str, ConnectivityStats]:
    """The same counts per value of an admin column (empty names grouped as '')."""
    keys = _column(schools, column, "").fillna("").astype(str)
    return {str(key): compute_stats(group) for key, group in schools.groupby(keys, sort=True)}
