"""Load the planning-map templates (.qpt), fit them to the page, and fill their items by id."""
from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ... import paths
from ...core.errors import InputError
from .fitting import fit_table, remember_legend_box
from .layout_templates import ItemId


class Template(str, Enum):
    """The bundled templates; the value is the .qpt file stem."""

    NATIONAL = "national_map"
    REGION = "region_atlas"
    PLAN = "construction_plan"


class Orientation(str, Enum):
    """Page orientation choices, in parameter order."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


#: Paper sizes in millimetres, portrait (width, height), in parameter order.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A3": (297.0, 420.0), "A4": (210.0, 297.0)}
#: Smallest map extent side (map units, metres in UTM), so a single school still gets a readable map.
_MIN_EXTENT = 2000.0
_WIDTH_PROPERTY = "schoolconnectivity/designed_width"
_LEGEND_STYLES = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)


def template_path(template: Template, override: str | None = None) -> Path:
    """The user's edited template when given, else the bundled one."""
    return Path(override) if override else paths.LAYOUTS / f"{template.value}.qpt"


def load_layout(path: Path, project: QgsProject) -> QgsPrintLayout:
    """A print layout built from a .qpt file, owned by `project`."""
    document = QDomDocument()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read layout template: {error.strerror}", path=str(path)) from error
    if not document.setContent(text):
        raise InputError("not a QGIS layout template (.qpt)", path=str(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok or layout.pageCollection().pageCount() == 0:
        raise InputError("the layout template could not be loaded", path=str(path))
    layout.setName(Path(path).stem)
    return layout


def page_size_mm(paper: str, orientation: Orientation) -> tuple[float, float]:
    """(width, height) of a paper size in the requested orientation."""
    short, long_ = PAGE_SIZES_MM[paper]
    return (long_, short) if orientation is Orientation.LANDSCAPE else (short, long_)


def fit_to_page(layout: QgsPrintLayout, width: float, height: float) -> None:
    """Resize the page and scale every item and font with it, so one template serves A4 and A3."""
    page = layout.pageCollection().page(0)
    old = page.pageSize()
    sx, sy = width / old.width(), height / old.height()
    if abs(sx - 1) < 1e-6 and abs(sy - 1) < 1e-6:
        return
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    for item in layout.items():
        if isinstance(item, QgsLayoutItemPage) or not hasattr(item, "attemptMove") or item.parentGroup():
            continue
        position, size = item.positionWithUnits(), item.sizeWithUnits()
        item.attemptMove(QgsLayoutPoint(position.x() * sx, position.y() * sy, position.units()))
        item.attemptResize(QgsLayoutSize(size.width() * sx, size.height() * sy, size.units()))
    _scale_fonts(layout, min(sx, sy) ** 0.5 if min(sx, sy) > 1 else min(sx, sy))
    layout.pageCollection().reflow()


def _scale_fonts(layout: QgsPrintLayout, factor: float) -> None:
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            font = item.font()
            font.setPointSizeF(font.pointSizeF() * factor)
            item.setFont(font)
        elif isinstance(item, QgsLayoutItemLegend):
            for style in _LEGEND_STYLES:
                font = item.rstyle(style).font()
                font.setPointSizeF(font.pointSizeF() * factor)
                item.rstyle(style).setFont(font)
        elif isinstance(item, QgsLayoutItemScaleBar):
            text = item.textFormat()
            text.setSize(text.size() * factor)
            item.setTextFormat(text)
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutTable):
            for getter, setter in ((multi.contentTextFormat, multi.setContentTextFormat),
                                   (multi.headerTextFormat, multi.setHeaderTextFormat)):
                text = getter()
                text.setSize(text.size() * factor)
                setter(text)


def item_by_id(layout: QgsPrintLayout, item_id: ItemId):
    """The item with this id, or None when the user's template dropped it."""
    return layout.itemById(item_id.value)


def set_text(layout: QgsPrintLayout, item_id: ItemId, text: str) -> None:
    """Fill a label; a missing label is skipped."""
    label = item_by_id(layout, item_id)
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(text)


def table_of(layout: QgsPrintLayout, item_id: ItemId) -> QgsLayoutItemManualTable | None:
    """The manual table whose frame carries this id."""
    frame = item_by_id(layout, item_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemManualTable):
        return frame.multiFrame()
    return None


def set_table(table: QgsLayoutItemManualTable, headers: Sequence[str], rows: Sequence[Sequence[str]],
              shares: Sequence[float], right_aligned: Sequence[bool], complete: bool = True) -> None:
    """Fill a manual table; column widths are shares of the frame width. A complete table shrinks its type until
    every row fits (a list that may be cut says so itself: rows_that_fit)."""
    margins = 2 * table.cellMargin() * len(headers) + table.gridStrokeWidth() * (len(headers) + 1)
    available = max(_designed_width(table) - margins, 10.0)
    table.setHeaders([QgsLayoutTableColumn(header) for header in headers])
    cells = []
    for row in rows:
        line = []
        for text, right in zip(row, right_aligned):
            cell = QgsTableCell(text)
            cell.setHorizontalAlignment(Qt.AlignRight if right else Qt.AlignLeft)
            line.append(cell)
        cells.append(line)
    table.setTableContents(cells)
    fit_table(table, shares, available, complete)


def _designed_width(table: QgsLayoutItemManualTable) -> float:
    """The frame width the template gave; QGIS shrinks a table's frame to its columns after each fill."""
    frame = table.frame(0)
    width = frame.customProperty(_WIDTH_PROPERTY)
    if width is None:
        width = frame.rect().width()
        frame.setCustomProperty(_WIDTH_PROPERTY, width)
    return float(width)


def rows_that_fit(table: QgsLayoutItemManualTable, headers, rows, shares, right_aligned) -> int:
    """Fill the table with as many of `rows` as its first frame shows whole (binary search; rows may wrap)."""
    height = table.frame(0).rect().height()

    def fits(count: int) -> bool:
        set_table(table, headers, rows[:count], shares, right_aligned, complete=False)
        return table.totalSize().height() <= height + 0.01

    low, count = 0, 1  # galloping: a national region lists thousands of schools, the frame shows dozens
    while count <= len(rows) and fits(count):
        low, count = count, count * 2
    high = min(count, len(rows) + 1)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    set_table(table, headers, rows[:low], shares, right_aligned, complete=False)
    return low


def utm_crs(extent_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The UTM zone of the extent's centre: metric, conformal and true to the scale bar."""
    centre = extent_wgs84.center()
    zone = int((centre.x() + 180.0) // 6.0) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def layer_extent(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> QgsRectangle:
    """The layer's extent in another CRS."""
    transform = QgsCoordinateTransform(layer.crs(), crs, project)
    return transform.transformBoundingBox(layer.extent())


def set_map(layout: QgsPrintLayout, layers: list[QgsVectorLayer], crs, extent: QgsRectangle | None,
            margin: float = 0.04) -> QgsLayoutItemMap | None:
    """Show `layers` (top first) in the map item, zoomed to the extent with a margin."""
    map_item = item_by_id(layout, ItemId.MAP)
    if not isinstance(map_item, QgsLayoutItemMap):
        return None
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    if extent is not None and extent.isFinite():
        map_item.setExtent(_fit_aspect(extent, margin, map_item.rect().width() / map_item.rect().height()))
    return map_item


def _fit_aspect(extent: QgsRectangle, margin: float, aspect: float) -> QgsRectangle:
    """The extent grown by `margin` on each side and widened or heightened to the frame's aspect ratio."""
    width = max(extent.width() * (1.0 + 2 * margin), _MIN_EXTENT)
    height = max(extent.height() * (1.0 + 2 * margin), _MIN_EXTENT)
    width, height = max(width, height * aspect), max(height, width / aspect)
    centre = extent.center()
    half_width, half_height = width / 2, height / 2
    return QgsRectangle(centre.x() - half_width, centre.y() - half_height,
                        centre.x() + half_width, centre.y() + half_height)


def set_legend(layout: QgsPrintLayout, title: str, layers: list[QgsVectorLayer], map_item,
               filter_by_map: bool = True) -> None:
    """Legend of exactly these layers, filtered to what the map shows (each class present, no more), unless
    the layers were styled from their data already: QGIS's search draws every feature again for each page."""
    legend = item_by_id(layout, ItemId.LEGEND)
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    remember_legend_box(legend)
    legend.setTitle(title)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    if map_item is not None:
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(filter_by_map)
        legend.updateFilterByMap(False)
    legend.updateLegend()


def link_map(layout: QgsPrintLayout, map_item, unit_label: str) -> None:
    """Point the scale bar at the map and choose round segment lengths for its scale."""
    bar = item_by_id(layout, ItemId.SCALEBAR)
    if isinstance(bar, QgsLayoutItemScaleBar) and map_item is not None:
        bar.setLinkedMap(map_item)
        bar.setUnits(QgsUnitTypes.DistanceKilometers)
        bar.setUnitLabel(unit_label)
        bar.update()
