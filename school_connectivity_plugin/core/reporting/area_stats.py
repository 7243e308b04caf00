"""What the counts of one area are, as a record the dock, the maps and the summary share (no pandas: the dock shows
an empty one when QGIS starts); `stats` computes them."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: The school fields the counts are made from (read only these from a layer of millions of schools).
STATS_FIELDS = ("admin1", "admin2", "connectivity", "connectivity_class", "pipeline_status", "hard_to_connect",
                "hard_reasons", "num_students")


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
    #: Unconnected schools whose list gives no number of students (so students_unconnected is a lower bound).
    unconnected_without_students: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def connected_pct(self) -> float:
        return 100.0 * self.connected / self.schools if self.schools else 0.0

    def as_dict(self) -> dict:
        return asdict(self)
