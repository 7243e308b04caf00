"""The bundled user guide, shown offline in the user's language when a translation exists."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..paths import RESOURCES

HELP_DIR = RESOURCES / "help"


def guide_path(language: str | None = None) -> Path:
    """index_<lang>.html when it exists, else the English index.html."""
    language = (language or QgsApplication.locale())[:2]
    localised = HELP_DIR / f"index_{language}.html"
    return localised if localised.is_file() else HELP_DIR / "index.html"


class HelpDialog(QDialog):
    """A plain text browser on the guide: no network, no external browser needed."""

    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("School Connectivity – User guide"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("HelpDialog", message)
