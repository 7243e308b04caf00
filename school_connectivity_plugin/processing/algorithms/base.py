"""What every School Connectivity algorithm shares: QGIS's script-template boilerplate as class data, the
Toolbox groups in workflow order, and the layer parameters several algorithms take alike."""
from __future__ import annotations

from enum import Enum
from typing import ClassVar

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def translate(message: str) -> str:
    """A string of this module in the user's language."""
    return QCoreApplication.translate(CONTEXT, message)


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
        return translate(GROUP_LABELS[self.GROUP])

    def groupId(self) -> str:
        return self.GROUP.value

    def flags(self):
        flags = super().flags()
        return flags | QgsProcessingAlgorithm.FlagNoThreading if self.RUNS_ON_MAIN_THREAD else flags

    def source_or_fail(self, parameters: dict, name: str, context):
        """The feature source of a parameter, or Processing's own error naming it."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def add_fiber_parameter(self, optional: bool = True) -> None:
        """FIBER: one or more layers of fiber lines and/or nodes, any CRS."""
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FIBER, translate("Fiber (lines or nodes)"), QgsProcessing.TypeVectorAnyGeometry, optional=optional))

    def add_map_layer_parameters(self, regions_description: str) -> None:
        """SCHOOLS, FIBER, ROUTES and REGIONS as the map and package outputs take them (whole layers, styled)."""
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SCHOOLS, translate("Schools"), [QgsProcessing.TypeVectorPoint]))
        self.add_fiber_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ROUTES, translate("Proposed fiber routes"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REGIONS, regions_description, [QgsProcessing.TypeVectorPolygon], optional=True))

    def add_preset_parameter(self) -> None:
        """PRESET: the colour preset of the school styles (in core.definitions.palette.Preset order)."""
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, translate("Colours"), [translate("Giga"), translate("Colour-blind safe")], defaultValue=0))
