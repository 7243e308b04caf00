"""Progress over time: record dated statistics into a GeoPackage table and chart them."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.reporting.area_stats import ConnectivityStats
from .inputs import SCOPE
from .snapshot_chart import SnapshotChart


class ProgressPanel(QWidget):
    """Where snapshots go (remembered per project), the Record button, the chart and its PNG export."""

    failed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Store in"), self))
        self.store = QgsFileWidget(self)
        self.store.setObjectName("snapshotStore")
        self.store.setStorageMode(QgsFileWidget.SaveFile)
        self.store.setConfirmOverwrite(False)
        self.store.setFilter(self.tr("GeoPackage (*.gpkg);;SQLite database (*.sqlite *.db)"))
        self.store.setToolTip(self.tr("The table connectivity_snapshots is added to this GeoPackage"))
        row.addWidget(self.store, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()  # record and the measure above the chart, its export below: narrow in any language
        self.record_button = QPushButton(self.tr("Record snapshot"), self)
        self.record_button.setObjectName("recordSnapshot")
        self.record_button.setToolTip(self.tr("Store today's statistics, national and per region"))
        self.measure = QComboBox(self)
        self.measure.setObjectName("chartMeasure")
        self.measure.addItem(self.tr("Number"), False)
        self.measure.addItem(self.tr("Share (%)"), True)
        self.measure.currentIndexChanged.connect(lambda: self.chart.set_share(self.measure.currentData()))
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.measure)
        layout.addLayout(buttons)
        self.chart = SnapshotChart(self)
        self.chart.setObjectName("snapshotChart")
        layout.addWidget(self.chart, 1)
        self.export_button = QPushButton(self.tr("Export chart…"), self)
        self.export_button.setObjectName("exportChart")
        export = QHBoxLayout()
        export.addStretch(1)
        export.addWidget(self.export_button)
        layout.addLayout(export)
        self.export_button.clicked.connect(self._ask_export)
        self.store.fileChanged.connect(self._store_changed)
        QgsProject.instance().readProject.connect(self.restore)
        self.restore()

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("ProgressPanel", message)

    def release(self) -> None:
        QgsProject.instance().readProject.disconnect(self.restore)

    def store_path(self) -> str:
        return self.store.filePath().strip()

    def suggest_store(self, path: str | None) -> None:
        """Use the school layer's GeoPackage when the user has not picked a store yet."""
        if path and path.lower().endswith(".gpkg") and not self.store_path():
            self.store.setFilePath(path)

    def record(self, national: ConnectivityStats, regions: dict[str, ConnectivityStats],
               when: datetime | None = None) -> bool:
        """Append a snapshot; False (and a `failed` message) when no store is set or it cannot be written."""
        from ..core.reporting.snapshot_store import write_snapshot
        from ..core.reporting.snapshots import snapshot_rows

        path = self.store_path()
        if not path:
            self.failed.emit(self.tr("Choose where to store snapshots first."))
            return False
        try:
            write_snapshot(path, snapshot_rows(national, regions, when or datetime.now()))
        except (sqlite3.Error, OSError) as error:
            self.failed.emit(self.tr("Cannot write snapshots to {path}: {error}").format(path=path, error=error))
            return False
        self.reload()
        return True

    def reload(self) -> None:
        """The chart from the store; nothing to read (nor pandas to load, as QGIS starts) while there is no store."""
        path = self.store_path()
        if not path or not Path(path).is_file():
            self.chart.set_snapshots(None)
            self.export_button.setEnabled(False)
            return
        from ..core.reporting.snapshot_store import read_snapshots

        try:
            frame = read_snapshots(path)
        except sqlite3.Error as error:
            self.failed.emit(self.tr("Cannot read snapshots from {path}: {error}").format(path=path, error=error))
            return
        self.chart.set_snapshots(frame)
        self.export_button.setEnabled(self.chart.has_snapshots())

    def export_png(self, path: str) -> bool:
        return self.chart.save_png(path)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "", self.tr("PNG image (*.png)"))
        if path and not self.export_png(path if path.lower().endswith(".png") else f"{path}.png"):
            self.failed.emit(self.tr("Cannot write {path}.").format(path=path))

    def _store_changed(self, path: str) -> None:
        QgsProject.instance().writeEntry(SCOPE, "snapshot_store", path)
        self.reload()

    def restore(self, *_args) -> None:
        path, found = QgsProject.instance().readEntry(SCOPE, "snapshot_store", "")
        self.store.blockSignals(True)
        self.store.setFilePath(path if found else "")
        self.store.blockSignals(False)
        self.reload()
