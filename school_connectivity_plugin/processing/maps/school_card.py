"""Answers on click, built from core.definitions.school_card: the school layer's HTML map tip, its field aliases,
value maps and grouped attribute form (what Identify shows), and the same content as HTML for the school card, all
in the user's language (labels are baked in when the layer is styled)."""
from __future__ import annotations

import html
from collections.abc import Mapping

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFields,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QVariant

from ...core.definitions.schema import CODE_SEPARATOR
from ...core.definitions.school_card import (
    ALIAS_WITH_UNIT,
    CARD_CONTEXT,
    CARD_GROUPS,
    DECIMALS,
    FIELD_UNITS,
    LABEL_SEPARATOR,
    METRES_PER_KM,
    NO,
    OTHER_FIELDS,
    TITLE_FIELD,
    VALUE_TEXT,
    YES,
    CardGroup,
    CardRow,
    Format,
    card_fields,
    is_empty,
)
from ..io.reading import plain_value
from ..labels import translated, translated_code

#: Fields a point layer must have to be a school layer the card can describe.
SCHOOL_LAYER_FIELDS = ("school_id", "connectivity")
#: The markup shared by the map tip and the card, so both read the same.
TABLE_OPEN = '<table cellspacing="0" cellpadding="1">'
TABLE_CLOSE = "</table>"
GROUP_HTML = '<tr><td colspan="2" style="padding-top:5px;color:#1f4e79"><b>{title}</b></td></tr>'
ROW_HTML = '<tr><td style="color:#555555;padding-right:10px">{label}</td><td>{value}</td></tr>'
TITLE_HTML = '<div style="font-size:large"><b>{title}</b></div>'
#: A yes/no field's values that mean yes, as text (GeoPackage booleans are 1/0, memory layers true/false).
TRUE_TEXTS = frozenset({"1", "true", "t", "yes"})
#: What stands for the value in ROW_HTML while the map tip template is built.
_VALUE_SLOT = "\x00"


def tr(text: str) -> str:
    return QCoreApplication.translate(CARD_CONTEXT, text)


def is_school_layer(layer) -> bool:
    """A point vector layer with the school fields."""
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and layer.geometryType() == QgsWkbTypes.PointGeometry
            and all(layer.fields().indexFromName(name) >= 0 for name in SCHOOL_LAYER_FIELDS))


def _present(group: CardGroup, names) -> list[CardRow]:
    return [row for row in group.rows if row.field in names and row.field != TITLE_FIELD]


# --- the card as Python text ---


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _code_label(row: CardRow, code: str) -> str:
    return translated_code(row.codes, code) if row.codes is not None else code


def format_value(row: CardRow, value) -> str:
    """A field's value as the card writes it, in the user's language."""
    if row.format is Format.CODE:
        return _code_label(row, str(value))
    if row.format is Format.CODES:
        codes = [code for code in str(value).split(CODE_SEPARATOR) if code]
        return LABEL_SEPARATOR.join(_code_label(row, code) for code in codes)
    if row.format is Format.YES_NO:
        return tr(YES) if str(value).strip().lower() in TRUE_TEXTS else tr(NO)
    if row.format in DECIMALS:
        try:
            number = float(value) / (METRES_PER_KM if row.format is Format.KM else 1.0)
        except (TypeError, ValueError):  # (a number field holding text, in a layer not written by the plugin)
            return str(value)
        text = _number(number, DECIMALS[row.format])
        return tr(VALUE_TEXT[row.format]).format(value=text) if row.format in VALUE_TEXT else text
    return str(value)


def card_sections(attributes: Mapping[str, object]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(label, value text)]) for each group with something to say, in card order; fields the
    attributes lack and empty values are left out."""
    sections = []
    for group in CARD_GROUPS:
        rows = []
        for row in _present(group, attributes):
            value = plain_value(attributes[row.field])
            if not is_empty(row, value):
                rows.append((tr(row.label), format_value(row, value)))
        if rows:
            sections.append((tr(group.title), rows))
    return sections


def card_title(attributes: Mapping[str, object]) -> str:
    """The school's name, or its id when it has none."""
    for name in (TITLE_FIELD, "school_id"):
        value = plain_value(attributes.get(name))
        if value is not None and str(value).strip():
            return str(value).strip()
    return ""


