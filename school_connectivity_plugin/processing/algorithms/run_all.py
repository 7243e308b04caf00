"""schoolconnectivity:runall — the whole job in one algorithm: import to maps, field package and lists."""
from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.errors import InputError
from ...core.planning.costs import CostPreset, model_for
from ...core.schools.classes import SpeedPreset
from ...settings import PluginSettings
from ..workflow import WorkflowInputs
from .base import CONTEXT, SPEED_PRESET_LABELS, Group, SchoolConnectivityAlgorithm
from .prioritize import PRESET_LABELS as COST_PRESET_LABELS

#: The work folder inside the output folder that holds each step's GeoPackages until the run ends.
WORK_FOLDER = ".work"


class RunAllAlgorithm(SchoolConnectivityAlgorithm):
    """Every step of the main job in order, with the files of the headless command's output folder."""

    NAME = "runall"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("RunAllAlgorithm", "Run the whole job")
    GROUP = Group.OUTPUTS
    RUNS_ON_MAIN_THREAD = True  # (it prints the maps and writes the field project)

    INPUT = "INPUT"
    BOUNDARY = "BOUNDARY"
    DEM = "DEM"
    PIPELINE = "PIPELINE"
    TITLE = "TITLE"
    COLUMN_MAP = "COLUMN_MAP"
    SHEET = "SHEET"
    SPEED_PRESET = "SPEED_PRESET"
    COST_PRESET = "COST_PRESET"
    COST_OVERRIDES = "COST_OVERRIDES"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    ROWS_IN = "ROWS_IN"
    LOADED = "LOADED"
    SUMMARY = "SUMMARY"

    def shortHelpString(self) -> str:
        return self.tr(
            "Runs the main job as the headless command does: import the school list, match the operator's work "
            "plan, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes and "
            "the plan, then write into the output folder: schools.gpkg (schools, rejected rows, routes by phase, "
            "clusters, phases, unmatched plan rows), summary.json, planning_map.pdf and .png pages, "
            "field_package.gpkg with its project, priority.csv, hard_to_connect.csv, clusters.csv and phases.csv. "
            "The steps and their parameters are the dock's.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("School list file")))
        self.add_fiber_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.BOUNDARY, self.tr("Country boundary"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REGIONS, self.tr("Regions (admin level 1), one map page each"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("Elevation model (DEM)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterFile(self.PIPELINE, self.tr("Operator's work plan"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Map title"), defaultValue="",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COLUMN_MAP, self.tr("Column map (field=Column;field=Column)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet or layer of the school file (empty: found from its columns)"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.SPEED_PRESET, self.tr("Speed classes"),
            [QCoreApplication.translate(CONTEXT, SPEED_PRESET_LABELS[preset]) for preset in SpeedPreset],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.COST_PRESET, self.tr("Cost model"),
            [QCoreApplication.translate("PrioritizeAlgorithm", COST_PRESET_LABELS[preset]) for preset in CostPreset],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COST_OVERRIDES, self.tr("Cost overrides (JSON)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_IN, self.tr("Rows in")))
        self.addOutput(QgsProcessingOutputNumber(self.LOADED, self.tr("Schools loaded")))
        self.addOutput(QgsProcessingOutputFile(self.SUMMARY, self.tr("Summary (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        from .. import job

        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        preset = list(CostPreset)[self.parameterAsEnum(parameters, self.COST_PRESET, context)]
        overrides = self.parameterAsString(parameters, self.COST_OVERRIDES, context)
        try:
            model_for(preset, overrides)
        except InputError as error:
            raise QgsProcessingException(self.tr("Cost overrides: {error}").format(error=error)) from error
        settings = PluginSettings(speed_preset=self.parameterAsEnum(parameters, self.SPEED_PRESET, context),
                                  cost_preset=preset.value, cost_overrides=overrides)
        inputs = WorkflowInputs(
            schools=self.parameterAsFile(parameters, self.INPUT, context),
            fiber=self.fiber_layers(parameters, context),
            boundary=self.parameterAsVectorLayer(parameters, self.BOUNDARY, context),
            regions=self.parameterAsVectorLayer(parameters, self.REGIONS, context),
            dem=self.parameterAsRasterLayer(parameters, self.DEM, context),
            pipeline=self.parameterAsFile(parameters, self.PIPELINE, context) or None,
            title=self.parameterAsString(parameters, self.TITLE, context),
            column_map=self.parameterAsString(parameters, self.COLUMN_MAP, context),
            sheet=self.parameterAsString(parameters, self.SHEET, context),
            settings=settings)
        work = folder / WORK_FOLDER
        work.mkdir(parents=True, exist_ok=False)
        try:
            result = job.analyse(inputs, work, context, feedback)
            job.write_outputs(result, inputs, folder, context, feedback)
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return {self.OUTPUT_FOLDER: str(folder), self.ROWS_IN: result.rows_in,
                self.LOADED: result.schools.featureCount(),
                self.SUMMARY: str(folder / job.OUTPUT_FILES["summary"])}
