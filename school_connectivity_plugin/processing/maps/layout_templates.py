"""Builds the bundled print-layout templates (.qpt): item ids here are the contract layouts.py fills."""
from __future__ import annotations

from enum import Enum

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableStyle,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

#: Templates are drawn on A3 landscape; layouts.py rescales them to the requested page.
TEMPLATE_PAGE_MM = (420.0, 297.0)
INK = QColor("#222222")
MUTED = QColor("#666666")
RULE = QColor("#bdbdbd")
STRIPE = QColor("#f2f2f2")


class ItemId(str, Enum):
    """Item ids the export fills; a user's template may drop any of them."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    MAP = "map"
    LEGEND = "legend"
    SCALEBAR = "scalebar"
    NORTH_ARROW = "north_arrow"
    STATS = "stats"
    SOURCES = "sources"
    TABLE_TITLE = "table_title"
    TABLE = "table"
    TABLE_NOTE = "table_note"
    REGION_TABLE = "region_table"
    PHASE_TABLE = "phase_table"
    PHASE_TITLE = "phase_title"
    #: Added by the export under the region table when the dock passes its chart of connected schools over time.
    PROGRESS_CHART = "progress_chart"


def _text_format(size: float, bold: bool = False, colour: QColor = INK) -> QgsTextFormat:
    font = QFont()
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(colour)
    return text


def _place(item: QgsLayoutItem, x: float, y: float, width: float, height: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


def _label(layout: QgsPrintLayout, item_id: ItemId, rect: tuple, size: float, bold: bool = False,
           colour: QColor = INK, text: str = "") -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id.value)
    label.setText(text or item_id.value)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(colour)
    label.setVAlign(Qt.AlignTop)
    label.setHAlign(Qt.AlignLeft)
    layout.addLayoutItem(label)
    _place(label, *rect)
    return label


def _map(layout: QgsPrintLayout, rect: tuple) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(ItemId.MAP.value)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(RULE)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    _place(item, *rect)
    item.setExtent(QgsRectangle(0, 0, rect[2], rect[3]))
    return item


def _legend(layout: QgsPrintLayout, rect: tuple, size: float = 10) -> QgsLayoutItemLegend:
    legend = QgsLayoutItemLegend(layout)
    legend.setId(ItemId.LEGEND.value)
    legend.setTitle(ItemId.LEGEND.value)
    legend.setResizeToContents(True)
    legend.setSymbolWidth(5.0)
    legend.setSymbolHeight(4.0)
    legend.setBackgroundEnabled(False)
    legend.rstyle(QgsLegendStyle.Title).setFont(_qfont(size + 3, True))
    legend.rstyle(QgsLegendStyle.Group).setFont(_qfont(size + 0.5, True))
    legend.rstyle(QgsLegendStyle.Subgroup).setFont(_qfont(size + 0.5, True))
    legend.rstyle(QgsLegendStyle.SymbolLabel).setFont(_qfont(size))
    legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 3.0)
    layout.addLayoutItem(legend)
    _place(legend, *rect)
    return legend


def _qfont(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _scalebar(layout: QgsPrintLayout, rect: tuple) -> QgsLayoutItemScaleBar:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId(ItemId.SCALEBAR.value)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(50.0)
    bar.setMaximumBarWidth(80.0)
    bar.setHeight(2.5)
    bar.setTextFormat(_text_format(8))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(bar)
    _place(bar, *rect)
    return bar


def _north_arrow(layout: QgsPrintLayout, rect: tuple) -> QgsLayoutItemPicture:
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(ItemId.NORTH_ARROW.value)
    arrow.setMode(QgsLayoutItemPicture.FormatSVG)
    arrow.setPicturePath("/usr/share/qgis/svg/arrows/NorthArrow_02.svg")
    arrow.setSvgFillColor(INK)
    arrow.setSvgStrokeColor(INK)
    layout.addLayoutItem(arrow)
    _place(arrow, *rect)
    return arrow


def _table(layout: QgsPrintLayout, item_id: ItemId, rect: tuple, content_size: float) -> QgsLayoutItemManualTable:
    table = QgsLayoutItemManualTable.create(layout)
    table.setContentTextFormat(_text_format(content_size))
    table.setHeaderTextFormat(_text_format(content_size, bold=True))
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setGridColor(RULE)
    table.setGridStrokeWidth(0.2)
    table.setCellMargin(1.2)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setIncludeTableHeader(True)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    stripe = QgsLayoutTableStyle()
    stripe.enabled = True
    stripe.cellBackgroundColor = STRIPE
    table.setCellStyle(QgsLayoutTable.EvenRows, stripe)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id.value)
    table.addFrame(frame)
    _place(frame, *rect)
    return table


def _new_layout(name: str) -> QgsPrintLayout:
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(*TEMPLATE_PAGE_MM, QgsUnitTypes.LayoutMillimeters))
    return layout


def _header_and_map(layout: QgsPrintLayout, map_width: float) -> None:
    _label(layout, ItemId.TITLE, (12, 9, 396, 13), 24, bold=True)
    _label(layout, ItemId.SUBTITLE, (12, 22, 396, 8), 12, colour=MUTED)
    _map(layout, (12, 33, map_width, 252))
    _scalebar(layout, (16, 268, 80, 13))
    _north_arrow(layout, (map_width - 4, 37, 10, 14))


def national_layout() -> QgsPrintLayout:
    """National planning map: map on the left, legend, statistics and sources on the right."""
    layout = _new_layout("national_map")
    _header_and_map(layout, 300)
    _legend(layout, (320, 33, 88, 100))
    _table(layout, ItemId.STATS, (320, 140, 88, 40), 10.5)
    _table(layout, ItemId.REGION_TABLE, (320, 188, 88, 70), 8.5)
    _label(layout, ItemId.SOURCES, (320, 262, 88, 23), 8, colour=MUTED)
    return layout


def region_layout() -> QgsPrintLayout:
    """One region per page: map, statistics, legend and the list of schools to connect."""
    layout = _new_layout("region_atlas")
    _header_and_map(layout, 196)
    _table(layout, ItemId.STATS, (216, 33, 92, 40), 9.5)
    legend = _legend(layout, (314, 33, 94, 48), 8.5)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    _label(layout, ItemId.TABLE_TITLE, (216, 86, 192, 8), 12, bold=True)
    _table(layout, ItemId.TABLE, (216, 95, 192, 174), 8.5)
    _label(layout, ItemId.TABLE_NOTE, (216, 271, 192, 6), 8.5, colour=MUTED)
    _label(layout, ItemId.SOURCES, (216, 279, 192, 8), 7.5, colour=MUTED)
    return layout


def plan_layout() -> QgsPrintLayout:
    """The construction plan: a wide map of routes coloured by phase, then the phases' totals beside the clusters in
    build order."""
    layout = _new_layout("construction_plan")
    _label(layout, ItemId.TITLE, (12, 9, 396, 13), 24, bold=True)
    _label(layout, ItemId.SUBTITLE, (12, 22, 396, 8), 12, colour=MUTED)
    _map(layout, (12, 33, 300, 138))
    _scalebar(layout, (16, 154, 80, 13))
    _north_arrow(layout, (298, 37, 10, 14))
    legend = _legend(layout, (318, 33, 90, 138), 8)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    _label(layout, ItemId.PHASE_TITLE, (12, 175, 170, 8), 12, bold=True)
    _table(layout, ItemId.PHASE_TABLE, (12, 184, 170, 93), 7.5)
    _label(layout, ItemId.TABLE_TITLE, (190, 175, 218, 8), 12, bold=True)
    _table(layout, ItemId.TABLE, (190, 184, 218, 87), 7.5)
    _label(layout, ItemId.TABLE_NOTE, (190, 272, 218, 5), 8, colour=MUTED)
    _label(layout, ItemId.SOURCES, (12, 280, 396, 7), 7.5, colour=MUTED)
    return layout
