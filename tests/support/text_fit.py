"""Does every text of a shown widget tree fit where it is drawn? Labels, buttons, check boxes, group-box titles, tabs,
spin boxes, the plugin's own combo boxes and table columns, measured with the widget's own font and style; each
clipped text is one line saying where, what and how many pixels it needs. A combo box may elide its text (Qt does so
with "…") only when its tooltip says it whole; combo boxes of layer names (user data) are not checked."""
from __future__ import annotations

import re

from qgis.gui import QgsCheckableComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

#: Pixels of rounding a measure may be off by.
SLACK = 1
_TAG = re.compile(r"<[a-zA-Z/!]")
#: Combo boxes that list the user's layers: their names are data of any length, elided by Qt like any layer list.
LAYER_COMBOS = (QgsMapLayerComboBox, QgsCheckableComboBox)
#: The widgets whose texts are measured; each must also lie inside the widget that holds it.
CHECKED = (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QTabBar, QTableView)


def clipped_texts(root: QWidget) -> list[str]:
    """One line per text of a visible widget under `root` (itself included) that is cut short."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or _inside_item_view(widget):
            continue
        if isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QAbstractButton):
            problems += _button(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problems += _spin_box(widget)
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QTableView):
            problems += _columns(widget)
        elif isinstance(widget, QComboBox) and not isinstance(widget, LAYER_COMBOS):
            problems += _combo(widget)
        if isinstance(widget, QGroupBox):
            problems += _group_title(widget)
        if isinstance(widget, CHECKED) and not isinstance(widget, QTabBar):
            problems += _outside_parent(widget)
    return problems


def where(widget: QWidget) -> str:
    """The widget's object name (or class) and those of its named ancestors, outermost first."""
    names, current = [], widget
    while current is not None:
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        current = current.parentWidget()
    return "/".join(reversed(names[:3])) or type(widget).__name__


def _inside_item_view(widget: QWidget) -> bool:
    """Editors and internals of a table's viewport scroll with it: the table's own check covers them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _is_rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and bool(_TAG.search(label.text())))


def _document(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    if _is_rich(label):
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    return document


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text:
        return []
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    document = _document(label)
    shown = f"{where(label)} {document.toPlainText()!r}"
    if not label.wordWrap():
        if _is_rich(label):
            width = document.idealWidth()
        else:
            width = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
        if width > rect.width() + SLACK:
            return [f"label {shown} needs {width:.0f} px, has {rect.width()}"]
        return []
    document.setTextWidth(rect.width())
    problems = []
    if document.idealWidth() > rect.width() + SLACK:
        problems.append(f"wrapped label {shown} has a word {document.idealWidth():.0f} px wide, has {rect.width()}")
    needed = label.heightForWidth(label.width())
    if needed > label.height() + SLACK:
        problems.append(f"wrapped label {shown} needs {needed} px of height at {label.width()} px, has "
                        f"{label.height()}")
    return problems


def _button(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    needed = button.sizeHint().width()
    if button.width() + SLACK < needed:
        return [f"{type(button).__name__} {where(button)} {button.text()!r} needs {needed} px, has {button.width()}"]
    return []


def _spin_box(spin: QAbstractSpinBox) -> list[str]:
    edit = spin.lineEdit()
    width = edit.fontMetrics().horizontalAdvance(edit.text())
    right = min([button.geometry().left() for button in edit.findChildren(QToolButton) if button.isVisible()]
                + [edit.contentsRect().right() + 1])  # a clear button takes the right end
    room = right - edit.contentsRect().left() - 2 * 2  # QLineEdit's horizontal text margin on each side
    if width > room + SLACK:
        return [f"spin box {where(spin)} {edit.text()!r} needs {width} px, has {room}"]
    return []


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo).width()
    width = combo.fontMetrics().horizontalAdvance(text)
    if not option.currentIcon.isNull():
        width += option.iconSize.width() + 4
    if width > room + SLACK and text not in combo.toolTip():
        return [f"combo box {where(combo)} {text!r} needs {width} px, has {room}, and no tooltip says it whole"]
    return []


def _group_title(box: QGroupBox) -> list[str]:
    if not box.title():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.CC_GroupBox, option, QStyle.SC_GroupBoxLabel, box)
    width = box.fontMetrics().horizontalAdvance(box.title())
    if rect.left() < 0 or rect.right() > box.rect().right() + SLACK or rect.width() + SLACK < width:
        return [f"group title {where(box)} {box.title()!r} needs {width} px from {rect.left()}, box is {box.width()}"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    space = bar.style().pixelMetric(QStyle.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        text, rect = bar.tabText(index), bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text) + space
        if rect.width() + SLACK < needed or rect.right() > bar.rect().right() + SLACK:
            problems.append(f"tab {where(bar)} {text!r} needs {needed} px at {rect.left()}, has {rect.width()} in a "
                            f"bar {bar.width()} px wide")
    return problems


def _columns(table: QTableView) -> list[str]:
    """Each shown column at least as wide as its header and its widest cell; wider than the table only with a
    horizontal scroll bar to reach it."""
    model, header = table.model(), table.horizontalHeader()
    if model is None:
        return []
    style = table.style()
    cell_margin = 2 * (style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1)
    header_margin = 2 * style.pixelMetric(QStyle.PM_HeaderMargin, None, header)
    problems, total = [], 0
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        width = table.columnWidth(column)
        total += width
        title = str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + header_margin
        widest = ""
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, column), Qt.DisplayRole) or "")
            cell = table.fontMetrics().horizontalAdvance(text) + cell_margin
            if cell > needed:
                needed, widest = cell, text
        if width + SLACK < needed:
            problems.append(f"column {where(table)} {title!r} needs {needed} px (for {widest or 'its header'!r}), "
                            f"has {width}")
    if total > table.viewport().width() + SLACK and table.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff:
        problems.append(f"table {where(table)} is {total} px wide in {table.viewport().width()} px with no scroll bar")
    return problems


def _outside_parent(widget: QWidget) -> list[str]:
    """A text pushed (partly) outside the widget that holds it is cut by its parent."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inside.contains(widget.geometry()):
        return [f"{type(widget).__name__} {where(widget)} lies outside its parent "
                f"({widget.geometry().getRect()} in {parent.width()}x{parent.height()})"]
    return []
