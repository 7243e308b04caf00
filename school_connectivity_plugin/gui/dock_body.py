"""The dock's panels in a scroll area that scrolls only up and down: the dock is as narrow as its widest panel allows
(never narrower, so nothing is cut at the side) and as short as the QGIS window needs (the rest scrolls into view)."""
from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QSize, Qt, QTimer
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QTableView, QWidget

#: The dock's smallest height: the panels scroll inside it.
MIN_HEIGHT = 240


class DockBody(QScrollArea):
    """Holds the dock's panels; its minimum width is theirs plus room for the vertical scroll bar."""

    def __init__(self, panels: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName("dockBody")
        self.setFrameShape(QFrame.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(panels)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.timeout.connect(self._refit)
        panels.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() in (QEvent.LayoutRequest, QEvent.Resize):
            if event.type() == QEvent.LayoutRequest:
                self.updateGeometry()  # a panel grew or shrank (another language, a longer text): so does the dock
            self._refit_timer.start(0)
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        """Give the panels the height their wrapped lines need at their width: QScrollArea sizes them before it
        knows whether its scroll bar shows, and a wrapped label's last line would be cut."""
        panels = self.widget()
        if panels is not None and panels.height() < panels.heightForWidth(panels.width()):
            self.setWidgetResizable(True)  # (the public way to have the scroll area fit its widget again)

    def _chrome(self) -> int:
        """The scroll bar's width (counted even when it is hidden, so showing it never cuts the panels) and frame."""
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        panels = self.widget().minimumSizeHint()
        return QSize(panels.width() + self._chrome(), min(panels.height(), MIN_HEIGHT))

    def sizeHint(self) -> QSize:
        panels = self.widget().sizeHint()
        return QSize(panels.width() + self._chrome(), panels.height())


def show_rows(table: QTableView, rows: int) -> None:
    """A table never shorter than its header, `rows` rows and its horizontal scroll bar, so it stays readable when
    the dock is short (the dock scrolls instead)."""
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + rows * table.verticalHeader().defaultSectionSize()
                           + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())
