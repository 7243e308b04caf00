"""The headline numbers: where the country (or the selection) stands, at a glance."""
from __future__ import annotations

import math

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QTextDocument
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.definitions.codes import HardReason
from ..core.definitions.palette import PALETTES, Preset
from ..core.definitions.schema import ConnectivityClass
from ..core.reporting.area_stats import ConnectivityStats
from ..processing.labels import number_locale, translated

_CONTEXT = "StatsSummary"

#: Columns of key-figure cards: as many as the width gives each its longest word, down to the narrow arrangement.
CARD_COLUMNS, NARROW_CARD_COLUMNS = 3, 2
LEGEND_COLUMNS, LEGEND_SPACING = 2, 10
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
    number = number_locale().toString
    return {
        "schools": number(stats.schools),
        "connected": _unbroken_share(QCoreApplication.translate("StatsSummary", "{count} ({pct} %)").format(
            count=number(stats.connected), pct=number_locale().toString(stats.connected_pct, "f", 1))),
        "in_pipeline": number(stats.in_pipeline),
        "hard_to_connect": number(stats.hard_to_connect),
        "students_unconnected": _students_text(stats),
    }


def _unbroken_share(text: str) -> str:
    """'1 446 (67.7 %)' wraps in a narrow card only before the share, never inside '(67.7 %)'."""
    return text.replace(" %", "\u00a0%")


def _students_text(stats: ConnectivityStats) -> str:
    """Students in unconnected schools; never a false 0 where the list gives no counts."""
    if stats.not_connected and stats.unconnected_without_students == stats.not_connected:
        return QCoreApplication.translate("StatsSummary", "not in the list")
    if stats.unconnected_without_students:
        return QCoreApplication.translate("StatsSummary", "at least {count}").format(
            count=number_locale().toString(stats.students_unconnected))
    return number_locale().toString(stats.students_unconnected)


def reasons_text(stats: ConnectivityStats) -> str:
    """'Why hard to connect: far from fiber 49 · high elevation 27', in the map's words; empty when none."""
    if not stats.by_reason:
        return ""
    parts = [f"{translated(reason)} {number_locale().toString(stats.by_reason[reason.value])}"
             for reason in HardReason if stats.by_reason.get(reason.value)]
    return f"{tr(REASONS_CAPTION)} {' · '.join(parts)}"


def _place(grid: QGridLayout, widgets: list[QWidget], columns: int, most: int, span_last: bool = False) -> None:
    """`widgets` row by row in `columns` equally stretched columns of `grid` (which has at most `most`); with
    `span_last`, the last one spans what its row leaves."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        row, column = divmod(index, columns)
        span = columns - column if span_last and index == len(widgets) - 1 else 1
        grid.addWidget(widget, row, column, 1, span)
    for column in range(most):
        grid.setColumnStretch(column, 1 if column < columns else 0)


def one_line_width(label: QLabel) -> int:
    """Pixels a (rich-text) label's text takes on one line."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    return math.ceil(document.idealWidth())


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
        self.card_grid = cards = QGridLayout()
        cards.setSpacing(4)
        self.values: dict[str, QLabel] = {}
        self.cards: list[QFrame] = []
        self.card_columns = self.legend_columns = 0
        for key, caption in FIGURES:
            card = QFrame(self)
            card.setObjectName("figureCard")
            card.setStyleSheet(CARD_STYLE)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(8, 4, 8, 5)
            inner.setSpacing(0)
            value = QLabel("–", card)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet(f"font-size: {VALUE_POINTS}pt; font-weight: 600; color: #111827;")
            value.setWordWrap(True)  # a narrow card shows a long figure on two lines, never cut
            name = QLabel(tr(caption), card)
            name.setWordWrap(True)
            name.setStyleSheet("color: #4b5563;")
            inner.addWidget(value)
            inner.addWidget(name)
            inner.addStretch(1)
            self.cards.append(card)
            self.values[key] = value
        layout.addLayout(cards)
        self.bar = ClassBar(self)
        layout.addWidget(self.bar)
        self.legend_grid = legend = QGridLayout()
        legend.setHorizontalSpacing(LEGEND_SPACING)
        legend.setVerticalSpacing(0)
        self.legend: dict[ConnectivityClass, QLabel] = {}
        for cls in ConnectivityClass:
            label = QLabel(self)
            label.setTextFormat(Qt.RichText)
            label.setWordWrap(True)
            self.legend[cls] = label
        layout.addLayout(legend)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("hardReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #4b5563;")
        layout.addWidget(self.reasons)
        self._arrange_for(self.width())

    def _cards_width(self, columns: int) -> int:
        """Width `columns` equal columns of cards need: each as wide as the widest card's figure or word."""
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        return columns * widest + (columns - 1) * self.card_grid.horizontalSpacing()

    def _arrange_for(self, width: int) -> None:
        """As many columns of cards and of legend entries as the width has room for: cards as wide as their figure
        or longest word, legend entries on one line each (in one column they wrap only in a very narrow dock)."""
        cards = CARD_COLUMNS if width >= self._cards_width(CARD_COLUMNS) else NARROW_CARD_COLUMNS
        if cards != self.card_columns:
            self.card_columns = cards
            _place(self.card_grid, self.cards, cards, CARD_COLUMNS, span_last=True)
        entry = max(one_line_width(label) for label in self.legend.values())
        legend = LEGEND_COLUMNS if width >= LEGEND_COLUMNS * entry + (LEGEND_COLUMNS - 1) * LEGEND_SPACING else 1
        if legend != self.legend_columns:
            self.legend_columns = legend
            _place(self.legend_grid, list(self.legend.values()), legend, LEGEND_COLUMNS)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_for(event.size().width())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrow arrangement of the cards (or the legend) allows, whatever the arrangement now."""
        hint = super().minimumSizeHint()
        others = max(self.legend_grid.minimumSize().width(), self.reasons.minimumSizeHint().width(),
                     self.bar.minimumSizeHint().width())
        return QSize(max(self._cards_width(NARROW_CARD_COLUMNS), others), hint.height())

    def show_stats(self, stats: ConnectivityStats, preset: Preset = Preset.GIGA) -> None:
        for key, text in figure_texts(stats).items():
            self.values[key].setText(text)
        self.bar.set_counts(stats.by_class, preset)
        self.reasons.setText(reasons_text(stats))
        self.reasons.setVisible(bool(stats.by_reason))
        colours = PALETTES[preset].classes
        for cls, label in self.legend.items():
            count = number_locale().toString(stats.by_class.get(cls.value, 0))
            label.setText(f"<span style='color:{colours[cls]}; font-size:11pt'>&#9679;</span> "
                          f"{translated(cls)} <b>{count}</b>")
        self._arrange_for(self.width())
