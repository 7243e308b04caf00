"""The planning map pages (national, then one per region) and their atomic export to PDF, PNG and SVG."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsRuleBasedRenderer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt

from ...core.definitions import palette as pal
from ...core.definitions.codes import HardReason, Technology
from ...core.reporting.area_stats import ConnectivityStats
from ...core.reporting.planning_lists import schools_to_list, split_codes
from ...core.reporting.stats import compute_stats
from ..labels import number_locale, translated_code
from . import layouts
from .fitting import fit_page
from .layout_templates import ItemId
from .planning_data import TR_CONTEXT, PlanningData
from .styling import region_name_expression

#: Column width shares and right alignment of the three tables the pages print.
_TABLE_SHARES, _TABLE_RIGHT = (33, 10, 9, 24, 14, 9), (False, True, True, False, False, True)
_STATS_SHARES, _STATS_RIGHT = (46, 22, 22), (False, True, True)
_REGION_SHARES, _REGION_RIGHT = (31, 19, 23, 27), (False, True, True, True)


def tr(text: str) -> str:
    """Translate a map label."""
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass
class PageText:
    """Texts shared by every page."""

    title: str
    date: str
    sources: str


def page_text(title: str, data: PlanningData, sources: str = "") -> PageText:
    """Title, today's date in the user's locale and the data sources line (the user's, else the layers' titles)."""
    date = QLocale().toString(QDate.currentDate(), QLocale.LongFormat)
    sources = sources.strip() or tr("Data sources: {sources}.").format(sources="; ".join(data.sources))
    sources = tr("{sources} Made with the School Connectivity plugin for QGIS on {date}.").format(
        sources=sources if sources.endswith(".") else f"{sources}.", date=date)
    return PageText(title=title or tr("School connectivity planning map"), date=date, sources=sources)


def _number(value: float) -> str:
    return number_locale().toString(int(value))


def _stats_rows(counts: ConnectivityStats) -> list[list[str]]:
    figures = ((tr("Schools"), counts.schools), (tr("Connected"), counts.connected),
               (tr("Not connected"), counts.not_connected), (tr("In the pipeline"), counts.in_pipeline),
               (tr("Hard to connect"), counts.hard_to_connect))
    return [[label, _number(value), _share(value, counts.schools, 1)] for label, value in figures]


def _fill_stats(layout: QgsPrintLayout, counts: ConnectivityStats) -> None:
    table = layouts.table_of(layout, ItemId.STATS)
    if table is not None:
        layouts.set_table(table, [tr("Statistics"), tr("Number"), tr("Share")], _stats_rows(counts),
                          _STATS_SHARES, _STATS_RIGHT)


def fill_national(layout: QgsPrintLayout, data: PlanningData, text: PageText) -> None:
    """The national page: all schools, fiber, regions, legend, statistics."""
    extent_layer = data.regions if data.regions is not None else data.schools
    crs = layouts.utm_crs(layouts.layer_extent(extent_layer, data.schools.crs(), data.project))
    regions = [data.regions] if data.regions else []
    map_layers = [*data.school_layers(), *data.line_layers(), *regions]
    map_item = layouts.set_map(layout, map_layers, crs, layouts.layer_extent(extent_layer, crs, data.project))
    layouts.set_text(layout, ItemId.TITLE, text.title)
    layouts.set_text(layout, ItemId.SUBTITLE, tr("Schools by internet connectivity, fiber network and regions · {date}")
                     .format(date=text.date))
    layouts.set_text(layout, ItemId.SOURCES, text.sources)
    layouts.set_legend(layout, tr("Legend"), map_layers, map_item, not data.national_scale)
    layouts.link_map(layout, map_item, tr("km"))
    _fill_stats(layout, compute_stats(data.frame))
    _fill_region_summary(layout, data)
    fit_page(layout)


def _share(part: int, whole: int, decimals: int = 0) -> str:
    return tr("{value} %").format(value=number_locale().toString(100.0 * part / whole if whole else 0.0, "f", decimals))


def _fill_region_summary(layout: QgsPrintLayout, data: PlanningData) -> None:
    """One line per region: schools, connected share, hard to connect (hidden without regions)."""
    table = layouts.table_of(layout, ItemId.REGION_TABLE)
    if table is None:
        return
    if data.regions is None:
        table.frame(0).setVisibility(False)
        return
    rows = []
    index = data.frame["region_index"].to_numpy()
    for position, name in enumerate(data.region_names):
        counts = compute_stats(data.frame[index == position])
        rows.append([name, _number(counts.schools), _share(counts.connected, counts.schools),
                     _number(counts.hard_to_connect)])
    layouts.set_table(table, [tr("Region"), tr("Schools"), tr("Connected"), tr("Hard to connect")],
                      rows, _REGION_SHARES, _REGION_RIGHT)


#: Gap between the region table and the chart, and the smallest chart worth printing, as shares of the column slot.
_CHART_GAP, _CHART_MIN = 0.02, 0.15
_MM_PER_POINT = 25.4 / 72.0


def add_progress_chart(layout: QgsPrintLayout, image: str) -> bool:
    """Print the dock's chart of connected schools over time under the region table, in the room the table does not
    use (the whole slot without regions); False when the template has no such slot or no room is left."""
    table = layouts.table_of(layout, ItemId.REGION_TABLE)
    if table is None:
        return False
    frame = table.frame(0)
    slot = QRectF(frame.pos(), frame.sizeWithUnits().toQSizeF())
    used = _shrink_to_rows(table, slot) + _CHART_GAP * slot.height() if frame.isVisible() else 0.0
    if slot.height() - used < _CHART_MIN * slot.height():
        _put(frame, slot.x(), slot.y(), slot.width(), slot.height())
        table.refresh()
        return False
    header = table.headerTextFormat()
    caption = QgsLayoutItemLabel(layout)
    caption.setText(tr("Progress over time"))
    font = header.font()
    font.setPointSizeF(header.size())
    caption.setFont(font)
    caption.setFontColor(header.color())
    caption.setVAlign(Qt.AlignTop)
    caption_height = 1.6 * header.size() * _MM_PER_POINT
    layout.addLayoutItem(caption)
    _put(caption, slot.x(), slot.y() + used, slot.width(), caption_height)
    picture = QgsLayoutItemPicture(layout)
    picture.setId(ItemId.PROGRESS_CHART.value)
    picture.setPicturePath(image)
    picture.setResizeMode(QgsLayoutItemPicture.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.UpperLeft)
    layout.addLayoutItem(picture)
    _put(picture, slot.x(), slot.y() + used + caption_height, slot.width(), slot.height() - used - caption_height)
    return True


def _shrink_to_rows(table, slot: QRectF) -> float:
    """Shrink the table's frame to the least height (0.5 mm steps) that still shows every row; that height."""
    frame = table.frame(0)

    def fits(height: float) -> bool:
        _put(frame, slot.x(), slot.y(), slot.width(), height)
        table.refresh()
        return table.totalHeight() <= height + 0.01

    low, high = 0.0, slot.height()
    if not fits(high):
        return high
    while high - low > 0.5:
        middle = (low + high) / 2
        low, high = (low, middle) if fits(middle) else (middle, high)
    fits(high)
    return high


