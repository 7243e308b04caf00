"""The headline numbers: where the country (or the selection) stands, at a glance."""
from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.definitions.codes import HardReason
from ..core.definitions.palette import PALETTES, Preset
from ..core.definitions.schema import ConnectivityClass
from ..core.reporting.stats import ConnectivityStats
from ..processing.labels import translated

_CONTEXT = "StatsSummary"

CARD_COLUMNS = 3
LEGEND_COLUMNS = 2
VALUE_POINTS = 13
CARD_STYLE = "QFrame#figureCard { background: #f8fafc; border: 1px solid #e5e7eb; border-radius: 4px; }"

#: The key figures, in reading order: (object name, caption).
FIGURES = (
    ("schools", QT_TRANSLATE_NOOP("StatsSummary", "Schools")),
    ("connected", QT_TRANSLATE_NOOP("StatsSummary", "Connected")),
    ("in_pipeline", QT_TRANSLATE_NOOP("StatsSummary", "In pipeline")),
    ("hard_to_connect", QT_TRANSLATE_NOOP("StatsSummary", "Hard to connect")),
    ("students_unconnected", QT_TRANSLATE_NOOP("StatsSummary", "Students in unconnected schools")),
)


#: Caption of the line that says why schools are hard to connect.
REASONS_CAPTION = QT_TRANSLATE_NOOP("StatsSummary", "Why hard to connect:")


def tr(message: str) -> str:
    """Translate a QT_TRANSLATE_NOOP-marked caption of this module."""
    return QCoreApplication.translate(_CONTEXT, message)


def figure_texts(stats: ConnectivityStats) -> dict[str, str]:
    """The text of each key figure, numbers grouped the way the user's locale writes them."""
    number = QLocale().toString
    return {
        "schools": number(stats.schools),
        "connected": QCoreApplication.translate("StatsSummary", "{count} ({pct} %)").format(
            count=number(stats.connected), pct=QLocale().toString(stats.connected_pct, "f", 1)),
        "in_pipeline": number(stats.in_pipeline),
        "hard_to_connect": number(stats.hard_to_connect),
        "students_unconnected": number(stats.students_unconnected),
    }


def reasons_text(stats: ConnectivityStats) -> str:
    """'Why hard to connect: far from fiber 49 · high elevation 27', in the map's words; empty when none."""
    if not stats.by_reason:
        return ""
    parts = [f"{translated(reason)} {QLocale().toString(stats.by_reason[reason.value])}"
             for reason in HardReason if stats.by_reason.get(reason.value)]
    return f"{tr(REASONS_CAPTION)} {' · '.join(parts)}"


class ClassBar(QWidget):
    """One stacked bar of the connectivity classes in the preset's map colours."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.preset = Preset.GIGA
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def set_counts(self, counts: dict[str, int], preset: Preset) -> None:
        self.counts, self.preset = counts, preset
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        total = sum(self.counts.values())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#d1d5db"))
        painter.setBrush(QColor("#f3f4f6"))
        painter.drawRoundedRect(rect, 3, 3)
        x = rect.left()
        for cls in ConnectivityClass:
            share = self.counts.get(cls.value, 0) / total if total else 0
            width = rect.width() * share
            if width > 0:
                painter.fillRect(QRectF(x, rect.top(), width, rect.height()),
                                 QColor(PALETTES[self.preset].classes[cls]))
            x += width
        painter.end()


class StatsSummary(QWidget):
    """Key figures as cards, then the class bar and a legend with the count of each class."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        cards = QGridLayout()
        cards.setSpacing(4)
        self.values: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(FIGURES):
            card = QFrame(self)
            card.setObjectName("figureCard")
            card.setStyleSheet(CARD_STYLE)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(8, 4, 8, 5)
            inner.setSpacing(0)
            value = QLabel("–", card)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet(f"font-size: {VALUE_POINTS}pt; font-weight: 600; color: #111827;")
            name = QLabel(tr(caption), card)
            name.setWordWrap(True)
            name.setStyleSheet("color: #4b5563;")
            inner.addWidget(value)
            inner.addWidget(name)
            inner.addStretch(1)
            row, column = divmod(index, CARD_COLUMNS)
            span = CARD_COLUMNS - column if index == len(FIGURES) - 1 else 1
            cards.addWidget(card, row, column, 1, span)
            self.values[key] = value
        layout.addLayout(cards)
        self.bar = ClassBar(self)
        layout.addWidget(self.bar)
        legend = QGridLayout()
        legend.setHorizontalSpacing(10)
        legend.setVerticalSpacing(0)
        self.legend: dict[ConnectivityClass, QLabel] = {}
        for index, cls in enumerate(ConnectivityClass):
            label = QLabel(self)
            label.setTextFormat(Qt.RichText)
            legend.addWidget(label, *divmod(index, LEGEND_COLUMNS))
            self.legend[cls] = label
        layout.addLayout(legend)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("hardReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #4b5563;")
        layout.addWidget(self.reasons)

    def show_stats(self, stats: ConnectivityStats, preset: Preset = Preset.GIGA) -> None:
        for key, text in figure_texts(stats).items():
            self.values[key].setText(text)
        self.bar.set_counts(stats.by_class, preset)
        self.reasons.setText(reasons_text(stats))
        self.reasons.setVisible(bool(stats.by_reason))
        colours = PALETTES[preset].classes
        for cls, label in self.legend.items():
            count = QLocale().toString(stats.by_class.get(cls.value, 0))
            label.setText(f"<span style='color:{colours[cls]}; font-size:11pt'>&#9679;</span> "
                          f"{translated(cls)} <b>{count}</b>")
