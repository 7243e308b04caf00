"""Progress over time: dated statistics rows, the connected-schools series and the pipeline burn-down."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

import numpy as np
import pandas as pd

from .area_stats import ConnectivityStats

#: The counts a snapshot keeps, in table column order.
COUNT_COLUMNS = ("schools", "connected", "not_connected", "unknown", "in_pipeline", "hard_to_connect",
                 "students_unconnected")
#: Projections further out than this (a flat or rising pipeline) are not shown.
MAX_PROJECTION_DAYS = 36_525


class Level(str, Enum):
    """Which area a snapshot row describes."""

    NATIONAL = "national"
    ADMIN1 = "admin1"


@dataclass(frozen=True)
class SnapshotRow:
    """One area's counts at one moment: a row of the `connectivity_snapshots` table."""

    taken_at: str
    level: str
    area: str
    counts: tuple[int, ...]

    def as_record(self) -> dict:
        return {"taken_at": self.taken_at, "level": self.level, "area": self.area,
                **dict(zip(COUNT_COLUMNS, self.counts))}


@dataclass(frozen=True)
class BurnDown:
    """Schools still in the pipeline at each snapshot, and when the present pace would empty it."""

    times: list[datetime]
    remaining: list[int]
    schools_per_day: float | None
    projected_done: datetime | None


def _counts(stats: ConnectivityStats) -> tuple[int, ...]:
    return tuple(int(getattr(stats, name)) for name in COUNT_COLUMNS)


def snapshot_rows(national: ConnectivityStats, regions: dict[str, ConnectivityStats],
                  taken_at: datetime) -> list[SnapshotRow]:
    """The national row first, then one row per admin1 region, all stamped with the same time."""
    stamp = taken_at.isoformat(timespec="seconds")
    rows = [SnapshotRow(stamp, Level.NATIONAL.value, "", _counts(national))]
    rows += [SnapshotRow(stamp, Level.ADMIN1.value, name, _counts(stats)) for name, stats in sorted(regions.items())]
    return rows


def connected_series(frame: pd.DataFrame, level: Level = Level.NATIONAL,
                     share: bool = False) -> dict[str, list[tuple[datetime, float]]]:
    """Connected schools over time per area of one level (as a count, or in percent of its schools)."""
    rows = frame[frame["level"] == level.value].sort_values("taken_at")
    series: dict[str, list[tuple[datetime, float]]] = {}
    for area, group in rows.groupby("area", sort=True):
        values = group["connected"].astype(float)
        if share:
            schools = group["schools"].astype(float)
            values = (100.0 * values / schools.where(schools > 0)).fillna(0.0)
        series[str(area)] = [(datetime.fromisoformat(t), float(v)) for t, v in zip(group["taken_at"], values)]
    return series


def burn_down(frame: pd.DataFrame) -> BurnDown:
    """National schools in the pipeline over time; the pace is a least-squares line through them."""
    rows = frame[frame["level"] == Level.NATIONAL.value].sort_values("taken_at")
    times = [datetime.fromisoformat(t) for t in rows["taken_at"]]
    remaining = [int(value) for value in rows["in_pipeline"]]
    if len(times) < 2 or times[-1] == times[0]:
        return BurnDown(times, remaining, None, None)
    days = np.array([(t - times[0]).total_seconds() / 86_400 for t in times])
    slope, intercept = np.polyfit(days, np.array(remaining, dtype=float), 1)
    pace = float(-slope)
    days_to_empty = -intercept / slope if slope < -1e-9 else float("inf")
    done = times[0] + timedelta(days=float(days_to_empty)) if days_to_empty < MAX_PROJECTION_DAYS else None
    return BurnDown(times, remaining, pace, done)
