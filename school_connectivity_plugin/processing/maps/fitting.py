"""Page items that fit their frames in every language: a table, heading or legend that is too big for the frame the
template gave it shrinks its type (down to a floor) rather than be cut, so no row, word or legend entry is lost."""
from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QFont

#: Custom properties holding the sizes the template designed, so each page starts from them again.
_FONT_PROPERTY = "schoolconnectivity/designed_font_sizes"
_SIZE_PROPERTY = "schoolconnectivity/designed_size"
#: Type never shrinks below this share of its designed size; each step shrinks it by STEP.
SMALLEST_SHARE, STEP = 0.5, 0.92
_LEGEND_STYLES = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)


def _point_font(text_format: QgsTextFormat, size: float | None = None) -> QFont:
    font = QFont(text_format.font())
    font.setPointSizeF(size if size is not None else text_format.size())
    return font


def _width_mm(font: QFont, text: str) -> float:
    return QgsLayoutUtils.textWidthMM(font, text)


def _longest_word_mm(font: QFont, text: str) -> float:
    return max((_width_mm(font, word) for word in text.split()), default=0.0)


# --- tables ---


def _designed_fonts(table: QgsLayoutItemManualTable) -> tuple[float, float]:
    frame = table.frame(0)
    stored = frame.customProperty(_FONT_PROPERTY)
    if stored is None:
        stored = f"{table.headerTextFormat().size()};{table.contentTextFormat().size()}"
        frame.setCustomProperty(_FONT_PROPERTY, stored)
    header, content = (float(value) for value in str(stored).split(";"))
    return header, content


def _set_fonts(table: QgsLayoutItemManualTable, header: float, content: float) -> None:
    for getter, setter, size in ((table.headerTextFormat, table.setHeaderTextFormat, header),
                                 (table.contentTextFormat, table.setContentTextFormat, content)):
        text = getter()
        text.setSize(size)
        setter(text)
    table.refresh()


def _column_needs(table: QgsLayoutItemManualTable, header: float, content: float) -> list[float]:
    """The width each column needs so that no word of its header or cells is cut (longer texts wrap)."""
    header_font = _point_font(table.headerTextFormat(), header)
    content_font = _point_font(table.contentTextFormat(), content)
    needs = [_longest_word_mm(header_font, column.heading()) for column in table.headers()]
    for row in table.tableContents():
        for index, cell in enumerate(row[:len(needs)]):
            needs[index] = max(needs[index], _longest_word_mm(content_font, str(cell.content())))
    return needs


def _widths(needs: list[float], shares: Sequence[float], available: float) -> list[float]:
    """Each column its need, and the room left over shared as the template's shares say."""
    spare = max(available - sum(needs), 0.0)
    total = sum(shares) or 1.0
    return [need + spare * share / total for need, share in zip(needs, shares)]


def fit_table(table: QgsLayoutItemManualTable, shares: Sequence[float], available: float, complete: bool) -> None:
    """Columns as wide as their longest word (type shrinks when the frame is too narrow for them all); a complete
    table (every row must print) also shrinks its type until all rows fit the frame's height."""
    table.setWrapBehavior(QgsLayoutItemManualTable.WrapText)
    header, content = _designed_fonts(table)
    share = 1.0
    while sum(_column_needs(table, header * share, content * share)) > available and \
            share * STEP >= SMALLEST_SHARE:
        share *= STEP
    table.setColumnWidths(_widths(_column_needs(table, header * share, content * share), shares, available))
    _set_fonts(table, header * share, content * share)
    if not complete:
        return
    height = table.frame(0).rect().height()
    while table.totalSize().height() > height + 0.01 and share * STEP >= SMALLEST_SHARE:
        share *= STEP
        _set_fonts(table, header * share, content * share)


# --- labels and legends ---


def _designed(item, read) -> str:
    stored = item.customProperty(_SIZE_PROPERTY)
    if stored is None:
        stored = read()
        item.setCustomProperty(_SIZE_PROPERTY, stored)
    return str(stored)


def _wrapped_lines(font: QFont, text: str, width: float) -> int:
    """Lines the text takes when wrapped at word boundaries into `width` mm (as the label draws it)."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        space = _width_mm(font, " ")
        for word in paragraph.split():
            word_width = _width_mm(font, word)
            if used and used + space + word_width > width:
                lines += 1
                used = word_width
            else:
                used += (space if used else 0.0) + word_width
    return lines


def _label_fits(label: QgsLayoutItemLabel, font: QFont) -> bool:
    rect = label.rect()
    width = rect.width() - 2 * label.marginX()
    height = rect.height() - 2 * label.marginY()
    text = label.currentText()
    if _longest_word_mm(font, text) > width:
        return False
    return _wrapped_lines(font, text, width) * QgsLayoutUtils.fontHeightMM(font) <= height + 0.2


def fit_label(label: QgsLayoutItemLabel) -> None:
    """Shrink a label's type until its wrapped text fits the frame."""
    if label.mode() != QgsLayoutItemLabel.ModeFont or not label.currentText().strip():
        return
    designed = float(_designed(label, lambda: label.font().pointSizeF()))
    font = label.font()
    size = designed
    font.setPointSizeF(size)
    while not _label_fits(label, font) and size * STEP >= designed * SMALLEST_SHARE:
        size *= STEP
        font.setPointSizeF(size)
    label.setFont(font)


def remember_legend_box(legend: QgsLayoutItemLegend) -> None:
    """Keep the box and type sizes the template gave the legend, before QGIS resizes it to its first content."""
    _designed(legend, lambda: ";".join(
        [f"{legend.sizeWithUnits().width()}", f"{legend.sizeWithUnits().height()}",
         f"{legend.symbolWidth()}", f"{legend.symbolHeight()}"]
        + [f"{legend.rstyle(style).font().pointSizeF()}" for style in _LEGEND_STYLES]
        + [f"{legend.rstyle(style).margin(QgsLegendStyle.Top)}" for style in _LEGEND_STYLES]))


def fit_legend(legend: QgsLayoutItemLegend) -> None:
    """Shrink a legend's type until the legend fits the box the template gave it (its entries never run off)."""
    remember_legend_box(legend)
    width, height, symbol_width, symbol_height, *styles = (
        float(value) for value in str(legend.customProperty(_SIZE_PROPERTY)).split(";"))
    sizes, margins = styles[:len(_LEGEND_STYLES)], styles[len(_LEGEND_STYLES):]
    share = 1.0
    while True:
        for style, size, margin in zip(_LEGEND_STYLES, sizes, margins):
            font = legend.rstyle(style).font()
            font.setPointSizeF(size * share)
            legend.rstyle(style).setFont(font)
            legend.rstyle(style).setMargin(QgsLegendStyle.Top, margin * share)
        legend.setSymbolWidth(symbol_width * share)
        legend.setSymbolHeight(symbol_height * share)
        legend.adjustBoxSize()
        needed = legend.sizeWithUnits()
        if (needed.width() <= width + 0.1 and needed.height() <= height + 0.1) or share * STEP < SMALLEST_SHARE:
            return
        share *= STEP


def fit_page(layout: QgsPrintLayout) -> None:
    """Every label and legend of a filled page fits its frame (tables are fitted as they are filled)."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            fit_label(item)
        elif isinstance(item, QgsLayoutItemLegend):
            fit_legend(item)
