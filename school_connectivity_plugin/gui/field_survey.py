"""The dock's field-survey action: pick the packages field teams brought back and merge them into the school layer,
in the background like every step; what was listed instead of applied is one click away."""
from __future__ import annotations

import weakref
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ..processing.workflow import Stage


class FieldSurveyPanel(QWidget):
    """A 'Merge field surveys…' button and the last merge's outcome; runs Stage.FIELD through the dock."""

    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self._dock = weakref.ref(dock)  # (no cycle: the dock owns this panel)
        self.conflicts_file: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(QgsApplication.getThemeIcon("/mActionFileOpen.svg"),
                                  self.tr("Merge field surveys…"), self)
        self.button.setObjectName("mergeFieldButton")
        self.button.setToolTip(self.tr("Bring back field packages edited offline in QField or QGIS: their surveys "
                                       "update the school layer; deletions, moves and additions are only listed"))
        self.button.clicked.connect(self.ask)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("mergeFieldOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.linkActivated.connect(self._open_conflicts)
        row.addWidget(self.button)
        row.addWidget(self.outcome, 1)

    @property
    def dock(self):
        """The dock this panel belongs to."""
        return self._dock()

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("FieldSurveyPanel", message)

    def ask(self) -> None:
        """Ask for the packages, then merge them (nothing happens without)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Field packages to merge"), "",
                                                self.tr("Field packages (*.gpkg)"))
        if paths:
            self.merge(paths)

    def merge(self, packages: list[str]):
        """Merge the packages into the dock's school layer; the chain, or None when it cannot start."""
        if self.dock.chain is not None:
            self.outcome.setText(self.tr("Another step is running; merge when it has ended."))
            return None
        chain = self.dock.run_step(Stage.FIELD, packages=list(packages))
        if chain is not None:
            self.outcome.setText(self.tr("Merging {count} packages…").format(count=len(packages)))
            chain.finished.connect(lambda ok, results: self._merged(ok, results))
        return chain

    def _merged(self, ok: bool, results: dict) -> None:
        merged = next(iter(results.values()), {}) if ok else {}
        if not merged:
            self.outcome.setText(self.tr("The merge did not run to the end; nothing was changed."))
            return
        self.conflicts_file = Path(merged["OUTPUT_CONFLICTS"])
        self.outcome.setText(self.tr("{updated} schools updated, {changes} changes; <a href='#'>{conflicts} listed "
                                     "for review</a>").format(updated=int(merged["UPDATED"]),
                                                              changes=int(merged["CHANGES"]),
                                                              conflicts=int(merged["CONFLICTS"])))

    def _open_conflicts(self, _link: str) -> None:
        if self.conflicts_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.conflicts_file)))
