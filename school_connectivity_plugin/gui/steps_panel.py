"""The dock's step buttons, two by two, and the status line with its progress bar and Cancel button."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..processing.workflow import STAGE_ALGORITHMS, Stage
from .tasks import input_file_filter

#: Dock buttons: stage -> (object name, label, QGIS theme icon).
STEP_BUTTONS = {
    Stage.IMPORT: ("importButton", QT_TRANSLATE_NOOP("StepsPanel", "Import…"), "/mActionAddLayer.svg"),
    Stage.ANALYSIS: ("analysisButton", QT_TRANSLATE_NOOP("StepsPanel", "Analyse"),
                     "/algorithms/mAlgorithmNearestNeighbour.svg"),
    Stage.PRIORITISE: ("prioritiseButton", QT_TRANSLATE_NOOP("StepsPanel", "Prioritise"), "/sort.svg"),
    Stage.EXPORT: ("exportButton", QT_TRANSLATE_NOOP("StepsPanel", "Export maps"),
                   "/mActionNewLayout.svg"),
}
#: The stages that read a file the user picks, with the dialog's title.
FILE_STAGES = {
    Stage.IMPORT: QT_TRANSLATE_NOOP("StepsPanel", "Import a school list"),
    Stage.PIPELINE: QT_TRANSLATE_NOOP("StepsPanel", "Import the operator's work plan"),
}


class StepsPanel(QWidget):
    """Says which stage the user wants (with the file it reads, for imports) and shows how a running one goes."""

    stageRequested = pyqtSignal(object, object)  # (Stage, file path or None)
    cancelRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_buttons())
        layout.addLayout(self._build_progress())

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("StepsPanel", message)

    def _build_buttons(self) -> QGridLayout:
        """The stages two by two, so the dock stays narrow in every language; each says what it runs."""
        grid = QGridLayout()
        grid.setSpacing(4)
        registry = QgsApplication.processingRegistry()
        self.buttons: dict[Stage, QPushButton] = {}
        for index, (stage, (name, label, icon)) in enumerate(STEP_BUTTONS.items()):
            button = QPushButton(QgsApplication.getThemeIcon(icon), self.tr(label), self)
            button.setObjectName(name)
            algorithms = [registry.algorithmById(alg_id) for alg_id in STAGE_ALGORITHMS[stage]]
            button.setToolTip(" → ".join(alg.displayName() for alg in algorithms if alg is not None))
            button.clicked.connect(lambda _checked, stage=stage: self.request(stage))
            grid.addWidget(button, *divmod(index, 2))
            self.buttons[stage] = button
        imports = QMenu(self.buttons[Stage.IMPORT])
        imports.addAction(self.tr("School list…"), lambda: self.request(Stage.IMPORT))
        imports.addAction(self.tr("Operator's work plan…"), lambda: self.request(Stage.PIPELINE))
        self.buttons[Stage.IMPORT].setMenu(imports)
        return grid

    def _build_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(self.tr("Choose a school layer to begin."), self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancelRequested)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        return row

    def request(self, stage: Stage) -> None:
        """Ask for the stage; a stage that reads a file first asks which one (and nothing happens without)."""
        if stage not in FILE_STAGES:
            self.stageRequested.emit(stage, None)
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr(FILE_STAGES[stage]), "", input_file_filter(stage))
        if path:
            self.stageRequested.emit(stage, path)

    def set_running(self, running: bool) -> None:
        """While a stage runs: no other can start, the bar and Cancel show."""
        for button in self.buttons.values():
            button.setEnabled(not running)
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