def _put(item: QgsLayoutItem, x: float, y: float, width: float, height: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


class RegionPages:
    """Prepares the region layout for the atlas page of one region."""

    def __init__(self, layout: QgsPrintLayout, data: PlanningData, text: PageText):
        self.layout, self.data, self.text = layout, data, text
        self.highlight = data.regions.clone()
        self.highlight.setName(data.regions.name())
        self.highlight.setRenderer(_highlight_renderer())
        data.project.addMapLayer(self.highlight, False)
        crs = layouts.utm_crs(layouts.layer_extent(data.regions, data.schools.crs(), data.project))
        self.map_layers = [*data.school_layers(), *data.line_layers(), self.highlight]
        map_item = layouts.set_map(layout, self.map_layers, crs, None)
        atlas = layout.atlas()
        atlas.setCoverageLayer(data.regions)
        atlas.setPageNameExpression(region_name_expression(data.regions))
        atlas.setEnabled(True)
        atlas.updateFeatures()
        if map_item is not None:
            map_item.setAtlasDriven(True)
            map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
            map_item.setAtlasMargin(0.08)
        layouts.set_legend(layout, tr("Legend"), self.map_layers, map_item, not data.national_scale)
        layouts.link_map(layout, map_item, tr("km"))
        layouts.set_text(layout, ItemId.SOURCES, text.sources)

    def count(self) -> int:
        """Pages in the atlas."""
        return self.layout.atlas().count()

    def fill(self, page: int) -> None:
        """Statistics and the list of schools to connect for the region on atlas page `page`."""
        region = self.data.region_fids.index(self.layout.reportContext().feature().id())
        name = self.data.region_names[region]
        schools = self.data.frame[self.data.frame["region_index"].to_numpy() == region]
        layouts.set_text(self.layout, ItemId.TITLE, name)
        layouts.set_text(self.layout, ItemId.SUBTITLE, tr("{title} · region {n} of {total} · {date}").format(
            title=self.text.title, n=page + 1, total=self.count(), date=self.text.date))
        _fill_stats(self.layout, compute_stats(schools))
        self._fill_school_table(schools)
        fit_page(self.layout)

    def _fill_school_table(self, schools: pd.DataFrame) -> None:
        table = layouts.table_of(self.layout, ItemId.TABLE)
        listed = schools_to_list(schools)
        layouts.set_text(self.layout, ItemId.TABLE_TITLE,
                         tr("Schools to connect: not connected or hard to connect, by priority"))
        if table is None:
            return
        headers = [tr("School"), tr("Students"), tr("Fiber km"), tr("Why hard to connect"), tr("Technology"),
                   tr("Priority")]
        rows = _FormattedRows(listed)
        table.setEmptyTableMessage(tr("No unconnected or hard-to-connect school in this region."))
        shown = layouts.rows_that_fit(table, headers, rows, _TABLE_SHARES, _TABLE_RIGHT)
        note = "" if shown == len(rows) else tr(
            "{shown} of {total} schools listed, in priority order; the exported tables hold them all.").format(
            shown=_number(shown), total=_number(len(rows)))
        layouts.set_text(self.layout, ItemId.TABLE_NOTE, note)


class _FormattedRows(Sequence):
    """A region's list as table rows, each formatted when first asked for: a frame shows dozens of a national
    region's thousands."""

    def __init__(self, listed: pd.DataFrame):
        self.listed, self.formatted = listed, []

    def __len__(self) -> int:
        return len(self.listed)

    def __getitem__(self, index):
        stop = index.stop if isinstance(index, slice) else index + 1
        stop = len(self.listed) if stop is None else min(stop, len(self.listed))
        if stop > len(self.formatted):
            part = self.listed.iloc[len(self.formatted):stop]
            self.formatted += [_school_row(row) for row in part.itertuples(index=False)]
        return self.formatted[index]


def _school_row(row) -> list[str]:
    students = "" if pd.isna(row.num_students) else _number(row.num_students)
    km = "" if pd.isna(row.fiber_distance_km) else number_locale().toString(float(row.fiber_distance_km), "f", 1)
    rank = "" if pd.isna(row.priority_rank) else _number(row.priority_rank)
    reasons = ", ".join(translated_code(HardReason, code) for code in split_codes(row.hard_reasons))
    technology = "" if pd.isna(row.recommended_technology) else translated_code(
        Technology, str(row.recommended_technology))
    return [str(row.school_name or ""), students, km, reasons, technology, rank]


def _highlight_renderer() -> QgsRuleBasedRenderer:
    """The page's region in the usual fill, its neighbours greyed out."""
    palette = pal.GIGA
    root = QgsRuleBasedRenderer.Rule(None)
    current = QgsFillSymbol.createSimple({"color": palette.region_fill, "outline_color": "#333333",
                                         "outline_width": "0.6"})
    others = QgsFillSymbol.createSimple({"color": "#dcdcdc", "outline_color": palette.region_outline,
                                        "outline_width": str(pal.REGION_OUTLINE_MM)})
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, "$id = @atlas_featureid", tr("This region")))
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "", tr("Other regions"), "", True))
    return QgsRuleBasedRenderer(root)
