"""Progress over time drawn with QPainter: connected schools per area and the pipeline burn-down."""
from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QLocale, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..processing.labels import number_locale

if TYPE_CHECKING:
    import pandas as pd

#: Okabe-Ito order for regions (distinct for colour-blind readers); the nation is drawn in ink.
REGION_COLOURS = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999")
NATIONAL_COLOUR = "#1f2937"
PIPELINE_COLOUR = "#1b2a6b"
GRID_COLOUR = "#e5e7eb"
TEXT_COLOUR = "#374151"
MARGIN = (44, 26, 12, 24)  # left, top, right, bottom (px) around each plot's axes


def _nice_ceiling(value: float) -> float:
    """Upper axis bound at 1, 2 or 5 times a power of ten, so ticks read as round numbers."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


class _Axes:
    """Maps (time, count) to pixels inside one plot rectangle."""

    def __init__(self, rect: QRectF, start: datetime, end: datetime, top: float):
        self.rect = rect.adjusted(MARGIN[0], MARGIN[1], -MARGIN[2], -MARGIN[3])
        span = (end - start).total_seconds()
        self.start = start.timestamp() - (86_400 if span == 0 else 0)
        self.span = span if span else 2 * 86_400
        self.top = _nice_ceiling(top)

    def point(self, when: datetime, value: float) -> QPointF:
        x = self.rect.left() + self.rect.width() * (when.timestamp() - self.start) / self.span
        y = self.rect.bottom() - self.rect.height() * value / self.top
        return QPointF(x, y)


class SnapshotChart(QWidget):
    """Two stacked plots: connected schools (nation and each region) and schools still in the pipeline."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None  # (no snapshots read yet)
        self.share = False
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("SnapshotChart", message)

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def set_snapshots(self, frame: pd.DataFrame | None) -> None:
        self.frame = frame
        self.update()

    def has_snapshots(self) -> bool:
        return self.frame is not None and not self.frame.empty

    def set_share(self, share: bool) -> None:
        """Draw connected schools as a percentage, so small and large regions compare on one axis."""
        self.share = share
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def to_image(self, width: int = 1200, height: int = 900) -> QImage:
        """The chart at print size on white, for PNG export and the atlas."""
        image = QImage(width, height, QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scale = width / 400.0
        painter.scale(scale, scale)
        self.paint(painter, QRectF(0, 0, width / scale, height / scale))
        painter.end()
        return image

    def save_png(self, path: str) -> bool:
        return self.to_image().save(path, "PNG")

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(rect, QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(7.5)
        painter.setFont(font)
        if not self.has_snapshots():
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(rect.adjusted(12, 12, -12, -12), Qt.AlignCenter | Qt.TextWordWrap,
                             self.tr("No snapshots yet. Record one to start following progress over time."))
            return
        upper = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.58)
        lower = QRectF(rect.left(), upper.bottom(), rect.width(), rect.height() - upper.height())
        self._paint_connected(painter, upper)
        self._paint_burn_down(painter, lower)

    def _times(self) -> tuple[datetime, datetime]:
        times = [datetime.fromisoformat(value) for value in self.frame["taken_at"]]
        return min(times), max(times)

    def _paint_connected(self, painter: QPainter, rect: QRectF) -> None:
        from ..core.reporting.snapshots import Level, connected_series

        national = connected_series(self.frame, Level.NATIONAL, self.share).get("", [])
        regions = connected_series(self.frame, Level.ADMIN1, self.share)
        values = [value for series in [national, *regions.values()] for _, value in series]
        legend = [(self.tr("Country"), QColor(NATIONAL_COLOUR))]
        legend += [(name or self.tr("(no name)"), QColor(REGION_COLOURS[i % len(REGION_COLOURS)]))
                   for i, name in enumerate(regions)]
        band = self._legend(painter, rect.adjusted(MARGIN[0], MARGIN[1], -MARGIN[2], 0), legend)
        axes = _Axes(rect.adjusted(0, band, 0, 0), *self._times(), 100.0 if self.share else max(values + [1]))
        title = self.tr("Connected schools (%)") if self.share else self.tr("Connected schools")
        self._frame_axes(painter, axes, title, band)
        for index, series in enumerate(regions.values()):
            self._line(painter, axes, series, QColor(REGION_COLOURS[index % len(REGION_COLOURS)]), 1.2)
        self._line(painter, axes, national, QColor(NATIONAL_COLOUR), 2.4)

    def _paint_burn_down(self, painter: QPainter, rect: QRectF) -> None:
        from ..core.reporting.snapshots import burn_down

        progress = burn_down(self.frame)
        axes = _Axes(rect, *self._times(), max(progress.remaining + [1]))
        self._frame_axes(painter, axes, self.tr("Schools in the pipeline (burn-down)"))
        series = list(zip(progress.times, progress.remaining))
        self._line(painter, axes, series, QColor(PIPELINE_COLOUR), 2.0, fill=True)
        if progress.projected_done is not None:
            note = self.tr("At this pace the pipeline is done by {date}").format(
                date=number_locale().toString(QDateTime(progress.projected_done).date(), QLocale.ShortFormat))
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(axes.rect.adjusted(4, 2, -4, 0), Qt.AlignRight | Qt.AlignTop, note)

    def _frame_axes(self, painter: QPainter, axes: _Axes, title: str, band: float = 0.0) -> None:
        area = axes.rect
        painter.setPen(QColor(TEXT_COLOUR))
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.drawText(QRectF(area.left(), area.top() - MARGIN[1] - band, area.width(), MARGIN[1] - 4),
                         Qt.AlignLeft | Qt.AlignBottom, title)
        painter.restore()
        for tick in range(5):
            value = axes.top * tick / 4
            y = axes.point(datetime.fromtimestamp(axes.start), value).y()
            painter.setPen(QPen(QColor(GRID_COLOUR), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(QRectF(0, y - 8, area.left() - 4, 16), Qt.AlignRight | Qt.AlignVCenter,
                             number_locale().toString(round(value)))
        for tick in range(3):
            when = datetime.fromtimestamp(axes.start + axes.span * tick / 2)
            x = axes.point(when, 0).x()
            label = number_locale().toString(QDateTime(when).date(), QLocale.ShortFormat)
            align = (Qt.AlignLeft, Qt.AlignHCenter, Qt.AlignRight)[tick]
            box = QRectF(x - (0, 50, 100)[tick], area.bottom() + 3, 100, MARGIN[3] - 4)
            painter.drawText(box, align | Qt.AlignTop, label)

    @staticmethod
    def _line(painter: QPainter, axes: _Axes, series, colour: QColor, width: float, fill: bool = False) -> None:
        points = [axes.point(when, value) for when, value in series]
        if not points:
            return
        if fill and len(points) > 1:
            area = QPainterPath(QPointF(points[0].x(), axes.rect.bottom()))
            for point in points:
                area.lineTo(point)
            area.lineTo(QPointF(points[-1].x(), axes.rect.bottom()))
            shade = QColor(colour)
            shade.setAlpha(40)
            painter.fillPath(area, shade)
        painter.setPen(QPen(colour, width))
        for start, end in zip(points, points[1:]):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, width + 0.8, width + 0.8)
        painter.setBrush(Qt.NoBrush)

    @staticmethod
    def _legend(painter: QPainter, area: QRectF, entries: list[tuple[str, QColor]]) -> float:
        """Entries in rows under the title; returns the height they take, which the plot gives up."""
        metrics = painter.fontMetrics()
        x, y = area.left(), area.top()
        for name, colour in entries:
            width = metrics.horizontalAdvance(name) + 18
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + metrics.height() + 1
            painter.fillRect(QRectF(x, y + metrics.height() / 2 - 2, 10, 4), colour)
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(QPointF(x + 13, y + metrics.ascent()), name)
            x += width
        return y + metrics.height() + 4 - area.top()