def card_html(attributes: Mapping[str, object]) -> str:
    """The card as HTML: the school's name, then its groups and rows (the map tip's markup)."""
    parts = [TITLE_HTML.format(title=html.escape(card_title(attributes), quote=False)), TABLE_OPEN]
    for title, rows in card_sections(attributes):
        parts.append(GROUP_HTML.format(title=html.escape(title, quote=False)))
        parts += [ROW_HTML.format(label=html.escape(label, quote=False), value=html.escape(value, quote=False))
                  for label, value in rows]
    parts.append(TABLE_CLOSE)
    return "".join(parts)


# --- the map tip: the same card as a QGIS expression template ---


def _literal(text: str) -> str:
    return QgsExpression.quotedString(text)


def _html_literal(text: str) -> str:
    return _literal(html.escape(text, quote=False))


def _escaped(expression: str) -> str:
    """An expression whose text is made safe for HTML (& < >)."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        expression = f"replace({expression}, {_literal(char)}, {_literal(entity)})"
    return expression


def _labelled_codes(row: CardRow) -> list[tuple[str, str]]:
    """(label, code) of the row's codes; the code for an empty value only where the row shows it."""
    return [(label, member.value) for member in row.codes
            if (member.value or row.show_empty) and (label := translated(member))]


def _code_map(row: CardRow) -> str:
    pairs = ", ".join(f"{_literal(code)}, {_literal(label)}" for label, code in _labelled_codes(row))
    return f"map({pairs})"


def _value_expression(row: CardRow) -> str:
    """The expression that writes a row's value as format_value does."""
    field = QgsExpression.quotedColumnRef(row.field)
    if row.format is Format.CODE and row.codes is not None:
        return _escaped(f"coalesce(map_get({_code_map(row)}, {field}), {field})")
    if row.format is Format.CODES and row.codes is not None:
        each = f"coalesce(map_get({_code_map(row)}, @element), @element)"
        codes = f"array_filter(string_to_array({field}, {_literal(CODE_SEPARATOR)}), @element <> '')"
        return _escaped(f"array_to_string(array_foreach({codes}, {each}), {_literal(LABEL_SEPARATOR)})")
    if row.format is Format.YES_NO:
        texts = ", ".join(_literal(text) for text in sorted(TRUE_TEXTS))
        return (f"CASE WHEN lower(trim(to_string({field}))) IN ({texts}) THEN {_html_literal(tr(YES))} "
                f"ELSE {_html_literal(tr(NO))} END")
    if row.format in DECIMALS:
        number = f"{field} / {METRES_PER_KM}" if row.format is Format.KM else field
        text = f"format_number({number}, {DECIMALS[row.format]})"
        if row.format not in VALUE_TEXT:
            return text
        before, _, after = tr(VALUE_TEXT[row.format]).partition("{value}")
        return " || ".join(part for part in (_html_literal(before) if before else "", text,
                                             _html_literal(after) if after else "") if part)
    return _escaped(f"to_string({field})")


def _shown_condition(row: CardRow, fields: QgsFields) -> str:
    """The expression that is true when the row has something to show (as is_empty says)."""
    field = QgsExpression.quotedColumnRef(row.field)
    shown = (f"trim(coalesce({field}, '')) <> ''" if fields.field(row.field).type() == QVariant.String
             and not row.show_empty else f"{field} IS NOT NULL")
    if row.hidden:
        shown += f" AND to_string({field}) NOT IN ({', '.join(_literal(value) for value in row.hidden)})"
    return shown


def _slot(expression: str) -> str:
    return f"[% {expression} %]"


