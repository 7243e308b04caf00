"""The attribute form a field team fills in QField or QGIS offline: a School tab that only shows (identity, place,
students, connectivity today, work plan, hard to connect) and a Survey tab with value maps in the user's language,
a date-time that stamps itself, a photo taken beside the project and the surveyor remembered."""
from __future__ import annotations

from enum import Enum

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.definitions.codes import SurveyPower
from ...core.definitions.fields import FIELD_FORM_FIELDS, SURVEY_FIELDS, SURVEY_KEY
from ...core.definitions.schema import Connectivity, ConnectivityType
from ..io.field_tables import KEY_SOURCE_FIELDS
from ..labels import translated

CONTEXT = "SurveyForm"
#: The value QGIS's value map stores for "no value" (its own constant).
NULL_VALUE = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
#: Choices of the survey's coded fields, in list order.
CHOICES: dict[str, tuple[Enum, ...]] = {
    "survey_connectivity": (Connectivity.YES, Connectivity.NO, Connectivity.UNKNOWN),
    "survey_technology": tuple(member for member in ConnectivityType if member is not ConnectivityType.UNKNOWN),
    "survey_power": tuple(SurveyPower),
}
#: What each survey field asks, as the form shows it.
ALIASES = {
    "survey_connectivity": QT_TRANSLATE_NOOP("SurveyForm", "Internet at the school"),
    "survey_download_mbps": QT_TRANSLATE_NOOP("SurveyForm", "Measured download (Mbps)"),
    "survey_upload_mbps": QT_TRANSLATE_NOOP("SurveyForm", "Measured upload (Mbps)"),
    "survey_provider": QT_TRANSLATE_NOOP("SurveyForm", "Provider"),
    "survey_technology": QT_TRANSLATE_NOOP("SurveyForm", "Connection type"),
    "survey_power": QT_TRANSLATE_NOOP("SurveyForm", "Power supply"),
    "survey_note": QT_TRANSLATE_NOOP("SurveyForm", "Note"),
    "survey_photo": QT_TRANSLATE_NOOP("SurveyForm", "Photo"),
    "surveyed_at": QT_TRANSLATE_NOOP("SurveyForm", "Surveyed at"),
    "surveyor": QT_TRANSLATE_NOOP("SurveyForm", "Surveyor"),
}
TABS = (QT_TRANSLATE_NOOP("SurveyForm", "Survey"), QT_TRANSLATE_NOOP("SurveyForm", "School"))
_NOT_SURVEYED = QT_TRANSLATE_NOOP("SurveyForm", "(not surveyed)")
_SPEED_RULE = QT_TRANSLATE_NOOP("SurveyForm", "A speed is 0 or more")
#: Photos go to this folder beside the project (QField's own default).
PHOTO_FOLDER = "DCIM"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value_map(name: str) -> QgsEditorWidgetSetup:
    entries = [{tr(_NOT_SURVEYED): NULL_VALUE}] + [{translated(member): member.value} for member in CHOICES[name]]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def _widget(name: str) -> QgsEditorWidgetSetup | None:
    if name in CHOICES:
        return _value_map(name)
    if name == "surveyed_at":
        return QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-ddTHH:mm:ss", "display_format":
                                                 "yyyy-MM-dd HH:mm", "calendar_popup": True, "allow_null": True})
    if name == "survey_photo":
        return QgsEditorWidgetSetup("ExternalResource", {
            "DocumentViewer": 1, "RelativeStorage": 1, "FileWidget": True, "FileWidgetButton": True,
            "DefaultRoot": PHOTO_FOLDER, "StorageMode": 0, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0})
    if name == "survey_note":
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    if name in (SURVEY_KEY, *KEY_SOURCE_FIELDS) and name not in FIELD_FORM_FIELDS:
        return QgsEditorWidgetSetup("Hidden", {})
    return None


def _tab(config: QgsEditFormConfig, layer: QgsVectorLayer, title: str, names) -> QgsAttributeEditorContainer:
    root = config.invisibleRootContainer()
    tab = QgsAttributeEditorContainer(tr(title), root)
    for name in names:
        index = layer.fields().indexFromName(name)
        if index >= 0:
            tab.addChildElement(QgsAttributeEditorField(name, index, tab))
    return tab


def configure_form(layer: QgsVectorLayer) -> None:
    """Give the package's school layer its survey form (tabs, widgets, read-only school fields, defaults)."""
    fields = layer.fields()
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    config.addTab(_tab(config, layer, TABS[0], SURVEY_FIELDS))
    config.addTab(_tab(config, layer, TABS[1], FIELD_FORM_FIELDS))
    for name in (*FIELD_FORM_FIELDS, *KEY_SOURCE_FIELDS, SURVEY_KEY):
        if fields.indexFromName(name) >= 0:
            config.setReadOnly(fields.indexFromName(name), True)
    surveyor = fields.indexFromName("surveyor")
    if surveyor >= 0:
        config.setReuseLastValue(surveyor, True)
    layer.setEditFormConfig(config)
    for name in fields.names():
        setup = _widget(name)
        if setup is not None:
            layer.setEditorWidgetSetup(fields.indexFromName(name), setup)
        if name in ALIASES:
            layer.setFieldAlias(fields.indexFromName(name), tr(ALIASES[name]))
    stamp = fields.indexFromName("surveyed_at")
    if stamp >= 0:  # (stamped on every edit of the feature: the time of the visit's last change)
        layer.setDefaultValueDefinition(stamp, QgsDefaultValue("now()", True))
    for name in ("survey_download_mbps", "survey_upload_mbps"):
        index = fields.indexFromName(name)
        if index >= 0:
            layer.setConstraintExpression(index, f'"{name}" IS NULL OR "{name}" >= 0', tr(_SPEED_RULE))
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
