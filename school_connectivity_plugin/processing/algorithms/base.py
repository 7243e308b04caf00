"""What every School Connectivity algorithm shares: QGIS's script-template boilerplate as class data, the
Toolbox groups in workflow order, and the layer parameters several algorithms take alike."""
from __future__ import annotations

import os
from enum import Enum
from typing import ClassVar

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.errors import InputError
from ...core.schools.classes import SpeedPreset, SpeedThresholds, thresholds_for

#: Parameters that take layers, whose files are checked before a run starts.
_LAYER_PARAMETERS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                     QgsProcessingParameterRasterLayer, QgsProcessingParameterMultipleLayers)
#: Translation context of the strings this module defines (the subclasses translate in their own class name).
CONTEXT = "SchoolConnectivityAlgorithm"


class Group(str, Enum):
    """Toolbox groups, in the order a planner works through them."""

    IMPORT = "import"
    ANALYSIS = "analysis"
    PLANNING = "planning"
    OUTPUTS = "outputs"


#: Group names: numbered, because the Toolbox sorts groups by name and the workflow should read top to bottom.
GROUP_LABELS = {
    Group.IMPORT: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "1. Import"),
    Group.ANALYSIS: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "2. Analysis"),
    Group.PLANNING: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "3. Planning"),
    Group.OUTPUTS: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "4. Outputs"),
}


def _readable(value: str, definition, context) -> bool:
    """A layer of the project or context, or a file GDAL/OGR opens as the parameter's kind of layer (asked quietly:
    Processing's own lookup tries every provider and prints their complaints)."""
    from ..io import containers

    if QgsProcessingUtils.mapLayerFromString(value, context, False) is not None:
        return True
    if isinstance(definition, QgsProcessingParameterRasterLayer):
        return QgsRasterLayer(value, "check", "gdal").isValid()
    return QgsVectorLayer(value, "check", "ogr").isValid() or bool(containers.sublayers(value.split("|")[0]))


def _whole_or_first_layer(value):
    """The value Processing's own check opens: a file of several layers QGIS cannot open whole (a zip of two
    Shapefiles) stands in by its first layer; `fiber_layers` reads all of them."""
    from ..io import containers

    if not isinstance(value, str) or QgsVectorLayer(value, "check", "ogr").isValid():
        return value
    found = containers.sublayers(value.split("|")[0])
    return QgsVectorLayer(found[0].uri, found[0].name, "ogr") if found else value


#: Parameter labels the shared parameters use.
_NOT_READABLE = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "{path}: not a readable layer")
_FIBER = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Fiber (lines or nodes)")
_SCHOOLS = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Schools")
_ROUTES = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Proposed fiber routes")
_COLOURS = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Colours")
_GIGA = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Giga")
_COLOUR_BLIND = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Colour-blind safe")