def map_tip_template(fields: QgsFields) -> str:
    """The HTML map tip of a school layer with these fields: the card's content, evaluated per school."""
    names = fields.names()
    title = ", ".join(f"nullif(trim(to_string({QgsExpression.quotedColumnRef(name)})), '')"
                       for name in (TITLE_FIELD, "school_id") if name in names)
    parts = [TITLE_HTML.format(title=_slot(_escaped(f"coalesce({title}, '')")) if title else ""), TABLE_OPEN]
    for group in CARD_GROUPS:
        rows = _present(group, names)
        if not rows:
            continue
        any_shown = " OR ".join(f"({_shown_condition(row, fields)})" for row in rows)
        header = GROUP_HTML.format(title=html.escape(tr(group.title), quote=False))
        parts.append(_slot(f"CASE WHEN {any_shown} THEN {_literal(header)} ELSE '' END"))
        for row in rows:
            before, _, after = ROW_HTML.format(label=html.escape(tr(row.label), quote=False),
                                               value=_VALUE_SLOT).partition(_VALUE_SLOT)
            body = f"{_literal(before)} || {_value_expression(row)} || {_literal(after)}"
            parts.append(_slot(f"CASE WHEN {_shown_condition(row, fields)} THEN {body} ELSE '' END"))
    parts.append(TABLE_CLOSE)
    return "".join(parts)


# --- what Identify and the attribute table show ---


def field_alias(row: CardRow) -> str:
    """The field's name in the attribute table and form: its card label, with the unit of the stored value."""
    if row.format in FIELD_UNITS:
        return tr(ALIAS_WITH_UNIT).format(label=tr(row.label), unit=tr(FIELD_UNITS[row.format]))
    return tr(row.label)


def _value_map(entries: list[tuple[str, str]]) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: code} for label, code in entries]})


def value_map_entries(row: CardRow, layer: QgsVectorLayer) -> list[tuple[str, str]]:
    """(label, stored code) for a coded row: every code with a label; for a multi-code field, every combination
    the layer holds (written as the card writes it)."""
    if row.format is Format.CODE and row.codes is not None:
        return _labelled_codes(row)
    if row.format is Format.CODES and row.codes is not None:
        values = layer.uniqueValues(layer.fields().indexFromName(row.field))
        return [(format_value(row, value), value) for value in sorted(str(value) for value in values
                                                                       if plain_value(value) not in (None, ""))]
    return []


def _form_config(layer: QgsVectorLayer) -> QgsEditFormConfig:
    """Tabs in card order (Identity, Connectivity, Fiber, Plan), then every other field."""
    fields = layer.fields()
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    shown = card_fields()
    tabs = [(tr(group.title), [row.field for row in group.rows]) for group in CARD_GROUPS]
    tabs.append((tr(OTHER_FIELDS), [name for name in fields.names() if name not in shown]))
    for title, names in tabs:
        present = [name for name in names if fields.indexFromName(name) >= 0]
        if not present:
            continue
        tab = QgsAttributeEditorContainer(title, root)
        for name in present:
            tab.addChildElement(QgsAttributeEditorField(name, fields.indexFromName(name), tab))
        config.addTab(tab)
    return config


def configure_school_answers(layer: QgsVectorLayer) -> None:
    """Give a school layer its map tip, display name, field aliases, value maps and grouped form."""
    fields = layer.fields()
    layer.setMapTipTemplate(map_tip_template(fields))
    if TITLE_FIELD in fields.names():
        layer.setDisplayExpression(QgsExpression.quotedColumnRef(TITLE_FIELD))
    for group in CARD_GROUPS:
        for row in group.rows:
            index = fields.indexFromName(row.field)
            if index < 0:
                continue
            layer.setFieldAlias(index, field_alias(row))
            entries = value_map_entries(row, layer)
            if entries and fields.field(index).type() == QVariant.String:
                layer.setEditorWidgetSetup(index, _value_map(entries))
    layer.setEditFormConfig(_form_config(layer))

