"""Counting a large school layer off the GUI thread, so national-scale layers never freeze QGIS."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qgis.core import QgsTask, QgsVectorLayer, QgsVectorLayerFeatureSource
from qgis.PyQt.QtCore import QCoreApplication

from ..core.reporting.area_stats import STATS_FIELDS, ConnectivityStats
from ..processing.io import reading

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Counts:
    """What the dock shows: the national counts and one entry per area of the chosen grouping."""

    national: ConnectivityStats = field(default_factory=ConnectivityStats)
    areas: dict[tuple[str, ...], ConnectivityStats] = field(default_factory=dict)


def count(frame: pd.DataFrame, columns: list[str]) -> Counts:
    """National and per-area counts of the school table."""
    from ..core.reporting.stats import compute_stats, stats_by_columns

    return Counts(compute_stats(frame), stats_by_columns(frame, columns))


class RecountTask(QgsTask):
    """Reads a snapshot of the layer (taken on the main thread) in a worker thread; never raises in run()."""

    def __init__(self, layer: QgsVectorLayer, fids: list[int] | None, columns: list[str]):
        super().__init__(QCoreApplication.translate("RecountTask", "Counting schools"), QgsTask.CanCancel)
        self.source = QgsVectorLayerFeatureSource(layer)
        self.fids = fids
        self.columns = columns
        self.counts: Counts | None = None
        self.error = ""

    def run(self) -> bool:
        try:
            frame = reading.read_attributes(self.source, STATS_FIELDS, self.fids, feedback=self)
            if self.isCanceled():
                return False
            self.counts = count(frame, self.columns)
            return True
        except Exception as error:
            self.error = str(error)
            return False
