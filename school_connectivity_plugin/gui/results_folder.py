"""Where the dock's steps write: a folder the user chooses once per project, never a temporary one by surprise,
so results survive QGIS closing and a saved project never points at deleted files."""
from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import Qgis, QgsProcessingUtils, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QStandardPaths, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

#: The project entry that remembers the folder (scope, key).
ENTRY = ("SchoolConnectivity", "results_folder")
#: The folder's name beside a saved project, and in the user's documents for an unsaved one.
BESIDE_PROJECT, IN_DOCUMENTS = "school_connectivity_results", "School Connectivity"


def tr(text: str) -> str:
    """Translate in the context pylupdate gives a module-level tr() call."""
    return QCoreApplication.translate("@default", text)


def default_folder(project: QgsProject) -> Path:
    """Beside the saved project, else in the user's documents (never QGIS's temporary folder)."""
    if project.homePath():
        return Path(project.homePath()) / BESIDE_PROJECT
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return Path(documents) / IN_DOCUMENTS


def is_temporary(folder: Path) -> bool:
    """A folder the system or QGIS empties: results there are lost when QGIS closes or the machine restarts."""
    resolved = folder.resolve()
    for temporary in (tempfile.gettempdir(), QgsProcessingUtils.tempFolder()):
        root = Path(temporary).resolve()
        if resolved == root or root in resolved.parents:
            return True
    return False


def results_folder(project: QgsProject) -> Path:
    """The project's results folder: the one chosen for it, else the default."""
    chosen, ok = project.readEntry(*ENTRY, "")
    return Path(chosen) if ok and chosen else default_folder(project)


class ResultsFolderRow(QWidget):
    """"Results: <folder>" with a link that opens it and a button to choose another."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("resultsFolderLabel")
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda _link: self.open())
        row.addWidget(self.label, 1)
        self.choose_button = QToolButton(self)
        self.choose_button.setObjectName("chooseResultsFolder")
        self.choose_button.setText(tr("Change…"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        QgsProject.instance().readProject.connect(self.refresh)
        QgsProject.instance().homePathChanged.connect(self.refresh)
        self.refresh()

    def folder(self) -> Path:
        return results_folder(QgsProject.instance())

    def refresh(self, *_args) -> None:
        folder = self.folder()
        self.label.setText(tr('Results: <a href="open">{folder}</a>').format(folder=str(folder)))
        self.label.setToolTip(tr("Click to open the folder"))

    def open(self) -> None:
        folder = self.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for the results"), str(self.folder()))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path, ask: bool = True) -> bool:
        """Remember the folder in the project; a temporary folder only after the user agreed."""
        if ask and is_temporary(folder) and QMessageBox.warning(
                self, tr("Temporary folder"),
                tr("{folder} is a temporary folder: results written there are lost when QGIS closes or the "
                   "computer restarts. Use it anyway?").format(folder=folder),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) != QMessageBox.Yes:
            return False
        QgsProject.instance().writeEntry(*ENTRY, str(folder))
        self.refresh()
        return True

    def release(self) -> None:
        QgsProject.instance().readProject.disconnect(self.refresh)
        QgsProject.instance().homePathChanged.disconnect(self.refresh)


def push_with_open_folder(iface, title: str, message: str, folder: Path) -> None:
    """A success message with an "Open folder" button, so the results are one click away."""
    bar = iface.messageBar()
    item = bar.createMessage(title, message)
    button = QPushButton(QCoreApplication.translate("SchoolConnectivityDock", "Open folder"))
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    item.layout().addWidget(button)
    bar.pushWidget(item, Qgis.Success, 0)
