"""Processing algorithm: an offline field package (GeoPackage with embedded styles + project) for QField or QGIS."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.palette import Preset
from .base import Group, SchoolConnectivityAlgorithm

_PRESETS = list(Preset)


class PackageForFieldAlgorithm(SchoolConnectivityAlgorithm):
    """Schools, fiber, routes, regions and rejects in one styled GeoPackage, with a .qgz beside it."""

    NAME = "packageforfield"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PackageForFieldAlgorithm", "Package for the field")
    GROUP = Group.OUTPUTS
    RUNS_ON_MAIN_THREAD = True

    REJECTED = "REJECTED"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    PROJECT = "PROJECT"

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes one GeoPackage holding the schools, fiber, routes, regions and the rejects table, each "
            "layer with its style stored as the default style (QField and QGIS open it styled), and a QGIS "
            "project (.qgz) beside it that refers to the GeoPackage by a relative path. No basemap is needed: "
            "the regions give context offline. Both files appear only when complete.") + "\n\n" + self.tr(
            "The schools carry what a field team needs (identity, place, students, connectivity today, work plan, "
            "hard-to-connect reasons; the other analysis fields stay out) and a survey form: connectivity, measured "
            "speeds, provider, connection type, power, a note, a photo, the time (stamped on each edit) and the "
            "surveyor. 'Merge field surveys' brings the edited copies back.")

    def initAlgorithm(self, config=None):
        self.add_map_layer_parameters(self.tr("Regions"))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REJECTED, self.tr("Rejected rows"), [QgsProcessing.TypeVector], optional=True))
        self.add_preset_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Project title"), defaultValue=self.tr("School connectivity field package"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Field package (GeoPackage)"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("Project file (.qgz)")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..field.field_package import PackageLayer, write_package
        from ..maps.planning_data import fiber_title
        from ..maps.styling import LineKind

        schools = self.parameterAsVectorLayer(parameters, self.SCHOOLS, context)
        if schools is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SCHOOLS))
        items = [PackageLayer(schools, "schools", self.tr("Schools"), is_schools=True)]
        fiber = self.fiber_layers(parameters, context)
        for number, layer in enumerate(fiber, start=1):
            table = "fiber" if len(fiber) == 1 else f"fiber_{number}"
            items.append(PackageLayer(layer, table, fiber_title(layer, len(fiber)), LineKind.FIBER))
        for key, table, title, kind in ((self.ROUTES, "routes", self.tr("Proposed fiber routes"), LineKind.ROUTES),
                                        (self.REGIONS, "regions", self.tr("Regions"), LineKind.REGIONS),
                                        (self.REJECTED, "rejected", self.tr("Rejected rows"), None)):
            layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is not None:
                items.append(PackageLayer(layer, table, title, kind))
        gpkg = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        project = gpkg.with_suffix(".qgz")
        preset = _PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)]
        try:
            write_package(items, gpkg, project, preset, self.parameterAsString(parameters, self.TITLE, context),
                          feedback)
        except InterruptedError:
            return {}
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Wrote {gpkg} and {project}").format(gpkg=gpkg, project=project))
        return {self.OUTPUT: str(gpkg), self.PROJECT: str(project)}