#: SPEED_PRESET choices, in SpeedPreset order (the enum index is the preset's position).
SPEED_PRESET_LABELS = {
    SpeedPreset.GIGA_GLOBAL: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm",
                                               "Giga global (good > 20 Mbps, bad < 1 Mbps)"),
    SpeedPreset.GIGA_NATIONAL: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Giga national (good ≥ 5 Mbps)"),
    SpeedPreset.USER: QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "User-defined (thresholds below)"),
}
_SPEED_CLASSES = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "Speed classes")
_GOOD_FROM = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "User-defined: good from (Mbps)")
_BAD_BELOW = QT_TRANSLATE_NOOP("SchoolConnectivityAlgorithm", "User-defined: bad below (Mbps)")


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SchoolConnectivityAlgorithm(QgsProcessingAlgorithm):
    """A Processing algorithm of the plugin: subclasses set NAME, DISPLAY_NAME (marked with QT_TRANSLATE_NOOP in
    their own class's context), GROUP and their help, and define their parameters and processAlgorithm."""

    NAME: ClassVar[str] = ""
    DISPLAY_NAME: ClassVar[str] = ""
    GROUP: ClassVar[Group] = Group.IMPORT
    #: Layout export and project writing touch QGIS objects that live on the main thread.
    RUNS_ON_MAIN_THREAD: ClassVar[bool] = False

    SCHOOLS = "SCHOOLS"
    FIBER = "FIBER"
    ROUTES = "ROUTES"
    REGIONS = "REGIONS"
    PRESET = "PRESET"

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(type(self).__name__, message)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return _translated(GROUP_LABELS[self.GROUP])

    def groupId(self) -> str:
        return self.GROUP.value

    def flags(self):
        flags = super().flags()
        return flags | QgsProcessingAlgorithm.FlagNoThreading if self.RUNS_ON_MAIN_THREAD else flags

    def checkParameterValues(self, parameters, context):
        """Name the file behind a layer parameter that cannot be read (Processing's own check names only the
        parameter): bad input is reported as the file it is, in one line."""
        checked = dict(parameters)
        for definition in self.parameterDefinitions():
            if not isinstance(definition, _LAYER_PARAMETERS):
                continue
            given = parameters.get(definition.name())
            for value in given if isinstance(given, (list, tuple)) else [given]:
                if isinstance(value, str) and value and not _readable(value, definition, context):
                    return False, _translated(_NOT_READABLE).format(path=value)
            if isinstance(definition, QgsProcessingParameterMultipleLayers) and isinstance(given, (list, tuple)):
                checked[definition.name()] = [_whole_or_first_layer(value) for value in given]
        return super().checkParameterValues(checked, context)

    def source_or_fail(self, parameters: dict, name: str, context):
        """The feature source of a parameter, or Processing's own error naming it."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def write_table(self, parameters: dict, name: str, context, table, types: dict[str, type]) -> str:
        """A table without geometry to a sink output (fields typed by `types`, then by the columns); its id."""
        from ..io import writing

        fields = writing.fields_for(table, types)
        sink, output_id = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.NoGeometry,
                                               QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        writing.add_features(sink, writing.features_from_table(table, fields))
        return output_id

    def add_speed_parameters(self) -> None:
        """SPEED_PRESET and the user's GOOD_MBPS / BAD_MBPS, as every algorithm that classifies speeds takes them."""
        self.addParameter(QgsProcessingParameterEnum(
            "SPEED_PRESET", _translated(_SPEED_CLASSES),
            [_translated(SPEED_PRESET_LABELS[preset]) for preset in SpeedPreset], defaultValue=0))
        for name, label, default in (("GOOD_MBPS", _GOOD_FROM, 20.0), ("BAD_MBPS", _BAD_BELOW, 1.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, _translated(label), QgsProcessingParameterNumber.Double, default, minValue=0.0))

    def speed_thresholds(self, parameters: dict, context) -> SpeedThresholds:
        """The speed classes the SPEED_PRESET / GOOD_MBPS / BAD_MBPS parameters ask for."""
        preset = list(SpeedPreset)[self.parameterAsEnum(parameters, "SPEED_PRESET", context)]
        try:
            return thresholds_for(preset, self.parameterAsDouble(parameters, "GOOD_MBPS", context),
                                  self.parameterAsDouble(parameters, "BAD_MBPS", context))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error

    def add_fiber_parameter(self, optional: bool = True) -> None:
        """FIBER: one or more layers of fiber lines and/or nodes, any CRS."""
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FIBER, _translated(_FIBER), QgsProcessing.TypeVectorAnyGeometry, optional=optional))

    def fiber_layers(self, parameters: dict, context) -> list[QgsVectorLayer]:
        """FIBER's layers and every layer their files hold (each folder of a KML/KMZ, a GPX's tracks, each layer of a
        GeoPackage or zip): a partner's fiber is never cut to its first folder."""
        from ..io import containers

        given = parameters.get(self.FIBER)
        values = list(given) if isinstance(given, (list, tuple)) else [given] if given else []
        layers: list[QgsVectorLayer] = []
        try:
            for value in values:
                if isinstance(value, str) and os.path.isfile(value.split("|")[0]):
                    layers.extend(containers.fiber_layers(value))
                else:
                    for layer in self.parameterAsLayerList({self.FIBER: [value]}, self.FIBER, context):
                        layers.extend(containers.fiber_layers(layer) if isinstance(layer, QgsVectorLayer) else [layer])
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        return layers

    def add_map_layer_parameters(self, regions_description: str) -> None:
        """SCHOOLS, FIBER, ROUTES and REGIONS as the map and package outputs take them (whole layers, styled)."""
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SCHOOLS, _translated(_SCHOOLS), [QgsProcessing.TypeVectorPoint]))
        self.add_fiber_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ROUTES, _translated(_ROUTES), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REGIONS, regions_description, [QgsProcessing.TypeVectorPolygon], optional=True))

    def add_preset_parameter(self) -> None:
        """PRESET: the colour preset of the school styles (in core.definitions.palette.Preset order)."""
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, _translated(_COLOURS), [_translated(_GIGA), _translated(_COLOUR_BLIND)], defaultValue=0))
