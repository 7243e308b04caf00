"""Lets the user say which sheet of a workbook (or layer of a GeoPackage) holds the school list, before the import."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..core.errors import InputError

if TYPE_CHECKING:
    from ..processing.io.school_files import ListChoices


class SheetDialog(QDialog):
    """One combo of the file's sheets or layers, on the one the import would take by itself."""

    def __init__(self, choices: ListChoices, file_name: str, parent=None):
        super().__init__(parent)
        if choices.layers:
            self.setWindowTitle(self.tr("Choose the layer of the school list"))
            text = self.tr("{file} holds several layers. Choose the one that holds the schools.")
        else:
            self.setWindowTitle(self.tr("Choose the sheet of the school list"))
            text = self.tr("{file} has several sheets. Choose the one that holds the schools; its header may sit "
                           "under a title block.")
        layout = QVBoxLayout(self)
        label = QLabel(text.format(file=file_name), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        for name in choices.names:
            label = self.tr("{name} (coordinates found here)").format(name=name) if name == choices.suggested else name
            self.combo.addItem(label, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(choices.suggested)))
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("SheetDialog", message)

    def chosen(self) -> str:
        """The sheet or layer name as the import's SHEET parameter takes it."""
        return self.combo.currentData()


def ask_sheet(path: str, parent=None) -> str | None:
    """'' when the file holds one list (or cannot be read: the import names what is wrong); the user's sheet or
    layer when it holds several; None when the user cancelled (nothing should run)."""
    from ..processing.io.school_files import list_choices

    try:
        choices = list_choices(path)
    except (InputError, OSError, ValueError):
        return ""
    if len(choices.names) < 2:
        return ""
    dialog = SheetDialog(choices, Path(path).name, parent)
    if dialog.exec_() != SheetDialog.Accepted:
        return None
    return dialog.chosen()
